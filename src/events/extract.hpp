#pragma once
// Event assembly from one document's annotations: cues and actors from the lexicons, places
// from the geoparser, dates from the timex tagger, casualty counts; then the merge of the
// reports of one incident (docs/events.md).

#include "core/event.hpp"
#include "events/dates.hpp"
#include "events/lexicon.hpp"

#include <cstddef>
#include <cstdint>
#include <deque>
#include <memory>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace gt::events {

struct Annotations {
    std::string_view text;                    // valid UTF-8
    std::string doc_id;
    Dct dct;
    std::vector<PlaceMention> places;         // geoparser mentions, by offset
    std::vector<PlaceMention> relative;       // relative places ("30 km north of Aleppo")
    std::vector<SpatialClaim> claims;         // "X lies N km DIR of Y"
    std::vector<TimeExpr> timexes;            // by offset
    // The countries the text implies without naming a place there: those of the armed groups
    // it names (lexicon/actors.tsv), each the gazetteer's country entry with the votes of the
    // group mentions for it in half votes (Lexicon::group_country_votes), in order of first
    // mention (the last resort of an event's place, docs/events.md "When no place resolves").
    std::vector<std::pair<PlaceMention, int>> implied_countries;
    // The first-level divisions those groups are most active in (lexicon/actors.tsv, column
    // countries' "CC:Division": the OSCE SMM's reports of fire in Donetsk and Luhansk, Boko
    // Haram in Borno), the gazetteer's A.ADM1 entries in order of first mention: an event the
    // implied country would place is placed there instead, at geo_precision 3.
    std::vector<PlaceMention> implied_areas;
    // The populated places of the same name, in the country of the text's other places, of the
    // towns it names in a country nothing else of it speaks for ("from Beirut to Tripoli":
    // Tripoli in Lebanon), each with the text and offsets of the first such mention; the
    // events stage takes one for an event's place when the text bears it out (namesake_at_home).
    std::vector<PlaceMention> home_namesakes;

    /// The country the text's groups and where-words vote for most (implied_countries; the
    /// first named wins a tie), or nullptr.
    const PlaceMention* group_country() const noexcept {
        const PlaceMention* voted = nullptr;
        int voted_n = 0;
        for (const auto& [pm, n] : implied_countries)
            if (n > voted_n) {
                voted_n = n;
                voted = &pm;
            }
        return voted;
    }
};

/// The place of a candidate event: the annotations' place mention it names, shared (a record of
/// 384 bytes is not copied into every candidate of a big document: issue #15), or its own copy
/// once changed (edit()). A shared mention must outlive the record: the annotations' places,
/// relative places, claims and implied countries do (merge_events copies the place into the
/// event). Records copied share their place; edit() copies it before a change.
class FoundPlace {
  public:
    /// The place; an unresolved empty mention when none was given.
    const PlaceMention& get() const noexcept { return p_ ? *p_ : none(); }
    /// Shares `m` (not owned: it must outlive this record and its copies).
    void share(const PlaceMention& m) noexcept { p_ = std::shared_ptr<const PlaceMention>(std::shared_ptr<void>(), &m); }
    /// A place of its own.
    void set(PlaceMention m) { p_ = std::make_shared<PlaceMention>(std::move(m)); }
    /// The place to change: copied first unless this record alone owns it.
    PlaceMention& edit() {
        if (!p_ || p_.use_count() != 1) set(get()); // (a shared mention's use_count is 0)
        return const_cast<PlaceMention&>(*p_);      // (owned: made by set() as a PlaceMention)
    }

  private:
    static const PlaceMention& none() noexcept {
        static const PlaceMention empty;
        return empty;
    }
    std::shared_ptr<const PlaceMention> p_;
};

/// An event as found in one sentence, with what the merge needs to know.
struct Found {
    EventReport event;
    FoundPlace place;            // the event's place (Event::location once merged)
    EventDate when;
    // (32 bits, as a word's offset: a big document's candidates are many; the flags together
    // after them, no padding between: 248 bytes a record)
    std::uint32_t sentence = 0;
    std::uint32_t cue_begin = 0, cue_end = 0; // the trigger's words (the count's for deaths without a cue)
    bool date_from_dct = false;  // no time expression: the DCT stands in (lower confidence)
    bool place_fallback = false; // no place in the sentence: the document's main place
    bool generic = false;        // from a generic cue ("the attack", "fighting", "assault")
    Target target = Target::none; // what the cue hit (lexicon/targets.tsv), when a target decides its type
    bool vague_deaths = false;   // the fatalities are a vague plural ("dozens": 12), not a stated number
};

/// The candidate events of a document, in the order found. A deque, not a vector: each record
/// (~1.4 KB) is placed once and never moved as the list grows (a vector's last doubling held
/// every candidate of a big document twice, the largest block of its memory: issue #15), a
/// record keeps its address while others are added, and records taken from the front are freed.
using Founds = std::deque<Found>;

/// Keeps, in order, the records for which `keep(record, slot)` is true and erases the others, in
/// place (no second list of these large records): a kept record is moved to the front, to
/// `slot`, its index among the kept. `keep` sees the records in order, those it kept before
/// already in their slots (check_triggers, merge_events).
template <class Keep>
void keep_in_place(Founds& found, Keep keep) {
    std::size_t n = 0;
    for (std::size_t r = 0; r < found.size(); ++r) {
        if (!keep(found[r], n)) continue;
        if (n != r) found[n] = std::move(found[r]);
        ++n;
    }
    found.erase(found.begin() + static_cast<std::ptrdiff_t>(n), found.end());
}

// The two sentence edits below are in sentences.cpp.

/// Headlines run into the lead without a full stop ("Air strikes kill 12 in Aleppo Monitor
/// AFP Thursday 14 Jul 2016 Air strikes killed ..."): a sentence is cut before a full date
/// that follows a capitalised word (the byline), so the headline and the lead are two reports.
void split_at_datelines(WordStream& ws, const std::vector<TimeExpr>& timexes);

/// A "Related" sidebar ("Related News Air strike kills 54 in Syrias Deir Ezzor ...", pasted
/// without full stops) lists other articles' headlines: the sentence ends before it.
void cut_sidebars(WordStream& ws);

/// False only when find_events() cannot find anything in the words, whatever the places and
/// dates: no word starts an event cue and none speaks of killing (the two ways an event is
/// made). The pipeline then skips geoparsing and date tagging.
bool may_report(const WordStream& ws, const Lexicon& lx);

/// Every event cue of the document made into an event (document order, before merging). With
/// `notes`, one line for each cue its sentence makes no event of, and why (--explain).
Founds find_events(const Annotations& a, const WordStream& ws, const Lexicon& lx,
                   std::vector<std::string>* notes = nullptr);

/// One event per incident: reports with the same event type, compatible places (the same
/// place, one unresolved or a fallback, or one containing the other) and overlapping dates
/// are merged; the best evidence, the most specific place and date and the largest stated
/// fatality count are kept. Event ids are "<doc_id>-<n>" in document order. The records are
/// reports (EventReport): each event is made here, its evidence's text copied from `text` (the
/// document's, which the evidence's byte offsets point into), its dates from the record's.
std::vector<Event> merge_events(Founds found, const std::string& doc_id, std::string_view text);

/// The words that are place mentions: for each word, the index of the mention or -1.
std::vector<int> place_index(const std::vector<Word>& words, const std::vector<PlaceMention>& places);

} // namespace gt::events
