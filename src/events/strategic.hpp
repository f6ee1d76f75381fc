#pragma once
// Internal to src/events: strategic developments among the other cues of a sentence (ACLED's
// codebook, "Strategic developments"; docs/events.md, "Event types"). A non-violent act of a
// conflict is the event only when nobody is hurt and no fighting is told with it: property
// destroyed in an attack that kills is that attack; a patrol ambushed is the ambush; a town
// taken without resistance is a non-violent transfer, not a battle; an "attack" on a school
// that only burns it is property destruction.

#include "events/clauses.hpp"
#include "events/extract.hpp"
#include "text/word_set.hpp"

#include <vector>

namespace gt::events::detail {

/// Settles the kept cues `keep` (indexes into `cues`) of the sentence [first, last) that
/// counts `deaths` (-1: none stated):
/// - a non-violent transfer of territory ("took over the village without resistance") with no
///   deaths replaces the territorial cues (Battles, flag T);
/// - property destroyed or taken (Looting/property destruction) with no deaths replaces an
///   attack, a shooting or a storming told in general words (Battles cues of weight 0.5 or
///   less, flag C or W) whose target is a place or goods, not people and not armed ("attacked
///   and burned the town hall"; "opened fire on civilians and burned houses" stays violence);
/// - then, with deaths or a violent cue kept (not a riot), the strategic developments that
///   are part of the violence go: property destroyed, a change to a group or its activity, a
///   base, a transfer of territory, weapons seized or defused, an agreement ("ambushed a
///   patrol", "a truce broken by fighting"); arrests and talks stay.
void settle_strategic(std::vector<int>& keep, const std::vector<CueHit>& cues, const Lexicon& lx,
                      const std::vector<Word>& w, std::size_t first, std::size_t last, long deaths);

/// A strategic cue of property or weapons (`ce`, weight 0.6 or more: an act on things, not a
/// movement of forces) and an armed actor (state forces, rebels, militias: inter 1 to 4, or
/// external forces) named in the sentence: the actor stands for the town a weak cue needs
/// ("suspected militants burned a shop in <a village the gazetteer lacks>"); outside a
/// conflict report the open-news checks still ask for the town.
bool armed_actor_named(const SentenceContext& sc, const CueEntry& ce);

/// The words of a weapon whose use can be disrupted ("explosive", "device", "bomb", "IED",
/// "mine", "grenade", "rocket", "missile", "drone"), singular and plural.
const text::WordSet& device_words();

} // namespace gt::events::detail
