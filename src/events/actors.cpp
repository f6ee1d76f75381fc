// The actors of a document (see actors.hpp): the mentions of the lexicon's actors and of
// groups it does not know, the document's country for the generic ones, the crowd of a
// protest or riot.
#include "events/actors.hpp"

#include "core/acled.hpp"
#include "events/clauses.hpp" // is_country

#include <algorithm>
#include <string_view>
#include <unordered_map>

namespace gt::events::detail {

/// The country the document is about, for the actors that name none ("government forces",
/// "police", "protesters"): the country of its resolved places, a town or region counting
/// twice as much as a country name or demonym; a tie goes to the first named.
std::pair<std::string, std::string> document_country(const Annotations& a, const Lexicon& lx) {
    std::unordered_map<std::string, int> n;
    std::string best, best_name;
    int best_n = 0;
    for (const auto& pm : a.places) {
        if (!pm.resolved || pm.country.empty() || pm.country_name.empty() || pm.score < 0.5) continue;
        int k = (n[pm.country] += pm.demonym || is_country(pm) ? 1 : 2);
        if (k > best_n) {
            best_n = k;
            best = pm.country;
            best_name = pm.country_name;
        }
    }
    return {best, best.empty() ? best_name : lx.country_name(best, best_name)};
}

namespace {

/// `name` with "{country}" filled: the country's name, else (no country known) the bare kind
/// ("Police Forces of {country}" -> "Police Forces", "Civilians ({country})" -> "Civilians").
std::string fill_country(std::string name, const std::string& country_name) {
    auto at = name.find("{country}");
    if (at == std::string::npos) return name;
    if (!country_name.empty()) return name.replace(at, 9, country_name);
    if (at >= 4 && name.compare(at - 4, 4, " of ") == 0) return name.erase(at - 4, 13);
    if (at >= 2 && name.compare(at - 2, 2, " (") == 0 && name.compare(at + 9, 1, ")") == 0)
        return name.erase(at - 2, 12);
    return name.replace(at, 9, "");
}

/// A generic alias ("militants", "fighters", "soldiers", "forces") that only adds a noun
/// to the actor named before it.
bool generic_after(const ActorEntry& g, const Actor& named) {
    if (!g.country.empty()) return false;
    if (named.inter == 1) return g.inter == 1 && g.name.find("{country}") != std::string::npos;
    return (named.inter == 2 || named.inter == 3 || named.inter == 4 || named.inter == 8) &&
           (g.inter == 2 || g.inter == 3);
}

void set_actor(const Lexicon& lx, const ActorEntry& e, const std::string& cc, const std::string& country_name,
               Actor& x) {
    bool templ = e.name.find("{country}") != std::string::npos;
    x.name = shared_vocab(lx.with_years(fill_country(e.name, templ ? country_name : std::string())));
    x.kind = e.kind;
    x.inter = e.inter;
    x.country = templ && !country_name.empty() ? shared_vocab(cc) : e.country;
}

/// A group the lexicon does not know, named as written: an acronym ("MNDAA", "ULFA") or a
/// capitalised name ending in a group word ("Brotherhood Alliance", "Kokang Army"), outside any
/// place name, as the subject of a violent or territorial cue ("... seized Lashio", "...
/// fighters attacked"); a territorial cue needs a place after it. Returns the end of the name,
/// or 0 (docs/events.md, "Actors").
std::size_t unknown_group(const Lexicon& lx, const std::vector<Word>& w, const std::vector<int>& place_at,
                          std::size_t i, std::size_t last, const std::string& doc_cc) {
    static const text::WordSet heads = {"army", "front", "alliance", "brigade", "brigades", "militia",
                                        "militias", "battalion", "battalions", "movement", "forces"};
    std::size_t end = 0;
    auto letters = [](std::string_view n) {
        return n.size() >= 2 && n.size() <= 6 &&
               std::all_of(n.begin(), n.end(), [](char c) { return c >= 'a' && c <= 'z'; });
    };
    if (w[i].all_caps && letters(w[i].norm) && place_at[i] < 0) {
        end = i + 1;
    } else if (w[i].capitalised && !w[i].all_caps && w[i].norm != "the") {
        std::size_t k = i;
        while (k < last && k < i + 5 && !w[k].punct && w[k].capitalised) ++k;
        if (k == i + 1 || !in(heads, w[k - 1]) || place_at[k - 1] >= 0) return 0;
        end = k;
    }
    if (!end) return 0;
    std::size_t j = end;
    // "ULFA militants attacked": a generic noun between the name and the cue
    if (j < last) {
        PhraseMatch g = lx.match_actor(w, j, last, doc_cc);
        if (g.end && lx.actors()[g.entry].country.empty() &&
            (lx.actors()[g.entry].inter == 2 || lx.actors()[g.entry].inter == 3))
            j = g.end;
        else if (w[j].norm == "fighters" || w[j].norm == "members" || w[j].norm == "forces")
            ++j;
    }
    // the cue is a verb or noun of the text, not a word of a name ("LTV Aircraft Products")
    if (j >= last || w[j].capitalised || !lx.may_start_cue(w[j])) return 0;
    // an acronym right before a craft or weapon is its model, not who used it ("CV helicopters",
    // "MiG warplanes", "SAM missiles")
    static const text::WordSet craft = {"helicopter", "helicopters", "jet", "jets", "warplane", "warplanes",
                                        "aircraft", "plane", "planes", "missile", "missiles", "rocket", "rockets",
                                        "drone", "drones", "tank", "tanks", "gunship", "gunships", "launcher",
                                        "launchers", "mortar", "mortars"};
    if (j == end && in(craft, w[j])) return 0;
    std::vector<PhraseMatch> cues;
    lx.match_cues(w, j, last, cues);
    for (const auto& m : cues) {
        const auto& ce = lx.cues()[m.entry];
        if (ce.flags & cue_territory) {
            // the object is the place: "seized Lashio", "took control of the town of Hpakant"
            static const text::WordSet filler = {"the", "of", "town", "city", "village", "key", "strategic",
                                                 "border", "district", "area", "base"};
            std::size_t k = m.end;
            while (k < last && k < m.end + 5 && in(filler, w[k])) ++k;
            if (k < last && place_at[k] >= 0) return end;
        } else if (is_violent(ce.event_type) && ce.event_type != "Riots") {
            return end;
        }
    }
    return 0;
}

} // namespace

/// A crowd addressed, not acting: the object of an appeal ("called on supporters of Baghdad to
/// come to their senses", "urged residents to stay indoors", "appealed to the villagers"), with
/// at most a determiner between. Such people did nothing the sentence tells.
bool addressed_crowd(const std::vector<Word>& w, std::size_t first, const ActorHit& hit) {
    const int i = hit.actor.inter;
    if (i != acled::civilians && i != acled::protesters && i != acled::rioters) return false;
    static const text::WordSet determiners = {"the", "its", "their", "his", "her", "all", "local"};
    std::size_t k = hit.begin;
    while (k > first && in(determiners, w[k - 1])) --k;
    if (k == first) return false;
    static const text::WordSet appeals = {"urged", "urges", "urging", "urge", "asked", "asks", "asking",
                                          "implored", "exhorted", "advised", "advising"};
    if (in(appeals, w[k - 1])) return true;
    // "called on", "calls upon", "appealed to"
    static const text::WordSet calls = {"called", "calls", "calling", "call"};
    static const text::WordSet pleas = {"appealed", "appeals", "appealing", "appeal"};
    if (k < first + 2) return false;
    const std::string_view prep = w[k - 1].norm;
    return ((prep == "on" || prep == "upon") && in(calls, w[k - 2])) || (prep == "to" && in(pleas, w[k - 2]));
}

/// "according to" before a force, in its own clause and a few words back: "according to police",
/// "according to a dispatcher at the Algona Police Department", "according to army sources".
bool according_to(const std::vector<Word>& w, std::size_t first, std::size_t begin) {
    for (std::size_t k = begin; k > first + 1 && begin - k < 7; --k) {
        if (w[k - 1].punct) return false;
        if (w[k - 1].norm == "to" && w[k - 2].norm == "according") return true;
    }
    return false;
}

/// A state force named only as the source of the report: "a Spanish navy spokesman said", "army
/// sources said", "a police spokeswoman", "according to police". It told of the incident, it did
/// not take part (a group's spokesman claiming an attack is no state force, and stays: "a Taliban
/// spokesman").
bool state_source(const std::vector<Word>& w, std::size_t first, std::size_t last, const ActorHit& hit) {
    static const text::WordSet sources = {"spokesman", "spokeswoman", "spokesperson", "spokesmen",
                                          "source", "sources"};
    static const text::WordSet saying = {"said", "says", "say", "told", "reported", "stated"};
    if (hit.actor.inter != acled::state_forces) return false;
    if (according_to(w, first, hit.begin)) return true;
    if (hit.end >= last) return false;
    std::size_t k = hit.end;
    if (in(sources, w[k])) return true;
    if (w[k].norm == "department" && k + 1 < last) ++k; // "the Beverly Hills Police Department said"
    return in(saying, w[k]) && k + 1 < last && (w[k + 1].punct || w[k + 1].norm == "in" || w[k + 1].norm == "on");
}

/// Actor mentions of the whole document (longest alias first; templates after a demonym).
/// An alias naming no country ("police", "government forces") takes the document's.
std::vector<ActorHit> find_actors(const Annotations& a, const WordStream& ws, const Lexicon& lx,
                                  const std::vector<int>& place_at) {
    std::vector<ActorHit> hits;
    const auto& w = ws.words;
    const auto [doc_cc, doc_country] = document_country(a, lx);
    for (const auto& s : ws.sentences) {
        std::size_t i = s.first;
        while (i < s.last) {
            if (w[i].punct) {
                ++i;
                continue;
            }
            PhraseMatch m = lx.match_actor(w, i, s.last, doc_cc);
            ActorHit hit;
            bool found = false;
            if (m.end) {
                hit.begin = i;
                hit.end = m.end;
                set_actor(lx, lx.actors()[m.entry], doc_cc, doc_country, hit.actor);
                found = true;
            }
            int p = place_at[i];
            if (p >= 0 && a.places[static_cast<std::size_t>(p)].demonym) {
                const auto& pm = a.places[static_cast<std::size_t>(p)];
                std::size_t after = i;
                while (after < s.last && place_at[after] == p) ++after;
                PhraseMatch t = lx.match_template(w, after, s.last);
                if (t.end && (!found || t.end > m.end) && pm.resolved && !pm.country_name.empty()) {
                    hit.begin = i;
                    hit.end = t.end;
                    const std::string& name = lx.country_name(pm.country, pm.country_name);
                    set_actor(lx, lx.actors()[t.entry], pm.country, name, hit.actor);
                    found = true;
                }
            }
            if (!found && (p < 0 || !a.places[static_cast<std::size_t>(p)].demonym)) {
                if (std::size_t e = unknown_group(lx, w, place_at, i, s.last, doc_cc)) {
                    hit.begin = i;
                    hit.end = e;
                    hit.actor.name = shared_vocab(a.text.substr(w[i].begin, w[e - 1].end() - w[i].begin));
                    hit.actor.kind = shared_vocab("rebel group");
                    hit.actor.inter = 2;
                    found = true;
                }
            }
            if (!found) {
                ++i;
                continue;
            }
            // "Boko Haram gunmen", "Al-Shabaab militants", "army soldiers": a generic word right
            // after a name belongs to it.
            while (hit.end < s.last) {
                PhraseMatch g = lx.match_actor(w, hit.end, s.last, doc_cc);
                if (!g.end || !generic_after(lx.actors()[g.entry], hit.actor)) break;
                hit.end = g.end;
            }
            i = hit.end;
            if (addressed_crowd(w, s.first, hit) || state_source(w, s.first, s.last, hit)) continue;
            hit.actor.mention = shared_vocab(a.text.substr(w[hit.begin].begin, w[hit.end - 1].end() - w[hit.begin].begin));
            hits.push_back(std::move(hit));
        }
    }
    hits.shrink_to_fit(); // (held through the event finder: 152 bytes each, not a doubling's slack)
    return hits;
}

bool attribution(const std::vector<Word>& w, std::size_t first, std::size_t last) {
    for (std::size_t i = first; i < last; ++i) {
        const std::string_view n = w[i].norm;
        if (n == "responsibility" || n == "attributed") return true;
    }
    return false;
}

void crowd_first(EventReport& ev, const std::pair<std::string, std::string>& country) {
    bool protest = ev.event_type == "Protests", riot = ev.event_type == "Riots";
    // (a party whose members riot, "members of Chhatra League", is the crowd's associate)
    const std::string_view crowd = protest ? "Protesters (" : "Rioters (";
    if (!(protest || riot) || (ev.actor1.inter == (protest ? 6 : 5) && ev.actor1.name.starts_with(crowd))) return;
    if (ev.actor1.inter == 1 && ev.actor2.inter != 1) ev.actor2 = ev.actor1;
    // a party or group that demonstrates is associated with the crowd ("opposition supporters")
    else if (ev.actor1.inter != 7 && !ev.actor1.name.empty() && ev.assoc_actor1.empty())
        ev.assoc_actor1 = ev.actor1.name;
    ev.actor1 = protest ? country_actor("Protesters ({country})", "protesters", 6, country)
                        : country_actor("Rioters ({country})", "rioters", 5, country);
}

Actor country_actor(const std::string& name, const std::string& kind, int inter,
                    const std::pair<std::string, std::string>& country) {
    Actor x;
    x.name = shared_vocab(fill_country(name, country.second));
    x.kind = shared_vocab(kind);
    x.inter = inter;
    if (!country.second.empty()) x.country = shared_vocab(country.first);
    return x;
}

Actor generic_actor(const std::string& name, const std::string& kind, int inter) {
    Actor x;
    x.name = shared_vocab(name);
    x.kind = shared_vocab(kind);
    x.inter = inter;
    return x;
}

} // namespace gt::events::detail
