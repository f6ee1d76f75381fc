// Expressions resolved against the DCT: today/yesterday/tomorrow, tonight, this morning,
// weekdays ("on Tuesday", "last Friday", "Sunday night"), last/this/next week, month, year,
// weekend, quarter, decade; seasons; holidays; now, recently, the future.
#include "timex/calendar.hpp"
#include "timex/scan.hpp"

#include <boost/date_time/gregorian/gregorian.hpp>

namespace gt::timex {

namespace bg = boost::gregorian;

namespace {

Match& set(Match& m, std::size_t first, std::size_t last, TimexType type, std::string value,
           Granularity g, bool rel = true) {
    m.first = first;
    m.last = last;
    m.type = type;
    m.value = std::move(value);
    m.gran = g;
    m.relative = rel;
    return m;
}

// A part of the day after token k: "morning" / "night"; 0 if none.
int part_at(const Ctx& c, std::size_t k) {
    const Lex* l = c.lex(k);
    return l && l->part && !l->plural ? l->part : 0;
}

std::string day_value(const Ctx& c, int offset) {
    if (!c.dct) return "XXXX-XX-XX";
    return cal::day(*c.dct + bg::days(offset));
}

// A unit value relative to the DCT: n units from it.
std::string unit_value(const Ctx& c, Unit u, int n, Granularity& g) {
    if (!c.dct) {
        g = cal::granularity_of(u);
        switch (u) {
        case Unit::Week: return "XXXX-WXX";
        case Unit::Month: return "XXXX-XX";
        case Unit::Quarter: return "XXXX-QX";
        case Unit::Decade: return "XXX";
        case Unit::Century: return "XX";
        case Unit::Day: return "XXXX-XX-XX";
        default: return "XXXX";
        }
    }
    return cal::shifted(*c.dct, u, n, &g);
}

std::string weekend_value(const Ctx& c, int rel, Tense tense) {
    if (!c.dct) return "XXXX-WXX-WE";
    int wd = cal::weekday(*c.dct);
    Date ref = *c.dct;
    if (rel == -2) ref = ref - bg::weeks(wd >= 6 ? 1 : 1);
    else if (rel == 2) ref = ref + bg::weeks(1);
    else if (rel != 0 && wd < 6 && tense != Tense::Future) ref = ref - bg::weeks(1);
    return cal::week(ref) + "-WE";
}

std::string season_value(const Ctx& c, int s, int rel, Tense tense) {
    if (!c.dct) return cal::season(-1, s);
    int y = c.dct->year(), mo = c.dct->month();
    int cur = mo <= 2 || mo == 12 ? 4 : (mo <= 5 ? 1 : (mo <= 8 ? 2 : 3));
    int wy = mo == 12 ? y : (mo <= 2 ? y - 1 : y); // winter 2017 = Dec 2017 - Feb 2018
    auto year_of = [&](int season) { return season == 4 ? wy : y; };
    if (rel == 0) return cal::season(s == cur ? year_of(s) : y, s);
    int order_cur = cur, order_s = s; // SP < SU < FA < WI within a year
    if (rel == -2 || (rel == 9 && tense == Tense::Past)) {
        int yy = order_s < order_cur ? (cur == 4 ? wy : y) : (cur == 4 ? wy - 1 : y - 1);
        if (rel == 9 && s == cur) yy = year_of(s);
        return cal::season(yy, s);
    }
    if (rel == 2 || (rel == 9 && tense == Tense::Future)) {
        int yy = order_s > order_cur ? (cur == 4 ? wy : y) : (cur == 4 ? wy + 1 : y + 1);
        if (rel == 9 && s == cur) yy = year_of(s);
        return cal::season(yy, s);
    }
    return cal::season(s == cur ? year_of(s) : y, s);
}

// Easter Sunday (anonymous Gregorian algorithm).
Date easter(int y) {
    int a = y % 19, b = y / 100, cc = y % 100, d = b / 4, e = b % 4, f = (b + 8) / 25,
        g = (b - f + 1) / 3, h = (19 * a + b - d - g + 15) % 30, i = cc / 4, k = cc % 4,
        l = (32 + 2 * e + 2 * i - h - k) % 7, m = (a + 11 * h + 22 * l) / 451;
    int month = (h + l - 7 * m + 114) / 31, day = (h + l - 7 * m + 114) % 31 + 1;
    return Date(static_cast<unsigned short>(y), static_cast<unsigned short>(month), static_cast<unsigned short>(day));
}

bool match_holiday(const Ctx& c, std::size_t i, Match& m, int rel) {
    std::size_t j = i;
    int mo = 0, d = 0, kind = 0;
    if (c.is(j, "christmas") && c.at(j).cap) {
        ++j;
        if (c.is(j, "eve")) { mo = 12; d = 24; ++j; }
        else { mo = 12; d = 25; if (c.is(j, "day")) ++j; }
    } else if (c.is(j, "new") && c.at(j).cap && c.is(j + 1, "year") && c.is_punct(j + 2, '\'') && c.is(j + 3, "s")) {
        j += 4;
        if (c.is(j, "eve")) { mo = 12; d = 31; ++j; }
        else if (c.is(j, "day")) { mo = 1; d = 1; ++j; }
        else return false;
    } else if (c.is(j, "thanksgiving") && c.at(j).cap) {
        kind = 1;
        ++j;
        if (c.is(j, "day")) ++j;
    } else if (c.is(j, "easter") && c.at(j).cap) {
        kind = 2;
        ++j;
        if (c.is(j, "sunday") || c.is(j, "day")) ++j;
    } else {
        return false;
    }
    set(m, i, j, TimexType::Date, "", Granularity::Day);
    if (!c.dct) {
        m.value = kind ? "XXXX-XX-XX" : cal::day(-1, mo, d);
        return true;
    }
    int dir = rel == -2 ? -1 : (rel == 2 ? 1 : direction(c.tense(i, j), 0));
    auto date_in = [&](int y) -> Date {
        if (kind == 1) return bg::nth_day_of_the_week_in_month(bg::nth_day_of_the_week_in_month::fourth,
                                                               bg::Thursday, bg::Nov).get_date(static_cast<unsigned short>(y));
        if (kind == 2) return easter(y);
        return Date(static_cast<unsigned short>(y), static_cast<unsigned short>(mo), static_cast<unsigned short>(d));
    };
    int y = c.dct->year();
    Date cur = date_in(y);
    if (dir < 0 && cur > *c.dct) cur = date_in(y - 1);
    else if (dir > 0 && cur < *c.dct) cur = date_in(y + 1);
    else if (dir == 0) {
        Date prev = date_in(y - 1), next = date_in(y + 1);
        if ((*c.dct - prev).days() < (cur - *c.dct).days()) cur = prev;
        else if ((next - *c.dct).days() < (*c.dct - cur).days()) cur = next;
    }
    m.value = cal::day(cur);
    return true;
}

// A weekday at token j; the expression starts at i (i < j: "last Friday").
bool match_weekday(const Ctx& c, std::size_t i, std::size_t j, Match& m, int rel) {
    const Lex* l = c.lex(j);
    if (!l || !l->weekday || !c.at(j).cap) return false;
    int wd = l->weekday;
    std::string_view w = c.low(j);
    if (w.size() <= 4 && !(c.is_punct(j + 1, '.') && c.glued(j + 1)) && w != "wed") {
        // Sat, Sun, Mon: only as abbreviations with a dot or before a day number
        if (!(c.is_num(j + 1) && c.at(j + 1).ndig <= 2)) return false;
    }
    std::size_t k = j + 1;
    if (w.size() <= 4 && c.is_punct(k, '.') && c.glued(k)) ++k;
    if (l->plural) {
        int p = part_at(c, k);
        set(m, i, p ? k + 1 : k, TimexType::Set, "XXXX-WXX-" + std::to_string(wd), Granularity::Day);
        if (p) m.value += std::string("T") + cal::part_of_day(p);
        return true;
    }
    // "Wednesday's ruling", "Friday's close": a possessive names an event the news reports,
    // whatever the tense of the verb around it ("would look for ways around Wednesday's
    // ruling"); not after "ahead of" ("ahead of Sunday's vote").
    bool possessive = c.is_punct(k, '\'') && c.is(k + 1, "s") && c.glued(k) && !(i > 0 && c.is(i - 1, "of") &&
                                                                                i > 1 && c.is(i - 2, "ahead"));
    int p = part_at(c, k);
    std::size_t last = p ? k + 1 : k;
    if (c.is(last, "last") && c.is(last + 1, "week")) {
        // "Tuesday last week": the weekday of the previous week
        last += 2;
        if (c.dct) {
            Date monday = *c.dct - bg::days(cal::weekday(*c.dct) - 1) - bg::weeks(1);
            set(m, i, last, TimexType::Date, cal::day(monday + bg::days(wd - 1)), Granularity::Day);
        } else {
            set(m, i, last, TimexType::Date, "XXXX-WXX-" + std::to_string(wd), Granularity::Day);
        }
        return true;
    }
    int dir;
    if (rel == -2 || rel == 2) dir = rel;
    else {
        Tense t = c.tense(i, last);
        dir = !possessive && (t == Tense::Future || until_before(c, i, t)) ? 1 : -1;
    }
    std::string v = weekday_value(c, wd, dir);
    if (p) {
        set(m, i, last, TimexType::Time, v + "T" + cal::part_of_day(p), Granularity::PartOfDay);
    } else {
        set(m, i, last, TimexType::Date, v, Granularity::Day);
    }
    return true;
}

Unit unit_word(const Ctx& c, std::size_t k) {
    const Lex* l = c.lex(k);
    if (!l || l->plural) return Unit::None;
    return l->unit;
}

// Each step of match_relative: a match (true), no match and stop (false), or nothing said:
// the next step is tried (nullopt).
using Step = std::optional<bool>;

// "USA Today", "today's world": not the DCT.
bool today_is_not_a_date(const Ctx& c, std::size_t i) {
    const Token& t = c.at(i);
    // a name: "USA Today", "VOA Today"
    if (t.cap && i > 0 && c.at(i - 1).kind == Kind::Word && c.at(i - 1).cap && !c.at(i).nl_before) return true;
    // "today's world", "today's youth": nowadays, not the DCT (TimeML leaves these)
    if (c.is_punct(i + 1, '\'') && c.glued(i + 1) && c.is(i + 2, "s")) {
        std::string_view n = i + 3 < c.size() ? c.low(i + 3) : std::string_view{};
        return n == "world" || n == "youth" || n == "society" || n == "generation" || n == "young" ||
               n == "children" || n == "kids" || n == "standards";
    }
    return false;
}

// today, yesterday, tomorrow, tonight ("yesterday morning"), "this morning", "last night".
Step deictic_day(const Ctx& c, std::size_t i, std::string_view w, Match& m) {
    if (w == "today" && today_is_not_a_date(c, i)) return false;
    if (w == "today" || w == "yesterday" || w == "tomorrow" || w == "tonight") {
        int off = w == "yesterday" ? -1 : (w == "tomorrow" ? 1 : 0);
        int p = w == "tonight" ? 4 : part_at(c, i + 1);
        std::size_t last = w == "tonight" ? i + 1 : (p ? i + 2 : i + 1);
        if (p) return set(m, i, last, TimexType::Time, day_value(c, off) + "T" + cal::part_of_day(p), Granularity::PartOfDay), true;
        set(m, i, last, TimexType::Date, day_value(c, off), Granularity::Day);
        return true;
    }
    if ((w == "this" || w == "last") && part_at(c, i + 1)) {
        int p = part_at(c, i + 1);
        int off = w == "last" && p == 4 ? -1 : 0;
        if (w == "last" && p != 4) return false;
        set(m, i, i + 2, TimexType::Time, day_value(c, off) + "T" + cal::part_of_day(p), Granularity::PartOfDay);
        return true;
    }
    return std::nullopt;
}

// "afternoon yesterday", "late morning", "overnight".
Step part_of_day(const Ctx& c, std::size_t i, std::string_view w, Match& m) {
    if (int p = part_at(c, i); p && p != 4) {
        // "afternoon yesterday", "mid-afternoon yesterday": that day's part
        if (c.is(i + 1, "yesterday") || c.is(i + 1, "today") || c.is(i + 1, "tomorrow")) {
            int off = c.is(i + 1, "yesterday") ? -1 : (c.is(i + 1, "today") ? 0 : 1);
            return set(m, i, i + 2, TimexType::Time, day_value(c, off) + "T" + cal::part_of_day(p), Granularity::PartOfDay), true;
        }
        // "by mid afternoon", "late morning": the DCT's ("late night" is mostly an adjective)
        std::size_t b = i > 0 && c.is_punct(i - 1, '-') && c.glued(i) ? i - 1 : i;
        if (b > 0 && (c.is(b - 1, "mid") || c.is(b - 1, "late")) && !(c.is_punct(i + 1, '-') && c.glued(i + 1)))
            return set(m, i, i + 1, TimexType::Time, day_value(c, 0) + "T" + cal::part_of_day(p), Granularity::PartOfDay), true;
    }
    if (w == "overnight" && i > 0 && c.at(i - 1).kind == Kind::Word && !c.is(i - 1, "an")) {
        set(m, i, i + 1, TimexType::Time, day_value(c, 0) + "TNI", Granularity::PartOfDay);
        return true;
    }
    return std::nullopt;
}

// now, currently, recently, the future, the past: PRESENT_REF, PAST_REF, FUTURE_REF.
Step reference_word(const Ctx& c, std::size_t i, std::string_view w, Match& m) {
    if (w == "now" || w == "currently" || w == "nowadays" || (w == "present" && c.is(i - 1, "at"))) {
        if (w == "now" && c.is(i + 1, "defunct")) return false; // "now that ..." is tagged in TimeML
        return set(m, i, i + 1, TimexType::Date, "PRESENT_REF", Granularity::None), true;
    }
    if (w == "current" && i + 1 < c.size() && !c.lex(i + 1)) {
        // "current account", "the current crisis": only before a plain noun, not before units
        if (c.is(i - 1, "the") && !c.at(i + 1).cap) return false;
        if (c.at(i + 1).kind == Kind::Word) return set(m, i, i + 1, TimexType::Date, "PRESENT_REF", Granularity::None), true;
    }
    if (w == "recently" || w == "lately") {
        return set(m, i, i + 1, TimexType::Date, "PAST_REF", Granularity::None), true;
    }
    if (w == "future" && c.is(i - 1, "the") && !c.is(i + 1, "of")) { // not "the future of the region"
        set(m, i, i + 1, TimexType::Date, "FUTURE_REF", Granularity::None).the_ok = true;
        return true;
    }
    if (w == "near" && c.is(i + 1, "future")) {
        set(m, i, i + 2, TimexType::Date, "FUTURE_REF", Granularity::None).the_ok = true;
        return true;
    }
    // "the past." / "in the past that ...": not "the past two weeks", "the past decade"
    if (w == "past" && c.is(i - 1, "the") && i + 1 < c.size() &&
        (c.at(i + 1).kind == Kind::Punct ||
         (i > 1 && c.is(i - 2, "in") && !c.lex(i + 1) && c.at(i + 1).kind == Kind::Word) ||
         (i > 1 && c.is(i - 2, "in") && (c.is(i + 1, "that") || c.is(i + 1, "the") || c.is(i + 1, "it"))))) {
        set(m, i, i + 1, TimexType::Date, "PAST_REF", Granularity::None).the_ok = true;
        return true;
    }
    return std::nullopt;
}

// "spring", "the fall of 2016", "winter": not "fall" and "spring" as verbs or nouns.
bool season(const Ctx& c, std::size_t i, std::string_view w, const Lex& l, Match& m) {
    if (w == "fall" || w == "spring") {
        bool ok = i > 0 && (c.is(i - 1, "the") || c.is(i - 1, "in") || c.is(i - 1, "this") ||
                            c.is(i - 1, "last") || c.is(i - 1, "next") || c.is(i - 1, "early") ||
                            c.is(i - 1, "late") || c.is(i - 1, "mid") || c.is(i - 1, "by"));
        if (!ok || (c.is(i - 1, "the") && !c.is(i + 1, "of") && c.at(i + 1 < c.size() ? i + 1 : i).kind == Kind::Word && i + 1 < c.size() && !(c.flags(i + 1) & (L_PAST | L_PRESENT | L_FUTURE))))
            return false;
    }
    std::size_t last = i + 1;
    int y = 0;
    std::size_t k = c.is(last, "of") ? last + 1 : last;
    std::size_t k2 = 0;
    if (year_number(c, k, y, k2)) {
        set(m, i, k2, TimexType::Date, cal::season(y, l.season), Granularity::Season, false).the_ok = true;
        return true;
    }
    set(m, i, last, TimexType::Date, season_value(c, l.season, 9, c.tense(i, last)), Granularity::Season).the_ok = true;
    return true;
}

// "this Tuesday": the one in the current week.
void this_weekday(const Ctx& c, int weekday, Match& m) {
    if (!c.dct) return;
    Date monday = *c.dct - bg::days(cal::weekday(*c.dct) - 1);
    std::string v = cal::day(monday + bg::days(weekday - 1));
    m.value = m.type == TimexType::Time ? v + m.value.substr(10) : v;
}

// last/this/next (past, coming, latest, current) + a holiday, weekday, season, weekend or unit.
bool shifted_unit(const Ctx& c, std::size_t i, std::string_view w, const Lex& l, Match& m) {
    int rel = (l.flags & L_THIS) ? 0 : ((l.flags & L_LAST) ? -2 : 2);
    std::size_t j = i + 1;
    if (w == "this" && (c.is(j, "past") || c.is(j, "coming"))) {
        rel = c.is(j, "past") ? -2 : 2;
        ++j;
    }
    if (match_holiday(c, j, m, rel)) {
        m.first = i;
        return true;
    }
    const Lex* l2 = c.lex(j);
    if (!l2) return false;
    if (l2->weekday && !l2->plural) {
        if (!match_weekday(c, i, j, m, rel == 0 ? 9 : rel)) return false;
        if (rel == 0) this_weekday(c, l2->weekday, m);
        m.first = i;
        return true;
    }
    if (l2->season && !l2->plural) {
        set(m, i, j + 1, TimexType::Date, season_value(c, l2->season, rel, c.tense(i, j + 1)), Granularity::Season).the_ok = true;
        return true;
    }
    if (c.is(j, "weekend")) {
        set(m, i, j + 1, TimexType::Date, weekend_value(c, rel == 0 ? 0 : rel, c.tense(i, j + 1)), Granularity::Week).the_ok = true;
        return true;
    }
    Unit u = unit_word(c, j);
    if (u == Unit::None || u == Unit::Second || u == Unit::Minute || u == Unit::Hour) return false;
    if (u == Unit::Day) {
        if (w == "next" || w == "following") return set(m, i, j + 1, TimexType::Date, day_value(c, 1), Granularity::Day).the_ok = true, true;
        return false;
    }
    int n = rel == 0 ? 0 : (rel < 0 ? -1 : 1);
    if (w == "current" || w == "present") n = 0;
    Granularity g;
    std::string v = unit_value(c, u, n, g);
    if (w == "latest" || (u == Unit::Quarter && w == "past")) {
        v = unit_value(c, u, -1, g);
    }
    set(m, i, j + 1, TimexType::Date, v, g).the_ok = true;
    return true;
}

// "the week of March 6", "the week beginning November 26th": that day's ISO week.
bool week_of_day(const Ctx& c, std::size_t i, std::string_view w, Match& m) {
    std::size_t at = c.is(i + 1, "of") ? i + 2
                     : (c.is(i + 1, "beginning") || c.is(i + 1, "starting") || c.is(i + 1, "commencing"))
                         ? (c.is(i + 2, "on") ? i + 3 : i + 2)
                         : 0;
    if (w != "week" || !at || !c.dct) return false;
    Match d;
    if (!match_calendar(c, at, d) || d.gran != Granularity::Day || d.value.size() != 10 || d.value[0] == 'X') return false;
    auto day = cal::make_date(std::stoi(d.value.substr(0, 4)), std::stoi(d.value.substr(5, 2)),
                              std::stoi(d.value.substr(8, 2)));
    if (!day) return false;
    set(m, i, d.last, TimexType::Date, cal::week(*day), Granularity::Week).the_ok = true;
    return true;
}

// "the week", "the month", "the year", "the weekend", "the quarter": the current one.
bool the_unit(const Ctx& c, std::size_t i, std::string_view w, Match& m) {
    if (!(i > 0 && c.is(i - 1, "the") && !(c.is_punct(i + 1, '-') && c.glued(i + 1)) && !c.is(i + 1, "before") &&
          !c.is(i + 1, "after") && !c.is(i + 1, "of") && !c.is(i + 1, "in") && !c.is(i + 1, "when") &&
          !c.is(i + 1, "that")))
        return false;
    if (w == "weekend") {
        set(m, i, i + 1, TimexType::Date, weekend_value(c, 9, c.tense(i, i + 1)), Granularity::Week).the_ok = true;
        return true;
    }
    Unit u = unit_word(c, i);
    if (u == Unit::Year && i > 1 && (c.is(i - 2, "for") || c.is(i - 2, "during"))) {
        set(m, i, i + 1, TimexType::Duration, "P1Y", Granularity::Year).the_ok = true; // for the year
        return true;
    }
    if (u == Unit::Week || u == Unit::Month || u == Unit::Year || u == Unit::Quarter) {
        Granularity g;
        std::string v = unit_value(c, u, u == Unit::Quarter ? -1 : 0, g);
        set(m, i, i + 1, TimexType::Date, v, g).the_ok = true;
        return true;
    }
    return false;
}

} // namespace

bool match_relative(const Ctx& c, std::size_t i, Match& m) {
    const Token& t = c.at(i);
    if (t.kind != Kind::Word || !t.lex()) return false;
    std::string_view w = c.low(i);
    const Lex& l = *t.lex();
    for (auto step : {deictic_day, part_of_day, reference_word})
        if (Step s = step(c, i, w, m)) return *s;
    if (match_holiday(c, i, m, 9)) return true;
    if (l.weekday) return match_weekday(c, i, i, m, 9);
    if (l.season) return season(c, i, w, l, m);
    if (l.flags & (L_LAST | L_NEXT | L_THIS)) return shifted_unit(c, i, w, l, m);
    if (w == "latest" && c.is(i + 1, "quarter")) {
        Granularity g;
        set(m, i, i + 2, TimexType::Date, unit_value(c, Unit::Quarter, -1, g), g).the_ok = true;
        return true;
    }
    return week_of_day(c, i, w, m) || the_unit(c, i, w, m);
}

} // namespace gt::timex
