#pragma once
// Internal to timex/: tokens, lexicon entries, the scanning context and the rule families.

#include "core/timex.hpp"

#include <boost/date_time/gregorian/gregorian_types.hpp>

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace gt::timex {

using Date = boost::gregorian::date;

enum class Unit : std::uint8_t { None, Second, Minute, Hour, Day, Week, Fortnight, Month, Quarter, Year, Decade, Century };

// Lexicon flags.
enum : std::uint32_t {
    L_THE = 1u << 0,       // the
    L_APPROX = 1u << 1,    // about, nearly, almost, some, roughly, around, over, only, just
    L_FUTURE = 1u << 2,    // will, shall, 'll, would, going, scheduled, upcoming, expected
    L_PAST = 1u << 3,      // was, were, had, did, said, told, ago
    L_PRESENT = 1u << 4,   // is, are, says
    L_LAST = 1u << 5,      // last, past, previous, preceding
    L_NEXT = 1u << 6,      // next, coming, following, upcoming
    L_THIS = 1u << 7,      // this, current
    L_EARLY = 1u << 8,     // early, beginning, start
    L_MID = 1u << 9,       // mid, middle
    L_LATE = 1u << 10,     // late, end
    L_FUZZY_NUM = 1u << 11, // few, several, many, some (quantity X)
    L_EVERY = 1u << 12,    // every, each, per
    L_PREP_MONTH = 1u << 13, // words after which a bare "May" is the month
    L_ZONE = 1u << 14,     // GMT, UTC, EST, ...
};

struct Lex {
    std::int8_t month = 0;     // 1..12
    bool month_abbr = false;   // jan, sept, ...: needs a dot or a number next to it
    std::int8_t weekday = 0;   // 1..7, Monday = 1
    bool plural = false;       // Mondays, years
    std::int16_t number = -1;  // cardinal word
    std::int8_t ordinal = 0;   // ordinal word (first ... thirty-first via compounds)
    Unit unit = Unit::None;
    std::int8_t season = 0;    // 1 SP, 2 SU, 3 FA, 4 WI
    std::int8_t part = 0;      // 1 MO, 2 AF, 3 EV, 4 NI, 5 DT (daytime)
    std::int16_t zone_min = 0; // offset of a zone in minutes (L_ZONE)
    std::uint32_t flags = 0;
    bool core = false;   // a rule may start at this word
    bool prefix = false; // a word that may precede an expression (the, early, nearly, at least)
};

/// Finds the lexicon entry of a lower-case ASCII word, or nullptr.
const Lex* lookup(std::string_view lower_word) noexcept;

enum class Kind : std::uint8_t { Word, Num, Punct };

struct Token {                  // 24 bytes: a big document has one per token
    std::uint32_t b = 0, e = 0; // byte offsets (a text over 4 GiB is refused by Ctx)
    Kind kind = Kind::Word;
    char punct = 0;            // normalised punctuation: - ' " . , / : + etc.
    bool space_before = false;
    bool nl_before = false;    // a line break in the preceding white space
    bool para_before = false;  // a blank line before
    bool cap = false;          // first letter upper case
    bool upper = false;        // all letters upper case (headlines)
    std::uint8_t ndig = 0;     // digits of a number token

    /// The value of a number token (capped), 0 for the others.
    std::int64_t num() const noexcept { return kind == Kind::Num ? v_.num : 0; }
    /// The lexicon entry of a word token, nullptr for the others.
    const Lex* lex() const noexcept { return kind == Kind::Word ? v_.lex : nullptr; }
    void set_num(std::int64_t n) noexcept { v_.num = n; }  // (of a number token)
    void set_lex(const Lex* l) noexcept { v_.lex = l; }    // (of a word token)

  private:
    // A number has no lexicon entry and a word no value: one field for both (issue #15)
    union Value {
        std::int64_t num;
        const Lex* lex;
    } v_{.lex = nullptr};
};

enum class Tense { Unknown, Past, Present, Future };

struct Match {
    std::size_t first = 0, last = 0; // tokens [first, last)
    TimexType type = TimexType::Date;
    std::string value;
    Granularity gran = Granularity::None;
    bool relative = false;
    bool the_ok = false;    // a preceding "the" belongs to the expression
    bool approx_ok = false; // a preceding approximator (about, nearly, more than) belongs to it
    bool focus = true;      // a quarter that becomes the period "a year ago" compares with
    // Byte-level ends when an expression ends inside a token ("+309 September": "+3").
    std::size_t byte_begin = SIZE_MAX, byte_end = SIZE_MAX;
};

/// Numeric dates: how to read a/b/yyyy when both a and b are ≤ 12.
enum class DayMonthOrder : std::uint8_t { Unknown, DayFirst, MonthFirst };

class Ctx {
  public:
    Ctx(std::string_view text, const Dct& dct);

    std::string_view text;
    std::string lower;          // ASCII lower-cased copy of text
    std::vector<Token> toks;
    std::optional<Date> dct;
    mutable DayMonthOrder order = DayMonthOrder::Unknown; // from the document's unambiguous dates
    mutable bool order_known = false;
    // The last day-granular month date matched ("5 September", "September 5"): for ranges
    // "from 5 to 7 September" / "September 5-7" (set by the driver).
    mutable std::size_t range_end = SIZE_MAX;
    mutable int range_y = -1, range_m = 0;
    // The last quarter mentioned ("the third quarter": year, 1..4), the period that financial
    // reports compare with "a year ago" (set by the driver); 0 when none.
    mutable int focus_qy = 0, focus_q = 0;
    // Whether the marker the last tense() call found was a weak one (an -ed form, "said").
    mutable bool tense_weak = false;

    std::size_t size() const noexcept { return toks.size(); }
    const Token& at(std::size_t i) const noexcept { return toks[i]; }
    std::string_view low(std::size_t i) const noexcept {
        return std::string_view(lower).substr(toks[i].b, toks[i].e - toks[i].b);
    }
    bool is(std::size_t i, std::string_view w) const noexcept { return i < toks.size() && low(i) == w; }
    bool is_punct(std::size_t i, char c) const noexcept {
        return i < toks.size() && toks[i].kind == Kind::Punct && toks[i].punct == c;
    }
    bool is_num(std::size_t i) const noexcept { return i < toks.size() && toks[i].kind == Kind::Num; }
    std::uint32_t flags(std::size_t i) const noexcept {
        return i < toks.size() && toks[i].lex() ? toks[i].lex()->flags : 0u;
    }
    const Lex* lex(std::size_t i) const noexcept { return i < toks.size() ? toks[i].lex() : nullptr; }
    /// Token i follows token i-1 with no white space between them.
    bool glued(std::size_t i) const noexcept { return i < toks.size() && !toks[i].space_before; }

    /// Tense of the clause around tokens [first, last): nearest tense marker.
    Tense tense(std::size_t first, std::size_t last) const;
};

// ---- numbers (numbers.cpp) ----
/// A quantity at token i: digits, decimals, "2 1/2", number words ("twenty-four",
/// "a hundred"), "a"/"an" (1), "a couple of" (2), fuzzy words (few, several: value < 0).
/// Returns the token after it, or i when there is none. `half` is set for "1/2" / "and a half".
std::size_t parse_quantity(const Ctx& c, std::size_t i, double& value, bool allow_article = true);
/// A day-of-month ordinal or number at token i (5, 5th, fifth, twenty-first); 0 if none.
std::size_t parse_day(const Ctx& c, std::size_t i, int& day);

// ---- shared pieces of the rules (helpers.cpp) ----
/// A month name at i ("September", "Sept.", "Sep"): sets m and the token after it (a dot
/// after an abbreviation is consumed). Abbreviations need `abbr_ok`.
bool month_word(const Ctx& c, std::size_t i, int& m, std::size_t& next, bool abbr_ok);
/// A year at i: 4 digits (1000..2999), '97 / ’97, "nineteen ninety-seven", "two thousand".
bool year_number(const Ctx& c, std::size_t i, int& y, std::size_t& next);
/// Direction of a relative reference from the tense: past -1, future +1, else `dflt`.
int direction(Tense t, int dflt) noexcept;
/// The day of a date expression starting at i (weekday, today, yesterday, tomorrow,
/// "Nov. 9", "9 November 1989"), for times: "5 p.m. EST Nov. 9". Value YYYY-MM-DD or
/// XXXX-...; returns the token after it, or i when there is none.
/// `start` is the first token of the time ("until 9 a.m. Tuesday").
std::size_t day_after_time(const Ctx& c, std::size_t i, std::string& day_value, std::size_t start = SIZE_MAX);
/// "until", "till" or "as soon as" right before token i: a weekday after it is not before the
/// DCT ("postponed until Tuesday morning", "could leave as soon as Tuesday"), unless the
/// clause is firmly in the past (`t` from Ctx::tense just before: "until Thursday they had").
bool until_before(const Ctx& c, std::size_t i, Tense t) noexcept;
/// Weekday resolution against the DCT: "2017-09-05" or "XXXX-WXX-2".
std::string weekday_value(const Ctx& c, int wd, int dir);

// ---- rule families, each tries to match starting at token i ----
bool match_numeric(const Ctx& c, std::size_t i, Match& m);  // rules_numeric.cpp
bool match_calendar(const Ctx& c, std::size_t i, Match& m); // rules_calendar.cpp
bool match_year(const Ctx& c, std::size_t i, Match& m);     // rules_year.cpp
bool match_relative(const Ctx& c, std::size_t i, Match& m); // rules_relative.cpp
bool match_duration(const Ctx& c, std::size_t i, Match& m); // rules_duration.cpp
bool match_time(const Ctx& c, std::size_t i, Match& m);     // rules_time.cpp

/// Decides the document's day-month order from its unambiguous numeric and written dates.
DayMonthOrder guess_order(const Ctx& c);

} // namespace gt::timex
