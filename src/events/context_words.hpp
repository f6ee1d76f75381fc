#pragma once
// Internal to src/events: the word lists of the open-news filters (context.cpp, triggers.cpp),
// written as plain words and matched by their stems.

#include "events/words.hpp"
#include "text/word_set.hpp"

#include <initializer_list>
#include <string>
#include <string_view>
#include <vector>

namespace gt::events::detail {

/// A set of words matched by stem ("attacked", "attacks" and "attack" are one entry).
class StemSet {
  public:
    StemSet(std::initializer_list<std::string_view> words);
    /// Words of three letters or more only (a short stem may be a function word's).
    bool has(const Word& w) const noexcept { return w.stem().size() >= 3 && set_.count(w.stem(), w.stem().hash()) != 0; }
    /// The stems of the set's words (those of fewer than three letters never match).
    const std::vector<std::string>& stems() const noexcept { return stems_; }

  private:
    std::vector<std::string> stems_; // the set's views point here
    text::WordSet set_;
};

const StemSet& conflict_words();
const StemSet& business_words();
const text::WordSet& company_suffixes();

/// A fighter of a combat sport: "fighter(s)" after the sport's word ("mixed martial arts
/// fighter", "UFC fighter", "a prize fighter").
bool sport_fighter(const std::vector<Word>& w, std::size_t i);

} // namespace gt::events::detail
