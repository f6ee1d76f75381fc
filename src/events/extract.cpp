#include "events/extract.hpp"

#include "events/clauses.hpp"
#include "events/discourse.hpp"

#include "events/fatalities.hpp"
#include "events/stated.hpp"
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
        for (std::size_t q = p; q < places.size() && places[q].begin < words[i].end; ++q) {
            if (places[q].begin <= words[i].begin && words[i].end <= places[q].end) {
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


struct Builder {
    const Annotations& a;
    const WordStream& ws;
    const Lexicon& lx;
    std::vector<int> place_at;
    std::vector<ActorHit> hits;
    text::OffsetMap offsets;
    std::vector<char> place_is_actor;
    std::pair<std::string, std::string> country; // the document's (code, name)
    StatedPlaces stated;

    Builder(const Annotations& an, const WordStream& w, const Lexicon& l)
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
        // A dateline names where the report was filed, not where the incident happened: it is
        // no incident place either.
        for (std::size_t p = 0; p < an.places.size(); ++p)
            if (is_dateline(an.text, an.places[p])) place_is_actor[p] = 1;
        mark_capital_governments(an, w.words, place_at, place_is_actor);
    }

    void assign_actors(const SentenceContext& sc, const CueHit& cue, int cue_index, const CueEntry& ce, Event& ev);
    void fill_common(const SentenceContext& sc, const CueHit& cue, int cue_index, double weight, long fatalities,
                     Found& f, bool diplomacy = false);
};

void Builder::assign_actors(const SentenceContext& sc_all, const CueHit& cue, int cue_index, const CueEntry& ce,
                            Event& ev) {
    const auto& w = ws.words;
    // Only the actors of the clauses that belong to this cue.
    SentenceContext sc = sc_all;
    sc.actors.clear();
    for (const auto* h : sc_all.actors) {
        int owner = sc_all.clause_owner[sc_all.clause[h->begin - sc_all.first]];
        if ((owner < 0 && owner != no_owner) || owner == cue_index) sc.actors.push_back(h);
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
            x.mention = pm.text;
            (seen.size() == 1 ? ev.actor1 : ev.actor2) = x;
        }
        if (!ev.actor1.name.empty()) return;
    }
    const ActorHit* agent = nullptr;
    for (std::size_t j = cue.end; j < sc.last && j < cue.end + 3; ++j) {
        if (w[j].norm != "by") continue;
        for (const auto* h : sc.actors)
            if (h->begin > j && h->begin <= j + 3) {
                agent = h;
                break;
            }
        break;
    }
    for (const auto* h : sc.actors) // an actor that contains the cue ("Russian airstrikes")
        if (!agent && h->begin <= cue.begin && cue.end <= h->end) agent = h;
    bool passive = agent != nullptr || is_passive_before(w, sc.first, cue.begin);
    auto nearest = [&](bool before, const ActorHit* not_this) -> const ActorHit* {
        const ActorHit* best = nullptr;
        std::size_t bd = 0;
        for (const auto* h : sc.actors) {
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
                for (const auto* h : sc.actors)
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
    Event& ev = f.event;
    ev.doc_id = a.doc_id;
    ev.trigger = std::string(a.text.substr(w[cue.begin].begin, w[cue.end - 1].end - w[cue.begin].begin));
    const auto& ss = ws.sentences[f.sentence];
    ev.evidence.begin_byte = ss.begin;
    ev.evidence.end_byte = ss.end;
    ev.evidence.start = offsets.to_code_points(ss.begin);
    ev.evidence.end = offsets.to_code_points(ss.end);
    ev.evidence.text = std::string(a.text.substr(ss.begin, ss.end - ss.begin));
    ev.fatalities = fatalities > 100000 ? -1 : static_cast<int>(fatalities);

    double conf = 0.35 + 0.4 * weight;
    int p = choose_place(sc, cue, cue_index, diplomacy);
    if (p >= 0) {
        ev.location = a.places[static_cast<std::size_t>(p)];
        int d = stated_division(sc, p);
        if (d >= 0) { // the town resolved to a namesake in another division: the stated division
            ev.location = a.places[static_cast<std::size_t>(d)];
            ev.location.precision = GeoPrecision::region;
            p = d;
        }
        stated.apply(ss.begin, ss.end, ev.location);
        conf += is_country(ev.location) ? 0.0 : 0.08;
    } else {
        f.place_fallback = true;
        conf -= 0.1;
    }
    int t = choose_timex(sc, cue, cue_index, f.when);
    if (t >= 0) {
        ev.date_text = a.timexes[static_cast<std::size_t>(t)].text;
        conf += 0.07;
    } else if (a.dct.known()) {
        f.date_from_dct = true;
        f.when.date = f.when.start = f.when.end = a.dct.value;
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

} // namespace

namespace {

/// An older incident the article recalls ("an October 6 attack", a timeline of the war): a
/// fatal event dated more than a week before the article, when the article also reports a
/// fatal incident of the past week, was reported when it happened; it is left out, so that
/// the article's own incident is the one it gives (docs/events.md).
void drop_background(const Annotations& a, std::vector<Found>& out) {
    long dct_days = 0;
    if (!a.dct.known() || !parse_iso_day(a.dct.value, dct_days)) return;
    auto old = [&](const Found& f) {
        long d = 0;
        return f.event.fatalities > 0 && parse_iso_day(f.when.date, d) && d < dct_days - 7;
    };
    bool recent =
        std::any_of(out.begin(), out.end(), [&](const Found& f) { return f.event.fatalities > 0 && !old(f); });
    if (recent) out.erase(std::remove_if(out.begin(), out.end(), old), out.end());
}

/// "The United States accused Damascus of that attack, which killed 1429": the incident a
/// demonstrative points back to is the last one named before, with its date.
void inherit_date(const std::vector<Found>& before, Found& f) {
    for (auto it = before.rbegin(); it != before.rend(); ++it) {
        if (!is_violent(it->event.event_type)) continue;
        if (it->date_from_dct) return;
        f.when = it->when;
        f.date_from_dct = false;
        f.event.date_text = it->event.date_text;
        return;
    }
}

} // namespace

bool may_report(const WordStream& ws, const Lexicon& lx) {
    // find_events() matches cues within sentences that split_at_datelines() and cut_sidebars()
    // may only shorten: a cue found there is found here too (a pattern that matches up to a
    // limit matches up to any later one).
    const auto& w = ws.words;
    std::vector<PhraseMatch> tmp;
    for (const auto& s : ws.sentences)
        for (std::size_t i = s.first; i < s.last; ++i) {
            if (may_count_deaths(w[i])) return true;
            if (!lx.may_start_cue(w[i])) continue;
            lx.match_cues(w, i, s.last, tmp);
            if (!tmp.empty()) return true;
        }
    return false;
}

std::vector<Found> find_events(const Annotations& a, const WordStream& ws, const Lexicon& lx) {
    Builder b(a, ws, lx);
    const auto& w = ws.words;
    std::vector<Found> out;
    std::vector<std::size_t> pending; // sentences with a death count and no violent cue
    double dominant_weight = 0;
    const CueEntry* dominant = nullptr;
    std::vector<PhraseMatch> tmp;
    std::size_t hit_i = 0;
    std::string focus_country;
    {
        std::unordered_map<std::string, int> n;
        int best = 0;
        for (const auto& pm : a.places)
            if (pm.resolved && !pm.embedded && !pm.country.empty() && pm.score >= 0.8 &&
                ++n[pm.country] > best) {
                best = n[pm.country];
                focus_country = pm.country;
            }
    }

    for (std::size_t si = 0; si < ws.sentences.size(); ++si) {
        const auto& s = ws.sentences[si];
        if (s.first == s.last) continue;
        SentenceContext sc{a, ws, lx, b.place_at, s.first, s.last, {}, {}, {}, b.place_is_actor, focus_country, {}};
        sc.clause.reserve(s.last - s.first);
        std::size_t c = 0;
        for (std::size_t i = s.first; i < s.last; ++i) {
            if (clause_break(w[i]) && i > s.first) ++c;
            sc.clause.push_back(c);
        }
        sc.clause_owner.assign(c + 1, -1);
        while (hit_i < b.hits.size() && b.hits[hit_i].begin < s.first) ++hit_i;
        for (std::size_t h = hit_i; h < b.hits.size() && b.hits[h].begin < s.last; ++h) sc.actors.push_back(&b.hits[h]);

        // Cues: the longest (then heaviest) match at each word, not overlapping.
        std::vector<CueHit> cues;
        for (std::size_t i = s.first; i < s.last;) {
            tmp.clear();
            if (!w[i].punct) lx.match_cues(w, i, s.last, tmp);
            if (tmp.empty()) {
                ++i;
                continue;
            }
            PhraseMatch best = tmp[0];
            for (const auto& m : tmp)
                if (m.end == best.end && lx.cues()[m.entry].weight > lx.cues()[best.entry].weight) best = m;
            const auto& ce = lx.cues()[best.entry];
            // "the operation to break the siege", "plans to capture": intentions, not events.
            bool infinitive = best.begin > s.first && w[best.begin - 1].norm == "to" &&
                              ((ce.flags & (cue_territory | cue_diplomacy)) || ce.event_type == "Strategic developments");
            if (!infinitive && !qualifies_actor(sc, best.begin, best.end))
                cues.push_back({best.begin, best.end, best.entry, sc.clause[best.begin - s.first]});
            i = best.end;
        }

        auto fats = find_fatalities(w, s.first, s.last, a.timexes);
        if (!fats.empty() && (cumulative(w, s.first, s.last) || campaign_tally(w, s.first, s.last)))
            fats.clear();
        // "no one was killed": the negated word is no cue of a killing
        for (const auto& f : fats)
            if (f.count == 0)
                std::erase_if(cues, [&](const CueHit& h) { return h.begin <= f.word && f.word < h.end; });
        long count = -1;
        bool civ = false, total = false;
        std::size_t count_word = s.first;
        for (const auto& f : fats) {
            total = total || f.total;
            if (f.count > count) count_word = f.word;
            count = std::max(count, f.count);
            civ = civ || f.civilians;
        }
        int count_place =
            count >= 0 ? place_of_count(a, w, b.place_at, b.place_is_actor, count_word, s.last) : -1;
        bool moved = false;
        bool civ_actor = false, any_actor = !sc.actors.empty(), specific_place = false;
        for (const auto* h : sc.actors) civ_actor = civ_actor || h->actor.inter == 7;
        for (std::size_t i = s.first; i < s.last; ++i) {
            int p = b.place_at[i];
            if (p >= 0) {
                const auto& pm = a.places[static_cast<std::size_t>(p)];
                specific_place = specific_place || (pm.resolved && !pm.demonym && !is_country(pm));
            }
        }

        // One event per event type in a sentence: the heaviest cue.
        std::vector<int> keep;
        for (std::size_t k = 0; k < cues.size(); ++k) {
            const auto& ce = lx.cues()[cues[k].entry];
            // "X claimed responsibility for the attack": the perpetrator of the incident told
            // before, not another incident.
            if ((ce.flags & cue_weak) && attribution(w, s.first, s.last) && credit_claimant(sc, out))
                continue;
            if ((ce.flags & cue_weak) && count <= 0 && !(any_actor && specific_place)) continue;
            bool replaced = false;
            for (auto& j : keep) {
                const auto& cj = lx.cues()[cues[static_cast<std::size_t>(j)].entry];
                if (cj.event_type == ce.event_type) {
                    if (ce.weight > cj.weight) j = static_cast<int>(k);
                    replaced = true;
                }
            }
            if (!replaced) keep.push_back(static_cast<int>(k));
        }
        if (count <= 0 && habitual(w, s.first, s.last)) keep.clear();
        for (int k : keep) {
            std::size_t cl = cues[static_cast<std::size_t>(k)].clause;
            if (sc.clause_owner[cl] < 0) sc.clause_owner[cl] = k;
        }
        assign_free_clauses(sc, w);

        bool violent = false;
        for (int k : keep) {
            const auto& cue = cues[static_cast<std::size_t>(k)];
            const auto& ce = lx.cues()[cue.entry];
            Found f;
            f.sentence = si;
            f.generic = ce.weight <= 0.5 && (ce.flags & (cue_civilian | cue_weak)) && ce.event_type == "Battles" &&
                        !(ce.flags & cue_territory);
            Event& ev = f.event;
            ev.event_type = ce.event_type;
            ev.sub_event_type = ce.sub_event_type;
            ev.cameo = ce.cameo;
            b.assign_actors(sc, cue, k, ce, ev);
            if (ce.flags & cue_civilian) {
                bool victims_civilian = civ || civ_actor;
                if (victims_civilian && ev.actor1.inter != 7) {
                    ev.event_type = "Violence against civilians";
                    ev.sub_event_type = "Attack";
                    ev.cameo = "180";
                }
            }
            if (ce.flags & cue_territory) {
                if (ev.actor1.inter == 1) ev.sub_event_type = "Government regains territory";
                else if (!ev.actor1.name.empty()) ev.sub_event_type = "Non-state actor overtakes territory";
            }
            if (is_violent(ev.event_type) && ev.actor2.name.empty() && (civ || civ_actor))
                ev.actor2 = country_actor("Civilians ({country})", "civilians", 7, b.country);
            bool v = is_violent(ev.event_type);
            violent = violent || v;
            b.fill_common(sc, cue, k, ce.weight, v ? count : -1, f, (ce.flags & cue_diplomacy) != 0);
            if (v && f.date_from_dct && refers_back(w, s.first, cue)) inherit_date(out, f);
            // the deaths are stated in another division than the cue's place: their own report
            if (v && count_place >= 0 && ev.location.resolved && !is_country(ev.location) &&
                ev.location.admin1_code !=
                    a.places[static_cast<std::size_t>(count_place)].admin1_code) {
                ev.fatalities = -1;
                moved = true;
            }
            if (v && ce.weight > dominant_weight && ev.event_type != "Riots") {
                dominant_weight = ce.weight;
                dominant = &ce;
            }
            out.push_back(std::move(f));
        }
        // (an explicit 0, "no casualties", is no report of deaths of its own: it is the count
        // of the violent event just told, when that has none)
        // A stated final figure ("Fatalities coded as 0") replaces that event's count.
        bool last_violent = !out.empty() && is_violent(out.back().event.event_type);
        if (!violent && total && last_violent) out.back().event.fatalities = static_cast<int>(count);
        else if ((!violent || moved) && count > 0) pending.push_back(si);
        if (!violent && count == 0 && last_violent && out.back().event.fatalities < 0) out.back().event.fatalities = 0;
    }

    // "The attack killed 12", "the assault": a generic word for the incident the document
    // names precisely elsewhere (an air strike, a car bomb) takes that incident's type.
    if (dominant && dominant->event_type == "Explosions/Remote violence" && dominant->weight >= 0.6)
        for (auto& f : out)
            if (f.generic && f.event.fatalities >= 0) {
                f.event.event_type = dominant->event_type;
                f.event.sub_event_type = dominant->sub_event_type;
                f.event.cameo = dominant->cameo;
            }

    // Deaths reported without a cue in the sentence: the document's main kind of violence.
    const std::size_t cue_events = out.size();
    for (std::size_t si : pending) {
        const auto& s = ws.sentences[si];
        SentenceContext sc{a, ws, lx, b.place_at, s.first, s.last, {}, {}, {}, b.place_is_actor, focus_country, {}};
        sc.clause.assign(s.last - s.first, 0);
        sc.clause_owner.assign(1, -1);
        // (the hits are by word: those of this sentence only)
        auto hit = std::lower_bound(b.hits.begin(), b.hits.end(), s.first,
                                  [](const ActorHit& x, std::size_t i) { return x.begin < i; });
        for (; hit != b.hits.end() && hit->begin < s.last; ++hit) sc.actors.push_back(&*hit);
        auto fats = find_fatalities(w, s.first, s.last, a.timexes);
        long count = -1;
        bool civ = false;
        std::size_t at = s.first;
        for (const auto& f : fats)
            if (f.count > count) {
                count = f.count;
                civ = f.civilians;
                at = f.word;
            }
        for (const auto* h : sc.actors) civ = civ || h->actor.inter == 7;
        Found f;
        f.sentence = si;
        Event& ev = f.event;
        CueEntry generic;
        if (dominant) {
            generic = *dominant;
            generic.flags &= ~static_cast<unsigned>(cue_territory);
        } else if (civ) {
            generic.event_type = "Violence against civilians";
            generic.sub_event_type = "Attack";
            generic.cameo = "180";
        } else {
            generic.event_type = "Battles";
            generic.sub_event_type = "Armed clash";
            generic.cameo = "190";
        }
        generic.weight = 0.3;
        ev.event_type = generic.event_type;
        ev.sub_event_type = generic.sub_event_type;
        ev.cameo = generic.cameo;
        CueHit cue{at, at + 1, 0, 0};
        b.assign_actors(sc, cue, 0, generic, ev);
        if (ev.actor2.name.empty() && civ)
            ev.actor2 = country_actor("Civilians ({country})", "civilians", 7, b.country);
        b.fill_common(sc, cue, 0, generic.weight, count, f);
        out.push_back(std::move(f));
    }
    // Both runs are in sentence order (the cue events, then those of the pending sentences):
    // one stable merge, moving the large Found records only when the runs interleave.
    auto by_sentence = [](const Found& x, const Found& y) { return x.sentence < y.sentence; };
    if (cue_events > 0 && cue_events < out.size() &&
        by_sentence(out[cue_events], out[cue_events - 1]))
        std::inplace_merge(out.begin(), out.begin() + static_cast<std::ptrdiff_t>(cue_events),
                           out.end(), by_sentence);

    // The country of the incidents: the one whose towns and regions are most mentioned (the
    // country names and demonyms of the capitals that speak of them do not count, nor datelines).
    std::string incident_country = focus_country;
    {
        // A tie goes to the country most named (by name, not demonym), then to focus_country.
        std::unordered_map<std::string, int> named;
        for (std::size_t p = 0; p < a.places.size(); ++p) {
            const auto& pm = a.places[p];
            if (pm.resolved && !pm.demonym && !b.place_is_actor[p] && is_country(pm) && !pm.country.empty())
                ++named[pm.country];
        }
        auto named_n = [&](const std::string& c) {
            auto it = named.find(c);
            return it == named.end() ? 0 : it->second;
        };
        std::unordered_map<std::string, int> n;
        int best = 0;
        for (std::size_t p = 0; p < a.places.size(); ++p) {
            const auto& pm = a.places[p];
            if (!pm.resolved || pm.demonym || pm.country.empty() || is_country(pm) || b.place_is_actor[p] ||
                pm.score < 0.7)
                continue;
            int k = ++n[pm.country];
            if (k > best || (k == best && pm.country != incident_country &&
                             (named_n(pm.country) > named_n(incident_country) ||
                              (named_n(pm.country) == named_n(incident_country) && pm.country == focus_country)))) {
                best = k;
                incident_country = pm.country;
            }
        }
    }

    // Events with no place in their sentence: the document's main place (the most mentioned
    // town or region, else country), kept soft for the merge.
    std::unordered_map<std::string, int> freq;
    int focus = -1, focus_n = 0;
    // A last pass takes the country that demonyms and actors name ("Kenyan police", "Afghan
    // forces"): where a note names no place the gazetteer knows, the country is still known.
    for (int pass = 0; pass < 3 && focus < 0; ++pass) {
        freq.clear();
        for (std::size_t p = 0; p < a.places.size(); ++p) {
            const auto& pm = a.places[p];
            bool by_demonym = pass == 2 && is_country(pm) && !pm.embedded;
            if (!pm.resolved || ((pm.demonym || b.place_is_actor[p]) && !by_demonym) ||
                (pass == 0 && is_country(pm)) ||
                (pass == 0 && !incident_country.empty() && pm.country != incident_country) || pm.score < 0.7)
                continue;
            int n = ++freq[pm.id];
            if (n > focus_n) {
                focus_n = n;
                focus = static_cast<int>(p);
            }
        }
    }
    if (focus >= 0) {
        const auto& fp = a.places[static_cast<std::size_t>(focus)];
        for (auto& f : out) {
            const auto& loc = f.event.location;
            // A violent event placed abroad ("said the defence ministry in Moscow", "near the
            // Lebanese border", "Russia says kills 7") in an article about another country: the
            // place is the speaker's or a neighbour's, the incident is in the article's country.
            bool abroad = loc.resolved && !incident_country.empty() && loc.country != incident_country &&
                          fp.country == incident_country && is_violent(f.event.event_type);
            bool vague = f.place_fallback || !loc.resolved || abroad ||
                         (is_country(loc) && loc.country == fp.country && !is_country(fp));
            if (!vague) continue;
            f.event.location = fp;
            if (f.event.location.precision == GeoPrecision::town) f.event.location.precision = GeoPrecision::near_town;
            f.place_fallback = true;
        }
    }
    place_from_elaboration(out, incident_country);
    drop_background(a, out);
    return out;
}

} // namespace gt::events
