#include "events/dates.hpp"

#include <cstdio>

namespace gt::events {

long days_from_civil(int y, unsigned m, unsigned d) noexcept {
    y -= m <= 2;
    const long era = (y >= 0 ? y : y - 399) / 400;
    const auto yoe = static_cast<unsigned>(y - era * 400);
    const unsigned doy = (153 * (m > 2 ? m - 3 : m + 9) + 2) / 5 + d - 1;
    const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + static_cast<long>(doe) - 719468;
}

std::string civil_from_days(long z) {
    z += 719468;
    const long era = (z >= 0 ? z : z - 146096) / 146097;
    const auto doe = static_cast<unsigned>(z - era * 146097);
    const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    long y = static_cast<long>(yoe) + era * 400;
    const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const unsigned mp = (5 * doy + 2) / 153;
    const unsigned d = doy - (153 * mp + 2) / 5 + 1;
    const unsigned m = mp < 10 ? mp + 3 : mp - 9;
    y += m <= 2;
    char buf[48];
    std::snprintf(buf, sizeof buf, "%04ld-%02u-%02u", y, m, d);
    return buf;
}

namespace {

bool digits(std::string_view s, std::size_t at, std::size_t n, int& v) noexcept {
    if (s.size() < at + n) return false;
    v = 0;
    for (std::size_t i = at; i < at + n; ++i) {
        if (s[i] < '0' || s[i] > '9') return false;
        v = v * 10 + (s[i] - '0');
    }
    return true;
}

unsigned month_days(int y, unsigned m) noexcept {
    static const unsigned d[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    bool leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
    return m == 2 && leap ? 29 : d[m - 1];
}

void set_range(EventDate& out, long a, long b, TimePrecision p) {
    out.start = shared_vocab(civil_from_days(a));
    out.end = shared_vocab(civil_from_days(b));
    out.date = out.start;
    out.precision = p;
}

} // namespace

bool parse_iso_day(std::string_view s, long& days) noexcept {
    int y, m, d;
    if (!digits(s, 0, 4, y) || s.size() < 10 || s[4] != '-' || s[7] != '-' || !digits(s, 5, 2, m) ||
        !digits(s, 8, 2, d))
        return false;
    if (m < 1 || m > 12 || d < 1 || static_cast<unsigned>(d) > month_days(y, static_cast<unsigned>(m))) return false;
    days = days_from_civil(y, static_cast<unsigned>(m), static_cast<unsigned>(d));
    return true;
}

bool date_from_timex(std::string_view v, EventDate& out) {
    int y = 0;
    if (!digits(v, 0, 4, y)) return false;
    if (v.size() == 4) {
        set_range(out, days_from_civil(y, 1, 1), days_from_civil(y, 12, 31), TimePrecision::year);
        return true;
    }
    if (v[4] != '-' || v.size() < 7) return false;
    long day = 0;
    if (parse_iso_day(v, day)) {
        set_range(out, day, day, TimePrecision::day);
        return true;
    }
    int n = 0;
    if (v[5] == 'W' && digits(v, 6, 2, n) && n >= 1 && n <= 53) {
        // ISO week: the Monday of week 1 is the Monday on or before 4 January.
        long jan4 = days_from_civil(y, 1, 4);
        long wd = ((jan4 + 3) % 7 + 7) % 7; // 0 = Monday (1970-01-01 was a Thursday)
        long monday = jan4 - wd + (n - 1) * 7;
        // "over the weekend" (2017-W36-WE): Saturday and Sunday of that week, dated on the
        // Saturday; a week is dated on its Wednesday, as ACLED codes a week (time_precision 2)
        if (v.substr(8, 3) == "-WE") {
            set_range(out, monday + 5, monday + 6, TimePrecision::week);
        } else {
            set_range(out, monday, monday + 6, TimePrecision::week);
            out.date = shared_vocab(civil_from_days(monday + 2));
        }
        return true;
    }
    if (digits(v, 5, 2, n) && n >= 1 && n <= 12 && (v.size() == 7 || v[7] != '-')) {
        auto m = static_cast<unsigned>(n);
        set_range(out, days_from_civil(y, m, 1), days_from_civil(y, m, month_days(y, m)), TimePrecision::month);
        return true;
    }
    if (v[5] == 'Q' && v.size() >= 7 && v[6] >= '1' && v[6] <= '4') {
        auto q = static_cast<unsigned>(v[6] - '0');
        unsigned m1 = (q - 1) * 3 + 1, m3 = m1 + 2;
        set_range(out, days_from_civil(y, m1, 1), days_from_civil(y, m3, month_days(y, m3)), TimePrecision::year);
        return true;
    }
    std::string_view season = v.substr(5, 2);
    unsigned m1 = 0;
    if (season == "SP") m1 = 3;
    else if (season == "SU") m1 = 6;
    else if (season == "FA") m1 = 9;
    else if (season == "WI") m1 = 12;
    if (m1) {
        int y2 = m1 == 12 ? y + 1 : y;
        unsigned m3 = m1 == 12 ? 2 : m1 + 2;
        set_range(out, days_from_civil(y, m1, 1), days_from_civil(y2, m3, month_days(y2, m3)), TimePrecision::year);
        return true;
    }
    return false;
}

bool dates_overlap(const EventDate& a, const EventDate& b) noexcept {
    long a0, a1, b0, b1;
    if (!parse_iso_day(a.start, a0) || !parse_iso_day(a.end, a1) || !parse_iso_day(b.start, b0) ||
        !parse_iso_day(b.end, b1))
        return true;
    return a0 <= b1 && b0 <= a1;
}

} // namespace gt::events
