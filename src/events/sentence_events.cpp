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
    // (--explain: why a cue the lexicon matched makes no event)
    const auto drop = [&](std::size_t k, const char* why) {
        if (!notes) return;
        const auto& ce = b.lx.cues()[cues[k].entry];
        const std::size_t from = w[cues[k].begin].begin, to = w[cues[k].end - 1].end();
        std::string line = "sentence " + std::to_string(at_sentence + 1) + " \"" +
                           std::string(a.text.substr(from, to - from)) + "\" (" + std::string(ce.event_type.view()) +
                           " / " + std::string(ce.sub_event_type.view()) + "): dropped: " + why;
        for (auto& c : line)
            if (c == '\n' || c == '\r') c = ' ';
        notes->push_back(std::move(line));
    };
    for (std::size_t k = 0; k < cues.size(); ++k) {
        const auto& ce = b.lx.cues()[cues[k].entry];
        if (ce.flags & cue_none) continue;
        // "X claimed responsibility for the attack": the perpetrator of the incident told
        // before, not another incident.
        if ((ce.flags & cue_weak) && attribution(w, sc.first, sc.last) &&
            credit_claimant(sc, out)) {
            drop(k, "the responsibility claimed for an incident told before");
            continue;
        }
        // a gathering needs no named actor: the crowd is the actor (crowd_first())
        bool gathering = (ce.event_type == "Protests" || ce.event_type == "Riots") && ce.weight > 0.5;
        // (an armed actor stands for the town of a strategic development: militants burned a
        // school in a village the gazetteer lacks)
        bool strategic = armed_actor_named(sc, ce);
        if ((ce.flags & cue_weak) && d.count <= 0 && !(any_actor && specific_place) &&
            !(gathering && (own_place || crowd_apart(cues[k]))) && !names_target(sc, cues[k], ce) && !strategic &&
            !(specific_place && disrupted_in_passive(ce, w, sc.first, cues[k]))) {
            drop(k, "a weak cue with no deaths, no actor at a specific place, no crowd with a place of its own or "
                    "named apart, and no target named");
            continue;
        }
        // "shot and killed 2 civilians using small arms fire": the means of the other cue's act,
        // no exchange of fire
        if (cues.size() > 1 && ce.event_type == acled::battles && !(ce.flags & cue_civilian) &&
            means_named(w, sc.first, cues[k])) {
            drop(k, "the means of the other cue's act (\"using small arms fire\"), no exchange of fire");
            continue;
        }
        // "opened fire on a military helicopter", "attacked an Air Force base": the aircraft is
        // what the attack or the shots hit, not an air strike
        if ((ce.flags & cue_weak) && ce.sub_event_type == "Air/drone strike" && aircraft_hit(b.lx, cues, k)) {
            drop(k, "the aircraft the attack hit, not an air strike");
            continue;
        }
        // "assailants armed with machine guns attacked": the arms they carried, not an act
        // ("armed with RPGs and small arms": a weapon named in the list; the verb after the list,
        // "armed with rifles abducted", is the act)
        if ((ce.event_type == acled::explosions || weapon_named(w, cues[k])) &&
            carried_weapon(w, sc.first, cues[k].begin)) {
            drop(k, "the arms the attackers carried (\"armed with\"), not an act");
            continue;
        }
        // "seized a tricycle and livestock", "seized a citizen's farm": goods taken, no place;
        // "captured and beheaded seven civilians": people taken, no place
        if (ce.flags & cue_territory) {
            const Target t = cue_target(b.lx, w, sc.first, cues[k].begin, cues[k].end, sc.last);
            if (t == Target::goods || t == Target::unarmed) {
                drop(k, t == Target::goods ? "goods seized, no place taken" : "people seized, no place taken");
                continue;
            }
        }
        // "Assailants blocked the highway and opened fire on a bus": armed men who block a road
        // are no crowd protesting (ACLED: protesters bear no arms)
        if (ce.event_type == "Protests" && (ce.flags & cue_weak) && armed_group_acts(sc, cues[k])) {
            drop(k, "armed men who block a road, no crowd protesting");
            continue;
        }
        // an agreement of parties to a conflict, not of companies: it names one of them
        if (ce.sub_event_type == "Agreement" && !any_actor) {
            drop(k, "an agreement that names no party to a conflict");
            continue;
        }
        bool replaced = false;
        for (auto& j : keep) {
            const auto& cj = b.lx.cues()[cues[static_cast<std::size_t>(j)].entry];
            if (cj.event_type == ce.event_type && (cj.flags & cue_modifier) == (ce.flags & cue_modifier)) {
                if (ce.weight > cj.weight) {
                    drop(static_cast<std::size_t>(j), "a lighter cue of the same type in its sentence");
                    j = static_cast<int>(k);
                } else {
                    drop(k, "a lighter cue of the same type in its sentence");
                }
                replaced = true;
            }
        }
        if (!replaced) keep.push_back(static_cast<int>(k));
    }
    // the steps over the kept cues together, each named when it drops one
    const auto step = [&](const char* why, auto&& run) {
        const std::vector<int> before = notes ? keep : std::vector<int>{};
        run();
        for (int k : before)
            if (std::find(keep.begin(), keep.end(), k) == keep.end()) drop(static_cast<std::size_t>(k), why);
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
    step("what the crowd protested about, not an event of its own", [&] { cause_of_protest(keep, cues, b.lx, w, sc.first); });
    step("the cause of a lynching, not an event of its own", [&] { lynching_cause(keep, cues, b.lx, w, sc.first); });
    step("background to the sentence's incident", [&] { relative_background(keep, cues, b.lx, w, sc.first, d); });
    return keep;
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
