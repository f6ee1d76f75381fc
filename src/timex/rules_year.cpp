// Years, decades, centuries, quarters and halves: "1990", "in 2017", "fiscal 1989",
// "the 1990s", "the '90s", "the nineties", "the 20th century", "the third quarter",
// "third-quarter", "the first half of 1990", "Q3", "the year-ago quarter".
#include "timex/calendar.hpp"
#include "timex/scan.hpp"

namespace gt::timex {

namespace {

bool year_context_before(const Ctx& c, std::size_t i) {
    if (i == 0) return true;
    if (c.at(i - 1).kind == Kind::Punct) {
        char p = c.at(i - 1).punct;
        return p == ',' || p == '(' || p == '-' || p == '"' || p == '\'' || p == ':';
    }
    static const std::string_view ok[] = {"in", "since", "of", "by", "until", "till", "from",
        "to", "during", "before", "after", "early", "late", "mid", "and", "or", "between",
        "through", "for", "year", "the", "than", "around", "about", "as", "at", "on", "into",
        "throughout", "circa", "spring", "summer", "autumn", "fall", "winter", "end", "start",
        "beginning", "middle", "season", "calendar", "fiscal", "financial", "late", "that", "then"};
    std::string_view w = c.low(i - 1);
    for (auto o : ok) if (w == o) return true;
    return false;
}

bool numeric_neighbour(const Ctx& c, std::size_t i) {
    // 2017-09 / 12/2017 / 3.2017 / 2017.5 handled elsewhere or not a year
    if (i > 0 && c.glued(i) && c.at(i - 1).kind == Kind::Punct &&
        (c.at(i - 1).punct == '-' || c.at(i - 1).punct == '/' || c.at(i - 1).punct == '.' ||
         c.at(i - 1).punct == '$' || c.at(i - 1).punct == '#') && i > 1 && (c.is_num(i - 2) || c.at(i - 1).punct == '$' || c.at(i - 1).punct == '#'))
        return true;
    if (i + 2 < c.size() && c.glued(i + 1) && c.at(i + 1).kind == Kind::Punct &&
        (c.at(i + 1).punct == '-' || c.at(i + 1).punct == '/' || c.at(i + 1).punct == ',') &&
        c.is_num(i + 2) && c.glued(i + 2))
        return true;
    return false;
}

// Nouns a number counts (people, their groups, arms, things of war): no year before them.
bool counted_noun(const Ctx& c, std::size_t k) {
    static const std::string_view nouns[] = {
        "people", "persons", "civilians", "children", "women", "men", "soldiers", "troops",
        "fighters", "militants", "rebels", "refugees", "families", "residents", "casualties",
        "deaths", "victims", "bodies", "prisoners", "detainees", "migrants", "protesters",
        "demonstrators", "students", "workers", "police", "policemen", "officers", "members",
        "homes", "houses", "buildings", "vehicles", "cars", "trucks", "tanks", "rockets",
        "missiles", "shells", "bombs", "mortars", "weapons", "rounds", "tonnes", "tons",
        "dead", "killed", "wounded", "injured", "others", "individuals", "households",
        "inhabitants", "citizens", "villagers", "patients", "displaced", "hostages",
        "farmers", "labourers", "laborers", "projectiles", "explosions", "shots", "fishermen",
        "miners", "traders", "pilgrims", "worshippers", "teachers", "nurses", "doctors",
        "employees", "supporters", "activists", "youths", "militiamen", "gunmen", "insurgents",
        "personnel", "drones", "cattle", "camels", "goats", "sheep", "livestock"};
    if (k >= c.size() || c.at(k).kind != Kind::Word) return false;
    std::string_view n = c.low(k);
    for (auto x : nouns)
        if (n == x) return true;
    return false;
}

// "more than 1500 people", "about 2000 troops", "between 1000 and 1200 families", "about 1000
// migrant labourers", "1000 pro-STC fighters": a number counting people or things is no year,
// whatever precedes it; only "in", "since", "during", "until", "by" before a plausible year keep
// it ("since 2011 people have fled").
bool counts_things(const Ctx& c, std::size_t j, std::size_t k, int y) {
    // "between 1000 and 1200 families", "1500 to 2000 people": the noun after the range
    if ((c.is(k, "and") || c.is(k, "to") || c.is(k, "or")) && c.is_num(k + 1)) k += 2;
    bool noun = counted_noun(c, k);
    if (!noun && k < c.size() && c.at(k).kind == Kind::Word) {
        // one word before the noun, or a hyphenated one ("migrant", "pro-STC")
        std::size_t m = k + 1;
        while (m + 1 < c.size() && c.is_punct(m, '-') && c.glued(m) && c.at(m + 1).kind == Kind::Word) m += 2;
        noun = counted_noun(c, m);
    }
    if (!noun) return false;
    bool temporal = j > 0 && (c.is(j - 1, "in") || c.is(j - 1, "since") || c.is(j - 1, "during") ||
                              c.is(j - 1, "until") || c.is(j - 1, "by"));
    return !(temporal && y >= 1900 && y <= 2100);
}

int ordinal_at(const Ctx& c, std::size_t i, std::size_t& next) {
    const Lex* l = c.lex(i);
    if (l && l->ordinal > 0) {
        next = i + 1;
        return l->ordinal;
    }
    if (c.is_num(i) && c.at(i).ndig <= 2 && i + 1 < c.size() && c.glued(i + 1)) {
        std::string_view s = c.low(i + 1);
        if (s == "st" || s == "nd" || s == "rd" || s == "th") {
            next = i + 2;
            return static_cast<int>(c.at(i).num());
        }
    }
    return 0;
}

// quarter / half after an ordinal at i: returns the token after "quarter", or i.
std::size_t quarter_word(const Ctx& c, std::size_t k, char& kind) {
    if (c.is_punct(k, '-') && c.glued(k)) ++k;
    if (c.is(k, "quarter")) {
        kind = 'Q';
        return k + 1;
    }
    if (c.is(k, "half")) {
        kind = 'H';
        return k + 1;
    }
    return 0;
}

bool match_quarter(const Ctx& c, std::size_t i, Match& m) {
    std::size_t j = i;
    int y = -1;
    std::size_t k = 0;
    // "1988 third quarter", "last year's third quarter", "this year's"
    if (year_number(c, j, y, k) && c.at(j).kind == Kind::Num) {
        j = k;
    } else if ((c.is(j, "last") || c.is(j, "this") || c.is(j, "next")) && c.is(j + 1, "year") &&
               c.is_punct(j + 2, '\'') && c.is(j + 3, "s") && c.dct) {
        y = c.dct->year() + (c.is(j, "last") ? -1 : (c.is(j, "next") ? 1 : 0));
        j += 4;
    } else {
        y = -1;
    }
    if (c.is(j, "fiscal")) ++j;
    std::size_t k2 = 0;
    int ord = ordinal_at(c, j, k2);
    char kind = 0;
    std::size_t k3 = ord ? quarter_word(c, k2, kind) : 0;
    // "the last half of 1989", "the final quarter of 2016" (without a year, "last quarter" is
    // the previous one: rules_relative)
    if (!ord && y < 0 && (c.is(j, "last") || c.is(j, "final"))) {
        std::size_t k4 = quarter_word(c, j + 1, kind);
        int y2 = 0;
        std::size_t k5 = 0;
        if (k4 && c.is(k4, "of") && year_number(c, k4 + 1, y2, k5)) {
            ord = kind == 'Q' ? 4 : 2;
            k3 = k4;
        }
    }
    if (!k3 || ord < 1 || (kind == 'Q' && ord > 4) || (kind == 'H' && ord > 2)) {
        // Q3, Q3 2017
        if (c.is(j, "q") && c.at(j).cap && c.is_num(j + 1) && c.glued(j + 1) && c.at(j + 1).num() >= 1 &&
            c.at(j + 1).num() <= 4) {
            ord = static_cast<int>(c.at(j + 1).num());
            kind = 'Q';
            k3 = j + 2;
        } else {
            return false;
        }
    }
    if (y < 0) {
        std::size_t k4 = c.is(k3, "of") ? k3 + 1 : k3;
        std::size_t k5 = 0;
        int y2 = 0;
        if (year_number(c, k4, y2, k5) && (k4 > k3 || c.at(k4).kind == Kind::Num)) {
            y = y2;
            k3 = k5;
        } else if (c.dct) {
            // the fourth quarter said in February: last year's, unless said of the future
            int cur_q = (c.dct->month() - 1) / 3 + 1;
            int cur_h = (c.dct->month() - 1) / 6 + 1;
            bool ahead = kind == 'Q' ? ord > cur_q + 1 : ord > cur_h;
            y = c.dct->year();
            if (ahead && c.tense(i, k3) != Tense::Future) --y;
        }
    }
    m.first = i;
    m.last = k3;
    m.type = TimexType::Date;
    m.gran = Granularity::Quarter;
    m.the_ok = !(k3 >= 2 && c.is_punct(k3 - 2, '-'));
    m.relative = y < 0 || !c.is_num(i);
    m.value = cal::year(y) + "-" + kind + std::to_string(ord);
    return true;
}

// the 1990s, 1990s, the '90s, the nineties, the 20th century
bool match_decade(const Ctx& c, std::size_t i, Match& m) {
    const Token& t = c.at(i);
    int dec = -1;
    std::size_t k = 0;
    if (t.kind == Kind::Num && t.ndig == 4 && t.num() % 10 == 0 && t.num() >= 1000 && t.num() < 3000) {
        std::size_t j = i + 1;
        if (c.is_punct(j, '\'') && c.glued(j)) ++j;
        if (c.is(j, "s") && c.glued(j)) {
            dec = static_cast<int>(t.num() / 10);
            k = j + 1;
        }
    } else if (t.kind == Kind::Punct && t.punct == '\'' && c.is_num(i + 1) && c.glued(i + 1) &&
               c.at(i + 1).ndig == 2 && c.at(i + 1).num() % 10 == 0 && c.is(i + 2, "s") && c.glued(i + 2)) {
        dec = 190 + static_cast<int>(c.at(i + 1).num() / 10);
        k = i + 3;
    } else if (t.lex() && t.kind == Kind::Word) {
        static const std::string_view names[] = {"twenties", "thirties", "forties", "fifties",
                                                 "sixties", "seventies", "eighties", "nineties"};
        std::string_view w = c.low(i);
        for (int n = 0; n < 8; ++n) {
            if (w == names[n] && i > 0 && c.is(i - 1, "the")) {
                dec = 192 + n;
                k = i + 1;
            }
        }
        if (dec < 0) {
            std::size_t k2 = 0;
            int ord = ordinal_at(c, i, k2);
            if (ord >= 1 && ord <= 30 && c.is(k2, "century")) {
                m.first = i;
                m.last = k2 + 1;
                m.type = TimexType::Date;
                m.gran = Granularity::Century;
                m.the_ok = true;
                m.value = cal::two(ord - 1);
                return true;
            }
        }
    } else if (t.kind == Kind::Num) {
        std::size_t k2 = 0;
        int ord = ordinal_at(c, i, k2);
        if (ord >= 1 && ord <= 30 && c.is(k2, "century")) {
            m.first = i;
            m.last = k2 + 1;
            m.type = TimexType::Date;
            m.gran = Granularity::Century;
            m.the_ok = true;
            m.value = cal::two(ord - 1);
            return true;
        }
    }
    if (dec < 0) return false;
    m.first = i;
    m.last = k;
    m.type = TimexType::Date;
    m.gran = Granularity::Decade;
    m.the_ok = true;
    m.value = std::to_string(dec);
    return true;
}

// The previous quarter of the DCT (the one companies report on), n years back.
std::string reported_quarter(const Ctx& c, int years_back) {
    if (!c.dct) return "XXXX-QX";
    int q = (c.dct->month() - 1) / 3; // previous quarter, 0 = Q4 of the year before
    int y = c.dct->year() - years_back;
    if (q == 0) {
        q = 4;
        --y;
    }
    return cal::quarter(y, q);
}

// year-ago / year-earlier [quarter|period|ORD quarter]; the fiscal year; the full year; year-end
bool match_year_ago(const Ctx& c, std::size_t i, Match& m) {
    std::size_t j = i;
    if (c.is(j, "comparable") || c.is(j, "corresponding")) ++j;
    if (c.is(j, "year") && c.is_punct(j + 1, '-') && c.glued(j + 1) && (c.is(j + 2, "ago") || c.is(j + 2, "earlier")) &&
        c.glued(j + 2)) {
        std::size_t k = j + 3;
        m.first = i;
        m.type = TimexType::Date;
        m.gran = Granularity::Quarter;
        m.relative = true;
        m.the_ok = true;
        m.focus = false; // the comparison period, not the one reported on
        std::size_t k2 = 0;
        int ord = ordinal_at(c, k, k2);
        char kind = 0;
        std::size_t k3 = ord ? quarter_word(c, k2, kind) : 0;
        if (k3 && kind == 'Q' && ord >= 1 && ord <= 4) {
            m.last = k3;
            m.value = cal::quarter(c.dct ? c.dct->year() - 1 : -1, ord);
            return true;
        }
        m.last = (c.is(k, "quarter") || c.is(k, "period")) ? k + 1 : k;
        m.value = reported_quarter(c, 1);
        return true;
    }
    // year-end; "by year end", "at the year's end"
    std::size_t ye = 0;
    if (c.is(i, "year") && c.is_punct(i + 1, '-') && c.is(i + 2, "end") && c.glued(i + 1)) ye = i + 3;
    else if (c.is(i, "year") && i > 0 &&
             (c.is(i - 1, "by") || c.is(i - 1, "at") || c.is(i - 1, "around") || c.is(i - 1, "before") ||
              c.is(i - 1, "until") || c.is(i - 1, "till") || c.is(i - 1, "since") || c.is(i - 1, "the"))) {
        if (c.is(i + 1, "end")) ye = i + 2;
        else if (c.is_punct(i + 1, '\'') && c.is(i + 2, "s") && c.is(i + 3, "end")) ye = i + 4;
        if (ye && c.is(ye, "of")) ye = 0; // "the year end of the company's fiscal year"
    }
    if (ye) {
        m.first = i;
        m.last = ye;
        m.type = TimexType::Date;
        m.gran = Granularity::Year;
        m.relative = true;
        m.the_ok = true;
        m.value = c.dct ? cal::year(c.dct->year()) : "XXXX";
        return true;
    }
    if (i > 0 && c.is(i - 1, "the") && (c.is(i, "fiscal") || c.is(i, "full") || c.is(i, "current")) &&
        c.is(i + 1, (c.is(i, "current") ? "fiscal" : "year"))) {
        std::size_t k = c.is(i + 1, "fiscal") ? i + 2 : i + 1;
        if (!c.is(k, "year")) return false;
        m.first = i;
        m.last = k + 1;
        m.type = TimexType::Date;
        m.gran = Granularity::Year;
        m.relative = true;
        m.the_ok = true;
        m.value = c.dct ? cal::year(c.dct->year()) : "XXXX";
        return true;
    }
    if (c.is(i, "latest") && (c.is(i + 1, "quarter") || c.is(i + 1, "period"))) {
        m.first = i;
        m.last = i + 2;
        m.type = TimexType::Date;
        m.gran = Granularity::Quarter;
        m.relative = true;
        m.the_ok = true;
        m.value = reported_quarter(c, 0);
        return true;
    }
    return false;
}

} // namespace

bool match_year(const Ctx& c, std::size_t i, Match& m) {
    if (match_year_ago(c, i, m)) return true;
    if (match_quarter(c, i, m)) return true;
    if (match_decade(c, i, m)) return true;
    std::size_t j = i;
    bool fiscal = false;
    if (c.is(j, "fiscal") || c.is(j, "financial")) {
        fiscal = true;
        ++j;
        if (c.is(j, "year")) ++j;
    } else if (c.is(j, "year") && i > 0 && c.is(i - 1, "the")) {
        ++j; // the year 2000
    }
    int y = 0;
    std::size_t k = 0;
    if (!year_number(c, j, y, k)) return false;
    const Token& t = c.at(j);
    if (t.kind == Kind::Num) {
        if (numeric_neighbour(c, j)) return false;
        // "its 1990 invasion", "the company's 1989 results": a year before a noun
        bool possessive = j > 0 && y >= 1900 && y <= 2040 &&
                          (c.is(j - 1, "its") || c.is(j - 1, "his") || c.is(j - 1, "her") || c.is(j - 1, "their") ||
                           c.is(j - 1, "our") || (c.is(j - 1, "s") && j > 1 && c.is_punct(j - 2, '\'')));
        bool ctx = fiscal || j > i || year_context_before(c, j) || possessive;
        if (!ctx && (y < 1900 || y > 2040)) return false;
        if (counts_things(c, j, k, y)) return false;
        if (k < c.size()) {
            // 1990 troops, 2000 people: a lower-case noun after a bare number
            const Token& n = c.at(k);
            if (n.kind == Kind::Word && !n.cap && !ctx) {
                if (!(c.flags(k) & (L_PAST | L_PRESENT | L_FUTURE)) && !c.is(k, "and") && !c.is(k, "to") &&
                    !c.is(k, "when") && !c.is(k, "as") && !c.is(k, "after") && !c.is(k, "before"))
                    return false;
            }
            if (c.is(k, "percent") || c.is(k, "pct") || (n.kind == Kind::Punct && n.punct == '%')) return false;
            if (c.lex(k) && c.lex(k)->unit != Unit::None) return false;
        }
        if (i > 0 && (c.is_punct(i - 1, '$') || c.is(i - 1, "no") || c.is(i - 1, "number"))) return false;
    } else if (t.kind == Kind::Word && !(j > i || year_context_before(c, j) || k > j + 1)) {
        return false;
    }
    m.first = i;
    m.last = k;
    m.type = TimexType::Date;
    m.gran = Granularity::Year;
    m.the_ok = j > i;
    m.value = cal::year(y);
    return true;
}

} // namespace gt::timex
