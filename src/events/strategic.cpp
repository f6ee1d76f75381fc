// Strategic developments among the other cues of a sentence (see strategic.hpp).
#include "events/strategic.hpp"

#include "core/acled.hpp"
#include "events/typing.hpp"

#include <algorithm>
#include <string_view>

namespace gt::events::detail {

namespace {

constexpr std::string_view looting = "Looting/property destruction";
constexpr std::string_view transfer = "Non-violent transfer of territory";

/// The strategic developments that are part of the violence told with them (arrests and talks
/// are events of their own).
bool part_of_violence(const CueEntry& ce) {
    if (ce.event_type != acled::strategic_developments || (ce.flags & cue_diplomacy)) return false;
    return ce.sub_event_type != "Arrests" && ce.sub_event_type != "Other";
}

/// An attack, a shooting, a storming told in general words ("attacked", "opened fire",
/// "stormed"): what it did is told by the other words of the sentence.
bool generic_violence(const CueEntry& ce) {
    return ce.event_type == acled::battles && ce.weight <= 0.5 && (ce.flags & (cue_civilian | cue_weak)) &&
           !(ce.flags & cue_territory);
}

} // namespace

void settle_strategic(std::vector<int>& keep, const std::vector<CueHit>& cues, const Lexicon& lx,
                      const std::vector<Word>& w, std::size_t first, std::size_t last, long deaths) {
    auto cue_of = [&](int k) -> const CueEntry& { return lx.cues()[cues[static_cast<std::size_t>(k)].entry]; };
    auto has = [&](std::string_view sub) {
        return std::any_of(keep.begin(), keep.end(), [&](int k) {
            return cue_of(k).event_type == acled::strategic_developments && cue_of(k).sub_event_type == sub;
        });
    };
    if (deaths <= 0 && has(transfer))
        std::erase_if(keep, [&](int k) { return (cue_of(k).flags & cue_territory) != 0; });
    if (deaths <= 0 && has(looting))
        std::erase_if(keep, [&](int k) {
            const CueHit& c = cues[static_cast<std::size_t>(k)];
            if (!generic_violence(cue_of(k))) return false;
            const Target t = cue_target(lx, w, first, c.begin, c.end, last);
            return t != Target::armed && t != Target::unarmed; // (a place or goods: no one hurt)
        });
    const bool violence = std::any_of(keep.begin(), keep.end(), [&](int k) {
        return is_violent(cue_of(k).event_type) && cue_of(k).event_type != acled::riots;
    });
    if (!violence && deaths <= 0) return;
    std::erase_if(keep, [&](int k) {
        const CueEntry& ce = cue_of(k);
        if (ce.sub_event_type == looting) return true; // (with deaths too: the killing is the event)
        return violence && part_of_violence(ce);
    });
}

bool armed_actor_named(const SentenceContext& sc, const CueEntry& ce) {
    // (an act on things: burned a school, seized a van; not a movement of forces: deployed)
    if (ce.event_type != acled::strategic_developments || ce.weight < 0.6 ||
        (ce.sub_event_type != looting && ce.sub_event_type != acled::disrupted_weapons_use))
        return false;
    return std::any_of(sc.actors.begin(), sc.actors.end(), [](const ActorHit* h) {
        return acled::is_armed(h->actor.inter) || h->actor.inter == acled::external;
    });
}

const text::WordSet& device_words() {
    static const text::WordSet s = {"explosive", "explosives", "device", "devices", "bomb",     "bombs",
                                    "ied",       "ieds",       "mine",   "mines",   "landmine", "landmines",
                                    "grenade",   "grenades",   "rocket", "rockets", "missile",  "missiles",
                                    "drone",     "drones",     "shell",  "shells",  "uxo",      "ordnance"};
    return s;
}

} // namespace gt::events::detail

