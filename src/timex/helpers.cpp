// Pieces shared by the rule families.
#include "timex/calendar.hpp"
#include "timex/scan.hpp"

namespace gt::timex {

bool month_word(const Ctx& c, std::size_t i, int& m, std::size_t& next, bool abbr_ok) {
    const Lex* l = c.lex(i);
    if (!l || l->month == 0) return false;
    const Token& t = c.at(i);
    if (!t.cap) return false; // "may", "march", "august" in lower case are other words
    m = l->month;
    next = i + 1;
    bool dot = c.is_punct(next, '.') && c.glued(next);
    if (l->month_abbr) {
        if (t.upper && t.e - t.b > 3 && c.low(i) != "sept") return false;
        if (dot) {
            ++next;
            return true;
        }
        return abbr_ok;
    }
    if (dot && c.low(i) == "june") return true;
    return true;
}

bool year_number(const Ctx& c, std::size_t i, int& y, std::size_t& next) {
    if (i >= c.size()) return false;
    const Token& t = c.at(i);
    if (t.kind == Kind::Num) {
        if (t.ndig != 4 || t.num() < 1000 || t.num() > 2999) return false;
        // not part of 1,2017 / 2017.5 / 2017-18
        if (c.is_punct(i + 1, '.') && c.glued(i + 1) && c.is_num(i + 2) && c.glued(i + 2)) return false;
        if (i + 1 < c.size() && c.glued(i + 1) && c.at(i + 1).kind == Kind::Word) return false; // 2017s, 1990km
        y = static_cast<int>(t.num());
        next = i + 1;
        return true;
    }
    if (t.kind == Kind::Punct && t.punct == '\'' && c.is_num(i + 1) && c.glued(i + 1) && c.at(i + 1).ndig == 2) {
        if (i + 2 < c.size() && c.glued(i + 2) && c.at(i + 2).kind == Kind::Word) return false; // '90s
        int yy = static_cast<int>(c.at(i + 1).num());
        int pivot = c.dct ? c.dct->year() % 100 + 5 : 30;
        y = yy <= pivot ? 2000 + yy : 1900 + yy;
        next = i + 2;
        return true;
    }
    const Lex* l = t.lex();
    if (!l) return false;
    // nineteen ninety-seven, nineteen eighty, twenty seventeen
    if (l->number >= 11 && l->number <= 20 && i + 1 < c.size() && !c.is_punct(i + 1, '-')) {
        const Lex* l2 = c.lex(i + 1);
        if (l2 && l2->number >= 10 && l2->number < 100 && (l2->number >= 20 ? l2->number % 10 == 0 : true) &&
            !(l2->number < 20 && c.lex(i + 2) && c.lex(i + 2)->unit != Unit::None)) {
            int v = l->number * 100 + l2->number;
            std::size_t j = i + 2;
            if (l2->number >= 20) {
                std::size_t k = c.is_punct(j, '-') ? j + 1 : j;
                const Lex* l3 = c.lex(k);
                if (l3 && l3->number > 0 && l3->number < 10) {
                    v += l3->number;
                    j = k + 1;
                }
            }
            y = v;
            next = j;
            return true;
        }
    }
    if (l->number == 2 && c.is(i + 1, "thousand")) {
        int v = 2000;
        std::size_t j = i + 2;
        if (c.is(j, "and")) ++j;
        const Lex* l3 = c.lex(j);
        if (l3 && l3->number > 0 && l3->number < 20 && j > i + 2) {
            v += l3->number;
            ++j;
        } else {
            j = i + 2;
        }
        y = v;
        next = j;
        return true;
    }
    return false;
}

int direction(Tense t, int dflt) noexcept {
    switch (t) {
    case Tense::Past: return -1;
    case Tense::Future: return +1;
    default: return dflt;
    }
}

bool until_before(const Ctx& c, std::size_t i, Tense t) noexcept {
    if (t == Tense::Past && !c.tense_weak) return false; // "Until Thursday, they had not called him"
    if (i > 0 && c.is(i - 1, "on")) --i;
    if (i == 0) return false;
    if (c.is(i - 1, "until") || c.is(i - 1, "till")) return true;
    return i >= 3 && c.is(i - 1, "as") && c.is(i - 2, "soon") && c.is(i - 3, "as");
}

std::string weekday_value(const Ctx& c, int wd, int dir) {
    if (!c.dct) return "XXXX-WXX-" + std::to_string(wd);
    return cal::day(cal::weekday_near(*c.dct, wd, dir));
}

std::size_t day_after_time(const Ctx& c, std::size_t i, std::string& value, std::size_t start) {
    std::size_t j = i;
    if (c.is_punct(j, ',')) ++j;
    if (c.is(j, "on")) ++j;
    const Lex* l = c.lex(j);
    if (!l) return i;
    if (l->weekday && !l->plural && c.at(j).cap) {
        Match m;
        if (match_calendar(c, j, m) && m.gran == Granularity::Day) {
            value = m.value;
            return m.last;
        }
        Tense t = c.tense(i, j + 1);
        int dir = until_before(c, start != SIZE_MAX ? start : i, t) ? 1 : direction(t, -1);
        value = weekday_value(c, l->weekday, dir);
        return j + 1;
    }
    std::string_view w = c.low(j);
    if (w == "today" || w == "yesterday" || w == "tomorrow") {
        int off = w == "today" ? 0 : (w == "yesterday" ? -1 : 1);
        value = c.dct ? cal::day(*c.dct + boost::gregorian::days(off)) : "XXXX-XX-XX";
        return j + 1;
    }
    if (l->month) {
        Match m;
        if (match_calendar(c, j, m) && m.gran == Granularity::Day) {
            value = m.value;
            return m.last;
        }
    }
    return i;
}

} // namespace gt::timex
