// Written calendar dates: "5 September 2017", "Sept. 5, 2017", "Saturday, April 25",
// "September 2017", "in January", "last April", "June last year", ranges "5 to 7 September".
#include "timex/calendar.hpp"
#include "timex/scan.hpp"

namespace gt::timex {

namespace {

bool range_word(const Ctx& c, std::size_t i) {
    return c.is_punct(i, '-') || c.is(i, "to") || c.is(i, "and") || c.is(i, "until") ||
           c.is(i, "through") || c.is(i, "till");
}

// "this year", "last year", "next year" (or "of ...") after a month/day without year.
std::size_t year_suffix(const Ctx& c, std::size_t j, int& y) {
    std::size_t k = j;
    if (c.is_punct(k, ',')) ++k;
    if (c.is(k, "of")) ++k;
    if (!c.is(k + 1, "year") || !c.dct) return j;
    int base = c.dct->year();
    if (c.is(k, "this")) y = base;
    else if (c.is(k, "last") || c.is(k, "past")) y = base - 1;
    else if (c.is(k, "next")) y = base + 1;
    else return j;
    return k + 2;
}

// The direction the tense gives a month or day without a year; only a weak one (±3, see
// cal::kPastPenaltyMonths) after a deadline preposition ("must be returned by Jan. 14",
// "loans through January", "due March 15"): the verb's tense may date the decision.
int date_direction(const Ctx& c, std::size_t first, std::size_t last) {
    std::size_t k = first;
    for (int n = 0; n < 4 && k > 0; ++n) {
        std::string_view w = c.low(k - 1);
        if (w == "by" || w == "until" || w == "till" || w == "through" || w == "due")
            return 3 * direction(c.tense(first, last), 0);
        if (!(w == "the" || w == "early" || w == "mid" || w == "late" || w == "end" || w == "of" ||
              w == "middle" || c.is_punct(k - 1, '-')))
            break;
        --k;
    }
    return direction(c.tense(first, last), 0);
}

bool finish_day(const Ctx& c, std::size_t first, std::size_t last, int y, int mo, int d, Match& m, int wd = 0) {
    if (d > cal::days_in_month(y > 0 ? y : 2000, mo)) return false; // 31 September, 30 February
    m.first = first;
    m.last = last;
    m.type = TimexType::Date;
    m.gran = Granularity::Day;
    if (y < 0 && c.dct && wd) { // "Monday, Oct. 26": the year nearest the DCT where it is a Monday
        for (int dy : {0, -1, 1, -2, 2}) {
            auto dd = cal::make_date(c.dct->year() + dy, mo, d);
            if (dd && cal::weekday(*dd) == wd) {
                y = c.dct->year() + dy;
                m.relative = true;
                break;
            }
        }
    }
    if (y < 0 && c.dct) {
        y = cal::year_of_day(*c.dct, mo, d, date_direction(c, first, last));
        m.relative = true;
        if (!cal::make_date(y, mo, d)) y = -1; // 29 February in a common year: leave the year open
    } else if (y < 0) {
        m.relative = true;
    }
    if (y > 0 && !cal::make_date(y, mo, d)) return false;
    m.value = cal::day(y, mo, d);
    c.range_end = last;
    c.range_y = y;
    c.range_m = mo;
    return true;
}

// A lone month: "in January", "last April", "January this year". `rel`: -2 last, +2 next,
// 0 this, 9 none.
bool finish_month(const Ctx& c, std::size_t first, std::size_t last, int mo, int rel, Match& m) {
    m.first = first;
    m.last = last;
    m.type = TimexType::Date;
    m.gran = Granularity::Month;
    m.relative = true;
    int y = -1;
    std::size_t k = year_suffix(c, last, y);
    if (k != last) {
        m.last = k;
        m.value = cal::month(y, mo);
        return true;
    }
    if (!c.dct) {
        m.value = cal::month(-1, mo);
        return true;
    }
    if (rel == 0) y = c.dct->year();
    else if (rel == -2 || rel == 2) y = cal::year_of_month(*c.dct, mo, rel);
    else {
        y = cal::year_of_month(*c.dct, mo, date_direction(c, first, last));
    }
    m.value = cal::month(y, mo);
    return true;
}

} // namespace

bool match_calendar(const Ctx& c, std::size_t i, Match& m) {
    std::size_t j = i;
    int rel = 9, wd = 0;
    const Lex* l0 = c.lex(i);
    if (l0 && l0->weekday && !l0->plural && c.at(i).cap) { // Saturday, April 25 / Wed 05 Apr 2017
        wd = l0->weekday;
        j = i + 1;
        if (c.is_punct(j, '.') && c.glued(j)) ++j;
        if (c.is_punct(j, ',')) ++j;
    } else if (l0 && (l0->flags & (L_LAST | L_NEXT | L_THIS))) {
        std::string_view w = c.low(i);
        rel = (w == "this" || w == "current") ? 0 : ((l0->flags & L_LAST) ? -2 : 2);
        int mo = 0;
        std::size_t k = 0;
        if (!month_word(c, i + 1, mo, k, false)) return false;
        int d = 0;
        if (std::size_t k2 = parse_day(c, k, d); k2 && !(c.is_punct(k2, ':') && c.glued(k2))) {
            // "last Oct. 23": the day strictly before the DCT; "next May 5" after; "this" its year
            int y = -1;
            if (c.dct) y = rel == 0 ? static_cast<int>(c.dct->year()) : cal::year_of_day(*c.dct, mo, d, rel);
            if (!finish_day(c, i, k2, y, mo, d, m)) return false;
            m.relative = true;
            return true;
        }
        return finish_month(c, i, k, mo, rel, m);
        return false;
    }
    // Day first: 5 September 2017, 5th of September, the fifth of September
    int d = 0;
    if (std::size_t k = parse_day(c, j, d)) {
        std::size_t k2 = c.is(k, "of") ? k + 1 : k;
        int mo = 0;
        std::size_t k3 = 0;
        if (month_word(c, k2, mo, k3, true) && (c.at(j).kind == Kind::Num || k2 > k || c.lex(j))) {
            int y = -1;
            std::size_t k4 = c.is_punct(k3, ',') ? k3 + 1 : k3;
            std::size_t k5 = 0;
            if (year_number(c, k4, y, k5)) k3 = k5;
            else k3 = year_suffix(c, k3, y);
            return finish_day(c, i, k3, y, mo, d, m, wd);
        }
        // from 5 to 7 September: the first day takes the month of the second
        if (c.at(j).kind == Kind::Num && j == i && range_word(c, k)) {
            int d2 = 0;
            if (std::size_t k6 = parse_day(c, k + 1, d2)) {
                std::size_t k7 = c.is(k6, "of") ? k6 + 1 : k6;
                std::size_t k8 = 0;
                if (month_word(c, k7, mo, k8, true) && d2 > d) {
                    int y = -1;
                    std::size_t k9 = c.is_punct(k8, ',') ? k8 + 1 : k8;
                    std::size_t k10 = 0;
                    if (year_number(c, k9, y, k10)) (void)k10;
                    return finish_day(c, i, k, y, mo, d, m);
                }
            }
        }
        // September 5-7: the second day of a range
        if (j == i && c.range_end != SIZE_MAX && c.at(j).kind == Kind::Num &&
            (c.range_end + 1 == i) && range_word(c, c.range_end) && c.range_m > 0) {
            return finish_day(c, i, k, c.range_y, c.range_m, d, m);
        }
        return false;
    }
    // Month first: September 5, 2017 / Sept. 5 / September 2017 / September
    int mo = 0;
    std::size_t k = 0;
    if (!month_word(c, j, mo, k, true)) return false;
    bool abbr = c.lex(j)->month_abbr;
    if (std::size_t k2 = parse_day(c, k, d); k2 && !(c.is_punct(k2, ':') && c.glued(k2) && c.is_num(k2 + 1))) {
        int y = -1;
        std::size_t k3 = c.is_punct(k2, ',') ? k2 + 1 : k2;
        std::size_t k4 = 0;
        if (year_number(c, k3, y, k4)) k2 = k4;
        else k2 = year_suffix(c, k2, y);
        return finish_day(c, i, k2, y, mo, d, m, wd);
    }
    {
        std::size_t k3 = (c.is_punct(k, ',') || c.is(k, "of")) ? k + 1 : k;
        int y = 0;
        std::size_t k4 = 0;
        if (year_number(c, k3, y, k4)) {
            m.first = i;
            m.last = k4;
            m.type = TimexType::Date;
            m.gran = Granularity::Month;
            m.value = cal::month(y, mo);
            return true;
        }
    }
    if (j != i) return false; // a weekday before a lone month: two expressions
    // A lone month name: abbreviations only with their dot; "May" and "March" only after a
    // preposition or modifier ("in May", "since March", "early May").
    if (abbr && !(c.is_punct(j + 1, '.') && c.glued(j + 1))) return false;
    std::string_view w = c.low(j);
    bool prev_ok = i > 0 && (c.flags(i - 1) & (L_PREP_MONTH | L_EARLY | L_MID | L_LATE));
    if ((w == "may" || w == "march") && !prev_ok) return false;
    if (c.at(j).upper && !prev_ok) return false; // headline words
    if (k < c.size() && c.at(k).kind == Kind::Word && c.at(k).cap && !c.at(k).nl_before &&
        !(c.flags(k) & (L_THIS | L_LAST | L_NEXT)) && !prev_ok)
        return false; // April Smith
    return finish_month(c, i, k, mo, 9, m);
}

} // namespace gt::timex
