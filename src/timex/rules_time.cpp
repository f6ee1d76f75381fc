// Clock times, with zones and an optional day: "19:34 GMT +3", "5 p.m. EST Nov. 9",
// "10:35 a.m.", "noon Saturday", "midnight", "1934 GMT", "at 7 o'clock".
#include "timex/calendar.hpp"
#include "timex/scan.hpp"

#include <cstdio>

namespace gt::timex {

namespace {

// a.m. / p.m. / am / pm at k: sets pm and returns the token after it, or k.
std::size_t meridiem(const Ctx& c, std::size_t k, int& pm) {
    if (c.is(k, "am") || c.is(k, "pm")) {
        pm = c.is(k, "pm") ? 1 : 0;
        std::size_t j = k + 1;
        if (c.is_punct(j, '.') && c.glued(j) && j + 1 < c.size() && !c.at(j + 1).cap) ++j;
        return j;
    }
    if ((c.is(k, "a") || c.is(k, "p")) && c.is_punct(k + 1, '.') && c.glued(k + 1) && c.is(k + 2, "m") &&
        c.glued(k + 2)) {
        pm = c.is(k, "p") ? 1 : 0;
        std::size_t j = k + 3;
        if (c.is_punct(j, '.') && c.glued(j)) ++j;
        return j;
    }
    return k;
}

std::string offset_str(int minutes) {
    char buf[16];
    int a = minutes < 0 ? -minutes : minutes;
    std::snprintf(buf, sizeof buf, "%c%02d:%02d", minutes < 0 ? '-' : '+', a / 60 % 100, a % 60);
    return buf;
}

struct Zone {
    bool has = false;
    int minutes = 0;
    bool utc = false;
};

// GMT, UTC, EST, GMT+3, GMT +03:00, UTC-5. A glued day after the offset ("+309 September",
// a scraper's join of "+3" and "09 September") is left in `split_day` with its byte offset.
std::size_t zone_at(const Ctx& c, std::size_t k, Zone& z, int& split_day, std::size_t& split_byte) {
    split_day = 0;
    const Lex* l = c.lex(k);
    if (!l || !(l->flags & L_ZONE) || !c.at(k).upper) return k;
    z.has = true;
    z.minutes = l->zone_min;
    z.utc = l->zone_min == 0;
    std::size_t j = k + 1;
    if ((c.is_punct(j, '+') || c.is_punct(j, '-')) && c.is_num(j + 1) && c.glued(j + 1) && !c.at(j).nl_before) {
        int sign = c.at(j).punct == '-' ? -1 : 1;
        const Token& n = c.at(j + 1);
        if (n.ndig <= 2 && n.num() <= 14) {
            int mins = static_cast<int>(n.num()) * 60;
            std::size_t e = j + 2;
            if (c.is_punct(e, ':') && c.glued(e) && c.is_num(e + 1) && c.at(e + 1).ndig == 2) {
                mins += static_cast<int>(c.at(e + 1).num());
                e += 2;
            }
            z.minutes = sign * mins;
            z.utc = false;
            return e;
        }
        if (n.ndig == 3 || n.ndig == 4) {
            // +309 September: offset 3, day 09 (offsets up to 14 hours, days 1..31)
            for (int od = 1; od <= 2; ++od) {
                int rest = n.ndig - od;
                if (rest < 1 || rest > 2) continue;
                std::int64_t div = rest == 1 ? 10 : 100;
                std::int64_t off = n.num() / div, day = n.num() % div;
                int m = 0;
                std::size_t k2 = 0;
                if (off <= 14 && day >= 1 && day <= 31 && month_word(c, j + 2, m, k2, true)) {
                    z.minutes = sign * static_cast<int>(off) * 60;
                    z.utc = false;
                    split_day = static_cast<int>(day);
                    split_byte = n.b + static_cast<std::size_t>(od);
                    return j + 1;
                }
            }
        }
    }
    return j;
}

// A four-digit clock time told by words rather than a zone: "1400 local time", "1400 Gulf time",
// "0800 Baghdad time" (one word, "local" or a capitalised name, then "time"), or "at 0600 hours"
// ("hours" or "hrs" after a word of when: at, by, about, around, until, from, before, after,
// since). Returns the token after those words, or 0.
std::size_t clock_words_after(const Ctx& c, std::size_t i) {
    if (i + 2 < c.toks.size() && c.is(i + 2, "time") && c.at(i + 1).kind == Kind::Word &&
        (c.is(i + 1, "local") || c.at(i + 1).cap) && !c.at(i + 1).nl_before)
        return i + 2 + 1;
    if ((c.is(i + 1, "hours") || c.is(i + 1, "hrs")) && i > 0) {
        static constexpr std::string_view when[] = {"at", "by", "about", "around", "until", "till",
                                                    "from", "before", "after", "since"};
        for (std::string_view w : when)
            if (c.is(i - 1, w)) return i + 2;
    }
    return 0;
}

std::string zone_suffix(const Zone& z) {
    if (!z.has) return {};
    if (z.utc) return "Z";
    return offset_str(z.minutes);
}

} // namespace

bool match_time(const Ctx& c, std::size_t i, Match& m) {
    const Token& t = c.at(i);
    int h = -1, mi = 0, pm = -1;
    std::size_t k = i;
    std::string special;
    if (t.kind == Kind::Num) {
        if (t.ndig <= 2 && c.is_punct(i + 1, ':') && c.glued(i + 1) && c.is_num(i + 2) && c.glued(i + 2) &&
            c.at(i + 2).ndig == 2) {
            if (i > 0 && c.glued(i) && (c.is_punct(i - 1, ':') || c.is_num(i - 1))) return false;
            h = static_cast<int>(t.num());
            mi = static_cast<int>(c.at(i + 2).num());
            k = i + 3;
            if (c.is_punct(k, ':') && c.glued(k) && c.is_num(k + 1) && c.at(k + 1).ndig == 2) k += 2;
            if (c.is_punct(k, ':') && c.glued(k)) return false;
        } else if (t.ndig <= 2 && c.is_punct(i + 1, '.') && c.glued(i + 1) && c.is_num(i + 2) && c.glued(i + 2) &&
                   c.at(i + 2).ndig == 2) {
            int p2 = -1;
            std::size_t k2 = meridiem(c, i + 3, p2);
            if (k2 == i + 3) return false; // 10.30 only with am/pm
            h = static_cast<int>(t.num());
            mi = static_cast<int>(c.at(i + 2).num());
            k = i + 3;
        } else if (t.ndig <= 2) {
            int p2 = -1;
            std::size_t k2 = meridiem(c, i + 1, p2);
            if (k2 != i + 1) {
                h = static_cast<int>(t.num());
                k = i + 1;
            } else if (c.is(i + 1, "o") && c.is_punct(i + 2, '\'') && c.is(i + 3, "clock")) {
                h = static_cast<int>(t.num());
                k = i + 4;
            } else {
                return false;
            }
        } else if (t.ndig == 4) { // 1934 GMT, 1400 local time, 1400 Gulf time, at 0600 hours
            Zone z0;
            int sd = 0;
            std::size_t sb = 0;
            const std::size_t clock_end = zone_at(c, i + 1, z0, sd, sb) != i + 1 ? i + 1 : clock_words_after(c, i);
            if (clock_end == 0) return false;
            h = static_cast<int>(t.num() / 100);
            mi = static_cast<int>(t.num() % 100);
            if (h > 23) return false;
            k = clock_end;
        } else {
            return false;
        }
        if (h > 24 || mi > 59) return false;
        int p = -1;
        std::size_t k2 = meridiem(c, k, p);
        if (k2 != k) {
            if (h < 1 || h > 12) return false;
            if (p == 1 && h < 12) h += 12;
            if (p == 0 && h == 12) h = 0;
            k = k2;
        }
        pm = p;
    } else if (t.kind == Kind::Word && t.lex()) {
        std::string_view w = c.low(i);
        if (w == "noon" || w == "midday") {
            h = 12;
        } else if (w == "midnight") {
            h = 24;
        } else {
            return false;
        }
        k = i + 1;
    } else {
        return false;
    }
    (void)pm;
    Zone z;
    int split_day = 0;
    std::size_t split_byte = 0;
    k = zone_at(c, k, z, split_day, split_byte);
    std::string day;
    std::size_t last = k;
    if (split_day) {
        int mo = 0;
        std::size_t k2 = 0;
        month_word(c, k + 1, mo, k2, true);
        int y = -1;
        std::size_t k3 = 0;
        if (year_number(c, k2, y, k3)) k2 = k3;
        else if (c.dct) y = c.dct->year();
        if (y > 0 && !cal::make_date(y, mo, split_day)) return false;
        day = cal::day(y, mo, split_day);
        last = k2;
    } else {
        std::size_t k2 = day_after_time(c, k, day, i);
        if (k2 != k) last = k2;
    }
    bool anchored = !day.empty();
    if (day.empty()) day = c.dct ? cal::day(*c.dct) : "XXXX-XX-XX";
    m.first = i;
    m.last = last;
    m.type = TimexType::Time;
    m.gran = Granularity::Minute;
    m.relative = !anchored;
    m.approx_ok = true;
    m.value = day + "T" + cal::two(h) + ":" + cal::two(mi) + zone_suffix(z);
    if (h == 24 && mi == 0) m.value = day + "T24:00" + zone_suffix(z);
    return true;
}

} // namespace gt::timex
