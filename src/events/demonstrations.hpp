#pragma once
// Internal to src/events: how a demonstration went (ACLED's sub-event types of Protests and
// Riots; docs/events.md, "Demonstrations"). A protest is peaceful until the text says the
// police broke it up (Protest with intervention), fired on it (Excessive force against
// protesters) or the crowd turned violent (Riots: Violent demonstration); a crowd attacking
// people or property with no demonstration told is Mob violence. The words that say so are cue
// rows flagged M in lexicon/events.tsv.

#include "events/extract.hpp"

#include <string>
#include <utility>
#include <vector>

namespace gt::events::detail {

/// Protests or Riots.
bool is_demonstration(const Event& ev);

/// The demonstration a modifier cue of sentence `si` speaks of: the last protest or riot of
/// `out` told in that sentence or in the two before it; nullptr when none.
Found* demonstration_before(std::vector<Found>& out, std::size_t si);

/// Retypes the demonstration `ev` as the modifier cue `ce` says, when that is a graver course
/// (peaceful < intervention < excessive force < violent demonstration, mob violence); a protest
/// that turns into a riot has Rioters (X) as actor1.
void retype_demonstration(const CueEntry& ce, const std::pair<std::string, std::string>& country, Event& ev);

/// The cue row of a violent demonstration (Riots / Violent demonstration), for retyping.
const CueEntry& riot_cue();

/// A clash or an attack (Battles) with no armed group among its actors, only crowds
/// (protesters, rioters, civilians) and possibly state forces, is no battle: a riot. Violent
/// demonstration when the crowd fights state forces or a demonstration was told just before
/// (`after_demonstration`), else Mob violence. Returns whether it retyped `ev`.
bool crowd_violence(bool after_demonstration, const std::pair<std::string, std::string>& country, Event& ev);

} // namespace gt::events::detail
