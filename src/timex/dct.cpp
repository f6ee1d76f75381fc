// The document creation time: --date, the JSON "date", or a dateline in the first lines.
#include "timex/tagger.hpp"

#include "timex/calendar.hpp"

#include <cctype>

namespace gt::timex {

namespace {

bool digits(std::string_view s, std::size_t pos, std::size_t n) {
    if (pos + n > s.size()) return false;
    for (std::size_t k = pos; k < pos + n; ++k)
        if (!std::isdigit(static_cast<unsigned char>(s[k]))) return false;
    return true;
}

int num(std::string_view s, std::size_t pos, std::size_t n) {
    int v = 0;
    for (std::size_t k = pos; k < pos + n; ++k) v = v * 10 + (s[k] - '0');
    return v;
}

// YYYY-MM-DD from the start of a tagged value (2017-09-09, 2017-09-09T19:34+03:00).
std::string day_of_value(std::string_view v) {
    if (v.size() >= 10 && digits(v, 0, 4) && v[4] == '-' && digits(v, 5, 2) && v[7] == '-' && digits(v, 8, 2) &&
        (v.size() == 10 || v[10] == 'T'))
        return std::string(v.substr(0, 10));
    return {};
}

/// A UTC offset or zone after a time: "Z", "UTC", "GMT", "+03:00", "+0300", "-05".
bool valid_zone(std::string_view z) {
    if (z.empty() || z == "Z" || z == "UTC" || z == "GMT") return true;
    if (z[0] != '+' && z[0] != '-') return false;
    z.remove_prefix(1);
    if (!digits(z, 0, 2) || num(z, 0, 2) > 14) return false;
    if (z.size() == 2) return true;
    const std::size_t m = z[2] == ':' ? 3 : 2;
    return z.size() == m + 2 && digits(z, m, 2) && num(z, m, 2) < 60;
}

/// The time after a day ("T10:00", " 10:00:00.5Z", "T19:34+03:00"): hours below 24, minutes
/// below 60, seconds below 61 (a leap second); an impossible time makes the date no date.
bool valid_time(std::string_view t) {
    if (!digits(t, 0, 2) || t.size() < 5 || t[2] != ':' || !digits(t, 3, 2)) return false;
    if (num(t, 0, 2) > 23 || num(t, 3, 2) > 59) return false;
    std::size_t k = 5;
    if (k < t.size() && t[k] == ':') {
        if (!digits(t, k + 1, 2) || num(t, k + 1, 2) > 60) return false;
        k += 3;
        if (k < t.size() && (t[k] == '.' || t[k] == ',')) {
            ++k;
            if (!digits(t, k, 1)) return false;
            while (k < t.size() && std::isdigit(static_cast<unsigned char>(t[k]))) ++k;
        }
    }
    while (k < t.size() && t[k] == ' ') ++k;
    return valid_zone(t.substr(k));
}

/// A character that, touching a date written in words or numbers, makes it part of something
/// else: a sign ("-2017-01-01", a year before the era), more digits or letters.
bool glued(char c) {
    return std::isalnum(static_cast<unsigned char>(c)) || c == '-' || c == '+' || c == '/' || c == ':' || c == '_';
}

} // namespace

std::string normalize_dct(std::string_view s) {
    while (!s.empty() && std::isspace(static_cast<unsigned char>(s.front()))) s.remove_prefix(1);
    while (!s.empty() && std::isspace(static_cast<unsigned char>(s.back()))) s.remove_suffix(1);
    int y = 0, m = 0, d = 0;
    if (digits(s, 0, 4) && s.size() >= 10 && (s[4] == '-' || s[4] == '/') && digits(s, 5, 2) && s[7] == s[4] &&
        digits(s, 8, 2) && (s.size() == 10 || s[10] == 'T' || s[10] == ' ')) {
        if (s.size() > 10 && !valid_time(s.substr(11))) return {};
        y = num(s, 0, 4);
        m = num(s, 5, 2);
        d = num(s, 8, 2);
    } else if (s.size() == 8 && digits(s, 0, 8)) {
        y = num(s, 0, 4);
        m = num(s, 4, 2);
        d = num(s, 6, 2);
    } else {
        for (const auto& t : tag(s, Dct{})) {
            std::string v = day_of_value(t.value);
            if (v.empty() || t.relative) continue;
            if ((t.begin > 0 && glued(s[t.begin - 1])) || (t.end < s.size() && glued(s[t.end]))) return {};
            return v;
        }
        return {};
    }
    if (!cal::make_date(y, m, d)) return {};
    return cal::day(y, m, d);
}

Dct find_dateline(std::string_view text, std::size_t max_lines) {
    // The first max_lines non-blank lines, at most 1000 bytes.
    std::size_t pos = 0, lines = 0;
    while (pos < text.size() && lines < max_lines && pos < 1000) {
        std::size_t nl = text.find('\n', pos);
        std::size_t end = nl == std::string_view::npos ? text.size() : nl;
        bool blank = true;
        for (std::size_t k = pos; k < end; ++k)
            if (!std::isspace(static_cast<unsigned char>(text[k]))) blank = false;
        if (!blank) ++lines;
        pos = nl == std::string_view::npos ? text.size() : nl + 1;
    }
    if (pos > 1000) pos = 1000;
    Dct dct;
    for (const auto& t : tag(text.substr(0, pos), Dct{})) {
        if (t.relative) continue;
        std::string v = day_of_value(t.value);
        if (!v.empty()) {
            dct.value = v;
            dct.source = "dateline";
            return dct;
        }
    }
    return dct;
}

Dct find_dct(std::string_view cli_date, std::string_view json_date, std::string_view text) {
    Dct dct;
    if (!cli_date.empty()) {
        dct.value = normalize_dct(cli_date);
        if (!dct.value.empty()) {
            dct.source = "--date";
            return dct;
        }
    }
    if (!json_date.empty()) {
        dct.value = normalize_dct(json_date);
        if (!dct.value.empty()) {
            dct.source = "json";
            return dct;
        }
    }
    return find_dateline(text);
}

} // namespace gt::timex
