#pragma once
// Internal to src/events: the sentence and clause helpers of the event finder (extract.cpp):
// clause boundaries and ownership, the actors of a sentence, and which place and time
// expression a cue takes. The document's actor mentions are found by actors.hpp.

#include "events/actors.hpp"
#include "events/extract.hpp"
#include "events/fatalities.hpp"

#include <cstdint>
#include <string>
#include <string_view>
#include "text/word_set.hpp"
#include <vector>
#include <utility>

namespace gt::events::detail {

struct CueHit {
    std::size_t begin = 0, end = 0; // words
    std::uint32_t entry = 0;
    std::size_t clause = 0;
};

struct SentenceContext {
    const Annotations& a;
    const WordStream& ws;
    const Lexicon& lx;
    const std::vector<int>& place_at;
    std::size_t first = 0, last = 0;
    std::vector<std::uint32_t> clause;      // per word of the sentence (index - first)
    std::vector<int> clause_owner;          // kept cue index owning each clause, or -1
    std::vector<const ActorHit*> actors;    // in this sentence
    const std::vector<char>& place_is_actor; // per place mention (the document's: a copy per sentence was quadratic)
    std::string focus_country;              // the country the document is mostly about
    // per word of the sentence: is a date there background (see choose_timex)? Made on the
    // first call of choose_timex in the sentence, in one pass, so that the work stays linear
    // in the sentence's length however many dates it holds.
    mutable std::vector<char> background;
};

/// A clause_owner value: the clause belongs to no cue (see own_subject_while).
constexpr int no_owner = -2;

bool own_subject_while(const SentenceContext& sc, const std::vector<Word>& w, std::size_t opener,
                       std::size_t clause);
bool is_country(const PlaceMention& p);
bool is_violent(const std::string& type);
const text::WordSet& clause_words();
const text::WordSet& place_prepositions();
const text::WordSet& metonymy_words();
bool clause_break(const Word& w);
/// The claimant (the first armed actor of the sentence) becomes actor1 of the last violent
/// event when that one has none or an unidentified one; false when there is no such event
/// (the sentence is then the only report of the incident).
bool credit_claimant(const SentenceContext& sc, Founds& out);
/// "riot police": a cue word [begin, end) that qualifies the noun of an actor mention.
bool qualifies_actor(const SentenceContext& sc, std::size_t begin, std::size_t end);
std::size_t word_at_byte(const std::vector<Word>& w, std::size_t first, std::size_t last, std::size_t byte);
int choose_place(const SentenceContext& sc, const CueHit& cue, int cue_index, bool diplomacy);
int stated_division(const SentenceContext& sc, int p);
int choose_timex(const SentenceContext& sc, const CueHit& cue, int cue_index, EventDate& when);
bool compares_since(const std::vector<Word>& w, std::size_t first, std::size_t since, std::size_t last);
bool cumulative(const std::vector<Word>& w, std::size_t first, std::size_t last);
bool is_passive_before(const std::vector<Word>& w, std::size_t first, std::size_t cb);
const text::WordSet& subordinators();
void assign_free_clauses(SentenceContext& sc, const std::vector<Word>& w);

} // namespace gt::events::detail
