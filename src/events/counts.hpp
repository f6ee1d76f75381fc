#pragma once
// Internal to src/events: the readers of casualty counts around each word of killing
// (counts.cpp) and the words and number reader they share with find_fatalities()
// (fatalities.cpp).

#include "events/fatalities.hpp"
#include "text/word_map.hpp"
#include "text/word_set.hpp"

#include <cstddef>
#include <vector>

namespace gt::events::detail {

/// Words before a casualty number that leave it whole ("at least", "rose to", "more than").
const text::WordSet& modifiers();
/// The victims who bear no arms (civilians, people named by age or trade).
const text::WordSet& unarmed_words();
/// Words of a count of wounded, missing or detained: no deaths.
const text::WordSet& wounded_words();
/// Words of killing with their number before ("12 were killed") or after ("killing 12").
const text::WordSet& backward_kill();
const text::WordSet& forward_kill();
const text::WordSet& passive_aux();

enum KillWord : unsigned { kill_backward = 1, kill_forward = 2, kill_toll = 4, kill_lost = 8 };

/// The words find_fatalities() acts on, with their KillWord bits.
const text::WordMap<unsigned>& kill_words();

/// parse_number(), and the vague plurals of a unit as ACLED codes them ("tens" 10, "dozens"
/// 12, "scores" 20, "hundreds" 100, "thousands" 1000, "tens of thousands" 10,000); `next` is
/// then past an "of" ("dozens of people": the noun).
long count_value(const std::vector<Word>& w, std::size_t i, std::size_t& next);
/// The same, and whether the value is such a vague plural rather than a stated number.
long count_value(const std::vector<Word>& w, std::size_t i, std::size_t& next, bool& vague);

/// A casualty number at i: sets f and returns true when the words after it do not make it a
/// distance, an age, a date or a count of wounded.
bool number_at(const std::vector<Word>& w, std::size_t i, std::size_t last, Fatality& f, bool allow_sum);

/// A statement that nobody was killed: the word where it is said, or `last`.
std::size_t no_deaths(const std::vector<Word>& w, std::size_t first, std::size_t last);

/// The counts of the words [first, last) (find_fatalities() without a stated final figure
/// and without the perpetrators counted besides).
std::vector<Fatality> find_counts(const Lexicon& lx, const std::vector<Word>& w, std::size_t first, std::size_t last);

} // namespace gt::events::detail
