#include "events/extract.hpp"

#include "events/finder.hpp"

#include "core/acled.hpp"
#include "events/clauses.hpp"
#include "events/counts.hpp"
#include "events/demonstrations.hpp"
#include "events/discourse.hpp"
#include "events/incident.hpp"
#include "events/runs.hpp"
#include "events/typing.hpp"

#include "events/fatalities.hpp"
#include "events/stated.hpp"
#include "events/strategic.hpp"
#include "text/utf8.hpp"

#include <algorithm>
#include <cmath>
#include <string_view>
#include <unordered_map>
#include <unordered_set>

namespace gt::events {

using namespace detail;


std::vector<int> place_index(const std::vector<Word>& words, const std::vector<PlaceMention>& places) {
    std::vector<int> at(words.size(), -1);
    std::size_t p = 0;
    for (std::size_t i = 0; i < words.size(); ++i) {
        while (p < places.size() && places[p].end <= words[i].begin) ++p;
        for (std::size_t q = p; q < places.size() && places[q].begin < words[i].end(); ++q) {
            if (places[q].begin <= words[i].begin && words[i].end() <= places[q].end) {
                at[i] = static_cast<int>(q);
                break;
            }
        }
    }
    return at;
}

namespace {

// A place written in capitals and followed by "(", ",", "-" or a dash: a dateline ("MOSCOW
// (Sputnik) -", "BEIRUT, Oct 3 (Reuters) -").
bool is_dateline(std::string_view text, const PlaceMention& pm) {
    if (is_country(pm) || pm.end <= pm.begin || pm.end > text.size()) return false;
    int letters = 0;
    for (std::size_t i = pm.begin; i < pm.end; ++i) {
        auto c = static_cast<unsigned char>(text[i]);
        if (c >= 'a' && c <= 'z') return false;
        if (c >= 'A' && c <= 'Z') ++letters;
    }
    if (letters < 3) return false;
    std::size_t i = pm.end;
    while (i < text.size() && text[i] == ' ') ++i;
    if (i >= text.size()) return false;
    char c = text[i];
    return c == '(' || c == ',' || c == '-' || text.substr(i, 3) == "\xe2\x80\x94" ||
           text.substr(i, 3) == "\xe2\x80\x93";
}

} // namespace

namespace detail {

Builder::Builder(const Annotations& an, const WordStream& w, const Lexicon& l)
    : a(an), ws(w), lx(l), place_at(place_index(w.words, an.places)), offsets(an.text),
      place_is_actor(an.places.size(), 0), country(document_country(an, l)), stated(an) {
    // A "place" inside a time expression ("Mon 12 Jun 2017") is not one.
    std::size_t t = 0;
    for (auto& p : place_at) {
        if (p < 0) continue;
        const auto& pm = an.places[static_cast<std::size_t>(p)];
        while (t < an.timexes.size() && an.timexes[t].end <= pm.begin) ++t;
        if (t < an.timexes.size() && an.timexes[t].begin < pm.end) p = -1;
    }
    hits = find_actors(a, ws, lx, place_at);
    for (const auto& h : hits)
        for (std::size_t i = h.begin; i < h.end; ++i)
            if (place_at[i] >= 0) place_is_actor[static_cast<std::size_t>(place_at[i])] = 1;
    mark_force_countries();
    // A dateline names where the report was filed, not where the incident happened: it is
    // no incident place either.
    for (std::size_t p = 0; p < an.places.size(); ++p)
        if (is_dateline(an.text, an.places[p])) place_is_actor[p] = 1;
    mark_capital_governments(an, w.words, place_at, place_is_actor);
}

// The country mentions that name a state's police: inside the force's words ("Kenyan
// police") or right before them ("Kenya Police"), the force's country being that mention's. A
// police force acts at home; an army's drones, jets or troops are often abroad ("American
// drones struck a vehicle of Al Shabaab militants"), and count as any demonym.
void Builder::mark_force_countries() {
    place_is_force.assign(a.places.size(), 0);
    auto mark = [&](std::size_t i, const ActorHit& h) {
        int p = place_at[i];
        if (p < 0) return;
        const auto& pm = a.places[static_cast<std::size_t>(p)];
        if (pm.resolved && is_country(pm) && pm.country == h.actor.country)
            place_is_force[static_cast<std::size_t>(p)] = 1;
    };
    for (const auto& h : hits) {
        if (h.actor.inter != 1 || h.actor.country.empty() || h.actor.name.rfind("Police Forces", 0) != 0) continue;
        for (std::size_t i = h.begin; i < h.end; ++i)
            mark(i, h);
        if (h.begin > 0 && !ws.words[h.begin - 1].punct) mark(h.begin - 1, h);
    }
    // A demonym inside the name of its own state's force ("the Nigerian Army", "the Lebanese
    // Army": the geoparser takes it for part of a name) still names the force's country, as
    // "Nigerian troops" does: an army's demonym, a demonym's vote (2; a police's stays 1).
    for (const auto& h : hits) {
        if (h.actor.inter != 1 || h.actor.country.empty()) continue;
        for (std::size_t i = h.begin; i < h.end; ++i) {
            const int p = place_at[i];
            if (p < 0 || place_is_force[static_cast<std::size_t>(p)]) continue;
            const auto& pm = a.places[static_cast<std::size_t>(p)];
            if (pm.resolved && pm.demonym && pm.embedded && is_country(pm) && pm.country == h.actor.country)
                place_is_force[static_cast<std::size_t>(p)] = 2;
        }
    }
}

void Builder::assign_actors(const SentenceContext& sc, const CueHit& cue, int cue_index, const CueEntry& ce,
                            EventReport& ev) {
    const auto& w = ws.words;
    // Only the actors of the clauses that belong to this cue (a list of them, not a copy of
    // the sentence's context, whose tables have an entry per word of the sentence: issue #15).
    std::vector<const ActorHit*> actors;
    for (const auto* h : sc.actors) {
        int owner = sc.clause_owner[sc.clause[h->begin - sc.first]];
        if ((owner < 0 && owner != no_owner) || owner == cue_index) actors.push_back(h);
    }
    if (ce.flags & cue_diplomacy) {
        // The governments of the countries named in the sentence.
        std::vector<int> seen;
        int last_p = -1;
        for (std::size_t i = sc.first; i < sc.last && seen.size() < 2; ++i) {
            int p = place_at[i];
            if (p < 0 || p == last_p) continue;
            last_p = p;
            const auto& pm = a.places[static_cast<std::size_t>(p)];
            if (!pm.resolved || pm.demonym || !is_country(pm)) continue;
            bool dup = false;
            for (int q : seen) dup = dup || a.places[static_cast<std::size_t>(q)].id == pm.id;
            if (dup) continue;
            seen.push_back(p);
            Actor x = generic_actor("Government of " + (pm.country_name.empty() ? pm.name : pm.country_name),
                                    "state forces", 1);
            x.country = pm.country;
            x.mention = shared_vocab(pm.text);
            (seen.size() == 1 ? ev.actor1 : ev.actor2) = x;
        }
        if (!ev.actor1.name.empty()) return;
    }
    const ActorHit* agent = nullptr;
    for (std::size_t j = cue.end; j < sc.last && j < cue.end + 3; ++j) {
        if (w[j].norm != "by") continue;
        for (const auto* h : actors)
            if (h->begin > j && h->begin <= j + 3) {
                agent = h;
                break;
            }
        break;
    }
    for (const auto* h : actors) // an actor that contains the cue ("Russian airstrikes")
        if (!agent && h->begin <= cue.begin && cue.end <= h->end) agent = h;
    bool passive = agent != nullptr || is_passive_before(w, sc.first, cue.begin);
    auto nearest = [&](bool before, const ActorHit* not_this) -> const ActorHit* {
        const ActorHit* best = nullptr;
        std::size_t bd = 0;
        for (const auto* h : actors) {
            if (h == not_this || (not_this && h->actor.name == not_this->actor.name)) continue;
            if (before ? h->end > cue.begin : h->begin < cue.end) continue;
            std::size_t d = before ? cue.begin - h->end : h->begin - cue.end;
            if (!best || d < bd) {
                best = h;
                bd = d;
            }
        }
        return best;
    };
    const ActorHit *a1 = nullptr, *a2 = nullptr;
    if (agent) {
        a1 = agent;
        a2 = nearest(true, a1);
        if (!a2) a2 = nearest(false, a1);
    } else if (passive) {
        a2 = nearest(true, nullptr);
    } else {
        a1 = nearest(true, nullptr);
        a2 = a1 ? nearest(false, a1) : nullptr;
        if (!a1) {
            a1 = nearest(false, nullptr);
            if (a1) {
                const ActorHit* second = nullptr;
                for (const auto* h : actors)
                    if (h->begin >= a1->end && h->actor.name != a1->actor.name) {
                        second = h;
                        break;
                    }
                a2 = second;
            }
        }
    }
    if (a1 && a1->actor.inter == 7 && is_violent(ce.event_type)) std::swap(a1, a2);
    if (a1) ev.actor1 = a1->actor;
    if (a2) ev.actor2 = a2->actor;
    crowd_first(ev, country);
}

void Builder::fill_common(const SentenceContext& sc, const CueHit& cue, int cue_index, double weight,
                          long fatalities, Found& f, bool diplomacy) {
    const auto& w = ws.words;
    EventReport& ev = f.event;
    f.cue_begin = static_cast<std::uint32_t>(cue.begin);
    f.cue_end = static_cast<std::uint32_t>(cue.end);
    ev.trigger = shared_vocab(a.text.substr(w[cue.begin].begin, w[cue.end - 1].end() - w[cue.begin].begin));
    const auto& ss = ws.sentences[f.sentence];
    ev.evidence.begin_byte = evidence_offset(ss.begin);
    ev.evidence.end_byte = evidence_offset(ss.end);
    ev.evidence.start = evidence_offset(offsets.to_code_points(ss.begin));
    ev.evidence.end = evidence_offset(offsets.to_code_points(ss.end)); // (its text is copied by merge_events)
    ev.fatalities = fatalities > 100000 ? -1 : static_cast<int>(fatalities);

    double conf = 0.35 + 0.4 * weight;
    int p = choose_place(sc, cue, cue_index, diplomacy);
    if (p >= 0) {
        f.place.share(a.places[static_cast<std::size_t>(p)]);
        int d = stated_division(sc, p);
        if (d >= 0) { // the town resolved to a namesake in another division: the stated division
            f.place.share(a.places[static_cast<std::size_t>(d)]);
            f.place.edit().precision = GeoPrecision::region;
            p = d;
        }
        stated.apply(ss.begin, ss.end, f.place);
        conf += is_country(f.place.get()) ? 0.0 : 0.08;
    } else {
        f.place_fallback = true;
        conf -= 0.1;
    }
    int t = choose_timex(sc, cue, cue_index, f.when);
    if (t >= 0) {
        ev.date_text = shared_vocab(a.timexes[static_cast<std::size_t>(t)].text);
        conf += 0.07;
    } else if (a.dct.known()) {
        f.date_from_dct = true;
        f.when.date = f.when.start = f.when.end = shared_vocab(a.dct.value);
        f.when.precision = TimePrecision::day;
        conf -= 0.08;
    } else {
        f.date_from_dct = true;
        f.when.precision = TimePrecision::year;
        conf -= 0.15;
    }
    if (!ev.actor1.name.empty()) conf += 0.05;
    if (ev.fatalities >= 0) conf += 0.05;
    ev.confidence = std::clamp(conf, 0.05, 0.95);
}

} // namespace detail

bool may_report(const WordStream& ws, const Lexicon& lx) {
    // find_events() matches cues within sentences that split_at_datelines() and cut_sidebars()
    // may only shorten: a cue found there is found here too (a pattern that matches up to a
    // limit matches up to any later one).
    // (may_count_deaths() of each word, its table fetched once: the scan reads every word of
    // every document, most of a general news feed's work)
    const auto& w = ws.words;
    const auto& kill = detail::kill_words();
    std::vector<PhraseMatch> tmp;
    for (const auto& s : ws.sentences)
        for (std::size_t i = s.first; i < s.last; ++i) {
            if (w[i].punct) continue; // (neither a word of killing nor a cue's first)
            if (kill.find(w[i].norm, w[i].norm.hash())) return true;
            if (!lx.may_start_cue(w[i])) continue;
            lx.match_cues(w, i, s.last, tmp);
            if (!tmp.empty()) return true;
        }
    return false;
}

namespace detail {

/// The sentence's clauses (a new one at each clause break) and its actor mentions.
SentenceContext Finder::context(std::size_t si) {
    const auto& w = b.ws.words;
    const auto& s = b.ws.sentences[si];
    SentenceContext sc{b.a, b.ws, b.lx, b.place_at, s.first, s.last, {}, {}, {}, b.place_is_actor, focus_country, {}};
    sc.clause.reserve(s.last - s.first);
    std::uint32_t c = 0; // (fewer clauses than words, and a document's words fit in 32 bits)
    for (std::size_t i = s.first; i < s.last; ++i) {
        if (clause_break(w[i]) && i > s.first) ++c;
        sc.clause.push_back(c);
    }
    sc.clause_owner.assign(c + 1, -1);
    while (hit_i < b.hits.size() && b.hits[hit_i].begin < s.first) ++hit_i;
    for (std::size_t h = hit_i; h < b.hits.size() && b.hits[h].begin < s.last; ++h) sc.actors.push_back(&b.hits[h]);
    return sc;
}

/// Cues: the longest (then heaviest) match at each word, not overlapping.
std::vector<CueHit> Finder::cues_of(const SentenceContext& sc) {
    const auto& w = b.ws.words;
    const auto& lx = b.lx;
    std::vector<CueHit> cues;
    for (std::size_t i = sc.first; i < sc.last;) {
        tmp.clear();
        if (!w[i].punct) lx.match_cues(w, i, sc.last, tmp);
        if (tmp.empty()) {
            ++i;
            continue;
        }
        PhraseMatch best = tmp[0];
        for (const auto& m : tmp)
            if (m.end == best.end && lx.cues()[m.entry].weight > lx.cues()[best.entry].weight) best = m;
        const auto& ce = lx.cues()[best.entry];
        // "the operation to break the siege", "plans to capture": intentions, not events.
        bool infinitive = best.begin > sc.first && w[best.begin - 1].norm == "to" &&
                          ((ce.flags & (cue_territory | cue_diplomacy)) || ce.event_type == "Strategic developments");
        if (!infinitive && !qualifies_actor(sc, best.begin, best.end))
            cues.push_back({best.begin, best.end, best.entry, sc.clause[best.begin - sc.first]});
        i = best.end;
    }
    return cues;
}

/// The sentence's death counts (none when they are cumulative or a campaign's tally); a negated
/// count ("no one was killed") also takes its word out of the cues: it is no cue of a killing.
SentenceDeaths Finder::deaths_of(const SentenceContext& sc, std::vector<CueHit>& cues) const {
    const auto& w = b.ws.words;
    auto fats = find_fatalities(b.lx, w, sc.first, sc.last, b.a.timexes);
    if (!fats.empty() && (cumulative(w, sc.first, sc.last) || campaign_tally(w, sc.first, sc.last)))
        fats.clear();
    for (const auto& f : fats)
        if (f.count == 0)
            std::erase_if(cues, [&](const CueHit& h) { return h.begin <= f.word && f.word < h.end; });
    SentenceDeaths d;
    d.word = sc.first;
    // deaths said to come on top of a count told before them in the sentence ("killed five
    // gendarmes; five workers were also killed"); on top of another sentence's, the larger
    long extra = 0;
    // (a vague count, "dozens", only when the sentence states no number)
    const bool stated = states_a_number(fats);
    for (const auto& f : fats) {
        if (stated && f.vague) continue;
        d.total = d.total || f.total;
        d.civilians = d.civilians || f.civilians;
        bool on_top = f.also && f.count > 0 && !f.total && std::any_of(fats.begin(), fats.end(), [&](const Fatality& g) {
                          return !g.also && g.count > 0 && g.word < f.word;
                      });
        if (on_top) {
            extra += f.count;
            continue;
        }
        if (f.count > d.count) {
            d.word = f.word;
            d.vague = f.vague;
        }
        d.count = std::max(d.count, f.count);
    }
    if (extra > 0) d.count = std::max(d.count, 0L) + extra;
    if (d.count >= 0) d.place = place_of_count(b.a, w, b.place_at, b.place_is_actor, d.word, sc.last);
    return d;
}

/// "The attack killed 12", "the assault": a generic word for the incident the document
/// names precisely elsewhere (an air strike, a car bomb) takes that incident's type.
void Finder::retype_generic() {
    const CueEntry* dc = dominant.cue ? &*dominant.cue : nullptr;
    if (!dc || dc->event_type != "Explosions/Remote violence" || dc->weight < 0.6) return;
    for (auto& f : out)
        if (f.generic && f.event.fatalities >= 0) acled::set_type(f.event, dc->event_type, dc->sub_event_type, dc->cameo);
}

/// Deaths reported without a cue in the sentence: the document's main kind of violence, else
/// Violence against civilians when the dead are civilians, else an armed clash.
void Finder::deaths_without_cue(std::size_t si) {
    const auto& w = b.ws.words;
    const auto& s = b.ws.sentences[si];
    SentenceContext sc{b.a, b.ws, b.lx, b.place_at, s.first, s.last, {}, {}, {}, b.place_is_actor, focus_country, {}};
    sc.clause.assign(s.last - s.first, 0);
    sc.clause_owner.assign(1, -1);
    // (the hits are by word: those of this sentence only)
    auto hit = std::lower_bound(b.hits.begin(), b.hits.end(), s.first,
                                [](const ActorHit& x, std::size_t i) { return x.begin < i; });
    for (; hit != b.hits.end() && hit->begin < s.last; ++hit) sc.actors.push_back(&*hit);
    auto fats = find_fatalities(b.lx, w, s.first, s.last, b.a.timexes);
    long count = -1;
    bool civ = false, vague = false;
    std::size_t at = s.first;
    const bool stated = states_a_number(fats);
    for (const auto& f : fats)
        if (f.count > count && !(stated && f.vague)) {
            count = f.count;
            civ = f.civilians;
            at = f.word;
            vague = f.vague;
        }
    for (const auto* h : sc.actors) civ = civ || h->actor.inter == 7;
    // "2 people were killed by police reservists", "the Koglweogo killed 13 members of the Fulani
    // community": the count's own noun says whether the dead bore arms
    Target victims = count >= 0 ? count_target(b.lx, w, at, s.last) : Target::none;
    if (victims == Target::unarmed) civ = true;
    else if (victims == Target::armed) civ = false;
    // (deaths told again without a noun, "another 20 dead": the kind the first count gave)
    else if (cueless_civilians >= 0 && !civ) civ = cueless_civilians == 1;
    if (cueless_civilians < 0) cueless_civilians = civ ? 1 : 0;
    Found f;
    f.sentence = static_cast<std::uint32_t>(si);
    EventReport& ev = f.event;
    CueEntry generic; // (the cue the actors are assigned by: the event's type, weak)
    if (dominant.cue) {
        generic = *dominant.cue;
        generic.flags &= ~static_cast<unsigned>(cue_territory);
        acled::set_type(ev, dominant.event_type, dominant.sub_event_type, dominant.cameo);
    } else {
        civ ? acled::set_attack_on_civilians(ev) : acled::set_armed_clash(ev);
    }
    generic.event_type = ev.event_type;
    generic.sub_event_type = ev.sub_event_type;
    generic.cameo = ev.cameo;
    generic.weight = 0.3;
    CueHit cue{at, at + 1, 0, 0};
    b.assign_actors(sc, cue, 0, generic, ev);
    if (ev.actor2.name.empty() && civ) ev.actor2 = country_actor("Civilians ({country})", "civilians", 7, b.country);
    b.fill_common(sc, cue, 0, generic.weight, count, f);
    f.vague_deaths = vague;
    out.push_back(std::move(f));
}

} // namespace detail


Founds find_events(const Annotations& a, const WordStream& ws, const Lexicon& lx, std::vector<std::string>* notes) {
    Finder fd(a, ws, lx);
    fd.notes = notes;
    for (std::size_t si = 0; si < ws.sentences.size(); ++si)
        if (ws.sentences[si].first != ws.sentences[si].last) fd.sentence(si);
    fd.retype_generic();
    victims_told_after(fd.out);
    attack_told_before(fd.out, ws.words);
    disrupted_told_after(fd.out, ws);
    fire_returned_after(fd.out, ws);
    bombing_from_the_air(fd.out, ws);
    ensuing_clash(fd.out, ws.words);
    const std::size_t cue_events = fd.out.size();
    for (std::size_t si : fd.pending) fd.deaths_without_cue(si);
    Founds& out = fd.out;
    // Both runs are in sentence order (the cue events, then those of the pending sentences):
    // one stable merge, moving the large Found records only when the runs interleave.
    auto by_sentence = [](const Found& x, const Found& y) { return x.sentence < y.sentence; };
    if (cue_events > 0 && cue_events < out.size() && by_sentence(out[cue_events], out[cue_events - 1]))
        merge_runs(out, cue_events, by_sentence); // (std::inplace_merge copied them all)
    property_in_violence(out, ws);

    std::string incident_country = incident_country_of(a, fd.b.place_is_actor, fd.focus_country);
    fall_back_to_main_place(a, fd.b.place_is_actor, fd.b.place_is_force, incident_country, out, notes);
    namesake_at_home(a, fd.b.place_is_actor, out);
    no_lone_town_abroad(a, fd.b.place_is_actor, out);
    no_lone_place_abroad_of_groups(a, fd.b.place_is_actor, out);
    keep_to_areas(a, out);
    place_from_elaboration(out, incident_country);
    place_inside_division(a, fd.b.place_is_actor, ws.sentences, out);
    drop_background(a, out);
    return std::move(out); // (a reference to fd.out: `return out` copied every record)
}

} // namespace gt::events