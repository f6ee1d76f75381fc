// Numeric dates: ISO 2017-09-05 (with an optional time), 20170905, 2017/09/05, and
// day-month-year / month-day-year with '/', '.' or '-' separators.
//
// Day-month order (docs/timex.md): an impossible reading is never taken (13/05 is day-first,
// 05/13 month-first); otherwise the reading within a month of the document's date when the
// other is not (a page's date stamp); otherwise the document's own unambiguous dates decide
// (numeric ones and the order of its written dates, "5 September" vs "September 5"); otherwise
// '.' and '-' read day-first (European and ISO-like usage) and '/' reads month-first (US
// newswire).
#include "timex/calendar.hpp"
#include "timex/scan.hpp"

#include <cstdlib>

namespace gt::timex {

namespace {

bool sep(const Ctx& c, std::size_t i, char& s) {
    if (i >= c.size() || !c.glued(i) || c.at(i).kind != Kind::Punct) return false;
    char p = c.at(i).punct;
    if (p != '/' && p != '.' && p != '-') return false;
    s = p;
    return c.is_num(i + 1) && c.glued(i + 1);
}

int expand_year(const Ctx& c, const Token& t) {
    if (t.ndig == 4) return static_cast<int>(t.num());
    if (t.ndig != 2) return -1;
    int yy = static_cast<int>(t.num());
    int pivot = c.dct ? c.dct->year() % 100 + 5 : 30;
    return yy <= pivot ? 2000 + yy : 1900 + yy;
}

// Optional time after an ISO date: T10:30[:00][Z|+03:00]; returns the token after it.
std::size_t iso_time(const Ctx& c, std::size_t k, std::string& suffix) {
    std::size_t j = k;
    bool t_glued = c.is(j, "t") && c.glued(j);
    if (!t_glued && !(c.at(j < c.size() ? j : 0).space_before && j < c.size())) return k;
    if (t_glued) ++j;
    if (!(c.is_num(j) && c.at(j).ndig == 2 && c.at(j).num() < 24 && c.is_punct(j + 1, ':') &&
          c.is_num(j + 2) && c.at(j + 2).ndig == 2 && c.at(j + 2).num() < 60 && c.glued(j + 1) && c.glued(j + 2)))
        return k;
    if (!t_glued && c.at(j).nl_before) return k;
    suffix = "T" + cal::two(static_cast<int>(c.at(j).num())) + ":" + cal::two(static_cast<int>(c.at(j + 2).num()));
    j += 3;
    if (c.is_punct(j, ':') && c.glued(j) && c.is_num(j + 1) && c.at(j + 1).ndig == 2) {
        suffix += ":" + cal::two(static_cast<int>(c.at(j + 1).num()));
        j += 2;
        if (c.is_punct(j, '.') && c.glued(j) && c.is_num(j + 1)) j += 2; // fractions of seconds
    }
    if (c.is(j, "z") && c.glued(j)) {
        suffix += "Z";
        ++j;
    } else if ((c.is_punct(j, '+') || c.is_punct(j, '-')) && c.glued(j) && c.is_num(j + 1) &&
               c.at(j + 1).ndig == 2 && c.is_punct(j + 2, ':') && c.is_num(j + 3)) {
        suffix += std::string(1, c.at(j).punct) + cal::two(static_cast<int>(c.at(j + 1).num())) + ":" +
                  cal::two(static_cast<int>(c.at(j + 3).num()));
        j += 4;
    }
    return j;
}

bool done(const Ctx& c, std::size_t i, std::size_t last, int y, int mo, int d, Match& m,
          const std::string& time = {}) {
    if (!cal::make_date(y, mo, d)) return false; // 2017-02-29, 31.04.2017: never emitted
    // not a part of a longer number chain (1.2.3.4, 2017-09-05-12)
    char s2 = 0;
    if (sep(c, last, s2)) return false;
    m.first = i;
    m.last = last;
    m.type = time.empty() ? TimexType::Date : TimexType::Time;
    m.gran = time.empty() ? Granularity::Day : Granularity::Minute;
    m.value = cal::day(y, mo, d) + time;
    c.range_end = last;
    c.range_y = y;
    c.range_m = mo;
    return true;
}

// Of the two readings of an ambiguous a.b.y, the one within a month of the document's date when
// the other is not: a page's date stamp is its DCT ("05.10.2017" on a page of 5 October 2017 is
// day-first whatever order its prose writes, "On September 5"). 1: day-first, -1: month-first,
// 0: both or neither.
int dct_reading(const Ctx& c, int y, int a, int b) {
    if (!c.dct) return 0;
    auto near = [&](int mo, int d) {
        const auto date = cal::make_date(y, mo, d);
        return date && std::abs((*date - *c.dct).days()) <= 31;
    };
    const bool day_first = near(b, a), month_first = near(a, b);
    return day_first == month_first ? 0 : (day_first ? 1 : -1);
}

} // namespace

DayMonthOrder guess_order(const Ctx& c) {
    int day_first = 0, month_first = 0;
    for (std::size_t i = 0; i + 1 < c.size(); ++i) {
        const Token& t = c.at(i);
        char s1 = 0, s2 = 0;
        if (t.kind == Kind::Num && t.ndig <= 2 && sep(c, i + 1, s1) && c.at(i + 2).ndig <= 2 &&
            sep(c, i + 3, s2) && s1 == s2) {
            auto a = t.num(), b = c.at(i + 2).num();
            if (a > 12 && b <= 12 && b >= 1) ++day_first;
            if (b > 12 && a <= 12 && a >= 1) ++month_first;
            i += 4;
            continue;
        }
        const Lex* l = c.lex(i + 1);
        if (t.kind == Kind::Num && t.ndig <= 2 && t.num() >= 1 && t.num() <= 31 && l && l->month &&
            c.at(i + 1).cap)
            ++day_first;
        if (t.lex() && t.lex()->month && t.cap && c.is_num(i + 1) && c.at(i + 1).ndig <= 2 &&
            !c.is_punct(i + 2, ':'))
            ++month_first;
    }
    if (day_first > month_first) return DayMonthOrder::DayFirst;
    if (month_first > day_first) return DayMonthOrder::MonthFirst;
    return DayMonthOrder::Unknown;
}

bool match_numeric(const Ctx& c, std::size_t i, Match& m) {
    const Token& t = c.at(i);
    if (t.kind != Kind::Num) return false;
    if (i > 0 && c.glued(i) && c.at(i - 1).kind == Kind::Punct &&
        (c.at(i - 1).punct == '.' || c.at(i - 1).punct == '/' || c.at(i - 1).punct == '-' ||
         c.at(i - 1).punct == ',') && i > 1 && c.is_num(i - 2))
        return false; // inside a longer chain
    char s1 = 0, s2 = 0;
    // 20170905
    if (t.ndig == 8 && (t.num() / 10000000 == 1 || t.num() / 10000000 == 2)) {
        int y = static_cast<int>(t.num() / 10000), mo = static_cast<int>(t.num() / 100 % 100),
            d = static_cast<int>(t.num() % 100);
        if (y < 1900 || y > 2100) return false;
        return done(c, i, i + 1, y, mo, d, m);
    }
    if (!sep(c, i + 1, s1)) return false;
    const Token& b = c.at(i + 2);
    if (!sep(c, i + 3, s2) || s1 != s2) return false;
    const Token& e = c.at(i + 4);
    std::size_t last = i + 5;
    if (t.ndig == 4) { // 2017-09-05, 2017/09/05, 2017.09.05
        if (b.ndig > 2 || e.ndig > 2) return false;
        std::string time;
        if (s1 == '-') last = iso_time(c, last, time);
        return done(c, i, last, static_cast<int>(t.num()), static_cast<int>(b.num()), static_cast<int>(e.num()), m, time);
    }
    if (t.ndig > 2 || b.ndig > 2 || (e.ndig != 4 && e.ndig != 2)) return false;
    int y = expand_year(c, e);
    int a = static_cast<int>(t.num()), bb = static_cast<int>(b.num());
    bool day_first;
    if (a > 12 && bb <= 12) day_first = true;
    else if (bb > 12 && a <= 12) day_first = false;
    else if (const int near = dct_reading(c, y, a, bb); near != 0) {
        day_first = near > 0;
    } else {
        if (!c.order_known) { // decided once per document, when first needed
            c.order = guess_order(c);
            c.order_known = true;
        }
        if (c.order != DayMonthOrder::Unknown) day_first = c.order == DayMonthOrder::DayFirst;
        else day_first = s1 != '/';
    }
    if (day_first) return done(c, i, last, y, bb, a, m);
    return done(c, i, last, y, a, bb, m);
}

} // namespace gt::timex
