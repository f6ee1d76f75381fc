#include "events/finder.hpp"

#include "core/acled.hpp"
#include "events/demonstrations.hpp"
#include "events/discourse.hpp"
#include "events/strategic.hpp"
#include "events/triggers_detail.hpp"
#include "events/typing.hpp"

#include <algorithm>
#include <string>
#include <vector>

// The steps of find_events() (extract.cpp) over one sentence after keep_cues.cpp chose its
// cues: the events they make.

namespace gt::events::detail {

namespace {
/// "protested against the arrest of an activist", "demanding the release of detained members",
/// "relatives of a victim, ... the man who was arrested for the crime": an arrest named as a noun
/// (after a determiner or an adjective, or before "of"), as a participle after "of" or "the", or
/// told after a word of the protest's cause or a relative pronoun in its sentence (within eight
/// words) is what the crowd protested about, not an intervention at the protest.
bool arrest_is_cause(const std::vector<Word>& w, std::size_t first, const CueHit& cue) {
    static const text::WordSet noun_before = {"the", "a", "an", "his", "her", "their", "its", "of", "prior", "recent",
                                              "illegal", "unjust", "unlawful", "arbitrary", "alleged", "house"};
    static const text::WordSet cause = {"against", "over", "demanding", "demand", "demanded", "demands", "release",
                                        "freedom", "condemning", "condemn", "denouncing", "denounce", "protesting",
                                        "who", "whose", "which", "after", "following", "since"};
    if (cue.begin > first && in(noun_before, w[cue.begin - 1])) return true;
    if (cue.end < w.size() && w[cue.end].norm == "of") return true;
    for (std::size_t i = cue.begin, n = 0; i > first && n < 8; --i, ++n)
        if (in(cause, w[i - 1])) return true;
    return false;
}

/// "migrant workers clashed with police", "inmates clashed with prison guards": a crowd named by
/// its work or condition (no actor rows: "workers" beside the weak cue "strike" is a labour
/// strike, not an actor) before the cue in its sentence.
bool crowd_noun_before(const std::vector<Word>& w, std::size_t first, std::size_t cue) {
    static const text::WordSet crowd = {"workers", "laborers", "labourers", "farmers", "traders", "miners",
                                        "drivers", "vendors", "employees", "inmates", "prisoners", "fans"};
    for (std::size_t i = first; i < cue; ++i)
        if (in(crowd, w[i])) return true;
    return false;
}
} // namespace

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

/// "Assailants threw petrol bombs at a police station", "gunmen hurled a Molotov cocktail at a
/// bus": a crowd's weapon (a riot modifier told with no demonstration before it) in the hands of
/// an armed group named before it in its clause, with no protesters or rioters named, is that
/// group's attack, typed by its target as an attack or a shooting is (ACLED: a petrol bomb is no
/// explosive, and Riots are a crowd's).
bool Finder::armed_attack_not_riot(const SentenceContext& sc, const CueHit& cue, const CueEntry& ce,
                                   bool civilians_stated, Found& f) const {
    EventReport& ev = f.event;
    if (ev.event_type != acled::riots) return false;
    const ActorHit* g = armed_group_before(sc, cue);
    if (!g || std::any_of(sc.actors.begin(), sc.actors.end(), [](const ActorHit* h) {
            return h->actor.inter == acled::protesters || h->actor.inter == acled::rioters;
        }))
        return false;
    acled::set_armed_clash(ev);
    ev.actor1 = g->actor;
    ev.assoc_actor1.clear();
    if (ev.actor2.inter == acled::rioters || ev.actor2.inter == acled::protesters) ev.actor2 = Actor{};
    f.target = cue_target(b.lx, b.ws.words, sc.first, cue.begin, cue.end, sc.last);
    CueEntry attack = ce;
    attack.flags |= cue_civilian;
    attack.flags &= ~static_cast<unsigned>(cue_modifier);
    type_by_target(attack, civilian_victims(f.target, civilians_stated), b.country, ev);
    return true;
}

/// "locals assaulted and killed a man", "rivals beat and killed a farmer": a crowd noun (civilians,
/// protesters, rioters; not "armed youths") right before a violent cue it is the subject of (not a passive: "civilians
/// were killed by militants"), with no armed group named in the sentence, did the violence: a
/// riot (crowd_violence(): Mob violence, or a violent demonstration against state forces), its
/// victims the other side.
void Finder::crowd_did_it(const SentenceContext& sc, const CueHit& cue, EventReport& ev) const {
    const bool clash = ev.event_type == acled::battles && ev.sub_event_type == acled::armed_clash;
    const bool attack = ev.event_type == acled::violence_against_civilians && ev.sub_event_type == acled::attack;
    if (!(clash || attack) || is_passive_before(b.ws.words, sc.first, cue.begin)) return;
    const ActorHit* subject = nullptr;
    for (const auto* h : sc.actors) {
        const int i = h->actor.inter;
        if (i >= acled::rebel_group && i <= acled::identity_militia) return;
        if (h->end <= cue.begin && h->end + 1 >= cue.begin && sc.clause[h->begin - sc.first] == cue.clause)
            subject = h;
    }
    // (the subject right before its verb, at most an adverb between: "locals reportedly
    // assaulted"; "civilians were injured in the attack" is no act of theirs; "armed youths" bear arms)
    const auto& w = b.ws.words;
    if (subject && subject->end < cue.begin && (w[subject->end].stem() == "be" || w[subject->end].punct)) return;
    if (subject && subject->begin > sc.first && w[subject->begin - 1].norm == "armed") return;
    if (!subject || (subject->actor.inter != acled::civilians && subject->actor.inter != acled::protesters &&
                     subject->actor.inter != acled::rioters))
        return;
    const EventReport before = ev;
    if (attack) acled::set_armed_clash(ev); // (crowd_violence() retypes an armed clash)
    ev.actor1 = subject->actor;
    if (before.actor2.name == subject->actor.name) ev.actor2 = Actor{};
    if (!crowd_violence(false, true, b.country, ev)) ev = before;
}

/// What the event `ev` of `cue` tells of the demonstration `demo` told before it (nullptr: none),
/// which it then retypes instead of making an event of its own (returns true): force used on the
/// protesters (force_on_protesters(), checked even with no demonstration: "police attacked
/// protesters" retypes `ev`), its crowd fighting or destroying (a riot), arrests at it (an
/// intervention, not the arrest it protested against). Sets `violent` when the force killed.
bool Finder::course_of_demonstration(const SentenceContext& sc, const CueHit& cue, const CueEntry& ce,
                                     const SentenceDeaths& d, Found* demo, EventReport& ev, bool& violent) const {
    const bool gunfight = ce.cameo == "193" && !(ce.flags & cue_civilian);
    if (!gunfight && force_on_protesters(sc, cue, ce, b.country, ev) && demo) {
        // (the police attacked the protesters of that demonstration: it met force)
        retype_demonstration(excessive_force_cue(), b.country, demo->event);
        state_forces_opposite(sc.actors, demo->event);
        if (d.count > 0) demo->event.fatalities = std::max(demo->event.fatalities, static_cast<int>(d.count));
        violent = violent || d.count > 0;
        return true;
    }
    if (demo && !gunfight && (crowd_violence(true, !d.civilians, b.country, ev) ||
                 riot_of_demonstration(ce, ev, b.country, demo->event))) {
        // the crowd of that demonstration fought or destroyed
        retype_demonstration(riot_cue(), b.country, demo->event);
        return true;
    }
    if (demo && ev.sub_event_type == "Arrests") { // arrests at a protest: it was intervened in
        // (not the arrest the crowd protested against: no event of its own either)
        if (!arrest_is_cause(b.ws.words, sc.first, cue))
            retype_demonstration(intervention_cue(), b.country, demo->event);
        return true;
    }
    return false;
}

/// "fired on a crowd", "fired on the crowds": an excessive-force modifier row (flag M) whose
/// last word is who was shot, an unarmed target (lexicon/targets.tsv), not the means ("live
/// ammunition").
bool fired_on_crowd(const Lexicon& lx, const std::vector<Word>& w, const CueHit& cue) {
    const CueEntry& ce = lx.cues()[cue.entry];
    return (ce.flags & cue_modifier) && ce.sub_event_type == acled::excessive_force && cue.end > cue.begin &&
           lx.target(w[cue.end - 1]) == Target::unarmed;
}

/// The events of one sentence: one per kept cue, typed by its target (type_by_target()), with
/// the sentence's deaths when violent; deaths with no violent cue wait for the document's main
/// kind of violence (deaths_without_cue()).
void Finder::sentence(std::size_t si) {
    at_sentence = si;
    SentenceRun r{si, context(si), {}, {}};
    r.cues = cues_of(r.sc);
    r.d = deaths_of(r.sc, r.cues);
    for (const auto* h : r.sc.actors) {
        r.civ_actor = r.civ_actor || h->actor.inter == acled::civilians;
        r.crowd_named = r.crowd_named || h->actor.inter == acled::civilians ||
                        h->actor.inter == acled::protesters || h->actor.inter == acled::rioters;
    }
    for (int k : kept_cues(r)) cue_event(r, k);
    deaths_left(r);
}

// The cues of the sentence that make events, each owning its clause.
std::vector<int> Finder::kept_cues(SentenceRun& r) {
    std::vector<int> keep = keep_cues(r.sc, r.cues, r.d);
    // "in response to an overnight air strike that killed 41 people": the earlier incident's
    // deaths, no one's in this report
    if (r.d.count >= 0 &&
        (r.d.word > motive_from || motive_before(b.ws.words, b.ws.sentences[r.si].first, r.d.word)))
        r.d = SentenceDeaths{};
    for (int k : keep) { // (a modifier owns no clause: it lends its words to the demonstration)
        std::size_t cl = r.cues[static_cast<std::size_t>(k)].clause;
        if (r.sc.clause_owner[cl] < 0 &&
            !(b.lx.cues()[r.cues[static_cast<std::size_t>(k)].entry].flags & cue_modifier))
            r.sc.clause_owner[cl] = k;
    }
    assign_free_clauses(r.sc, b.ws.words);

    // the demonstrations first: a modifier ("tear gas", "threw stones") then retypes one of them
    std::stable_partition(keep.begin(), keep.end(), [&](int k) {
        return !(b.lx.cues()[r.cues[static_cast<std::size_t>(k)].entry].flags & cue_modifier);
    });
    return keep;
}

// The event of kept cue k, or how the demonstration before it went.
void Finder::cue_event(SentenceRun& r, int k) {
    const auto& cue = r.cues[static_cast<std::size_t>(k)];
    Found* demo = demonstration_before(out, r.si);
    const bool crowd_shot = !demo && fired_on_crowd(b.lx, b.ws.words, cue);
    const CueEntry shot = crowd_shot ? shooting_of_crowd(b.lx.cues()[cue.entry]) : CueEntry{};
    const auto& ce = crowd_shot ? shot : b.lx.cues()[cue.entry];
    if (modifies_demonstration(r, ce, demo)) return;
    // (the crowd the force was used on, named again: "police attacked protesters")
    if (ce.event_type == acled::protests && demo && demo->sentence == r.si &&
        demo->event.sub_event_type == acled::excessive_force)
        return;
    Found f;
    f.sentence = static_cast<std::uint32_t>(r.si);
    f.generic = ce.weight <= 0.5 && (ce.flags & (cue_civilian | cue_weak)) && ce.event_type == "Battles" &&
                !(ce.flags & cue_territory);
    if (type_event(r, cue, k, ce, crowd_shot, demo, f)) add_event(r, cue, k, ce, f);
}

// how a demonstration went: nothing without one, but a crowd's violence ("threw stones
// at police") is a riot of its own, and shots at a crowd a shooting. Whether the cue is done.
bool Finder::modifies_demonstration(SentenceRun& r, const CueEntry& ce, Found* demo) {
    if ((ce.flags & cue_modifier) && !demo && ce.event_type != acled::riots) return true;
    if (!(ce.flags & cue_modifier) || !demo) return false;
    retype_demonstration(ce, b.country, demo->event);
    state_forces_opposite(r.sc.actors, demo->event);
    if (demo->event.sub_event_type == acled::excessive_force && r.d.count > 0) { // its dead
        demo->event.fatalities = std::max(demo->event.fatalities, static_cast<int>(r.d.count));
        r.violent = true;
    }
    return true;
}

// The type, actors and target of cue k's event f; false when the cue only tells how a
// demonstration went (course_of_demonstration).
bool Finder::type_event(SentenceRun& r, const CueHit& cue, int k, const CueEntry& ce, bool crowd_shot, Found* demo,
                        Found& f) {
    EventReport& ev = f.event;
    acled::set_type(ev, ce.event_type, ce.sub_event_type, ce.cameo);
    b.assign_actors(r.sc, cue, k, ce, ev);
    // (the target types a cue of attack or shooting, and tells whose an attack on civilians
    // was: an air strike or a bomb names no victim by its object)
    Target target = crowd_shot ? Target::unarmed : victims(r.sc, cue, ce, r.d);
    f.target = target;
    type_by_target(ce, civilian_victims(target, r.d.civilians || r.civ_actor), b.country, ev);
    goods_attacked(f.generic, target, ev);
    type_by_perpetrator(r.sc, cue, b.country, ev);
    taken_not_arrested(b.lx, r.sc, b.country, ev);
    // (an exchange of fire is armed men's: no crowd's violence, "forces of India and
    // Pakistan exchanged fire ..., two civilians were injured")
    const bool gunfight = ce.cameo == "193" && !(ce.flags & cue_civilian);
    if (course_of_demonstration(r.sc, cue, ce, r.d, demo, ev, r.violent)) return false;
    // "clashed with security forces": armed men clash too; stones and tyres are a crowd's
    if ((ce.flags & cue_modifier) && !armed_attack_not_riot(r.sc, cue, ce, r.d.civilians || r.civ_actor, f)) {
        riot_without_crowd(r.crowd_named || crowd_noun_before(b.ws.words, r.sc.first, cue.begin) ||
                               ce.cue.rfind("clash", 0) != 0,
                           ev);
        if (ev.event_type == acled::riots) state_forces_opposite(r.sc.actors, ev);
    }
    if (!gunfight && !crowd_violence(false, !r.d.civilians, b.country, ev)) crowd_did_it(r.sc, cue, ev);
    return true;
}

// Cue k's event f with its deaths, place and date (fill_common), kept; the document's
// dominant violence so far.
void Finder::add_event(SentenceRun& r, const CueHit& cue, int k, const CueEntry& ce, Found& f) {
    EventReport& ev = f.event;
    // (protesters fired on: the deaths are this event's, as ACLED counts them)
    bool v = is_violent(ev.event_type) || ev.sub_event_type == acled::excessive_force;
    r.violent = r.violent || v;
    b.fill_common(r.sc, cue, k, ce.weight, v ? r.d.count : -1, f, (ce.flags & cue_diplomacy) != 0);
    f.vague_deaths = v && r.d.vague;
    if (v && f.date_from_dct && refers_back(b.ws.words, b.ws.sentences[r.si].first, cue)) inherit_date(out, f);
    // the deaths are stated in another division than the cue's place: their own report
    if (const auto& loc = f.place.get(); v && r.d.place >= 0 && loc.resolved && !is_country(loc) &&
        loc.admin1_code != b.a.places[static_cast<std::size_t>(r.d.place)].admin1_code) {
        ev.fatalities = -1;
        r.moved = true;
    }
    // (a change of territory is no kind of violence that kills: "forces retook the city in
    // December" leaves "the attack killed 126" to the document's bombing)
    // (nor is a figure of speech, which the trigger checks drop: "Hogg blasted it as an
    // insincere effort" leaves "a school shooting where 17 people died" an attack)
    const auto& sent = b.ws.sentences[r.si];
    if (v && ce.weight > dominant.weight && ev.event_type != "Riots" && !(ce.flags & cue_territory) &&
        !trig::figurative(b.ws.words, {sent.first, sent.last, cue.begin, cue.end}))
        dominant = {ce.weight, ce, ev.event_type, ev.sub_event_type, ev.cameo};
    out.push_back(std::move(f));
}

// (an explicit 0, "no casualties", is no report of deaths of its own: it is the count
// of the violent event just told, when that has none)
// A stated final figure ("Fatalities coded as 0") replaces that event's count.
void Finder::deaths_left(const SentenceRun& r) {
    const SentenceDeaths& d = r.d;
    bool last_violent = !out.empty() && is_violent(out.back().event.event_type);
    if (!r.violent && d.total && last_violent) out.back().event.fatalities = static_cast<int>(d.count);
    // (a vague plural without a cue, "hundreds have died", is a tally, no incident of its own)
    else if ((!r.violent || r.moved) && d.count > 0 && !d.vague) pending.push_back(r.si);
    if (!r.violent && d.count == 0 && last_violent && out.back().event.fatalities < 0) out.back().event.fatalities = 0;
}

} // namespace gt::events::detail
