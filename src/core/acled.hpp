#pragma once
// The ACLED vocabulary in one place (ACLED codebook; docs/events.md, "Event types"): the event
// and sub-event type names, the disorder type of each, the interaction code of two actors'
// inter codes and the civilian-targeting rule. The events stage types events with these names,
// the merge compares them and the writers print the columns derived from them.
// Plain data and rules: core/ includes nothing of ours but core.

#include "core/event.hpp"

#include <string>
#include <string_view>

namespace gt::acled {

// Event types.
inline constexpr std::string_view battles = "Battles";
inline constexpr std::string_view explosions = "Explosions/Remote violence";
inline constexpr std::string_view violence_against_civilians = "Violence against civilians";
inline constexpr std::string_view protests = "Protests";
inline constexpr std::string_view riots = "Riots";
inline constexpr std::string_view strategic_developments = "Strategic developments";

// Sub-event types the rules of the events stage set or test themselves (the others come from the
// cue lexicon, lexicon/events.tsv).
inline constexpr std::string_view armed_clash = "Armed clash";
inline constexpr std::string_view government_regains = "Government regains territory";
inline constexpr std::string_view non_state_overtakes = "Non-state actor overtakes territory";
inline constexpr std::string_view attack = "Attack";
inline constexpr std::string_view remote_explosive = "Remote explosive/landmine/IED";
inline constexpr std::string_view excessive_force = "Excessive force against protesters";
inline constexpr std::string_view mob_violence = "Mob violence";
inline constexpr std::string_view disrupted_weapons_use = "Disrupted weapons use";

// Inter codes (ACLED: the kind of actor).
enum Inter : int {
    state_forces = 1,
    rebel_group = 2,
    political_militia = 3,
    identity_militia = 4,
    rioters = 5,
    protesters = 6,
    civilians = 7,
    external = 8,
};

/// Inter codes of armed, organised actors: state forces and the three kinds of militia or
/// rebels (not rioters, protesters, civilians or external actors).
inline bool is_armed(int inter) noexcept { return inter >= state_forces && inter <= identity_militia; }

/// The event types whose events have casualties and a perpetrator and victim: political
/// violence and riots.
inline bool is_violent(std::string_view type) noexcept {
    return type == battles || type == explosions || type == violence_against_civilians || type == riots;
}

/// A change of territory: who took it decides which of the two it is.
inline bool is_territory(std::string_view sub_event_type) noexcept {
    return sub_event_type == government_regains || sub_event_type == non_state_overtakes;
}

/// ACLED's disorder_type of an event ("" for an unknown type).
inline std::string disorder_type(std::string_view type, std::string_view sub) {
    if (sub == excessive_force) return "Political violence; Demonstrations";
    if (type == battles || type == explosions || type == violence_against_civilians) return "Political violence";
    if (type == riots && sub == mob_violence) return "Political violence";
    if (type == protests || type == riots) return "Demonstrations";
    if (type == strategic_developments) return "Strategic developments";
    return {};
}

/// ACLED's interaction code: the two inter codes, smaller first (12, 17, 60 for one actor).
inline int interaction(int inter1, int inter2) noexcept {
    if (inter1 <= 0) return inter2 > 0 ? inter2 * 10 : 0;
    if (inter2 <= 0) return inter1 * 10;
    return inter1 <= inter2 ? inter1 * 10 + inter2 : inter2 * 10 + inter1;
}

/// Gives `e` an event type, a sub-event type and a CAMEO code together, so the columns the
/// writers derive from them (disorder_type(), interaction(), civilian_targeting()) agree: the one
/// way the events stage retypes an event.
/// The values are shared (shared_vocab): the records of a big document hold each type once.
inline void set_type(EventReport& e, std::string_view type, std::string_view sub, std::string_view cameo) {
    e.event_type = shared_vocab(type);
    e.sub_event_type = shared_vocab(sub);
    e.cameo = shared_vocab(cameo);
}

/// `to` takes the type of `from` (the same incident told twice): the same handles.
inline void copy_type(EventReport& to, const EventReport& from) {
    to.event_type = from.event_type;
    to.sub_event_type = from.sub_event_type;
    to.cameo = from.cameo;
}

/// Violence against civilians / Attack (CAMEO 180): an armed group's violence on people who bear
/// no arms.
inline void set_attack_on_civilians(EventReport& e) { set_type(e, violence_against_civilians, attack, "180"); }

/// Battles / Armed clash (CAMEO 190): two armed, organised sides fight.
inline void set_armed_clash(EventReport& e) { set_type(e, battles, armed_clash, "190"); }

/// The territory sub-event of a place taken, decided by who took it (actor1): state forces,
/// Government regains territory; anyone else, Non-state actor overtakes territory. The event type
/// and CAMEO code stay.
inline void set_territory_taken(EventReport& e) {
    e.sub_event_type = shared_vocab(e.actor1.inter == state_forces ? government_regains : non_state_overtakes);
}

/// ACLED codes civilian targeting on political violence whose main target is civilians.
inline bool civilian_targeting(const EventReport& e) {
    if (disorder_type(e.event_type, e.sub_event_type).rfind("Political violence", 0) != 0) return false;
    return e.event_type == violence_against_civilians || e.actor1.inter == civilians || e.actor2.inter == civilians;
}

} // namespace gt::acled
