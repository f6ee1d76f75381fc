// Durations, ages and sets: "three years", "the past two weeks", "three-year siege",
// "8-month-old", "four months of planning", "two days ago" (a DATE), "every week", "daily",
// "30 percent a year".
#include "timex/calendar.hpp"
#include "timex/scan.hpp"

#include <cmath>

namespace gt::timex {

namespace {

std::string ago_value(const Ctx& c, double q, Unit u, bool past, Granularity& g) {
    g = cal::granularity_of(u);
    if (q < 0) return past ? "PAST_REF" : "FUTURE_REF";
    if (!c.dct) {
        switch (u) {
        case Unit::Week:
        case Unit::Fortnight: return "XXXX-WXX";
        case Unit::Month: return "XXXX-XX";
        case Unit::Year: return "XXXX";
        case Unit::Decade: return "XXX";
        case Unit::Century: return "XX";
        default: return "XXXX-XX-XX";
        }
    }
    int n = static_cast<int>(std::lround(q));
    if (u == Unit::Year && std::fabs(q - std::round(q)) > 1e-9) {
        // a year and a half ago: months
        n = static_cast<int>(std::lround(q * 12));
        u = Unit::Month;
    }
    return cal::shifted(*c.dct, u, past ? -n : n, &g);
}

bool set_word(const Ctx& c, std::size_t i, Match& m) {
    static const struct { std::string_view w; const char* v; } words[] = {
        {"daily", "P1D"}, {"weekly", "P1W"}, {"monthly", "P1M"},
        {"yearly", "P1Y"}, {"hourly", "PT1H"}, {"nightly", "P1D"}};
    std::string_view w = c.low(i);
    for (const auto& e : words) {
        if (w == e.w) {
            m.first = i;
            m.last = i + 1;
            m.type = TimexType::Set;
            m.value = e.v;
            return true;
        }
    }
    return false;
}

// every week, each year, every two weeks, every Monday, each July, per day (i is the
// "every" word).
bool every_set(const Ctx& c, std::size_t i, Match& m) {
    std::size_t j = i + 1;
    if (c.is(j, "other")) ++j;
    double q = 1;
    std::size_t k = parse_quantity(c, j, q, false);
    if (k == j) q = c.is(i + 1, "other") ? 2 : 1;
    const Lex* l = c.lex(k);
    if (!l) return false;
    m.first = i;
    m.type = TimexType::Set;
    if (l->unit != Unit::None && q > 0) {
        m.last = k + 1;
        m.value = cal::duration(q, l->unit);
        return true;
    }
    if (c.low(i) == "per") return false;
    if (l->weekday && c.at(k).cap) {
        m.last = k + 1;
        m.value = "XXXX-WXX-" + std::to_string(l->weekday);
        return true;
    }
    int mo = 0;
    std::size_t k2 = 0;
    if (l->month && month_word(c, k, mo, k2, false)) {
        m.last = k2;
        m.value = cal::month(-1, mo);
        return true;
    }
    if (l->part) {
        m.last = k + 1;
        m.value = std::string("XXXX-XX-XXT") + cal::part_of_day(l->part);
        return true;
    }
    return false;
}

// The word before the quantity: "last", "next", "first", "recent", "coming" ...
struct Lead {
    bool dirword = false, recent = false, coming = false;
};

// Durations without a number: "day-long", "recent years", "coming months", "for years",
// "over the years". j is the token after the lead word.
bool numberless(const Ctx& c, std::size_t i, std::size_t j, Lead lead, Match& m) {
    const Token& t = c.at(i);
    // day-long, decades-long: a compound duration without a number
    if (!lead.dirword && t.lex() && t.lex()->unit >= Unit::Day && c.is_punct(i + 1, '-') && c.glued(i + 1) &&
        c.is(i + 2, "long") && c.glued(i + 2)) {
        m.first = i;
        m.last = i + 3;
        m.type = TimexType::Duration;
        m.gran = cal::granularity_of(t.lex()->unit);
        m.value = cal::duration(t.lex()->plural ? -1 : 1, t.lex()->unit);
        return true;
    }
    // recent years, coming months, for years, over the years
    const Lex* l = c.lex(j);
    bool plural_unit = l && l->plural && l->unit >= Unit::Day;
    if (lead.dirword && (lead.recent || lead.coming) && plural_unit) {
        m.first = i;
        m.last = j + 1;
        m.the_ok = true;
        if (lead.recent && l->unit == Unit::Year) {
            m.type = TimexType::Date;
            m.value = "PAST_REF";
        } else {
            m.type = TimexType::Duration;
            m.value = cal::duration(-1, l->unit);
        }
        return true;
    }
    if (!lead.dirword && t.lex() && t.lex()->plural && t.lex()->unit >= Unit::Day && i > 0 &&
        (c.is(i - 1, "for") || (c.is(i - 1, "the") && i > 1 && c.is(i - 2, "over")))) {
        m.first = i;
        m.last = i + 1;
        m.type = TimexType::Duration;
        m.value = cal::duration(-1, t.lex()->unit);
        return true;
    }
    return false;
}

// two days ago, a year earlier, three weeks from now: a date counted from the DCT; last is
// the token after the unit.
bool counted_from_dct(const Ctx& c, std::size_t last, double q, Unit u, Match& m) {
    std::string_view a = last < c.size() ? c.low(last) : std::string_view{};
    // "three days later", "a day earlier": counted from an event of the story, not from the
    // DCT; TimeML annotates the duration ("three days") and leaves "later" out. A year
    // earlier in a report compares with the period reported on: a date (below).
    bool narrative = a == "later" || (a == "earlier" && u != Unit::Year);
    bool past = !narrative && (a == "ago" || a == "earlier" || a == "before" || a == "previously");
    bool fut = !narrative && (a == "hence" || (a == "from" && c.is(last + 1, "now")));
    if (!(past || fut) || (a == "before" && last + 1 < c.size() && c.at(last + 1).kind == Kind::Word)) return false;
    m.last = last + (a == "from" ? 2 : 1);
    m.type = TimexType::Date;
    m.value = ago_value(c, q, u, past, m.gran);
    m.relative = true;
    // "compared with $5 million a year earlier" in a report on a quarter: the same
    // quarter a year before
    if (u == Unit::Year && q == 1 && past && c.focus_q > 0) {
        m.value = cal::quarter(c.focus_qy - 1, c.focus_q);
        m.gran = Granularity::Quarter;
        m.focus = false;
    }
    return true;
}

// 30 percent a year, $5 a day, twice a week: a set (i is the article "a").
bool rate(const Ctx& c, std::size_t i) {
    if (i == 0) return false;
    const Token& p = c.at(i - 1);
    return (p.kind == Kind::Punct && p.punct == '%') || p.kind == Kind::Num || c.is(i - 1, "percent") ||
           c.is(i - 1, "twice") || c.is(i - 1, "once") || c.is(i - 1, "times") || c.is(i - 1, "pct") ||
           c.is(i - 1, "million") || c.is(i - 1, "billion") || c.is(i - 1, "barrels") || c.is(i - 1, "tonnes") ||
           c.is(i - 1, "tons") || c.is(i - 1, "dollars");
}

// The ISO 8601 duration of q units; half an hour is PT30M, half a year P6M.
std::string duration_value(double q, Unit u) {
    if (!(q > 0 && q < 1 && std::fabs(q - 0.5) < 1e-9)) return cal::duration(q, u);
    switch (u) {
    case Unit::Hour: return "PT30M";
    case Unit::Minute: return "PT30S";
    case Unit::Day: return "PT12H";
    case Unit::Year: return "P6M";
    case Unit::Century: return "P50Y";
    case Unit::Decade: return "P5Y";
    default: return cal::duration(q, u);
    }
}

} // namespace

bool match_duration(const Ctx& c, std::size_t i, Match& m) {
    const Token& t = c.at(i);
    if (t.kind == Kind::Word && !t.lex()) return false;
    if (t.kind == Kind::Punct) return false;
    std::uint32_t f = c.flags(i);
    std::string_view w = c.low(i);
    if (t.kind == Kind::Word && set_word(c, i, m)) return true;
    if (f & L_EVERY) return every_set(c, i, m);
    std::size_t j = i;
    Lead lead;
    if ((f & (L_LAST | L_NEXT)) || w == "first" || w == "latest" || w == "recent" || w == "initial" || w == "final") {
        lead = {true, w == "recent", w == "coming"};
        ++j;
    }
    double q = 0;
    std::size_t k = parse_quantity(c, j, q, !lead.dirword);
    if (k == j) return numberless(c, i, j, lead, m);
    bool article = (c.is(j, "a") || c.is(j, "an")) && q == 1;
    if (c.is_num(j) && c.at(j).ndig == 4 && c.at(j).num() >= 1800 && c.at(j).num() <= 2100) return false; // the 1988 quarter
    // two more weeks, an additional year, three extra days
    if ((c.is(k, "more") || c.is(k, "additional") || c.is(k, "extra") || c.is(k, "further")) && c.lex(k + 1) &&
        c.lex(k + 1)->unit >= Unit::Day)
        ++k;
    // three-year, 3-year, 52-week, 8-month-old, 24-hour
    bool hyphen = false;
    if (c.is_punct(k, '-') && c.glued(k) && c.glued(k + 1)) {
        ++k;
        hyphen = true;
    }
    const Lex* l = c.lex(k);
    if (!l || l->unit == Unit::None) return false;
    Unit u = l->unit;
    if (hyphen && l->plural) return false;
    // "a year-earlier loss", "a year-ago quarter": the compound is the comparison period
    if (!hyphen && c.is_punct(k + 1, '-') && c.glued(k + 1) && (c.is(k + 2, "earlier") || c.is(k + 2, "ago")))
        return false;
    if (article && l->plural) return false;
    if (c.at(k).upper && !c.at(i).upper) return false;
    std::size_t last = k + 1;
    // A person's age ("six-year-old", "52 years old") is no temporal expression in TimeML
    // news corpora: not tagged.
    if (hyphen && c.is_punct(last, '-') && c.is(last + 1, "old") && c.glued(last)) return false;
    if (!hyphen && c.is(last, "old")) return false;
    if (hyphen && c.is_punct(last, '-') && c.is(last + 1, "long") && c.glued(last)) last += 2;
    m.first = i;
    m.the_ok = !hyphen; // "the three-year siege": "the" belongs to the noun
    m.approx_ok = true;
    if (!hyphen && !lead.dirword) {
        if (counted_from_dct(c, last, q, u, m)) return true;
        if (article && q == 1 && rate(c, i)) {
            m.last = last;
            m.type = TimexType::Set;
            m.value = cal::duration(1, u);
            return true;
        }
    }
    if (q == 0) return false;
    m.last = last;
    m.type = TimexType::Duration;
    m.gran = cal::granularity_of(u);
    m.value = duration_value(q, u);
    return true;
}

} // namespace gt::timex
