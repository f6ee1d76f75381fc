#pragma once
// Victims named in a list, with or without numbers, as ACLED counts them: "killed a teacher
// and his son" (2), "three soldiers and one civilian were killed" (4), "Haqyar, the governor of
// the district, was killed" (1), "the judge, his wife, and his two sons" (4); the parts after
// "including" are not added ("12 people, including 4 children" = 12). The words that build the
// lists are lexicon/victims.tsv (Lexicon::victim_word()). Internal to events/.

#include "events/lexicon.hpp"
#include "events/words.hpp"

#include <cstddef>
#include <vector>

namespace gt::events {

struct VictimList {
    long count = -1;       // the victims listed; -1 when the words hold no list of people
    std::size_t begin = 0; // the list's first word
    std::size_t end = 0;   // the word after the list
};

/// The victims listed from word `begin` on, before `last` (the object of "killed", "shot dead").
VictimList victims_from(const Lexicon& lx, const std::vector<Word>& w, std::size_t begin, std::size_t last);

/// The victims listed as a subject that ends just before word `end` ("... were killed"), starting
/// no earlier than `first` (the sentence's first word).
VictimList victims_before(const Lexicon& lx, const std::vector<Word>& w, std::size_t first, std::size_t end);

} // namespace gt::events
