// ACLED typing rules of the event finder (see typing.hpp).
#include "events/typing.hpp"

#include "core/acled.hpp"
#include "events/clauses.hpp"
#include "events/words.hpp"
#include "text/word_set.hpp"

namespace gt::events::detail {

void type_by_target(const CueEntry& ce, bool civilian, const std::pair<std::string, std::string>& country,
                    EventReport& ev) {
    if ((ce.flags & cue_civilian) && civilian && ev.actor1.inter != acled::civilians) acled::set_attack_on_civilians(ev);
    // (taken by nobody named: no territory sub-event)
    if ((ce.flags & cue_territory) && (ev.actor1.inter == acled::state_forces || !ev.actor1.name.empty()))
        acled::set_territory_taken(ev);
    if (acled::is_violent(ev.event_type) && ev.actor2.name.empty() && civilian)
        ev.actor2 = country_actor("Civilians ({country})", "civilians", acled::civilians, country);
}

void goods_attacked(bool generic, Target target, EventReport& ev) {
    if (!generic || target != Target::goods || ev.fatalities > 0 || ev.event_type != acled::battles) return;
    acled::set_type(ev, acled::strategic_developments, "Looting/property destruction", "1724");
}

void taken_not_arrested(const Lexicon& lx, const SentenceContext& sc, const std::pair<std::string, std::string>& country,
                        EventReport& ev) {
    if (ev.sub_event_type != "Arrests" || ev.actor1.inter < acled::rebel_group || !acled::is_armed(ev.actor1.inter))
        return;
    // (state forces named in the sentence are the ones who arrest: "militants were arrested by the
    // police"; so is anyone armed named before the group, "soldiers killed four militants and
    // detained two others": the group is then the object)
    const ActorHit* group = nullptr;
    for (const auto* h : sc.actors) {
        if (h->actor.inter == acled::state_forces) return;
        if (!group && h->actor.name == ev.actor1.name) group = h;
    }
    if (!group) return;
    for (std::size_t i = sc.first; i < group->begin; ++i)
        if (lx.target(sc.ws.words[i]) == Target::armed) return;
    acled::set_type(ev, acled::violence_against_civilians, "Abduction/forced disappearance", "181");
    if (ev.actor2.name.empty())
        ev.actor2 = country_actor("Civilians ({country})", "civilians", acled::civilians, country);
}

namespace {

/// Words that end the object of a cue: a place, a time, the agent or the means follow.
bool ends_object(const Word& w) {
    static const text::WordSet s = {"in", "near", "by", "during", "after", "while", "outside", "around",
                                    "from", "with", "for", "and", "killing", "leaving", "wounding", "injuring"};
    return in(s, w);
}

/// The first word naming a target among the words [from, from + span) of the clause, going
/// forward (the object) or backward (a passive subject).
Target first_target(const Lexicon& lx, const std::vector<Word>& w, std::size_t from, std::size_t first,
                    std::size_t last, bool forward) {
    for (std::size_t n = 0; n < 6; ++n) {
        if (forward ? from + n >= last : from < first + n + 1) break;
        const std::size_t at = forward ? from + n : from - n - 1;
        const Word& x = w[at];
        if (digit_separator(w, at)) continue;
        if (x.punct || clause_break(x)) break;
        Target t = lx.target(x);
        if (t != Target::none) return t;
        if (forward && n > 0 && ends_object(x)) break;
    }
    return Target::none;
}

} // namespace

Target cue_target(const Lexicon& lx, const std::vector<Word>& w, std::size_t first, std::size_t begin,
                  std::size_t end, std::size_t last) {
    // "a man was shot and injured by ...", "two traders were shot dead": the passive subject
    for (std::size_t k = begin, n = 0; k > first && n < 3; ++n) {
        --k;
        if (w[k].stem() != "be" && w[k].norm != "been" && w[k].norm != "being") continue;
        Target t = first_target(lx, w, k, first, last, false);
        if (t != Target::none) return t;
        break;
    }
    // "attacked a man", "opened fire on a bus", "ambushed soldiers", "shelled the positions of"
    std::size_t from = end;
    static const text::WordSet openers = {"on", "at", "upon", "against", "into", "the", "a", "an"};
    while (from < last && from < end + 2 && in(openers, w[from])) ++from;
    return first_target(lx, w, from, first, last, true);
}

Target count_target(const Lexicon& lx, const std::vector<Word>& w, std::size_t count, std::size_t last) {
    // "13 members of the Fulani community": the noun of the count, else what it is a part of
    for (std::size_t j = count; j < last && j < count + 6; ++j) {
        if (w[j].punct || clause_break(w[j])) break;
        Target t = lx.target(w[j]);
        if (t == Target::unarmed || t == Target::armed) return t;
        if (t == Target::civilian_place) return Target::unarmed; // "13 members of the Fulani community"
        if (j > count + 1 && w[j - 1].norm != "of" && w[j].norm != "of" && w[j - 1].norm != "the") break;
    }
    return Target::none;
}

bool civilian_victims(Target t, bool stated) {
    if (t == Target::armed) return false;
    return stated || t == Target::unarmed || t == Target::civilian_place;
}

void victims_told_after(Founds& out) {
    for (std::size_t i = 0; i < out.size(); ++i) {
        EventReport& ev = out[i].event;
        if (!out[i].generic || ev.event_type != acled::battles || ev.fatalities >= 0) continue;
        for (std::size_t j = i + 1; j < out.size() && out[j].sentence <= out[i].sentence + 2; ++j) {
            const EventReport& later = out[j].event;
            if (later.event_type != acled::violence_against_civilians) continue;
            // "Gunmen attacked Libere. 65 people were abducted.": the abduction is what the attack
            // did, unless the attack's own target was armed (a police post whose officers are taken)
            if (later.sub_event_type != acled::attack &&
                (out[i].target == Target::armed || (!ev.actor2.name.empty() && ev.actor2.inter != acled::civilians)))
                break;
            acled::copy_type(ev, later);
            if (ev.actor2.name.empty() || ev.actor2.inter == acled::civilians) ev.actor2 = later.actor2;
            break;
        }
    }
}

void attack_told_before(Founds& out, const std::vector<Word>& w) {
    for (std::size_t i = 1; i < out.size(); ++i) {
        EventReport& ev = out[i].event;
        std::size_t c = out[i].cue_begin;
        if (!out[i].generic || ev.event_type != acled::battles || c == 0 || w[c - 1].norm != "the") continue;
        for (std::size_t j = i; j-- > 0 && out[j].sentence + 2 >= out[i].sentence;) {
            const EventReport& before = out[j].event;
            if (out[j].sentence == out[i].sentence || !acled::is_violent(before.event_type)) continue;
            if (before.event_type == acled::violence_against_civilians) {
                acled::copy_type(ev, before);
                if (ev.actor2.name.empty()) ev.actor2 = before.actor2;
            }
            break;
        }
    }
}

void disrupted_told_after(Founds& out, const WordStream& ws) {
    static const text::WordSet other = {"second", "another", "other", "more", "further", "additional", "third"};
    // (some of them got through: "one rocket was intercepted and one landed on the airport")
    static const text::WordSet impact = {"landed", "fell", "struck", "hit", "exploded", "detonated",
                                         "damaged", "damaging", "impacted", "remaining"};
    for (std::size_t i = 0; i < out.size(); ++i) {
        EventReport& ev = out[i].event;
        if (ev.event_type != acled::explosions || ev.fatalities > 0) continue;
        for (std::size_t j = i + 1; j < out.size() && out[j].sentence <= out[i].sentence + 2; ++j) {
            const EventReport& later = out[j].event;
            if (out[j].sentence == out[i].sentence || later.sub_event_type != acled::disrupted_weapons_use) continue;
            const std::size_t first = ws.sentences[out[j].sentence].first;
            bool another = false;
            for (std::size_t k = first; k < out[j].cue_end && k < ws.words.size(); ++k) another = another || in(other, ws.words[k]);
            for (std::size_t k = first; k < ws.sentences[out[j].sentence].last; ++k) another = another || in(impact, ws.words[k]);
            if (!another) acled::copy_type(ev, later);
            break;
        }
    }
}

namespace {
constexpr std::string_view looting = "Looting/property destruction";

/// Whether `later` can be told of the same place as `first`: no place of its own, a country, the
/// same entry or first-level division (the merge decides the rest).
bool same_place_told(const PlaceMention& a, const PlaceMention& b) {
    if (!a.resolved || !b.resolved) return true;
    if (a.country != b.country) return false;
    return a.id == b.id || is_country(a) || is_country(b) || a.admin1_code == b.admin1_code;
}

/// Violence that hurt people: deaths, or an abduction or sexual violence (no riot: a crowd's).
bool hurt_people(const EventReport& ev) {
    if (!acled::is_violent(ev.event_type) || ev.event_type == acled::riots) return false;
    return ev.fatalities > 0 || (ev.event_type == acled::violence_against_civilians && ev.sub_event_type != acled::attack);
}
/// The sentence says people were injured ("two people were injured in the attack", "injuring a
/// guard"), not negated ("no one was injured", "nobody was wounded").
bool injured_told(const WordStream& ws, std::size_t si) {
    static const text::WordSet hurt = {"injured", "wounded", "injuring", "wounding", "injuries"};
    static const text::WordSet neg = {"no", "not", "nobody", "none", "neither", "nor", "without", "never", "any"};
    const auto& w = ws.words;
    const auto& s = ws.sentences[si];
    for (std::size_t i = s.first; i < s.last; ++i) {
        if (!in(hurt, w[i])) continue;
        bool negated = false;
        for (std::size_t j = i; j > s.first && j + 4 > i && !negated; --j) negated = in(neg, w[j - 1]);
        if (!negated) return true;
    }
    return false;
}
} // namespace

void property_in_violence(Founds& out, const WordStream& ws) {
    for (std::size_t i = 0; i < out.size(); ++i) {
        EventReport& ev = out[i].event;
        if (ev.sub_event_type != looting || ev.fatalities > 0) continue;
        bool typed = false;
        for (std::size_t j = i + 1; j < out.size() && out[j].sentence <= out[i].sentence + 2; ++j) {
            const EventReport& later = out[j].event;
            if (out[j].sentence == out[i].sentence || !hurt_people(later) ||
                !same_place_told(out[i].place.get(), out[j].place.get()))
                continue;
            acled::copy_type(ev, later);
            if (ev.actor2.name.empty()) ev.actor2 = later.actor2;
            typed = true;
            break;
        }
        // ("opened fire on a bank and set fire to vehicles. Two people were injured.")
        const std::size_t si = out[i].sentence;
        if (!typed && (injured_told(ws, si) || (si + 1 < ws.sentences.size() && injured_told(ws, si + 1)))) {
            if (acled::is_armed(ev.actor2.inter)) acled::set_armed_clash(ev);
            else acled::set_attack_on_civilians(ev);
        }
    }
    for (std::size_t i = 0; i + 1 < out.size(); ++i) {
        EventReport& ev = out[i].event;
        // (an attack in general words, not shots fired: "opened fire in the village")
        if (!out[i].generic || ev.event_type != acled::battles || ev.cameo == "193" || ev.fatalities > 0 ||
            out[i].target == Target::armed || acled::is_armed(ev.actor2.inter))
            continue;
        for (std::size_t j = i + 1; j < out.size() && out[j].sentence <= out[i].sentence + 1; ++j) {
            const EventReport& later = out[j].event;
            if (out[j].sentence == out[i].sentence || later.sub_event_type != looting || later.fatalities > 0 ||
                !same_place_told(out[i].place.get(), out[j].place.get()))
                continue;
            acled::copy_type(ev, later);
            break;
        }
    }
}

void ensuing_clash(Founds& out, const std::vector<Word>& w) {
    static const text::WordSet ensuing = {"ensuing", "subsequent", "resulting", "resultant", "following"};
    for (std::size_t j = 1; j < out.size(); ++j) {
        EventReport& clash = out[j].event;
        const std::size_t c = out[j].cue_begin;
        if (clash.event_type != acled::battles && clash.event_type != acled::riots) continue;
        bool after = false; // "in the ensuing clash", "during the subsequent exchange of fire"
        for (std::size_t k = c; k > 0 && k + 2 >= c && !after; --k) after = in(ensuing, w[k - 1]);
        if (!after) continue;
        for (std::size_t i = j; i-- > 0 && out[i].sentence + 2 >= out[j].sentence;) {
            EventReport& attack = out[i].event;
            if (out[i].sentence == out[j].sentence || !acled::is_violent(attack.event_type)) continue;
            // (an explosion keeps its type: a device set off, then a fight, is told as two acts)
            // (nor does an abduction or sexual violence: what the attack did to its victims)
            const bool taken = attack.event_type == acled::violence_against_civilians && attack.sub_event_type != acled::attack;
            if (!taken && (out[i].generic || attack.sub_event_type == acled::attack || attack.event_type == acled::riots)) {
                acled::set_armed_clash(attack);
                if (attack.actor2.inter == acled::civilians && !clash.actor2.name.empty()) attack.actor2 = clash.actor2;
                if (clash.event_type == acled::riots) {
                    acled::set_armed_clash(clash);
                    clash.actor1 = attack.actor1;
                    clash.actor2 = attack.actor2;
                }
            }
            break;
        }
    }
}

namespace {
/// A word of answering ("reacted", "returned") and, within three words after it, a word of fire
/// ("reacted with gunfire", "returned fire", "responded by firing") in the sentence.
bool answers_with_fire(const WordStream& ws, std::size_t si) {
    static const text::WordSet answer = {"responded", "reacted", "retaliated", "returned", "answered"};
    static const text::WordSet fire = {"fire", "gunfire", "firing", "shots", "gunshots"};
    const auto& w = ws.words;
    const auto& s = ws.sentences[si];
    for (std::size_t i = s.first; i < s.last; ++i) {
        if (!in(answer, w[i])) continue;
        for (std::size_t j = i + 1; j < s.last && j <= i + 3; ++j)
            if (in(fire, w[j])) return true;
    }
    return false;
}
} // namespace

void bombing_from_the_air(Founds& out, const WordStream& ws) {
    static const text::WordSet bombing = {"bombed", "bombing", "bombings", "bombs"};
    for (auto& f : out) {
        EventReport& ev = f.event;
        if (ev.event_type != acled::explosions || ev.sub_event_type != "Remote explosive/landmine/IED") continue;
        if (ev.actor1.inter != 1 && ev.actor1.inter != 8) continue;
        // (the cue one word of bombing)
        if (f.cue_end != f.cue_begin + 1 || !in(bombing, ws.words[f.cue_begin])) continue;
        ev.sub_event_type = "Air/drone strike";
        ev.cameo = "195";
    }
}

void fire_returned_after(Founds& out, const WordStream& ws) {
    for (auto& f : out) {
        EventReport& ev = f.event;
        if (ev.event_type != acled::explosions || ev.sub_event_type == "Air/drone strike") continue;
        for (std::size_t si = f.sentence; si < ws.sentences.size() && si <= f.sentence + 1; ++si) {
            if (!answers_with_fire(ws, si)) continue;
            acled::set_armed_clash(ev);
            break;
        }
    }
}

} // namespace gt::events::detail
