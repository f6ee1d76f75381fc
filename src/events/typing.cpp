// ACLED typing rules of the event finder (see typing.hpp).
#include "events/typing.hpp"

#include "core/acled.hpp"
#include "events/clauses.hpp"
#include "text/word_set.hpp"

namespace gt::events::detail {

void type_by_target(const CueEntry& ce, bool civilian_victims, const std::pair<std::string, std::string>& country,
                    Event& ev) {
    if ((ce.flags & cue_civilian) && civilian_victims && ev.actor1.inter != acled::civilians) {
        ev.event_type = acled::violence_against_civilians;
        ev.sub_event_type = acled::attack;
        ev.cameo = "180";
    }
    if (ce.flags & cue_territory) {
        if (ev.actor1.inter == acled::state_forces) ev.sub_event_type = acled::government_regains;
        else if (!ev.actor1.name.empty()) ev.sub_event_type = acled::non_state_overtakes;
    }
    if (acled::is_violent(ev.event_type) && ev.actor2.name.empty() && civilian_victims)
        ev.actor2 = country_actor("Civilians ({country})", "civilians", acled::civilians, country);
}

bool civilian_target(const std::vector<Word>& w, std::size_t from, std::size_t last) {
    static const text::WordSet targets = {
        "village", "villages", "market", "marketplace", "school", "schools", "church", "mosque", "home", "homes",
        "house", "houses", "shop", "shops", "bus", "minibus", "matatu", "taxi", "car", "passengers", "travellers",
        "travelers", "motorists", "farm", "farms", "hospital", "clinic", "wedding", "funeral", "worshippers",
        "congregation", "family", "families", "household", "settlement", "hamlet", "residence", "restaurant",
        "hotel", "bar", "drive"};
    for (std::size_t j = from; j < last && j < from + 5; ++j) {
        if (w[j].punct || clause_break(w[j])) return false;
        if (in(targets, w[j])) return true;
    }
    return false;
}

void victims_told_after(std::vector<Found>& out) {
    for (std::size_t i = 0; i < out.size(); ++i) {
        Event& ev = out[i].event;
        if (!out[i].generic || ev.event_type != acled::battles || ev.fatalities >= 0) continue;
        for (std::size_t j = i + 1; j < out.size() && out[j].sentence <= out[i].sentence + 2; ++j) {
            const Event& later = out[j].event;
            if (later.event_type != acled::violence_against_civilians || later.sub_event_type != acled::attack)
                continue;
            ev.event_type = later.event_type;
            ev.sub_event_type = later.sub_event_type;
            ev.cameo = later.cameo;
            if (ev.actor2.name.empty() || ev.actor2.inter == acled::civilians) ev.actor2 = later.actor2;
            break;
        }
    }
}

} // namespace gt::events::detail
