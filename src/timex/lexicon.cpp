// The word lists of the tagger: one hash table (text::WordMap) of lower-case words.
#include "timex/scan.hpp"

#include "text/word_map.hpp"

namespace gt::timex {

namespace {

using Table = text::WordMap<Lex>;

void add_flags(Table& t, std::initializer_list<std::string_view> words, std::uint32_t f) {
    for (auto w : words) t[w].flags |= f;
}

Table build() {
    Table t;
    t.reserve(512);
    struct M { std::string_view w; int m; bool abbr; };
    static const M months[] = {
        {"january", 1, false}, {"jan", 1, true}, {"february", 2, false}, {"feb", 2, true},
        {"march", 3, false}, {"mar", 3, true}, {"april", 4, false}, {"apr", 4, true},
        {"may", 5, false}, {"june", 6, false}, {"jun", 6, true}, {"july", 7, false},
        {"jul", 7, true}, {"august", 8, false}, {"aug", 8, true}, {"september", 9, false},
        {"sept", 9, true}, {"sep", 9, true}, {"october", 10, false}, {"oct", 10, true},
        {"november", 11, false}, {"nov", 11, true}, {"december", 12, false}, {"dec", 12, true}};
    for (const auto& m : months) {
        t[m.w].month = static_cast<std::int8_t>(m.m);
        t[m.w].month_abbr = m.abbr;
    }
    struct W { std::string_view w; int d; bool pl; };
    static const W days[] = {
        {"monday", 1, false}, {"tuesday", 2, false}, {"wednesday", 3, false}, {"thursday", 4, false},
        {"friday", 5, false}, {"saturday", 6, false}, {"sunday", 7, false}, {"mondays", 1, true},
        {"tuesdays", 2, true}, {"wednesdays", 3, true}, {"thursdays", 4, true}, {"fridays", 5, true},
        {"saturdays", 6, true}, {"sundays", 7, true}, {"mon", 1, false}, {"tue", 2, false},
        {"tues", 2, false}, {"wed", 3, false}, {"thu", 4, false}, {"thur", 4, false},
        {"thurs", 4, false}, {"fri", 5, false}, {"sat", 6, false}, {"sun", 7, false}};
    for (const auto& d : days) {
        t[d.w].weekday = static_cast<std::int8_t>(d.d);
        t[d.w].plural = d.pl;
    }
    static const std::string_view ones[] = {"zero", "one", "two", "three", "four", "five", "six",
        "seven", "eight", "nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen",
        "sixteen", "seventeen", "eighteen", "nineteen"};
    for (int i = 0; i < 20; ++i) t[ones[i]].number = static_cast<std::int16_t>(i);
    static const std::string_view tens[] = {"twenty", "thirty", "forty", "fifty", "sixty",
        "seventy", "eighty", "ninety"};
    for (int i = 0; i < 8; ++i) t[tens[i]].number = static_cast<std::int16_t>(20 + 10 * i);
    t["hundred"].number = 100;
    t["thousand"].number = 1000;
    t["dozen"].number = 12;
    static const std::string_view ords[] = {"", "first", "second", "third", "fourth", "fifth",
        "sixth", "seventh", "eighth", "ninth", "tenth", "eleventh", "twelfth", "thirteenth",
        "fourteenth", "fifteenth", "sixteenth", "seventeenth", "eighteenth", "nineteenth",
        "twentieth"};
    for (int i = 1; i <= 20; ++i) t[ords[i]].ordinal = static_cast<std::int8_t>(i);
    t["thirtieth"].ordinal = 30;
    struct U { std::string_view w; Unit u; bool pl; };
    static const U units[] = {
        {"second", Unit::Second, false}, {"seconds", Unit::Second, true},
        {"minute", Unit::Minute, false}, {"minutes", Unit::Minute, true},
        {"min", Unit::Minute, false}, {"mins", Unit::Minute, true},
        {"hour", Unit::Hour, false}, {"hours", Unit::Hour, true}, {"hr", Unit::Hour, false},
        {"hrs", Unit::Hour, true}, {"day", Unit::Day, false}, {"days", Unit::Day, true},
        {"week", Unit::Week, false}, {"weeks", Unit::Week, true},
        {"fortnight", Unit::Fortnight, false}, {"fortnights", Unit::Fortnight, true},
        {"month", Unit::Month, false}, {"months", Unit::Month, true},
        {"quarter", Unit::Quarter, false}, {"quarters", Unit::Quarter, true},
        {"year", Unit::Year, false}, {"years", Unit::Year, true}, {"yr", Unit::Year, false},
        {"yrs", Unit::Year, true}, {"decade", Unit::Decade, false},
        {"decades", Unit::Decade, true}, {"century", Unit::Century, false},
        {"centuries", Unit::Century, true}};
    for (const auto& u : units) {
        t[u.w].unit = u.u;
        t[u.w].plural = u.pl;
    }
    struct S { std::string_view w; int s; };
    static const S seasons[] = {{"spring", 1}, {"summer", 2}, {"fall", 3}, {"autumn", 3}, {"winter", 4}};
    for (const auto& s : seasons) t[s.w].season = static_cast<std::int8_t>(s.s);
    struct P { std::string_view w; int p; };
    static const P parts[] = {{"morning", 1}, {"afternoon", 2}, {"evening", 3}, {"night", 4},
                              {"mornings", 1}, {"afternoons", 2}, {"evenings", 3}, {"nights", 4}};
    for (const auto& p : parts) t[p.w].part = static_cast<std::int8_t>(p.p);
    struct Z { std::string_view w; int min; };
    static const Z zones[] = {{"gmt", 0}, {"utc", 0}, {"z", 0}, {"bst", 60}, {"cet", 60},
        {"cest", 120}, {"eet", 120}, {"eest", 180}, {"msk", 180}, {"ast", 180}, {"irst", 210},
        {"gst", 240}, {"pkt", 300}, {"ist", 330}, {"ict", 420}, {"hkt", 480}, {"jst", 540},
        {"est", -300}, {"edt", -240}, {"cst", -360}, {"cdt", -300}, {"mst", -420},
        {"mdt", -360}, {"pst", -480}, {"pdt", -420}};
    for (const auto& z : zones) {
        t[z.w].flags |= L_ZONE;
        t[z.w].zone_min = static_cast<std::int16_t>(z.min);
    }
    add_flags(t, {"the"}, L_THE);
    add_flags(t, {"about", "nearly", "almost", "roughly", "around", "approximately", "some"},
              L_APPROX);
    add_flags(t, {"will", "shall", "ll", "would", "going", "scheduled", "upcoming", "expected",
                  "intends", "aims", "hopes", "set", "due",
                  "tomorrow", "forthcoming", "won", "wo"},
              L_FUTURE);
    // Reporting verbs (said, told, says) are left out: they date the report, not the event.
    add_flags(t, {"was", "were", "had", "did", "ago", "wasn", "weren", "didn",
                  "hadn", "came", "went", "took", "gave", "made", "began", "held", "met", "led",
                  "fell", "rose", "won", "lost", "saw", "left", "yesterday", "last", "earlier",
                  "since", "broke", "got", "struck", "hit", "killed", "wounded", "shot", "sent"},
              L_PAST);
    // "won" as in "won't": the tokenizer keeps "won" before "'t"; see Ctx::tense.
    t["won"].flags &= ~L_PAST;
    add_flags(t, {"is", "are", "am", "isn", "aren", "now", "today", "currently"},
              L_PRESENT);
    add_flags(t, {"last", "past", "previous", "preceding", "prior"}, L_LAST);
    add_flags(t, {"next", "coming", "following", "upcoming", "subsequent", "ensuing"}, L_NEXT);
    add_flags(t, {"this", "current", "present"}, L_THIS);
    add_flags(t, {"early", "beginning", "start", "earlier"}, L_EARLY);
    add_flags(t, {"mid", "middle"}, L_MID);
    add_flags(t, {"late", "end", "later"}, L_LATE);
    add_flags(t, {"few", "several", "many", "some", "couple", "numerous", "recent"}, L_FUZZY_NUM);
    add_flags(t, {"every", "each", "per"}, L_EVERY);
    add_flags(t, {"in", "since", "until", "till", "by", "of", "during", "from", "to", "through",
                  "before", "after", "between", "and", "early", "late", "mid", "last", "next",
                  "this", "on", "for", "or", "that", "end", "beginning", "middle", "until",
                  "throughout", "around", "into", "as", "last"},
              L_PREP_MONTH);
    // Words the rules look at, so that every trigger has an entry.
    for (auto w : {"ago", "a", "an", "today", "tonight", "yesterday", "tomorrow", "now",
                   "currently", "recently", "recent", "future", "soon", "daily", "weekly",
                   "monthly", "annually", "yearly", "quarterly", "hourly", "nightly", "noon",
                   "midnight", "midday", "fiscal", "weekend", "weekends", "half", "nowadays",
                   "overnight", "th", "st", "nd", "rd", "s", "am", "pm", "a.m", "p.m", "o",
                   "clock", "year-end", "later", "hence", "previously", "formerly", "ahead",
                   "before", "after", "old", "long", "period", "date", "time", "moment",
                   "present", "lately", "once", "then", "day", "christmas", "easter", "eve",
                   "new", "thanksgiving", "ramadan", "hundreds", "thousands", "dozens", "latest",
                   "twenties", "thirties", "forties", "fifties", "sixties", "seventies", "eighties",
                   "nineties", "full", "than", "more", "less", "fewer", "least", "most", "up", "no", "not",
                   "q", "comparable", "corresponding", "financial", "initial", "final", "turn", "at"})
        t[w];
    return t;
}

} // namespace

namespace {

struct Lexicon {
    Table table = build();
    // (first letter, length) pairs present: most words are rejected without hashing
    std::uint16_t lengths[256] = {};
    Lexicon() {
        static const std::string_view core_words[] = {"today", "tonight", "yesterday", "tomorrow",
            "now", "currently", "recently", "lately", "recent", "current", "future", "near", "daily",
            "weekly", "monthly", "annually", "yearly", "quarterly", "hourly", "nightly", "noon",
            "midnight", "midday", "fiscal", "financial", "weekend", "weekends", "half", "nowadays",
            "overnight", "latest", "present", "christmas", "new", "thanksgiving", "easter", "a", "an",
            "comparable", "corresponding", "q", "twenties", "thirties", "forties", "fifties",
            "sixties", "seventies", "eighties", "nineties", "initial", "final", "full"};
        static const std::string_view prefix_words[] = {"the", "early", "mid", "late", "earlier",
            "later", "middle", "end", "beginning", "start", "turn", "at", "more", "less", "fewer",
            "up", "no", "not"};
        for (auto w : core_words) table[w].core = true;
        for (auto w : prefix_words) table[w].prefix = true;
        for (auto& [w, l] : table) {
            if (l.month || l.weekday || l.number >= 0 || l.ordinal || l.unit != Unit::None || l.season || l.part ||
                (l.flags & (L_LAST | L_NEXT | L_THIS | L_FUZZY_NUM | L_EVERY)))
                l.core = true;
            if (l.flags & L_APPROX) l.prefix = true;
        }
        for (const auto& [w, l] : table) lengths[static_cast<unsigned char>(w[0])] |= static_cast<std::uint16_t>(1u << w.size());
    }
};

} // namespace

const Lex* lookup(std::string_view w) noexcept {
    static const Lexicon lex;
    if (w.empty() || w.size() > 13) return nullptr;
    if (!(lex.lengths[static_cast<unsigned char>(w[0])] & (1u << w.size()))) return nullptr;
    return lex.table.find(w);
}

} // namespace gt::timex
