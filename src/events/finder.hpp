#pragma once
// Internal to src/events: the event finder of find_events() (extract.cpp). Its steps over one
// sentence, which cues make events and the events they make, are in sentence_events.cpp.

#include "events/clauses.hpp"
#include "events/extract.hpp"
#include "events/incident.hpp"
#include "events/stated.hpp"
#include "text/utf8.hpp"

#include <cstddef>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace gt::events::detail {

struct Builder {
    const Annotations& a;
    const WordStream& ws;
    const Lexicon& lx;
    std::vector<int> place_at;
    std::vector<ActorHit> hits;
    text::OffsetMap offsets;
    std::vector<char> place_is_actor;
    // per place mention: 1, the country of a state's police the text names ("Kenyan police",
    // "Kenya Police"): strong evidence for where the incident is; 2, a demonym inside the name
    // of its own state's force ("the Nigerian Army"): a demonym's evidence, as "Nigerian troops"
    std::vector<char> place_is_force;
    std::pair<std::string, std::string> country; // the document's (code, name)
    StatedPlaces stated;

    Builder(const Annotations& an, const WordStream& w, const Lexicon& l);
    void mark_force_countries();

    void assign_actors(const SentenceContext& sc, const CueHit& cue, int cue_index, const CueEntry& ce, EventReport& ev);
    void fill_common(const SentenceContext& sc, const CueHit& cue, int cue_index, double weight, long fatalities,
                     Found& f, bool diplomacy = false);
};

/// What a sentence says of deaths: the largest count stated (-1: none), whether its dead are
/// civilians, whether it is a stated final figure, the word that gives it.
struct SentenceDeaths {
    long count = -1;
    bool civilians = false, total = false;
    bool vague = false; // the count is a vague plural ("dozens"): no stated number was told
    std::size_t word = 0;
    int place = -1; // the place the count is stated for, or -1
};

/// A motive before word `at` in its clause, at most eight words back and no "by" between: "in
/// retaliation for", "in response to", "in revenge for", "to avenge" (keep_cues.cpp). The
/// violence or deaths it names are an earlier incident's.
bool motive_before(const std::vector<Word>& w, std::size_t first, std::size_t at);

/// One sentence's cues and deaths as Finder::sentence() reads them, cue after cue: whether its
/// actors name civilians or a crowd, whether an event of it was violent, whether its deaths
/// moved to another division's report.
struct SentenceRun {
    std::size_t si;
    SentenceContext sc;
    std::vector<CueHit> cues;
    SentenceDeaths d;
    bool civ_actor = false, crowd_named = false;
    bool violent = false, moved = false;
};

/// A rebel group or an armed group named before the cue in its clause: who did it
/// (keep_cues.cpp).
const ActorHit* armed_group_before(const SentenceContext& sc, const CueHit& cue);

/// The strongest violent cue of the document so far (it types the deaths told without a cue),
/// with the type its target gave it ("opened fire on farmers": Violence against civilians).
struct Dominant {
    double weight = 0;
    // a copy: the cue may be made for one hit and not outlive it (shots at a crowd with no
    // demonstration told: shooting_of_crowd)
    std::optional<CueEntry> cue;
    std::string event_type, sub_event_type, cameo;
};

/// The steps of find_events(), sentence by sentence, then over the document.
struct Finder {
    Builder b;
    const std::string focus_country;
    Founds out;
    std::vector<std::size_t> pending; // sentences with a death count and no violent cue
    Dominant dominant;
    std::vector<PhraseMatch> tmp;
    std::size_t hit_i = 0;
    int cueless_civilians = -1; // deaths without a cue told before: 1 civilians, 0 not, -1 none
    std::vector<std::string>* notes = nullptr; // --explain: the cues no event is made of, and why
    std::size_t at_sentence = 0;               // (the sentence being read, for those notes)
    // the first word of the sentence's violence a motive refers to (motive_background), else npos:
    // deaths told after it are that earlier incident's
    std::size_t motive_from = static_cast<std::size_t>(-1);

    Finder(const Annotations& a, const WordStream& ws, const Lexicon& lx)
        : b(a, ws, lx), focus_country(focus_country_of(a)) {}

    SentenceContext context(std::size_t si);
    std::vector<CueHit> cues_of(const SentenceContext& sc);
    SentenceDeaths deaths_of(const SentenceContext& sc, std::vector<CueHit>& cues) const;
    std::vector<int> keep_cues(const SentenceContext& sc, const std::vector<CueHit>& cues,
                               const SentenceDeaths& d);
    struct Support;
    Support support_of(const SentenceContext& sc) const;
    const char* unsupported(const SentenceContext& sc, const std::vector<CueHit>& cues, std::size_t k,
                            const SentenceDeaths& d, const Support& s);
    void note_dropped(const std::vector<CueHit>& cues, std::size_t k, const char* why);
    void settle_kept(const SentenceContext& sc, std::vector<int>& keep, const std::vector<CueHit>& cues,
                     const SentenceDeaths& d);
    bool names_target(const SentenceContext& sc, const CueHit& cue, const CueEntry& ce) const;
    void part_of_battle(std::vector<int>& keep, const std::vector<CueHit>& cues) const;
    void part_of_violence_on_civilians(const SentenceContext& sc, std::vector<int>& keep,
                                       const std::vector<CueHit>& cues) const;
    void defused_not_exploded(const SentenceContext& sc, std::vector<int>& keep, const std::vector<CueHit>& cues,
                              const SentenceDeaths& d) const;
    bool armed_attack_not_riot(const SentenceContext& sc, const CueHit& cue, const CueEntry& ce, bool civilians_stated,
                               Found& f) const;
    void crowd_did_it(const SentenceContext& sc, const CueHit& cue, EventReport& ev) const;
    bool course_of_demonstration(const SentenceContext& sc, const CueHit& cue, const CueEntry& ce,
                                 const SentenceDeaths& d, Found* demo, EventReport& ev, bool& violent) const;
    Target victims(const SentenceContext& sc, const CueHit& cue, const CueEntry& ce, const SentenceDeaths& d) const;
    void sentence(std::size_t si);
    std::vector<int> kept_cues(SentenceRun& r);
    void cue_event(SentenceRun& r, int k);
    bool modifies_demonstration(SentenceRun& r, const CueEntry& ce, Found* demo);
    bool type_event(SentenceRun& r, const CueHit& cue, int k, const CueEntry& ce, bool crowd_shot, Found* demo,
                    Found& f);
    void add_event(SentenceRun& r, const CueHit& cue, int k, const CueEntry& ce, Found& f);
    void deaths_left(const SentenceRun& r);
    void retype_generic();
    void deaths_without_cue(std::size_t si);
};

} // namespace gt::events::detail
