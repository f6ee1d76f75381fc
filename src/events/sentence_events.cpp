#include "events/finder.hpp"

#include "core/acled.hpp"
#include "events/demonstrations.hpp"
#include "events/discourse.hpp"
#include "events/strategic.hpp"
#include "events/typing.hpp"

#include <algorithm>
#include <string>
#include <vector>

// The steps of find_events() (extract.cpp) over one sentence: which of its cues make events,
// and the events they make.

namespace gt::events::detail {


/// "Gunmen attacked civilians in Anyom", "militants ambushed a convoy": an attack or a shooting
/// (a weak cue flagged C, told by a verb) whose object or passive subject names its target, with an
/// actor named in its clause, is an incident even when its place is not known; so is a weak cue
/// of Violence against civilians whose object (with an actor named), passive subject or own words
/// (a death: "a man was found dead in Celaya", "the bodies of three men were found in Jos") name
/// an unarmed person, at a known place named after it.
bool Finder::names_target(const SentenceContext& sc, const CueHit& cue, const CueEntry& ce) const {
    // (a verb in the past, "attacked", "shot", "ambushed": the noun is also a heart attack, a
    // shot at goal or the attacks a policy is about)
    bool past = false;
    for (std::size_t i = cue.begin; i < cue.end; ++i) {
        const std::string_view v = b.ws.words[i].norm;
        past = past || v == "shot" || v == "found" || (v.size() > 3 && v.compare(v.size() - 2, 2, "ed") == 0);
    }
    bool actor_in_clause = std::any_of(sc.actors.begin(), sc.actors.end(), [&](const ActorHit* h) {
        return h->begin >= sc.first && sc.clause[h->begin - sc.first] == cue.clause;
    });
    bool on_civilians = ce.event_type == acled::violence_against_civilians;
    if (!past || !((ce.flags & cue_civilian) || on_civilians)) return false;
    Target t = cue_target(b.lx, b.ws.words, sc.first, cue.begin, cue.end, sc.last);
    // ("a man was found dead in Celaya": a killing told by its victim needs no actor)
    if (on_civilians) {
        bool placed = false; // a town or region of its own after the cue ("found dead in Celaya")
        for (std::size_t i = cue.end; i < sc.last && !placed; ++i) {
            int p = b.place_at[i];
            if (p < 0 || b.place_is_actor[static_cast<std::size_t>(p)]) continue;
            const auto& pm = b.a.places[static_cast<std::size_t>(p)];
            placed = pm.resolved && !pm.demonym && !is_country(pm);
        }
        bool dead = false; // (without an actor, a killing: "found dead", "stabbed to death")
        for (std::size_t i = cue.begin; i < sc.last && i < cue.end + 3; ++i) {
            const std::string_view x = b.ws.words[i].norm;
            dead = dead || x == "dead" || x == "death" || x == "body" || x == "bodies";
        }
        // "the bodies of three men were found": the victims inside the cue's own words
        for (std::size_t i = cue.begin; i < cue.end && t != Target::unarmed; ++i)
            if (b.lx.target(b.ws.words[i]) == Target::unarmed) t = Target::unarmed;
        bool victim_told = dead && (is_passive_before(b.ws.words, sc.first, cue.begin) || cue.end - cue.begin > 2);
        return t == Target::unarmed && placed && (actor_in_clause || victim_told);
    }
    return actor_in_clause && (t == Target::unarmed || t == Target::civilian_place || t == Target::armed);
}

namespace {
/// A rebel group or an armed group ("assailants", "gunmen": Unidentified Armed Group, a
/// political militia) named before the cue in its clause: who did it. (State forces before a
/// cue of protest are mostly the ones who dispersed it.)
bool armed_group_acts(const SentenceContext& sc, const CueHit& cue) {
    return std::any_of(sc.actors.begin(), sc.actors.end(), [&](const ActorHit* h) {
        return h->begin >= sc.first && h->end <= cue.begin && sc.clause[h->begin - sc.first] == cue.clause &&
               (h->actor.inter == acled::rebel_group || h->actor.name.rfind("Unidentified Armed Group", 0) == 0);
    });
}

/// "Assailants armed with machine guns attacked ...", "trucks fitted with machine guns": a weapon
/// the attackers carried, named in a list after armed/fitted/equipped/mounted with, is how they
/// were armed, not an act of its own (the act is the verb after the list).
bool carried_weapon(const std::vector<Word>& w, std::size_t first, std::size_t cue_begin) {
    static const text::WordSet carrying = {"armed", "fitted", "equipped", "mounted"};
    // (the other words of a list of arms: "mortars, machine guns, and AK-47 assault rifles")
    static const text::WordSet list = {",", "and", "or", "a", "an", "the", "heavy", "light", "automatic",
                                       "assault", "rifles", "rifle", "guns", "gun", "firearms", "knives",
                                       "machetes", "mortars", "grenades", "rockets", "launchers", "pistols",
                                       "explosives", "explosive", "devices", "weapons", "ak", "47", "sophisticated",
                                       "several", "two", "three", "machine", "machineguns"};
    for (std::size_t i = cue_begin, n = 0; i > first + 1 && n < 10; --i, ++n) {
        const Word& x = w[i - 1];
        if (x.norm == "with") return in(carrying, w[i - 2]);
        if (!in(list, x) && !x.number) return false;
    }
    return false;
}

/// The sentence says a device went off ("detonated while being defused", "a second device
/// exploded"): not negated or failed ("failed to explode", "did not detonate" use the base form).
bool went_off(const std::vector<Word>& w, std::size_t first, std::size_t last) {
    static const text::WordSet off = {"exploded", "detonated", "went"};
    static const text::WordSet neg = {"not", "never", "n't", "failed", "without"};
    for (std::size_t i = first; i < last; ++i) {
        if (!in(off, w[i]) || (w[i].norm == "went" && (i + 1 >= last || w[i + 1].norm != "off"))) continue;
        if (i > first && in(neg, w[i - 1])) continue;
        if (w[i].norm == "detonated" && i > first && (w[i - 1].norm == "and" || w[i - 1].norm == "safely")) continue;
        return true;
    }
    return false;
}

/// A generic word of an attack ("attacked", "the assault"): a weak Battles cue decided by its
/// target, no change of territory.
bool generic_attack(const CueEntry& ce) {
    return ce.weight <= 0.5 && (ce.flags & (cue_civilian | cue_weak)) && ce.event_type == acled::battles &&
           !(ce.flags & cue_territory);
}
} // namespace

/// ACLED: shelling, grenades or explosions during an exchange of fire are part of that battle,
/// not an event of their own ("fired mortars, heavy machine guns and small arms at the positions
/// of ...", "explosions and bursts of fire near ..."): with a cue of gunfire between two sides
/// (Battles, CAMEO 193, not decided by its target) the sentence's explosions are dropped.
void Finder::part_of_battle(std::vector<int>& keep, const std::vector<CueHit>& cues) const {
    auto cue_of = [&](int k) -> const CueEntry& { return b.lx.cues()[cues[static_cast<std::size_t>(k)].entry]; };
    bool gunfight = std::any_of(keep.begin(), keep.end(), [&](int k) {
        const auto& ce = cue_of(k);
        return ce.event_type == acled::battles && ce.cameo == "193" && !(ce.flags & cue_civilian);
    });
    if (gunfight) std::erase_if(keep, [&](int k) { return cue_of(k).event_type == acled::explosions; });
    // the reverse: a generic word of attack beside an explosion told by a sure cue and no
    // gunfight ("assailants attacked and detonated an explosive device targeting ...",
    // "launched an explosives-laden drone targeting the camp"): the explosion is the incident
    // the sentence reports first
    bool explosion = std::any_of(keep.begin(), keep.end(), [&](int k) {
        return cue_of(k).event_type == acled::explosions && cue_of(k).weight >= 0.6;
    });
    if (explosion) std::stable_partition(keep.begin(), keep.end(), [&](int k) { return !generic_attack(cue_of(k)); });
}

/// Who the violence of a cue hit: its object or passive subject (cue_target()), else the noun of
/// the sentence's death count ("six people were killed in a militia attack").
Target Finder::victims(const SentenceContext& sc, const CueHit& cue, const CueEntry& ce,
                       const SentenceDeaths& d) const {
    const auto& w = b.ws.words;
    if (!(ce.flags & cue_civilian) && ce.event_type != acled::violence_against_civilians) return Target::none;
    Target t = cue_target(b.lx, w, sc.first, cue.begin, cue.end, sc.last);
    if (t == Target::none && d.count > 0) t = count_target(b.lx, w, d.word, sc.last);
    return t;
}

/// One event per event type in a sentence: the heaviest cue; a weak cue only with deaths, or
/// with an actor and a specific place; none in a sentence of habits without deaths.
std::vector<int> Finder::keep_cues(const SentenceContext& sc, const std::vector<CueHit>& cues,
                                   const SentenceDeaths& d) {
    const auto& w = b.ws.words;
    const auto& a = b.a;
    bool any_actor = !sc.actors.empty(), specific_place = false, own_place = false;
    // protesters or rioters named apart from the cue ("protesters ... blocked the roundabout")
    auto crowd_apart = [&](const CueHit& c) {
        return std::any_of(sc.actors.begin(), sc.actors.end(), [&](const ActorHit* h) {
            return (h->actor.inter == acled::protesters || h->actor.inter == acled::rioters) &&
                   (h->end <= c.begin || h->begin >= c.end);
        });
    };
    for (std::size_t i = sc.first; i < sc.last; ++i) {
        int p = b.place_at[i];
        if (p >= 0) {
            const auto& pm = a.places[static_cast<std::size_t>(p)];
            bool specific = pm.resolved && !pm.demonym && !is_country(pm);
            specific_place = specific_place || specific;
            own_place = own_place || (specific && !b.place_is_actor[static_cast<std::size_t>(p)]);
        }
    }
    std::vector<int> keep;
    for (std::size_t k = 0; k < cues.size(); ++k) {
        const auto& ce = b.lx.cues()[cues[k].entry];
        if (ce.flags & cue_none) continue;
        // "X claimed responsibility for the attack": the perpetrator of the incident told
        // before, not another incident.
        if ((ce.flags & cue_weak) && attribution(w, sc.first, sc.last) &&
            credit_claimant(sc, out))
            continue;
        // a gathering needs no named actor: the crowd is the actor (crowd_first())
        bool gathering = (ce.event_type == "Protests" || ce.event_type == "Riots") && ce.weight > 0.5;
        // (an armed actor stands for the town of a strategic development: militants burned a
        // school in a village the gazetteer lacks)
        bool strategic = armed_actor_named(sc, ce);
        if ((ce.flags & cue_weak) && d.count <= 0 && !(any_actor && specific_place) &&
            !(gathering && (own_place || crowd_apart(cues[k]))) && !names_target(sc, cues[k], ce) && !strategic)
            continue;
        // "assailants armed with machine guns attacked": the arms they carried, not an act
        if (ce.event_type == acled::explosions && carried_weapon(w, sc.first, cues[k].begin)) continue;
        // "seized a tricycle and livestock", "seized a citizen's farm": goods taken, no place;
        // "captured and beheaded seven civilians": people taken, no place
        if (ce.flags & cue_territory) {
            const Target t = cue_target(b.lx, w, sc.first, cues[k].begin, cues[k].end, sc.last);
            if (t == Target::goods || t == Target::unarmed) continue;
        }
        // "Assailants blocked the highway and opened fire on a bus": armed men who block a road
        // are no crowd protesting (ACLED: protesters bear no arms)
        if (ce.event_type == "Protests" && (ce.flags & cue_weak) && armed_group_acts(sc, cues[k])) continue;
        // an agreement of parties to a conflict, not of companies: it names one of them
        if (ce.sub_event_type == "Agreement" && !any_actor) continue;
        bool replaced = false;
        for (auto& j : keep) {
            const auto& cj = b.lx.cues()[cues[static_cast<std::size_t>(j)].entry];
            if (cj.event_type == ce.event_type && (cj.flags & cue_modifier) == (ce.flags & cue_modifier)) {
                if (ce.weight > cj.weight) j = static_cast<int>(k);
                replaced = true;
            }
        }
        if (!replaced) keep.push_back(static_cast<int>(k));
    }
    if (d.count <= 0 && habitual(w, sc.first, sc.last)) keep.clear();
    part_of_battle(keep, cues);
    defused_not_exploded(sc, keep, cues, d);
    // property destroyed in an attack that kills or abducts: the violence is the event (ACLED)
    settle_strategic(keep, cues, b.lx, w, sc.first, sc.last, d.count);
    return keep;
}

/// "Police defused an explosive device": no explosion, unless the sentence says a device went
/// off ("An explosive device detonated while being defused"): then the explosion happened, and
/// it is the event the sentence tells first.
void Finder::defused_not_exploded(const SentenceContext& sc, std::vector<int>& keep, const std::vector<CueHit>& cues,
                                  const SentenceDeaths& d) const {
    auto cue_of = [&](int k) -> const CueEntry& { return b.lx.cues()[cues[static_cast<std::size_t>(k)].entry]; };
    if (d.count > 0 || std::none_of(keep.begin(), keep.end(), [&](int k) {
            return cue_of(k).sub_event_type == acled::disrupted_weapons_use;
        }))
        return;
    if (went_off(b.ws.words, sc.first, sc.last)) {
        std::stable_partition(keep.begin(), keep.end(),
                              [&](int k) { return cue_of(k).event_type == acled::explosions; });
        return;
    }
    std::erase_if(keep, [&](int k) { return cue_of(k).event_type == acled::explosions; });
}

/// The events of one sentence: one per kept cue, typed by its target (type_by_target()), with
/// the sentence's deaths when violent; deaths with no violent cue wait for the document's main
/// kind of violence (deaths_without_cue()).
void Finder::sentence(std::size_t si) {
    const auto& w = b.ws.words;
    const auto& s = b.ws.sentences[si];
    SentenceContext sc = context(si);
    std::vector<CueHit> cues = cues_of(sc);
    const SentenceDeaths d = deaths_of(sc, cues);
    bool civ_actor = false;
    bool crowd_named = false;
    for (const auto* h : sc.actors) {
        civ_actor = civ_actor || h->actor.inter == acled::civilians;
        crowd_named = crowd_named || h->actor.inter == acled::civilians || h->actor.inter == acled::protesters ||
                      h->actor.inter == acled::rioters;
    }
    std::vector<int> keep = keep_cues(sc, cues, d);
    for (int k : keep) { // (a modifier owns no clause: it lends its words to the demonstration)
        std::size_t cl = cues[static_cast<std::size_t>(k)].clause;
        if (sc.clause_owner[cl] < 0 && !(b.lx.cues()[cues[static_cast<std::size_t>(k)].entry].flags & cue_modifier))
            sc.clause_owner[cl] = k;
    }
    assign_free_clauses(sc, w);

    // the demonstrations first: a modifier ("tear gas", "threw stones") then retypes one of them
    std::stable_partition(keep.begin(), keep.end(), [&](int k) {
        return !(b.lx.cues()[cues[static_cast<std::size_t>(k)].entry].flags & cue_modifier);
    });
    bool violent = false, moved = false;
    for (int k : keep) {
        const auto& cue = cues[static_cast<std::size_t>(k)];
        const auto& ce = b.lx.cues()[cue.entry];
        Found* demo = demonstration_before(out, si);
        // how a demonstration went: nothing without one, but a crowd's violence ("threw stones
        // at police") is a riot of its own
        if ((ce.flags & cue_modifier) && !demo && ce.event_type != acled::riots) continue;
        if ((ce.flags & cue_modifier) && demo) {
            retype_demonstration(ce, b.country, demo->event);
            state_forces_opposite(sc.actors, demo->event);
            if (demo->event.sub_event_type == acled::excessive_force && d.count > 0) { // its dead
                demo->event.fatalities = std::max(demo->event.fatalities, static_cast<int>(d.count));
                violent = true;
            }
            continue;
        }
        Found f;
        f.sentence = si;
        f.generic = ce.weight <= 0.5 && (ce.flags & (cue_civilian | cue_weak)) && ce.event_type == "Battles" &&
                    !(ce.flags & cue_territory);
        EventReport& ev = f.event;
        acled::set_type(ev, ce.event_type, ce.sub_event_type, ce.cameo);
        b.assign_actors(sc, cue, k, ce, ev);
        // (the target types a cue of attack or shooting, and tells whose an attack on civilians
        // was: an air strike or a bomb names no victim by its object)
        Target target = victims(sc, cue, ce, d);
        f.target = target;
        type_by_target(ce, civilian_victims(target, d.civilians || civ_actor), b.country, ev);
        type_by_perpetrator(sc, cue, b.country, ev);
        // (an exchange of fire is armed men's: no crowd's violence, "forces of India and
        // Pakistan exchanged fire ..., two civilians were injured")
        const bool gunfight = ce.cameo == "193" && !(ce.flags & cue_civilian);
        if (demo && !gunfight && (crowd_violence(true, !d.civilians, b.country, ev) ||
                     riot_of_demonstration(ce, ev, b.country, demo->event))) {
            // the crowd of that demonstration fought or destroyed
            retype_demonstration(riot_cue(), b.country, demo->event);
            continue;
        }
        if (demo && ev.sub_event_type == "Arrests") { // arrests at a protest: it was intervened in
            retype_demonstration(intervention_cue(), b.country, demo->event);
            continue;
        }
        // "clashed with security forces": armed men clash too; stones and tyres are a crowd's
        if (ce.flags & cue_modifier) {
            riot_without_crowd(crowd_named || ce.cue.rfind("clash", 0) != 0, ev);
            if (ev.event_type == acled::riots) state_forces_opposite(sc.actors, ev);
        }
        if (!gunfight) crowd_violence(false, !d.civilians, b.country, ev);
        // (protesters fired on: the deaths are this event's, as ACLED counts them)
        bool v = is_violent(ev.event_type) || ev.sub_event_type == acled::excessive_force;
        violent = violent || v;
        b.fill_common(sc, cue, k, ce.weight, v ? d.count : -1, f, (ce.flags & cue_diplomacy) != 0);
        f.vague_deaths = v && d.vague;
        if (v && f.date_from_dct && refers_back(w, s.first, cue)) inherit_date(out, f);
        // the deaths are stated in another division than the cue's place: their own report
        if (const auto& loc = f.place.get(); v && d.place >= 0 && loc.resolved && !is_country(loc) &&
            loc.admin1_code != b.a.places[static_cast<std::size_t>(d.place)].admin1_code) {
            ev.fatalities = -1;
            moved = true;
        }
        if (v && ce.weight > dominant.weight && ev.event_type != "Riots") dominant = {ce.weight, &ce, ev.event_type, ev.sub_event_type, ev.cameo};
        out.push_back(std::move(f));
    }
    // (an explicit 0, "no casualties", is no report of deaths of its own: it is the count
    // of the violent event just told, when that has none)
    // A stated final figure ("Fatalities coded as 0") replaces that event's count.
    bool last_violent = !out.empty() && is_violent(out.back().event.event_type);
    if (!violent && d.total && last_violent) out.back().event.fatalities = static_cast<int>(d.count);
    // (a vague plural without a cue, "hundreds have died", is a tally, no incident of its own)
    else if ((!violent || moved) && d.count > 0 && !d.vague) pending.push_back(si);
    if (!violent && d.count == 0 && last_violent && out.back().event.fatalities < 0) out.back().event.fatalities = 0;
}

} // namespace gt::events::detail
