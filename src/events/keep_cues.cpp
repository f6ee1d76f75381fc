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

// The first step of find_events() (extract.cpp) over one sentence: which of its cues make
// events (Finder::keep_cues and the checks it runs); sentence_events.cpp makes the events.

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
        // a town or region of its own in the sentence, after the cue ("found dead in Celaya")
        // or before it ("On 29 April, in Celaya, a man was found dead in Colonia Las Aves")
        bool placed = false;
        for (std::size_t i = sc.first; i < sc.last && !placed; ++i) {
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
/// The words after a group's name that make its people a crowd, not the group in arms:
/// "opposition supporters marched", "PKK sympathisers demonstrated".
const text::WordSet& follower_words() {
    static const text::WordSet s = {"supporters", "supporter", "sympathisers", "sympathizers", "followers",
                                    "activists", "loyalists", "partisans", "voters"};
    return s;
}

bool armed_group_acts(const SentenceContext& sc, const CueHit& cue) { return armed_group_before(sc, cue) != nullptr; }

/// The words of a list of arms: "mortars, machine guns, and AK-47 assault rifles".
const text::WordSet& arms_list() {
    static const text::WordSet list = {",", "and", "or", "a", "an", "the", "heavy", "light", "automatic",
                                       "assault", "rifles", "rifle", "guns", "gun", "firearms", "knives",
                                       "machetes", "mortars", "grenades", "rockets", "launchers", "pistols",
                                       "explosives", "explosive", "devices", "weapons", "ak", "47", "sophisticated",
                                       "several", "two", "three", "machine", "machineguns", "firearm",
                                       "rocket", "propelled", "-", "rpg", "rpgs", "grenade", "bombs", "handguns",
                                       "shotguns", "pistol", "small", "arms", "various"};
    return list;
}

/// Every word of the cue is a word of a list of arms ("small arms"): a weapon named, not a verb.
bool weapon_named(const std::vector<Word>& w, const CueHit& cue) {
    for (std::size_t i = cue.begin; i < cue.end; ++i)
        if (!in(arms_list(), w[i])) return false;
    return true;
}

/// "using small arms fire", "with heavy weapons": a weapon named (its words, and "fire", of a list of
/// arms) after "using" or "with" is the means of an act told beside it.
bool means_named(const std::vector<Word>& w, std::size_t first, const CueHit& cue) {
    for (std::size_t i = cue.begin; i < cue.end; ++i)
        if (!in(arms_list(), w[i]) && w[i].norm != "fire") return false;
    for (std::size_t i = cue.begin, n = 0; i > first && n < 3; --i, ++n) {
        const std::string_view x = w[i - 1].norm;
        if (x == "using" || x == "with") return true;
        if (!in(arms_list(), w[i - 1])) return false;
    }
    return false;
}

/// "Assailants armed with machine guns attacked ...", "trucks fitted with machine guns": a weapon
/// the attackers carried, named in a list after armed/fitted/equipped/mounted with, is how they
/// were armed, not an act of its own (the act is the verb after the list).
bool carried_weapon(const std::vector<Word>& w, std::size_t first, std::size_t cue_begin) {
    static const text::WordSet carrying = {"armed", "fitted", "equipped", "mounted"};
    const text::WordSet& list = arms_list();
    for (std::size_t i = cue_begin, n = 0; i > first + 1 && n < 10; --i, ++n) {
        const Word& x = w[i - 1];
        if (x.norm == "with") return in(carrying, w[i - 2]);
        if (!in(list, x) && !x.number) return false;
    }
    return false;
}

/// The sentence says a device went off ("detonated while being defused", "a second device
/// exploded"): not negated or failed ("failed to explode", "did not detonate" use the base form).
/// Returns the word that says so, or `last`.
std::size_t went_off(const std::vector<Word>& w, std::size_t first, std::size_t last) {
    static const text::WordSet off = {"exploded", "detonated", "went"};
    static const text::WordSet neg = {"not", "never", "n't", "failed", "without"};
    for (std::size_t i = first; i < last; ++i) {
        if (!in(off, w[i]) || (w[i].norm == "went" && (i + 1 >= last || w[i + 1].norm != "off"))) continue;
        if (i > first && in(neg, w[i - 1])) continue;
        if (w[i].norm == "detonated" && i > first && (w[i - 1].norm == "and" || w[i - 1].norm == "safely")) continue;
        return i;
    }
    return last;
}

/// "An explosive was discovered and defused", "a mine was found and dismantled": a weak cue of
/// Disrupted weapons use told in the passive (a form of "be" at most three words before it in
/// its clause, the device named before it) says the device was there and was made safe; it needs no actor named (ACLED:
/// the force that did it, else unidentified).
bool disrupted_in_passive(const CueEntry& ce, const std::vector<Word>& w, std::size_t first, const CueHit& cue) {
    if (ce.sub_event_type != acled::disrupted_weapons_use) return false;
    for (std::size_t i = cue.begin, n = 0; i > first && n < 3 && !w[i - 1].punct; --i, ++n) {
        if (w[i - 1].stem() != "be") continue;
        // the device is the passive subject ("an explosive device was ..."; "tensions were defused": none)
        for (std::size_t j = i - 1, m = 0; j > first && m < 6 && !w[j - 1].punct; --j, ++m)
            if (in(device_words(), w[j - 1])) return true;
        return false;
    }
    return false;
}

/// The weak cue `k` (an aircraft, "helicopter", "air force") is the object of a cue of attack or
/// shooting (flagged C) that ends at most four words before it in its clause.
bool aircraft_hit(const Lexicon& lx, const std::vector<CueHit>& cues, std::size_t k) {
    for (std::size_t j = 0; j < k; ++j) {
        const CueHit& c = cues[j];
        if (c.clause == cues[k].clause && c.end <= cues[k].begin && cues[k].begin <= c.end + 4 &&
            (lx.cues()[c.entry].flags & cue_civilian))
            return true;
    }
    return false;
}


/// "families who claim their children were kidnapped by the PKK continued their sit-in",
/// "residents protested against the abduction of a trader", "staged a dharna demanding the
/// arrest of": violence or an arrest told after a word of the protest's cause (against,
/// demanding, condemning, a claim or an accusation, a prior event; within eight words before it
/// and its clause) in a sentence
/// that tells a protest is what the crowd protested about, not an event of its own (ACLED codes
/// the protest); the violence a protest met ("police attacked the protesters") has no such word.
void cause_of_protest(std::vector<int>& keep, const std::vector<CueHit>& cues, const Lexicon& lx,
                      const std::vector<Word>& w, std::size_t first) {
    static const text::WordSet cause = {"against", "demanding", "demand", "demanded", "demands",
                                        "condemning", "condemn", "denouncing", "denounce", "protesting",
                                        "claim", "claimed", "claiming", "alleging", "allege", "accusing", "accuse",
                                        "rejecting", "regarding", "prior", "earlier", "previous"};
    auto cue_of = [&](int k) -> const CueEntry& { return lx.cues()[cues[static_cast<std::size_t>(k)].entry]; };
    const bool protest = std::any_of(keep.begin(), keep.end(), [&](int k) {
        return cue_of(k).event_type == acled::protests && !(cue_of(k).flags & cue_modifier);
    });
    if (!protest) return;
    // (riots named as a past event right before their cue are background too: "against the
    // detention of activists during recent riots"; a riot told plainly is the crowd's own)
    static const text::WordSet past = {"recent", "prior", "earlier", "previous", "past", "last"};
    std::erase_if(keep, [&](int k) {
        const CueEntry& ce = cue_of(k);
        const std::size_t b = cues[static_cast<std::size_t>(k)].begin;
        if (ce.event_type == acled::riots && b > first && in(past, w[b - 1]) &&
            clause_word_before(w, first, b, cause, 8).has_value())
            return true;
        if (ce.event_type == acled::protests || ce.event_type == acled::riots) return false;
        if (!acled::is_violent(ce.event_type) && ce.sub_event_type != "Arrests" &&
            ce.sub_event_type != "Looting/property destruction")
            return false;
        return clause_word_before(w, first, cues[static_cast<std::size_t>(k)].begin, cause, 8).has_value();
    });
}

/// "A woman who stabbed her boyfriend was lynched by a mob", "residents lynched a man after he
/// attacked his wife", "villagers lynched a suspected kidnapper": the violence told of the
/// victim of a lynching (after who, after, for, accused, suspected, alleged, within eight words
/// before it in its clause) is why the crowd lynched, not an incident of its own (ACLED: one Mob
/// violence event).
void lynching_cause(std::vector<int>& keep, const std::vector<CueHit>& cues, const Lexicon& lx,
                    const std::vector<Word>& w, std::size_t first) {
    static const text::WordSet why = {"who", "after", "for", "accused", "suspected", "alleged", "allegedly"};
    auto cue_of = [&](int k) -> const CueEntry& { return lx.cues()[cues[static_cast<std::size_t>(k)].entry]; };
    const bool lynching = std::any_of(keep.begin(), keep.end(), [&](int k) {
        return cue_of(k).sub_event_type == acled::mob_violence && !(cue_of(k).flags & cue_modifier) &&
               cue_of(k).cue.find("lynch") != std::string::npos;
    });
    if (!lynching) return;
    std::erase_if(keep, [&](int k) {
        const CueEntry& ce = cue_of(k);
        if (ce.event_type == acled::riots || !acled::is_violent(ce.event_type)) return false;
        return clause_word_before(w, first, cues[static_cast<std::size_t>(k)].begin, why, 8).has_value();
    });
}

/// "Soldiers killed 12 bandits who had abducted villagers", "troops shot dead three gunmen who
/// attacked a checkpoint last week": violence told in a relative clause (who, whom, which, at
/// most three words before its cue in its clause) after the main clause's own violence (a
/// violent cue or the sentence's death count before the relative pronoun) is what the victims
/// did before, background: the main clause's act is the incident (ACLED).
void relative_background(std::vector<int>& keep, const std::vector<CueHit>& cues, const Lexicon& lx,
                         const std::vector<Word>& w, std::size_t first, const SentenceDeaths& d) {
    static const text::WordSet pronoun = {"who", "whom", "which"};
    auto cue_of = [&](int k) -> const CueEntry& { return lx.cues()[cues[static_cast<std::size_t>(k)].entry]; };
    auto relative_at = [&](const CueHit& c) -> std::size_t { // the pronoun's word, else 0
        return clause_word_before(w, first, c.begin, pronoun, 3).value_or(0);
    };
    auto main_before = [&](std::size_t at) {
        if (d.count > 0 && d.word >= first && d.word < at) return true;
        return std::any_of(keep.begin(), keep.end(), [&](int k) {
            return acled::is_violent(cue_of(k).event_type) && cues[static_cast<std::size_t>(k)].end <= at;
        });
    };
    std::vector<int> drop;
    for (int k : keep) {
        const CueEntry& ce = cue_of(k);
        if (!acled::is_violent(ce.event_type) || ce.event_type == acled::riots) continue;
        const std::size_t at = relative_at(cues[static_cast<std::size_t>(k)]);
        if (at > first && main_before(at)) drop.push_back(k);
    }
    std::erase_if(keep, [&](int k) { return std::find(drop.begin(), drop.end(), k) != drop.end(); });
}

/// "in retaliation for a recent suicide bombing in Baghdad", "in response to the killing of",
/// "to avenge the deaths of", "in revenge for the attack on": the violence a motive refers to
/// happened before, another incident; the sentence's own act (or the text's) is the event
/// (ACLED codes the reported act, not the one it answers): motive_before.
bool motive_referred(const CueHit& c, const CueEntry& ce, const std::vector<Word>& w, std::size_t first) {
    return acled::is_violent(ce.event_type) && motive_before(w, first, c.begin);
}

/// A generic word of an attack ("attacked", "the assault"): a weak Battles cue decided by its
/// target, no change of territory.
bool generic_attack(const CueEntry& ce) {
    return ce.weight <= 0.5 && (ce.flags & (cue_civilian | cue_weak)) && ce.event_type == acled::battles &&
           !(ce.flags & cue_territory);
}

/// The noun "attack" of cue c told by what comes right before it: a weapon's cue ending where it
/// begins ("mortar attack", "drone and missile attack", "IED attack"), the definite article or a
/// demonstrative (the attack the sentence tells), or earlier, prior, previous (another one).
bool attack_noun_told(const std::vector<Word>& w, const std::vector<CueHit>& cues, const Lexicon& lx,
                      const CueHit& c) {
    static const text::WordSet nouns = {"attack", "attacks", "assault", "assaults"};
    static const text::WordSet told = {"the", "this", "that", "these", "those", "earlier", "prior", "previous"};
    if (c.begin == 0 || c.end != c.begin + 1 || !in(nouns, w[c.begin])) return false;
    if (in(told, w[c.begin - 1])) return true;
    return std::any_of(cues.begin(), cues.end(), [&](const CueHit& o) {
        return o.end == c.begin && lx.cues()[o.entry].event_type == acled::explosions;
    });
}
} // namespace

/// A rebel group or an armed group ("assailants", "gunmen": Unidentified Armed Group, a
/// political militia) named before the cue in its clause: who did it. (State forces before a
/// cue of protest are mostly the ones who dispersed it; a group's supporters are a crowd.)
const ActorHit* armed_group_before(const SentenceContext& sc, const CueHit& cue) {
    const auto& w = sc.ws.words;
    auto it = std::find_if(sc.actors.begin(), sc.actors.end(), [&](const ActorHit* h) {
        return h->begin >= sc.first && h->end <= cue.begin && sc.clause[h->begin - sc.first] == cue.clause &&
               (h->actor.inter == acled::rebel_group || h->actor.name.rfind("Unidentified Armed Group", 0) == 0) &&
               !(h->end < sc.last && in(follower_words(), w[h->end]));
    });
    return it == sc.actors.end() ? nullptr : *it;
}


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
    // (also an explosive the attack was made with: "attacked a student with a crude bomb")
    const auto& w = b.ws.words;
    auto made_with = [&](const CueHit& c) {
        for (std::size_t i = c.begin, n = 0; i > 0 && n < 3; --i, ++n)
            if (w[i - 1].norm == "with") return true;
        return false;
    };
    bool explosion = std::any_of(keep.begin(), keep.end(), [&](int k) {
        return cue_of(k).event_type == acled::explosions &&
               (cue_of(k).weight >= 0.6 || made_with(cues[static_cast<std::size_t>(k)]));
    });
    if (!explosion) return;
    std::stable_partition(keep.begin(), keep.end(), [&](int k) { return !generic_attack(cue_of(k)); });
    // the noun of an attack the sentence's weapons make, or of one it refers to: "launched a drone
    // and missile attack", "a mortar attack", "in response to an IED attack", "(the source
    // attributes the attack to al Shabaab)", "police responding to an earlier attack": no
    // battle of its own beside the explosion
    std::erase_if(keep, [&](int k) {
        const CueHit& c = cues[static_cast<std::size_t>(k)];
        return generic_attack(cue_of(k)) && attack_noun_told(w, cues, b.lx, c);
    });
    // "detonated an explosives-laden vehicle and then opened fire on a police headquarters": the
    // assault told after a bomb, joined to it by "and" or "then" right before its verb, is the
    // same complex attack (ACLED: one event, the explosion's)
    // (a bomb set off on the ground, a suicide bomb: not an air strike or shelling, beside
    // which an attack is another act)
    std::size_t first_blast = w.size();
    for (int k : keep)
        if (cue_of(k).weight >= 0.6 && (cue_of(k).sub_event_type == "Remote explosive/landmine/IED" ||
                                        cue_of(k).sub_event_type == "Suicide bomb"))
            first_blast = std::min(first_blast, cues[static_cast<std::size_t>(k)].end);
    auto joined_after = [&](const CueHit& c) { // "and" or "then" right before the attack's verb
        if (c.begin < first_blast + 1) return false;
        for (std::size_t i = c.begin, n = 0; i > first_blast && n < 2; --i, ++n)
            if (w[i - 1].norm == "and" || w[i - 1].norm == "then") return true;
        return false;
    };
    std::erase_if(keep, [&](int k) {
        return generic_attack(cue_of(k)) && joined_after(cues[static_cast<std::size_t>(k)]);
    });
}

/// "the gunmen beat, shot, and beheaded him": a shooting or an attack told by a verb that names
/// no target (lexicon/targets.tsv), in a run of verbs with a killing, an abduction or a rape of
/// Violence against civilians told at most four words after it, is that act on its victim: one
/// event, the civilians'. ("Five officers were killed and three abducted in the attack": the
/// noun is the incident, not a verb of the run.)
void Finder::part_of_violence_on_civilians(const SentenceContext& sc, std::vector<int>& keep,
                                           const std::vector<CueHit>& cues) const {
    auto cue_of = [&](int k) -> const CueEntry& { return b.lx.cues()[cues[static_cast<std::size_t>(k)].entry]; };
    auto hit = [&](int k) -> const CueHit& { return cues[static_cast<std::size_t>(k)]; };
    const auto& w = b.ws.words;
    std::erase_if(keep, [&](int k) {
        const CueHit& c = hit(k);
        const std::string_view v = w[c.end - 1].norm;
        const bool verb = v == "shot" || (v.size() > 3 && v.compare(v.size() - 2, 2, "ed") == 0);
        if (!generic_attack(cue_of(k)) || !verb ||
            cue_target(b.lx, w, sc.first, c.begin, c.end, sc.last) != Target::none)
            return false;
        return std::any_of(keep.begin(), keep.end(), [&](int j) {
            return cue_of(j).event_type == acled::violence_against_civilians && hit(j).begin >= c.end &&
                   hit(j).begin <= c.end + 4;
        });
    });
}

/// What a sentence offers its weak cues: an actor, a specific place, one that is no actor's.
struct Finder::Support {
    bool any_actor = false, specific_place = false, own_place = false;
};

Finder::Support Finder::support_of(const SentenceContext& sc) const {
    Support s;
    s.any_actor = !sc.actors.empty();
    for (std::size_t i = sc.first; i < sc.last; ++i) {
        const int p = b.place_at[i];
        if (p < 0) continue;
        const auto& pm = b.a.places[static_cast<std::size_t>(p)];
        const bool specific = pm.resolved && !pm.demonym && !is_country(pm);
        s.specific_place = s.specific_place || specific;
        s.own_place = s.own_place || (specific && !b.place_is_actor[static_cast<std::size_t>(p)]);
    }
    return s;
}

/// Why cue k makes no event of its own in its sentence, or nullptr when it may.
const char* Finder::unsupported(const SentenceContext& sc, const std::vector<CueHit>& cues, std::size_t k,
                                const SentenceDeaths& d, const Support& s) {
    const auto& w = b.ws.words;
    const auto& ce = b.lx.cues()[cues[k].entry];
    // "X claimed responsibility for the attack": the perpetrator of the incident told
    // before, not another incident.
    if ((ce.flags & cue_weak) && attribution(w, sc.first, sc.last) && credit_claimant(sc, out))
        return "the responsibility claimed for an incident told before";
    // a gathering needs no named actor: the crowd is the actor (crowd_first()); protesters or
    // rioters named apart from the cue ("protesters ... blocked the roundabout") are that crowd
    const bool gathering = (ce.event_type == "Protests" || ce.event_type == "Riots") && ce.weight > 0.5;
    const auto crowd_apart = [&] {
        return std::any_of(sc.actors.begin(), sc.actors.end(), [&](const ActorHit* h) {
            return (h->actor.inter == acled::protesters || h->actor.inter == acled::rioters) &&
                   (h->end <= cues[k].begin || h->begin >= cues[k].end);
        });
    };
    // (an armed actor stands for the town of a strategic development: militants burned a
    // school in a village the gazetteer lacks)
    if ((ce.flags & cue_weak) && d.count <= 0 && !(s.any_actor && s.specific_place) &&
        !(gathering && (s.own_place || crowd_apart())) && !names_target(sc, cues[k], ce) &&
        !armed_actor_named(sc, ce) && !(s.specific_place && disrupted_in_passive(ce, w, sc.first, cues[k])))
        return "a weak cue with no deaths, no actor at a specific place, no crowd with a place of its own or named "
               "apart, and no target named";
    // "shot and killed 2 civilians using small arms fire": the means of the other cue's act,
    // no exchange of fire
    if (cues.size() > 1 && ce.event_type == acled::battles && !(ce.flags & cue_civilian) &&
        means_named(w, sc.first, cues[k]))
        return "the means of the other cue's act (\"using small arms fire\"), no exchange of fire";
    // "opened fire on a military helicopter", "attacked an Air Force base": the aircraft is
    // what the attack or the shots hit, not an air strike
    if ((ce.flags & cue_weak) && ce.sub_event_type == "Air/drone strike" && aircraft_hit(b.lx, cues, k))
        return "the aircraft the attack hit, not an air strike";
    // "assailants armed with machine guns attacked": the arms they carried, not an act
    // ("armed with RPGs and small arms": a weapon named in the list; the verb after the list,
    // "armed with rifles abducted", is the act)
    if ((ce.event_type == acled::explosions || weapon_named(w, cues[k])) && carried_weapon(w, sc.first, cues[k].begin))
        return "the arms the attackers carried (\"armed with\"), not an act";
    // "seized a tricycle and livestock", "seized a citizen's farm": goods taken, no place;
    // "captured and beheaded seven civilians": people taken, no place
    if (ce.flags & cue_territory) {
        const Target t = cue_target(b.lx, w, sc.first, cues[k].begin, cues[k].end, sc.last);
        if (t == Target::goods) return "goods seized, no place taken";
        if (t == Target::unarmed) return "people seized, no place taken";
    }
    // "Assailants blocked the highway and opened fire on a bus": armed men who block a road
    // are no crowd protesting (ACLED: protesters bear no arms)
    if (ce.event_type == "Protests" && (ce.flags & cue_weak) && armed_group_acts(sc, cues[k]))
        return "armed men who block a road, no crowd protesting";
    // an agreement of parties to a conflict, not of companies: it names one of them
    if (ce.sub_event_type == "Agreement" && !s.any_actor) return "an agreement that names no party to a conflict";
    return nullptr;
}

/// --explain: cue k of the sentence makes no event, and why.
void Finder::note_dropped(const std::vector<CueHit>& cues, std::size_t k, const char* why) {
    if (!notes) return;
    const auto& w = b.ws.words;
    const auto& ce = b.lx.cues()[cues[k].entry];
    const std::size_t from = w[cues[k].begin].begin, to = w[cues[k].end - 1].end();
    std::string line = "sentence " + std::to_string(at_sentence + 1) + " \"" +
                       std::string(b.a.text.substr(from, to - from)) + "\" (" + std::string(ce.event_type.view()) +
                       " / " + std::string(ce.sub_event_type.view()) + "): dropped: " + why;
    for (auto& c : line)
        if (c == '\n' || c == '\r') c = ' ';
    notes->push_back(std::move(line));
}

/// The checks over the kept cues together (each named to --explain when it drops one).
void Finder::settle_kept(const SentenceContext& sc, std::vector<int>& keep, const std::vector<CueHit>& cues,
                         const SentenceDeaths& d) {
    const auto& w = b.ws.words;
    const auto step = [&](const char* why, auto&& run) {
        const std::vector<int> before = notes ? keep : std::vector<int>{};
        run();
        for (int k : before)
            if (std::find(keep.begin(), keep.end(), k) == keep.end()) note_dropped(cues, static_cast<std::size_t>(k), why);
    };
    step("a sentence of habits with no deaths", [&] {
        if (d.count <= 0 && habitual(w, sc.first, sc.last)) keep.clear();
    });
    step("a part of the battle another cue tells", [&] { part_of_battle(keep, cues); });
    step("a part of the violence against civilians another cue tells",
         [&] { part_of_violence_on_civilians(sc, keep, cues); });
    step("a device defused, not exploded", [&] { defused_not_exploded(sc, keep, cues, d); });
    // property destroyed in an attack that kills or abducts: the violence is the event (ACLED)
    step("property destroyed in the attack another cue tells",
         [&] { settle_strategic(keep, cues, b.lx, w, sc.first, sc.last, d.count); });
    step("what the crowd protested about, not an event of its own",
         [&] { cause_of_protest(keep, cues, b.lx, w, sc.first); });
    step("the cause of a lynching, not an event of its own", [&] { lynching_cause(keep, cues, b.lx, w, sc.first); });
    step("background to the sentence's incident", [&] { relative_background(keep, cues, b.lx, w, sc.first, d); });
}

/// One event per event type in a sentence: the heaviest cue; a weak cue only with deaths, or
/// with an actor and a specific place; none in a sentence of habits without deaths.
std::vector<int> Finder::keep_cues(const SentenceContext& sc, const std::vector<CueHit>& cues,
                                   const SentenceDeaths& d) {
    const Support s = support_of(sc);
    motive_from = static_cast<std::size_t>(-1);
    std::vector<int> keep;
    for (std::size_t k = 0; k < cues.size(); ++k) {
        const auto& ce = b.lx.cues()[cues[k].entry];
        if (ce.flags & cue_none) continue;
        if (motive_referred(cues[k], ce, b.ws.words, sc.first)) {
            note_dropped(cues, k, "the violence a motive refers to, an earlier incident");
            motive_from = std::min(motive_from, cues[k].begin);
            continue;
        }
        if (const char* why = unsupported(sc, cues, k, d, s)) {
            note_dropped(cues, k, why);
            continue;
        }
        // the heaviest cue of each type (and of its modifiers apart)
        bool replaced = false;
        for (auto& j : keep) {
            const auto& cj = b.lx.cues()[cues[static_cast<std::size_t>(j)].entry];
            if (cj.event_type != ce.event_type || (cj.flags & cue_modifier) != (ce.flags & cue_modifier)) continue;
            const bool heavier = ce.weight > cj.weight;
            note_dropped(cues, heavier ? static_cast<std::size_t>(j) : k, "a lighter cue of the same type in its sentence");
            if (heavier) j = static_cast<int>(k);
            replaced = true;
        }
        if (!replaced) keep.push_back(static_cast<int>(k));
    }
    settle_kept(sc, keep, cues, d);
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
    if (const std::size_t off = went_off(b.ws.words, sc.first, sc.last); off < sc.last) {
        std::stable_partition(keep.begin(), keep.end(),
                              [&](int k) { return cue_of(k).event_type == acled::explosions; });
        // ("the device detonated while being defused": a defusing told across the blast is none)
        std::erase_if(keep, [&](int k) {
            const CueHit& c = cues[static_cast<std::size_t>(k)];
            return cue_of(k).sub_event_type == acled::disrupted_weapons_use && c.begin < off && off < c.end;
        });
        return;
    }
    std::erase_if(keep, [&](int k) { return cue_of(k).event_type == acled::explosions; });
}

bool motive_before(const std::vector<Word>& w, std::size_t first, std::size_t at) {
    // (not the verbs: "police responding to the attack killed two gunmen", "troops retaliate by
    // shelling the village" tell what their subjects did)
    static const text::WordSet motive = {"retaliation", "reprisal", "reprisals", "revenge", "response",
                                         "avenge"};
    const auto m = clause_word_before(w, first, at, motive, 8);
    if (!m) return false;
    // the means of the answer is the act: "avenged the death of their leader by killing five"
    for (std::size_t i = *m + 1; i < at; ++i)
        if (w[i].norm == "by") return false;
    // "response" only with "to" after it ("in response to the attack"), retaliation, reprisal,
    // revenge with "for", "avenge" alone ("to avenge the killing")
    const std::string_view n = w[*m].norm;
    const std::string_view next = *m + 1 < at ? std::string_view(w[*m + 1].norm) : std::string_view{};
    if (n == "response") return next == "to";
    if (n == "retaliation" || n == "reprisal" || n == "reprisals" || n == "revenge") return next == "for";
    return true;
}

} // namespace gt::events::detail
