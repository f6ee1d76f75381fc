#pragma once
// Casualty counts in a sentence ("killing at least 16", "the death toll rose to 32", "five
// civilians were killed", "16 people, including 5 children, died"). Internal to events/.

#include "core/timex.hpp"
#include "events/lexicon.hpp"
#include "events/words.hpp"

#include <cstddef>
#include <vector>

namespace gt::events {

struct Fatality {
    long count = -1;          // the stated number (the lower bound of a range; a sum of "N and M")
    std::size_t word = 0;     // where the number is
    bool civilians = false;   // the victims are said to be civilians (civilians, children, women...)
    bool total = false;       // a stated final figure ("fatalities coded as 3", "total fatalities
                              // recorded as 0"): it replaces the counts told before
    bool also = false;        // said to come on top of the deaths told before ("... were also
                              // killed"): added to them, not the larger of the two
    bool vague = false;       // a vague plural of a unit ("dozens", "hundreds"): an estimate that a
                              // stated number of the same deaths replaces (ACLED: the most
                              // conservative report)
};

/// Whether one of `fats` is a stated number of deaths (not a vague plural): then the vague ones
/// of the same sentence give way to it.
inline bool states_a_number(const std::vector<Fatality>& fats) {
    for (const Fatality& f : fats)
        if (f.count > 0 && !f.vague) return true;
    return false;
}

/// Every casualty figure of the words [first, last) (one sentence); `lx` gives the words of
/// the victim lists (lexicon/victims.tsv).
std::vector<Fatality> find_fatalities(const Lexicon& lx, const std::vector<Word>& w, std::size_t first, std::size_t last);

/// The same without a number that is part of a longer time expression of the document
/// (`timexes` by offset): a headline's date run into its words ("Friday 17 June 2016 Civilians
/// Killed", "Mon Nov 7 2016 Child Killed") gives the year, not a count. A number that is the
/// whole expression stays a count ("between 500 and 1300 people died": no year 1300).
std::vector<Fatality> find_fatalities(const Lexicon& lx, const std::vector<Word>& w, std::size_t first, std::size_t last,
                                      const std::vector<TimeExpr>& timexes);

/// Whether the word is one find_fatalities() acts on ("killed", "dead", "death toll" ...):
/// it finds nothing in a stretch of words without one.
bool may_count_deaths(const Word& w);

/// True when the sentence says people were killed (with or without a number).
bool mentions_killing(const std::vector<Word>& w, std::size_t first, std::size_t last);

} // namespace gt::events
