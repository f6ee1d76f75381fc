// The document-level steps of the event finder (see incident.hpp).
#include "events/incident.hpp"

#include "events/clauses.hpp"
#include "events/words.hpp"
#include "geo/geodesy.hpp"

#include <algorithm>
#include <cctype>
#include <string>
#include <string_view>
#include <unordered_map>

namespace gt::events::detail {

namespace {

/// The words after a demonym that name people away from their country: "Venezuelan migrants",
/// "Afghan refugees", "Ethiopian nationals" say where they come from, not where the text is.
const text::WordSet& people_abroad_words() {
    static const text::WordSet s = {"migrant",    "migrants",   "refugee",   "refugees",  "immigrant",
                                    "immigrants", "emigrants",  "expatriate", "expatriates", "expats",
                                    "nationals",  "asylum",     "exiles",    "diaspora",  "deportees"};
    return s;
}

/// The words after a demonym that name people of a place at home, a crowd or civilians:
/// "Kenyan traders", "Lebanese protesters" say where the text is (a force may be abroad:
/// "Turkish forces" are no such people).
const text::WordSet& people_at_home_words() {
    static const text::WordSet s = {"protesters", "demonstrators", "rioters",   "residents",  "villagers",
                                    "traders",    "farmers",       "herders",   "students",   "pupils",
                                    "workers",    "youths",        "civilians", "teachers",   "nurses",
                                    "doctors",    "vendors",       "miners",    "fishermen",  "motorists",
                                    "mourners",   "worshippers",   "voters",    "pastoralists"};
    return s;
}

/// The mention is a demonym followed by one of `words` ("500 Venezuelan migrants").
bool demonym_before(std::string_view text, const PlaceMention& pm, const text::WordSet& words) {
    if (!pm.demonym) return false;
    std::size_t b = pm.end;
    while (b < text.size() && text[b] == ' ') ++b;
    char w[16];
    std::size_t n = 0;
    for (std::size_t e = b; e < text.size() && n < sizeof w; ++e, ++n) {
        char c = text[e];
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
        if (c < 'a' || c > 'z') break;
        w[n] = c;
    }
    return n < sizeof w && words.count(std::string_view(w, n)) != 0;
}

/// The mention is a demonym of people away from their country ("500 Venezuelan migrants").
bool demonym_of_people_abroad(std::string_view text, const PlaceMention& pm) {
    return demonym_before(text, pm, people_abroad_words());
}

} // namespace

const PlaceMention* crowd_country(const Annotations& a) {
    const PlaceMention* crowd = nullptr;
    for (const PlaceMention& pm : a.places) {
        if (!pm.resolved || pm.country.empty() || pm.score < 0.7 || !is_country(pm) ||
            !demonym_before(a.text, pm, people_at_home_words()))
            continue;
        if (crowd && crowd->country != pm.country) return nullptr; // (two countries' people)
        if (!crowd) crowd = &pm;
    }
    return crowd;
}

std::string focus_country_of(const Annotations& a) {
    std::string focus_country;
    {
        std::unordered_map<std::string, int> n;
        int best = 0;
        for (const auto& pm : a.places)
            if (pm.resolved && !pm.embedded && !pm.country.empty() && pm.score >= 0.8 &&
                !demonym_of_people_abroad(a.text, pm) && ++n[pm.country] > best) {
                best = n[pm.country];
                focus_country = pm.country;
            }
    }
    return focus_country;
}

std::string incident_country_of(const Annotations& a, const std::vector<char>& place_is_actor,
                                const std::string& focus_country) {
    std::string incident_country = focus_country;
    {
        // A tie goes to the country most named (by name, not demonym), then to focus_country.
        std::unordered_map<std::string, int> named;
        for (std::size_t p = 0; p < a.places.size(); ++p) {
            const auto& pm = a.places[p];
            if (pm.resolved && !pm.demonym && !place_is_actor[p] && is_country(pm) && !pm.country.empty())
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
            if (!pm.resolved || pm.demonym || pm.country.empty() || is_country(pm) || place_is_actor[p] ||
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
    return incident_country;
}

namespace {

/// "carried out by France": the word before the mention is "by", the agent's (after a space or
/// a line break, not at the start of the text).
bool after_by(std::string_view text, std::size_t begin) {
    auto [b, e] = word_before(text, begin);
    const std::string_view w = text.substr(b, e - b);
    return (w == "by" || w == "By") && b > 0 && (text[b - 1] == ' ' || text[b - 1] == '\n');
}

/// The document's most mentioned place of a pass (by entry; the first named wins a tie), or
/// -1. Pass 0: towns and divisions of the incident country; pass 1: any place the text names
/// as a place (countries too; not a country named as the agent: "an air raid carried out by
/// France in Burkina Faso"). Demonyms, governments ("Damascus forces", datelines), countries
/// as modifiers ("the US dollar", "the Turkish border") and weak resolutions are none (a town
/// inside a name still says where: "near Donetsk Airport").
int most_mentioned(const Annotations& a, const std::vector<char>& place_is_actor,
                   const std::string& incident_country, int pass) {
    std::unordered_map<std::string, int> freq;
    int focus = -1, focus_n = 0;
    for (std::size_t p = 0; p < a.places.size(); ++p) {
        const auto& pm = a.places[p];
        if (!pm.resolved || pm.demonym || (pm.embedded && is_country(pm)) || place_is_actor[p] || pm.score < 0.7)
            continue;
        if (pass == 0 && (is_country(pm) || (!incident_country.empty() && pm.country != incident_country)))
            continue;
        if (pass == 1 && is_country(pm) && after_by(a.text, pm.begin)) continue;
        int n = ++freq[pm.id];
        if (n > focus_n) {
            focus_n = n;
            focus = static_cast<int>(p);
        }
    }
    return focus;
}

/// The country the text implies when it names no place the gazetteer knows: a vote for each
/// country name and half a vote for each demonym that qualifies an actor or a noun ("Afghan
/// civilians"; not a modifier: "the US dollar", "the Turkish border", "Saudi-led"), one for
/// each country of operation of each armed group it names, a vote and a half for its first
/// (Annotations::implied_countries: "presumed JNIM militants"), and two for the country of a
/// state's police it names ("Kenyan police", "Kenya Police": a police force acts at home, an
/// armed group in any one of the countries it operates in; a state force's own lexicon row,
/// "LNA", votes through implied_countries); the first named wins a tie. nullptr when none.
const PlaceMention* implied_country(const Annotations& a, const std::vector<char>& place_is_actor,
                                    const std::vector<char>& place_is_force) {
    std::vector<std::pair<const PlaceMention*, int>> votes;
    auto vote = [&](const PlaceMention& pm, int n) {
        for (auto& v : votes)
            if (v.first->country == pm.country) {
                v.second += n;
                return;
            }
        votes.emplace_back(&pm, n);
    };
    for (std::size_t p = 0; p < a.places.size(); ++p) {
        const auto& pm = a.places[p];
        // (a demonym half a vote: the force or firm it qualifies may be abroad, "French
        // fighter jets", "a Canadian mining company"; a country's name a whole one)
        if (!pm.resolved || !is_country(pm) || pm.score < 0.7) continue;
        if (place_is_force[p] == 1) vote(pm, 4);
        else if (!pm.embedded || place_is_force[p] == 2 || (!pm.demonym && place_is_actor[p]))
            vote(pm, pm.demonym ? 1 : 2);
    }
    for (const auto& [pm, n] : a.implied_countries) vote(pm, n); // (n: half votes)
    const PlaceMention* best = nullptr;
    int best_n = 0;
    for (const auto& [pm, n] : votes)
        if (n > best_n) {
            best_n = n;
            best = pm;
        }
    return best;
}

/// Why implied_country() chose country `cc`: each mention that voted for it and how, as
/// --explain tells it ("'Lebanese' (a demonym inside its state's force's name), the text's armed
/// groups and where-words (3 half votes)").
std::string implied_country_reasons(const Annotations& a, const std::vector<char>& place_is_actor,
                                    const std::vector<char>& place_is_force, std::string_view cc) {
    std::string why;
    auto add = [&](std::string_view what) {
        if (!why.empty()) why += ", ";
        why += what;
    };
    for (std::size_t p = 0; p < a.places.size(); ++p) {
        const auto& pm = a.places[p];
        if (!pm.resolved || !is_country(pm) || pm.score < 0.7 || pm.country != cc) continue;
        const std::string quoted = "'" + std::string(pm.text) + "'";
        if (place_is_force[p] == 1) add(quoted + " (its state's police)");
        else if (place_is_force[p] == 2) add(quoted + " (a demonym inside its state's force's name)");
        else if (!pm.embedded || (!pm.demonym && place_is_actor[p]))
            add(quoted + (pm.demonym ? " (a demonym)" : " (the country named)"));
    }
    for (const auto& [pm, n] : a.implied_countries)
        if (pm.country == cc)
            add("the text's armed groups and where-words of lexicon/actors.tsv (" + std::to_string(n) + " half votes)");
    return why;
}

/// The datelines of a digest's items: a place written in capitals that opens a line, then a
/// dash after at most a country or state ("BEIRUT - Rescue workers ...", "ZEEBRUGGE, Belgium -
/// A stricken ferry ..."). In order, as indices of the places.
std::vector<std::size_t> item_datelines(const Annotations& a) {
    std::vector<std::size_t> out;
    const std::string_view t = a.text;
    for (std::size_t p = 0; p < a.places.size(); ++p) {
        const auto& pm = a.places[p];
        if (!pm.resolved || pm.demonym || pm.end > t.size() || pm.begin >= pm.end) continue;
        std::size_t b = pm.begin;
        while (b > 0 && (t[b - 1] == ' ' || t[b - 1] == '\t')) --b;
        if (b > 0 && t[b - 1] != '\n') continue;
        const std::string_view name = t.substr(pm.begin, pm.end - pm.begin);
        if (std::any_of(name.begin(), name.end(), [](char c) { return c >= 'a' && c <= 'z'; })) continue;
        std::size_t e = pm.end;
        if (e < t.size() && t[e] == ',') // ", Belgium", ", West Germany", ", Sierra Leone"
            for (++e; e < t.size() && e < pm.end + 32 && t[e] != '-' && t[e] != '\n'; ++e)
                if (!(std::isalpha(static_cast<unsigned char>(t[e])) || t[e] == ' ' || t[e] == '.')) break;
        while (e < t.size() && t[e] == ' ') ++e;
        const bool dash = t.substr(e, 2) == "- " || t.substr(e, 3) == "-- " || t.substr(e, 3) == "\u2014";
        if (dash) out.push_back(p);
    }
    return out;
}

/// In a digest of several items each under its own dateline (two or more), a record whose
/// sentence names no place takes its item's dateline rather than the document's main place: the
/// items are separate stories ("MANILA - Communist rebels said they had destroyed a station in
/// the Northern Philippines" is not in Basra, the place of the digest's first item). Returns
/// which records took a dateline (empty when the document is no digest).
std::vector<char> fall_back_to_datelines(const Annotations& a, Founds& out) {
    const std::vector<std::size_t> lines = item_datelines(a);
    std::vector<char> taken;
    if (lines.size() < 2) return taken;
    taken.assign(out.size(), 0);
    std::vector<FoundPlace> at(lines.size());
    for (std::size_t d = 0; d < lines.size(); ++d) {
        const PlaceMention& pm = a.places[lines[d]];
        at[d].share(pm);
        if (pm.precision == GeoPrecision::town) at[d].edit().precision = GeoPrecision::near_town;
    }
    for (std::size_t r = 0; r < out.size(); ++r) {
        Found& f = out[r];
        if (f.place.get().resolved && !f.place_fallback) continue;
        const std::size_t from = f.event.evidence.begin_byte;
        auto it = std::upper_bound(lines.begin(), lines.end(), from,
                                   [&](std::size_t x, std::size_t p) { return x < a.places[p].begin; });
        if (it == lines.begin()) continue; // before the first item: the document's main place
        f.place = at[static_cast<std::size_t>(it - lines.begin()) - 1];
        f.place_fallback = true;
        taken[r] = 1;
    }
    return taken;
}

} // namespace

namespace {

/// A small town: a populated place of under 100,000 people, no capital or first-level seat
/// (the places a namesake abroad is likely to be).
bool small_town(const PlaceMention& loc) {
    const std::string_view feature = loc.feature;
    return feature.rfind("P.", 0) == 0 && feature != "P.PPLC" && feature != "P.PPLA" && loc.population < 100000;
}

/// The text names the country of `loc` right after it: "Riyadh, Saudi Arabia", "Aleppo
/// (Syria)".
bool country_stated_after(const Annotations& a, const PlaceMention& loc) {
    if (is_country(loc)) return false;
    for (const PlaceMention& pm : a.places) {
        if (pm.begin < loc.end) continue;
        if (pm.begin > loc.end + 3) break;
        return pm.resolved && is_country(pm) && pm.country == loc.country;
    }
    return false;
}

/// `pm` as the place records fall back to: a town near it (geo_precision 2), a country as a
/// region (3).
FoundPlace fallback_at(const PlaceMention& pm) {
    FoundPlace at;
    at.share(pm);
    if (pm.precision == GeoPrecision::town) at.edit().precision = GeoPrecision::near_town;
    if (is_country(pm)) at.edit().precision = GeoPrecision::region;
    return at;
}

/// The first division of country `cc` where a group the text names is most active, or nullptr.
const PlaceMention* implied_area_of(const Annotations& a, std::string_view cc) {
    for (const PlaceMention& d : a.implied_areas)
        if (d.country == cc) return &d;
    return nullptr;
}

} // namespace

void fall_back_to_main_place(const Annotations& a, const std::vector<char>& place_is_actor,
                             const std::vector<char>& place_is_force, const std::string& incident_country,
                             Founds& out, std::vector<std::string>* notes) {
    const std::vector<char> taken = fall_back_to_datelines(a, out);
    const PlaceMention* main = nullptr;
    for (int pass = 0; pass < 2 && !main; ++pass)
        if (int p = most_mentioned(a, place_is_actor, incident_country, pass); p >= 0)
            main = &a.places[static_cast<std::size_t>(p)];
    // A last resort takes the country that demonyms, actors and armed groups name: where a
    // note names no place the gazetteer knows, the country is still known (geo_precision 3).
    std::string implied_why; // (--explain: the evidence of the country the text implies)
    if (!main) {
        main = implied_country(a, place_is_actor, place_is_force);
        if (main && notes) implied_why = implied_country_reasons(a, place_is_actor, place_is_force, main->country);
    }
    if (!main) return;
    // The country alone, while a group the text names is most active in one of its divisions
    // (the OSCE SMM's fire in Donetsk, Boko Haram in Borno): that division, geo_precision 3.
    if (is_country(*main))
        if (const PlaceMention* area = implied_area_of(a, main->country)) main = area;
    const PlaceMention& fp = *main;
    // One place for every record that falls back (shared: a big document has thousands).
    const FoundPlace fallback = fallback_at(fp);
    for (std::size_t r = 0; r < out.size(); ++r) {
        Found& f = out[r];
        if (!taken.empty() && (taken[r] || f.place_fallback)) continue; // a digest's item: its dateline
        const auto& loc = f.place.get();
        // A violent event placed abroad ("said the defence ministry in Moscow", "near the
        // Lebanese border", "Russia says kills 7") in an article about another country: the
        // place is the speaker's or a neighbour's, the incident is in the article's country.
        // (not in a digest: its items are in as many countries)
        // (unless the text names the place's country right after it: "in Riyadh, Saudi Arabia"
        // is where it was, whatever else the article is about)
        bool abroad = taken.empty() && loc.resolved && !incident_country.empty() && loc.country != incident_country &&
                      fp.country == incident_country && is_violent(f.event.event_type) &&
                      !country_stated_after(a, loc);
        bool vague = f.place_fallback || !loc.resolved || abroad ||
                     (is_country(loc) && loc.country == fp.country && !is_country(fp));
        if (!vague) continue;
        f.place = fallback;
        f.place_fallback = true;
        if (!implied_why.empty())
            notes->push_back("sentence " + std::to_string(f.sentence + 1) + " \"" + f.event.trigger +
                             "\": no place the gazetteer knows: placed at " + fp.name + " (geo_precision 3), " +
                             (is_country(fp) ? "the country" : "the division of the country") +
                             " the text implies: " + implied_why);
    }
}

void namesake_at_home(const Annotations& a, const std::vector<char>& place_is_actor, Founds& out) {
    if (a.home_namesakes.empty()) return;
    for (Found& f : out) {
        const PlaceMention& loc = f.place.get();
        if (!loc.resolved || loc.country.empty() || std::string_view(loc.feature).rfind("P.", 0) != 0) continue;
        const PlaceMention* home = nullptr;
        for (const PlaceMention& h : a.home_namesakes)
            if (h.text == loc.text && h.country != loc.country) home = &h;
        if (!home) continue;
        // a true namesake, its own name the town's or the name as written (not a place that
        // has it among its other names: Anantnag is also Islamabad, Carvajal El Filo); a
        // capital or a city abroad yields only to one of its own order, a tenth of its people at
        // least (Tripoli, Lebanon for Tripoli, Libya; never Paris, Texas for Paris)
        if (home->name != loc.name && home->name != loc.text) continue;
        if (!small_town(loc) && home->population * 10 < loc.population) continue;
        // the text's other places: none in the town's country, the confident ones (not an
        // actor's) all in the namesake's; with none, the groups and where-words the text
        // names vote for the namesake's ("Amal Movement supporters ... in X")
        const PlaceMention* voted = a.group_country();
        const PlaceMention* crowd = crowd_country(a);
        bool alone = true, backed = (voted && voted->country == home->country) ||
                                    (crowd && crowd->country == home->country);
        for (std::size_t p = 0; p < a.places.size() && alone; ++p) {
            const PlaceMention& pm = a.places[p];
            if (!pm.resolved || pm.id == loc.id || pm.country.empty()) continue;
            if (pm.country == loc.country) alone = false;
            else if (!pm.demonym && !pm.embedded && !place_is_actor[p] && pm.score >= 0.7) {
                if (pm.country == home->country) backed = true;
                else alone = false;
            }
        }
        if (!alone || !backed) continue;
        f.place.share(*home);
    }
}

void no_lone_town_abroad(const Annotations& a, const std::vector<char>& place_is_actor, Founds& out) {
    std::vector<FoundPlace> at; // one place per country the records move to (shared)
    std::vector<std::string> at_cc;
    for (Found& f : out) {
        const PlaceMention& loc = f.place.get();
        if (!loc.resolved || loc.country.empty() || !small_town(loc)) continue;
        // the text's other places: none in the town's country (its name, a demonym, a place:
        // anything resolved there speaks for it), all the confident ones in one other country
        std::string other;
        bool alone = true, one_other = true;
        for (std::size_t p = 0; p < a.places.size() && alone; ++p) {
            const PlaceMention& pm = a.places[p];
            if (!pm.resolved || pm.id == loc.id) continue;
            if (pm.country == loc.country) alone = false;
            else if (!pm.demonym && !pm.embedded && !place_is_actor[p] && pm.score >= 0.7 && !pm.country.empty()) {
                if (other.empty()) other = pm.country;
                else if (other != std::string_view(pm.country)) one_other = false;
            }
        }
        if (!alone || !one_other || other.empty()) continue;
        std::size_t k = 0;
        while (k < at_cc.size() && at_cc[k] != other) ++k;
        if (k == at_cc.size()) {
            int p = most_mentioned(a, place_is_actor, other, 0);
            if (p < 0) continue; // the other country named alone: no place of it to take
            // (most_mentioned's first pass gives no country: a town near it, or a division)
            at.push_back(fallback_at(a.places[static_cast<std::size_t>(p)]));
            at_cc.push_back(other);
        }
        f.place = at[k];
        f.place_fallback = true;
    }
}

void no_lone_place_abroad_of_groups(const Annotations& a, const std::vector<char>& place_is_actor, Founds& out) {
    // the country the text's groups and where-words vote for most (the first named a tie),
    // else the one whose people at home the text names ("Kenyan traders")
    const PlaceMention* voted = a.group_country();
    if (!voted) voted = crowd_country(a);
    if (!voted) return;
    const std::string_view cc = voted->country;
    FoundPlace at; // (shared by every record it places)
    bool at_made = false;
    for (Found& f : out) {
        const PlaceMention& loc = f.place.get();
        if (!loc.resolved || f.place_fallback || loc.country.empty() || loc.country == cc || is_country(loc))
            continue;
        const bool division = loc.feature == "A.ADM1" || loc.feature == "A.ADM2";
        if (!small_town(loc) && !division) continue;
        // nothing else speaks for the place's country: no group or where-word of it, no other
        // place, country name or demonym there; nor does the text name a place of a third country
        bool lone = true;
        for (const auto& [pm, n] : a.implied_countries)
            if (pm.country == loc.country) lone = false;
        for (std::size_t p = 0; p < a.places.size() && lone; ++p) {
            const PlaceMention& pm = a.places[p];
            if (!pm.resolved || pm.id == loc.id || pm.country.empty()) continue;
            if (pm.country == loc.country) lone = false;
            else if (pm.country != cc && !pm.demonym && !pm.embedded && !place_is_actor[p]) lone = false;
        }
        if (!lone) continue;
        if (!at_made) {
            const PlaceMention* to = voted;
            if (int p = most_mentioned(a, place_is_actor, std::string(cc), 0); p >= 0)
                to = &a.places[static_cast<std::size_t>(p)];
            else if (const PlaceMention* area = implied_area_of(a, cc))
                to = area;
            at = fallback_at(*to);
            at_made = true;
        }
        f.place = at;
        f.place_fallback = true;
    }
}

void keep_to_areas(const Annotations& a, Founds& out) {
    if (a.implied_areas.empty()) return;
    // (a group acts beyond its divisions too, in the next ones: Boko Haram in Geidam, Yobe,
    // 170 km from Borno's point; a namesake lies farther)
    constexpr double reach_m = 200e3;
    for (Found& f : out) {
        const PlaceMention& loc = f.place.get();
        if (!loc.resolved || loc.precision == GeoPrecision::region || !small_town(loc)) continue;
        const PlaceMention* area = nullptr;
        bool near = false; // in one of the divisions, or within reach of one's point
        for (const PlaceMention& d : a.implied_areas) {
            if (d.country != loc.country) continue;
            if (!area) area = &d;
            near = near || d.admin1_code == loc.admin1_code ||
                   geo::inverse({d.lat, d.lon}, {loc.lat, loc.lon}).distance_m < reach_m;
        }
        if (!area || near) continue;
        // another place the text names in the town's division: the text is there
        const bool backed = std::any_of(a.places.begin(), a.places.end(), [&](const PlaceMention& pm) {
            return pm.resolved && !pm.demonym && pm.id != loc.id && pm.country == loc.country &&
                   pm.admin1_code == loc.admin1_code && !pm.admin1_code.empty();
        });
        if (backed) continue;
        f.place.share(*area);
        f.place_fallback = true;
    }
}

/// An older incident the article recalls ("an October 6 attack", a timeline of the war): a
/// fatal event dated more than a week before the article, when the article also reports a
/// fatal incident of the past week, was reported when it happened; it is left out, so that
/// the article's own incident is the one it gives; and history, any event dated by the text
/// more than a year before the article, when it tells one of the past year, dated by the text
/// (docs/events.md).
void drop_background(const Annotations& a, Founds& out) {
    long dct_days = 0;
    if (!a.dct.known() || !parse_iso_day(a.dct.value, dct_days)) return;
    auto old = [&](const Found& f) {
        long d = 0;
        return f.event.fatalities > 0 && parse_iso_day(f.when.date, d) && d < dct_days - 7;
    };
    bool recent =
        std::any_of(out.begin(), out.end(), [&](const Found& f) { return f.event.fatalities > 0 && !old(f); });
    if (recent) out.erase(std::remove_if(out.begin(), out.end(), old), out.end());
    // history: any event dated more than a year before the article, when the article tells one
    // of the past year ("the war which began in 2011 after regime forces led a crackdown on
    // protesters")
    auto history = [&](const Found& f) {
        long d = 0;
        return !f.date_from_dct && parse_iso_day(f.when.date, d) && d < dct_days - 366;
    };
    // (the recent one dated by the text too: an undated event, given the article's date, may be
    // the same past time told again: "On 30 April 2020, ... protest. Similar protests took place
    // in Buenos Aires.")
    const auto told_recent = [&](const Found& f) {
        long d = 0;
        return !f.date_from_dct && parse_iso_day(f.when.date, d) && d >= dct_days - 366;
    };
    if (std::any_of(out.begin(), out.end(), told_recent))
        out.erase(std::remove_if(out.begin(), out.end(), history), out.end());
}

/// "The United States accused Damascus of that attack, which killed 1429": the incident a
/// demonstrative points back to is the last one named before, with its date.
void inherit_date(const Founds& before, Found& f) {
    for (auto it = before.rbegin(); it != before.rend(); ++it) {
        if (!is_violent(it->event.event_type)) continue;
        if (it->date_from_dct) return;
        f.when = it->when;
        f.date_from_dct = false;
        f.event.date_text = it->event.date_text;
        return;
    }
}

} // namespace gt::events::detail
