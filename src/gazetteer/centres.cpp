// Points of countries and divisions, checked against the populated places they contain.
//
// A division's point from a source (country-state-city's state.json, partly geocoded by name:
// Helmand was at Baltimore, Blue Nile at Seattle) is kept only when it lies within the spread
// of the division's own places (the codes of the places say which division they are in); else
// it moves to the division's seat (its most populous PPLA, PPLC or PPLA2 place), or, without a
// known seat, to the population-weighted centre of its places. A division that no source
// places gets that centre too. A centre that itself falls outside the spread (the places of a
// division on two islands) moves to the place nearest to it. Moved and computed points are
// flagged derived. The rule (docs/gazetteer.md#centres):
//   spread  = the bounding box of the places (across the antimeridian when narrower so);
//   extent  = the distance between the box's corners;
//   margin  = max(10 km, extent / 10) around the box;
//   reach   = the nearest place at most clamp(extent / 2, 30 km, 300 km) away.
// A source's point among another country's places (a place of another country within 50 km and
// none of its own: Barbados' Saint George at St. George, Utah; the Maldives' Male at Malè in
// Trentino; Pakistan's Punjab at India's) is abroad: it moves like a point outside the spread,
// and a division with no places of its own goes to its country's point.
#include "gazetteer/build_model.hpp"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <unordered_map>
#include <vector>

namespace gt::gazetteer::build {

namespace {

constexpr double earth_km = 6371.0088;
constexpr double deg = M_PI / 180;

double km_between(double la1, double lo1, double la2, double lo2) {
    double h = std::pow(std::sin((la2 - la1) * deg / 2), 2) +
               std::cos(la1 * deg) * std::cos(la2 * deg) * std::pow(std::sin((lo2 - lo1) * deg / 2), 2);
    return 2 * earth_km * std::asin(std::min(1.0, std::sqrt(h)));
}

// Longitude shifted to [0, 360) when a spread is measured across the antimeridian.
double shifted(double lon, bool across) { return across && lon < 0 ? lon + 360 : lon; }

struct Spread {
    double lat0 = 90, lat1 = -90, lon0 = 0, lon1 = 0;
    bool across = false; // longitudes compared in [0, 360)
    double margin_km = 0, reach_km = 0;
};

Spread spread_of(const std::vector<const BuildEntry*>& places) {
    Spread s;
    double a0 = 180, a1 = -180, b0 = 360, b1 = 0;
    for (const BuildEntry* p : places) {
        s.lat0 = std::min(s.lat0, p->lat), s.lat1 = std::max(s.lat1, p->lat);
        a0 = std::min(a0, p->lon), a1 = std::max(a1, p->lon);
        b0 = std::min(b0, shifted(p->lon, true)), b1 = std::max(b1, shifted(p->lon, true));
    }
    s.across = b1 - b0 < a1 - a0;
    s.lon0 = s.across ? b0 : a0, s.lon1 = s.across ? b1 : a1;
    double extent = km_between(s.lat0, s.lon0, s.lat1, s.lon1);
    s.margin_km = std::max(10.0, extent / 10);
    s.reach_km = std::clamp(extent / 2, 30.0, 300.0);
    return s;
}

bool fits(double lat, double lon, const Spread& s, const std::vector<const BuildEntry*>& places) {
    double mlat = s.margin_km / (earth_km * deg);
    if (lat < s.lat0 - mlat || lat > s.lat1 + mlat) return false;
    double c = std::max(0.05, std::cos((s.lat0 + s.lat1) / 2 * deg));
    double mlon = s.margin_km / (earth_km * deg * c);
    double x = shifted(lon, s.across);
    if (x < s.lon0 - mlon || x > s.lon1 + mlon) return false;
    for (const BuildEntry* p : places)
        if (km_between(lat, lon, p->lat, p->lon) <= s.reach_km) return true;
    return false;
}

// The division's seat among its places: its most populous PPLA (first level; PPLC when it
// has none) or PPLA2 (second level); null when none is marked.
const BuildEntry* seat_of(const std::vector<const BuildEntry*>& places, int level) {
    const BuildEntry* best = nullptr;
    int best_rank = 0;
    for (const BuildEntry* p : places) {
        int rank = level == 1 ? (p->fcode == "PPLA" ? 2 : p->fcode == "PPLC" ? 1 : 0)
                              : (p->fcode == "PPLA2" ? 2 : 0);
        if (rank == 0) continue;
        if (!best || rank > best_rank || (rank == best_rank && p->population > best->population))
            best = p, best_rank = rank;
    }
    return best;
}

// Population-weighted centre as a mean of 3D unit vectors (the antimeridian is no problem).
struct Centre {
    double x = 0, y = 0, z = 0, w = 0;
    std::uint64_t pop = 0;

    void add(const BuildEntry& p) {
        double la = p.lat * deg, lo = p.lon * deg;
        double wt = static_cast<double>(p.population) + 100;
        x += wt * std::cos(la) * std::cos(lo);
        y += wt * std::cos(la) * std::sin(lo);
        z += wt * std::sin(la);
        w += wt;
        pop += p.population;
    }
    void put(BuildEntry& e) const {
        double r = std::sqrt(x * x + y * y);
        e.lat = std::atan2(z, r) / deg;
        e.lon = std::atan2(y, x) / deg;
        e.has_coords = true;
        e.derived = true;
    }
};

void move_to(BuildEntry& e, const BuildEntry& p) {
    e.lat = p.lat, e.lon = p.lon, e.has_coords = true, e.derived = true;
}

// The populated places of every country on a grid of one-degree cells, to tell a point that
// lies among another country's places.
class PlaceGrid {
  public:
    explicit PlaceGrid(const Model& m) : m_(m) {
        for (std::size_t i = 0; i < m.entries.size(); ++i) {
            const BuildEntry& p = m.entries[i];
            if (p.fclass == 'P' && p.has_coords && !p.country.empty() && !p.dropped)
                cells_[key(cell(p.lat), cell(p.lon))].push_back(i);
        }
    }
    // A place of another country within `km` of the point and none of country cc's.
    bool abroad(double lat, double lon, const std::string& cc, double km = 50) const {
        bool foreign = false;
        for (int dy = -1; dy <= 1; ++dy)
            for (int dx = -1; dx <= 1; ++dx) {
                auto it = cells_.find(key(cell(lat) + dy, cell(lon) + dx));
                if (it == cells_.end()) continue;
                for (std::size_t i : it->second) {
                    const BuildEntry& p = m_.entries[i];
                    if (km_between(lat, lon, p.lat, p.lon) > km) continue;
                    if (p.country == cc) return false;
                    foreign = true;
                }
            }
        return foreign;
    }

  private:
    static int cell(double deg_value) { return static_cast<int>(std::floor(deg_value)); }
    static std::int64_t key(int y, int x) { return static_cast<std::int64_t>(y) * 1000 + x; }
    const Model& m_;
    std::unordered_map<std::int64_t, std::vector<std::size_t>> cells_;
};

// The population-weighted centre of a country's places; false when it has none.
bool country_centre(const Model& m, const std::string& cc, Centre& c) {
    bool any = false;
    for (const BuildEntry& p : m.entries)
        if (p.fclass == 'P' && p.has_coords && !p.dropped && p.country == cc) c.add(p), any = true;
    return any;
}

// Places one division from its member places; counts what it did.
void place_division(BuildEntry& d, const std::vector<const BuildEntry*>& places, int level,
                    CentreStats& st, const PlaceGrid& grid) {
    ++st.with_places;
    Spread s = spread_of(places);
    bool from_source = d.has_coords && !d.derived;
    if (from_source && fits(d.lat, d.lon, s, places)) {
        if (!grid.abroad(d.lat, d.lon, d.country)) {
            ++st.kept;
            return;
        }
        ++st.abroad;
    }
    if (from_source) {
        if (const BuildEntry* seat = seat_of(places, level)) {
            move_to(d, *seat);
            ++st.moved_to_seat;
            return;
        }
    }
    Centre c;
    for (const BuildEntry* p : places) c.add(*p);
    c.put(d);
    if (from_source) ++st.moved_to_centre;
    else ++st.derived;
    if (fits(d.lat, d.lon, s, places)) return;
    // places in far-apart groups: the centre of all is near none, so the place nearest to it
    const BuildEntry* nearest = places.front();
    double best = 1e18;
    for (const BuildEntry* p : places)
        if (double k = km_between(d.lat, d.lon, p->lat, p->lon); k < best) best = k, nearest = p;
    move_to(d, *nearest);
    ++st.snapped;
}

} // namespace

void place_divisions(Model& m) {
    const PlaceGrid grid(m);
    // (division or country, place) pairs, grouped by division below
    std::vector<std::pair<std::size_t, std::size_t>> member;
    // country-state-city's towns (no population, no second-level code) count only for a
    // division that no other place lies in (the Phoenix Islands, whose state.json point is in
    // Arizona): the others keep the points their GeoNames places give them
    std::vector<bool> placed(m.entries.size(), false);
    for (bool csc : {false, true})
        for (std::size_t i = 0; i < m.entries.size(); ++i) {
            const BuildEntry& p = m.entries[i];
            if (p.fclass != 'P' || !p.has_coords || p.country.empty()) continue;
            if ((p.source == format::src_csc) != csc) continue;
            auto add = [&](std::size_t d) {
                if (!csc) placed[d] = true;
                if (!csc || !placed[d]) member.emplace_back(d, i);
            };
            if (auto it = m.by_country.find(p.country); it != m.by_country.end()) add(it->second);
            if (p.admin1.empty()) continue;
            if (auto it = m.by_admin1.find(p.country + "." + p.admin1); it != m.by_admin1.end()) add(it->second);
            if (p.admin2.empty()) continue;
            if (auto it = m.by_admin2.find(p.country + "." + p.admin1 + "." + p.admin2); it != m.by_admin2.end())
                add(it->second);
        }
    std::sort(member.begin(), member.end());
    std::vector<bool> has_members(m.entries.size(), false);
    std::vector<const BuildEntry*> places;
    for (std::size_t a = 0; a < member.size();) {
        std::size_t b = a, d = member[a].first;
        places.clear();
        for (; b < member.size() && member[b].first == d; ++b) places.push_back(&m.entries[member[b].second]);
        a = b;
        has_members[d] = true;
        BuildEntry& e = m.entries[d];
        bool adm1 = e.fclass == 'A' && e.fcode == "ADM1", adm2 = e.fclass == 'A' && e.fcode == "ADM2";
        if (adm2 && e.population == 0) {
            // Second-level divisions have no population in the sources: the sum of their
            // places ranks "Orange County" (California) above its namesakes.
            for (const BuildEntry* p : places) e.population += p->population;
        }
        if (adm1 || adm2) {
            place_division(e, places, adm1 ? 1 : 2, adm1 ? m.admin1_centres : m.admin2_centres, grid);
        } else if (!e.has_coords) { // a country no source placed
            Centre c;
            for (const BuildEntry* p : places) c.add(*p);
            c.put(e);
        }
    }
    for (std::size_t i = 0; i < m.entries.size(); ++i) {
        BuildEntry& e = m.entries[i];
        if (has_members[i]) continue;
        const bool adm1 = e.fclass == 'A' && e.fcode == "ADM1", adm2 = e.fclass == 'A' && e.fcode == "ADM2";
        if (adm1) ++m.admin1_centres.without_places;
        if (adm2) ++m.admin2_centres.without_places;
        if ((adm1 || adm2) && e.has_coords && !e.derived && grid.abroad(e.lat, e.lon, e.country)) {
            CentreStats& st = adm1 ? m.admin1_centres : m.admin2_centres;
            ++st.abroad;
            auto c = m.by_country.find(e.country);
            if (c != m.by_country.end() && m.entries[c->second].has_coords) {
                move_to(e, m.entries[c->second]);
                ++st.moved_to_country;
            } else if (Centre all; country_centre(m, e.country, all)) { // (no country entry)
                all.put(e);
                ++st.moved_to_country;
            }
        }
        if (!e.has_coords) e.dropped = true; // no position from any source and no member places
    }
}

} // namespace gt::gazetteer::build
