#pragma once
// Internal to src/events: how a demonstration went (ACLED's sub-event types of Protests and
// Riots; docs/events.md, "Demonstrations"). A protest is peaceful until the text says the
// police broke it up (Protest with intervention), fired on it (Excessive force against
// protesters) or the crowd turned violent (Riots: Violent demonstration); a crowd attacking
// people or property with no demonstration told is Mob violence. The words that say so are cue
// rows flagged M in lexicon/events.tsv.

#include "events/clauses.hpp"
#include "events/extract.hpp"

#include <string>
#include <utility>
#include <vector>

namespace gt::events::detail {

/// Protests or Riots.
bool is_demonstration(const EventReport& ev);

/// The demonstration a modifier cue of sentence `si` speaks of: the last protest or riot of
/// `out` told in that sentence or in the two before it; nullptr when none.
Found* demonstration_before(Founds& out, std::size_t si);

/// Retypes the demonstration `ev` as the modifier cue `ce` says, when that is a graver course
/// (peaceful < intervention < excessive force < violent demonstration, mob violence); a protest
/// that turns into a riot has Rioters (X) as actor1.
void retype_demonstration(const CueEntry& ce, const std::pair<std::string, std::string>& country, EventReport& ev);

/// The cue row of a violent demonstration (Riots / Violent demonstration), for retyping.
const CueEntry& riot_cue();

/// A riot cue told with no demonstration ("clashed with security forces") is a riot only when a
/// crowd (rioters, protesters, civilians) is named in its sentence (`crowd_named`); else it is
/// an armed clash.
void riot_without_crowd(bool crowd_named, EventReport& ev);

/// "Police dispersed them", "youths clashed with police": the first state forces named in the
/// sentence (`actors`) face the crowd as actor2, unless actor2 is already armed.
void state_forces_opposite(const std::vector<const ActorHit*>& actors, EventReport& ev);

/// The cue row of a protest broken up (Protests / Protest with intervention), for retyping.
const CueEntry& intervention_cue();

/// A clash (Battles / Armed clash) with no armed group among its actors, only crowds
/// (protesters, rioters, civilians: at least one named) and possibly state forces, is no
/// battle: a riot. Violent demonstration when the crowd fights state forces or a
/// demonstration was told just before (`after_demonstration`), else Mob violence ("villagers
/// of two clans clashed"). Civilians as actor2 are a crowd only when they fought
/// (`civilians_fought`: the sentence counts no civilian dead). Returns whether it retyped `ev`.
bool crowd_violence(bool after_demonstration, bool civilians_fought, const std::pair<std::string, std::string>& country,
                    EventReport& ev);

/// "Police attacked protesters", "soldiers beat demonstrators", "protesters were assaulted by
/// security forces": a one-sided act of violence (an attack, a beating, a shooting; not a
/// clash, which both sides fight) done by state forces or another armed actor (actor1) to
/// protesters (actor2; told in the `passive`, the other way round) is no riot: the protesters were peaceful and met force (ACLED: Protests /
/// Excessive force against protesters), with Protesters (X) as actor1 and the force as actor2.
/// Returns whether it retyped `ev`.
bool force_on_protesters(const SentenceContext& sc, const CueHit& cue, const CueEntry& ce,
                         const std::pair<std::string, std::string>& country, EventReport& ev);

/// The cue row of protesters met with force (Protests / Excessive force against protesters).
const CueEntry& excessive_force_cue();

/// "Troops fired on a crowd in Goma, killing five": force on a crowd (an excessive-force
/// modifier row, flag M) with no demonstration told is no excessive force but a shooting, typed
/// by its target as an opening of fire is (flag C: an unarmed crowd makes Violence against
/// civilians / Attack, with the deaths). The row's reading as such a shooting.
CueEntry shooting_of_crowd(const CueEntry& modifier);

/// Who did it decides between a crowd's violence and an armed group's: a mob's act (beaten
/// up, beaten to death) done by an armed actor (state forces, rebels, militias: the nearest
/// actor before the cue, or its agent after "by") is Violence against civilians / Attack
/// ("soldiers beat up a trader"); property destroyed or looted by a crowd (protesters,
/// rioters, civilians as actor1: "residents ransacked the chief's house") is a riot, Violent
/// demonstration for protesters, else Mob violence, with Rioters (X) as actor1. Returns
/// whether it retyped `ev`.
bool type_by_perpetrator(const SentenceContext& sc, const CueHit& cue,
                         const std::pair<std::string, std::string>& country, EventReport& ev);

/// A riot or property destroyed told in the sentence of a demonstration (`demo`) or in the two
/// after it is that demonstration turned violent ("Workers demonstrated in X. Rioters pelted
/// stones at the police."): the demonstration is retyped and no event is added. Not the noun
/// "riot(s)" alone (often the background: "after last week's riots"), nor goods seized by
/// armed actors. Returns whether `ev` was such an act.
bool riot_of_demonstration(const CueEntry& ce, const EventReport& ev, const std::pair<std::string, std::string>& country,
                           EventReport& demo);

} // namespace gt::events::detail
