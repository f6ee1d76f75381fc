// Protests and riots: their sub-event types (see demonstrations.hpp).
#include "events/demonstrations.hpp"

#include "core/acled.hpp"
#include "events/clauses.hpp"
#include "text/word_set.hpp"

#include <string_view>

namespace gt::events::detail {

namespace {

/// How grave a demonstration's course is (ACLED's sub-event types of Protests and Riots).
int rank(const std::string& type, const std::string& sub) {
    if (type == acled::riots) return 3;
    if (sub == acled::excessive_force) return 2;
    if (sub == "Protest with intervention") return 1;
    return 0;
}

bool crowd(int inter) {
    return inter == 0 || inter == acled::protesters || inter == acled::rioters || inter == acled::civilians;
}

/// A modifier cue row (flag M) of this type, for retyping a demonstration.
CueEntry modifier_cue(std::string_view type, std::string_view sub, std::string_view cameo) {
    CueEntry c;
    c.event_type = std::string(type);
    c.sub_event_type = std::string(sub);
    c.cameo = std::string(cameo);
    c.flags = cue_modifier;
    return c;
}

} // namespace

const CueEntry& riot_cue() {
    static const CueEntry e = modifier_cue(acled::riots, "Violent demonstration", "145");
    return e;
}

void riot_without_crowd(bool crowd_named, EventReport& ev) {
    if (ev.event_type != acled::riots || crowd_named) return;
    if (ev.actor1.inter == acled::rioters) ev.actor1 = Actor{};
    acled::set_armed_clash(ev);
}

const CueEntry& intervention_cue() {
    static const CueEntry e = modifier_cue(acled::protests, "Protest with intervention", "1411");
    return e;
}

void state_forces_opposite(const std::vector<const ActorHit*>& actors, EventReport& ev) {
    if (!ev.actor2.name.empty() && ev.actor2.inter != acled::civilians) return;
    for (const auto* h : actors)
        if (h->actor.inter == acled::state_forces) {
            ev.actor2 = h->actor;
            return;
        }
}

const CueEntry& excessive_force_cue() {
    static const CueEntry e = modifier_cue(acled::protests, acled::excessive_force, "1712");
    return e;
}

CueEntry shooting_of_crowd(const CueEntry& modifier) {
    CueEntry c = modifier;
    c.event_type = shared_vocab(acled::battles);
    c.sub_event_type = shared_vocab(acled::armed_clash);
    c.cameo = shared_vocab("193");
    c.flags = cue_civilian;
    return c;
}

namespace {
/// The agent after "by" within three words after `cue` ("was beaten by soldiers"), or nullptr.
const ActorHit* agent_after(const SentenceContext& sc, const CueHit& cue) {
    const auto& w = sc.ws.words;
    for (std::size_t j = cue.end; j < sc.last && j < cue.end + 3; ++j)
        if (w[j].norm == "by")
            for (const auto* h : sc.actors)
                if (h->begin > j && h->begin <= j + 3) return h;
    return nullptr;
}

/// A cue both sides fight ("clashed", "fighting", "exchange of fire"): no one-sided force.
bool mutual_cue(const CueEntry& ce) {
    static const text::WordSet both = {"clash",  "clashes", "fighting", "fight",    "battle",   "gunfight",
                                       "firefight", "exchange", "shootout", "skirmish", "skirmishes", "scuffle",
                                       "gun",    "confrontation", "confront", "both", "fire"};
    const std::string_view cue = ce.cue;
    const std::string_view first = cue.substr(0, cue.find(' '));
    return ce.event_type == acled::battles && !(ce.flags & cue_civilian) && both.count(first) > 0;
}
} // namespace

bool force_on_protesters(const SentenceContext& sc, const CueHit& cue, const CueEntry& ce,
                         const std::pair<std::string, std::string>& country, EventReport& ev) {
    const bool violent = ev.event_type == acled::battles || ev.event_type == acled::violence_against_civilians ||
                         ev.event_type == acled::riots;
    if (!violent || mutual_cue(ce)) return false;
    Actor force = ev.actor1, crowd = ev.actor2;
    // ("protesters were attacked by police": the subject is the victim, the agent the force)
    if (is_passive_before(sc.ws.words, sc.first, cue.begin)) {
        const ActorHit* subject = nullptr;
        for (const auto* h : sc.actors)
            if (h->end <= cue.begin) subject = h;
        if (const ActorHit* by = agent_after(sc, cue); by && subject) {
            force = by->actor;
            crowd = subject->actor;
        }
    }
    if (crowd.inter != acled::protesters || !acled::is_armed(force.inter)) return false;
    acled::set_type(ev, acled::protests, acled::excessive_force, "1712");
    ev.actor2 = force;
    ev.actor1 = country_actor("Protesters ({country})", "protesters", acled::protesters, country);
    return true;
}

bool is_demonstration(const EventReport& ev) { return ev.event_type == acled::protests || ev.event_type == acled::riots; }

Found* demonstration_before(Founds& out, std::size_t si) {
    for (auto it = out.rbegin(); it != out.rend(); ++it) {
        if (it->sentence + 2 < si) return nullptr;
        if (is_demonstration(it->event)) return &*it;
    }
    return nullptr;
}

void retype_demonstration(const CueEntry& ce, const std::pair<std::string, std::string>& country, EventReport& ev) {
    if (rank(ce.event_type, ce.sub_event_type) <= rank(ev.event_type, ev.sub_event_type)) return;
    bool to_riot = ce.event_type == acled::riots && ev.event_type != acled::riots;
    // a protest whose crowd turned violent is a violent demonstration, whatever the words
    acled::set_type(ev, ce.event_type, to_riot ? "Violent demonstration" : std::string_view(ce.sub_event_type), ce.cameo);
    if (to_riot && (ev.actor1.inter == acled::protesters || ev.actor1.name.empty()))
        ev.actor1 = country_actor("Rioters ({country})", "rioters", acled::rioters, country);
    if (ce.event_type == acled::protests && ev.actor2.name.empty() && ev.actor1.inter == acled::state_forces) {
        // "police dispersed the protesters": the crowd first, the police second (ACLED)
        ev.actor2 = ev.actor1;
        ev.actor1 = country_actor("Protesters ({country})", "protesters", acled::protesters, country);
    }
}

bool crowd_violence(bool after_demonstration, bool civilians_fought, const std::pair<std::string, std::string>& country,
                    EventReport& ev) {
    if (ev.event_type != acled::battles || ev.sub_event_type != acled::armed_clash) return false;
    const int i1 = ev.actor1.inter, i2 = ev.actor2.inter;
    // (civilians who fight are a crowd; civilians who are only the victims are no rioters)
    bool crowd1 = i1 == acled::protesters || i1 == acled::rioters || i1 == acled::civilians,
         crowd2 = i2 == acled::protesters || i2 == acled::rioters || (i2 == acled::civilians && civilians_fought);
    if (!crowd1 && !crowd2 && !after_demonstration) return false;
    if (!(crowd(i1) || i1 == acled::state_forces) || !(crowd(i2) || i2 == acled::state_forces)) return false;
    bool police = i1 == acled::state_forces || i2 == acled::state_forces;
    acled::set_type(ev, acled::riots, police || after_demonstration ? "Violent demonstration" : acled::mob_violence, "145");
    Actor state = i1 == acled::state_forces ? ev.actor1 : (i2 == acled::state_forces ? ev.actor2 : Actor{});
    Actor other = crowd1 && !crowd2 && i2 != acled::state_forces ? ev.actor2 : Actor{};
    // (a party whose members fought, "members of Chhatra League clashed", is the rioters' associate)
    if (i1 == acled::rioters && !ev.actor1.name.starts_with("Rioters (") && ev.assoc_actor1.empty())
        ev.assoc_actor1 = ev.actor1.name;
    ev.actor1 = country_actor("Rioters ({country})", "rioters", acled::rioters, country);
    ev.actor2 = !state.name.empty() ? state : other;
    return true;
}

namespace {

/// Who did the act of `cue`: its agent after "by" ("was beaten by soldiers"), else the nearest
/// actor before it in the sentence; nullptr when none.
const ActorHit* doer(const SentenceContext& sc, const CueHit& cue) {
    const auto& w = sc.ws.words;
    if (const ActorHit* by = agent_after(sc, cue)) return by;
    const ActorHit* best = nullptr;
    for (const auto* h : sc.actors)
        if (h->end <= cue.begin) best = h;
    // "police said he was charged with beating up a driver": the speaker is not the doer
    static const text::WordSet told = {"said", "says", "say", "told", "reported", "according", "charges",
                                       "charged", "accused", "alleged", "allegedly", "that"};
    for (std::size_t i = best ? best->end : cue.begin; i < cue.begin; ++i)
        if (in(told, w[i])) return nullptr;
    return best;
}

} // namespace

bool type_by_perpetrator(const SentenceContext& sc, const CueHit& cue,
                         const std::pair<std::string, std::string>& country, EventReport& ev) {
    if (ev.event_type == acled::riots && ev.sub_event_type == acled::mob_violence) {
        const ActorHit* by = doer(sc, cue);
        if (!by || !acled::is_armed(by->actor.inter) || (by->begin <= cue.begin && cue.end <= by->end)) return false;
        acled::set_attack_on_civilians(ev);
        ev.actor1 = by->actor;
        if (ev.actor2.name.empty() || ev.actor2.inter != acled::civilians)
            ev.actor2 = country_actor("Civilians ({country})", "civilians", acled::civilians, country);
        ev.assoc_actor1.clear();
        return true;
    }
    const int i1 = ev.actor1.inter;
    const bool crowd_act = !ev.actor1.name.empty() &&
                           (i1 == acled::protesters || i1 == acled::rioters || i1 == acled::civilians);
    if (ev.event_type == acled::strategic_developments && ev.sub_event_type == "Looting/property destruction" &&
        crowd_act) {
        acled::set_type(ev, acled::riots, i1 == acled::protesters ? "Violent demonstration" : acled::mob_violence,
                        "145");
        ev.actor1 = country_actor("Rioters ({country})", "rioters", acled::rioters, country);
        return true;
    }
    return false;
}

bool riot_of_demonstration(const CueEntry& ce, const EventReport& ev, const std::pair<std::string, std::string>& country,
                           EventReport& demo) {
    // the crowd destroyed or looted (not the police who seized their goods)
    bool property = ev.event_type == acled::strategic_developments &&
                    ev.sub_event_type == "Looting/property destruction" && !acled::is_armed(ev.actor1.inter);
    // "riots" named as a noun is often their background ("after the riots of last week")
    bool riot = ev.event_type == acled::riots && ce.cue != "riot";
    if (!property && !riot) return false;
    retype_demonstration(riot_cue(), country, demo);
    return true;
}

} // namespace gt::events::detail
