#pragma once
// Internal to src/events: the ACLED rules that type an event once its cue and actors are known
// (docs/events.md, "Event types"): who the target is decides Violence against civilians
// against Battles, who took a place decides the territory sub-event.

#include "core/event.hpp"
#include "events/extract.hpp"
#include "events/lexicon.hpp"

#include <string>
#include <utility>
#include <vector>

namespace gt::events::detail {

/// Types `ev` (made from cue `ce`, with its actors assigned) by its target: a cue flagged C
/// whose victims are civilians (`civilian_victims`: the sentence counts civilian dead or names
/// civilians) is Violence against civilians / Attack; a territory cue (T) is Government regains
/// territory when state forces took it, else Non-state actor overtakes territory; a violent
/// event with civilian victims and no second actor gets Civilians (country) as actor2.
void type_by_target(const CueEntry& ce, bool civilian_victims, const std::pair<std::string, std::string>& country,
                    Event& ev);

/// "attacked a village", "opened fire on a bus": the words after a cue (up to five, within the
/// clause) name a target where people live, travel or gather, with no arms.
bool civilian_target(const std::vector<Word>& w, std::size_t from, std::size_t last);

/// "Gunmen opened fire on a market. Four traders were killed in the attack.": an attack told as
/// a clash (a generic cue, no deaths of its own) whose victims the next two sentences name as
/// civilians is that Violence against civilians (so the two reports merge).
void victims_told_after(std::vector<Found>& out);

} // namespace gt::events::detail
