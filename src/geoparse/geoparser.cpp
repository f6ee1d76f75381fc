// The geoparser's public face: recognition + resolution, spans given by the caller, spatial
// claims and relative places (docs/geoparse.md).
#include "geoparse/geoparser.hpp"

#include "geo/geodesy.hpp"
#include "geoparse/claims.hpp"
#include "geoparse/internal.hpp"
#include "text/word_set.hpp"

#include <algorithm>
#include <cmath>
#include <cstring>

namespace gt::geoparse {

Geoparser::Geoparser(const gazetteer::Index& index, Options opts)
    : index_(index), opts_(opts) {}

bool Geoparser::seat_of(const PlaceMention& division, double reach_m, geo::LatLon& seat) const {
    if (!division.resolved) return false;
    // (the seats' tables are the index's own: gazetteer/seats.hpp)
    std::uint32_t at = gazetteer::Index::no_entry;
    constexpr std::string_view adm2_id = "admin2:";
    if (division.feature == "A.ADM1" && !division.admin1_code.empty())
        at = index_.first_level_seat(division.admin1_code);
    else if (division.feature == "A.ADM2" && std::string_view(division.id).starts_with(adm2_id))
        at = index_.second_level_seat(std::string_view(division.id).substr(adm2_id.size()));
    if (at == gazetteer::Index::no_entry) return false;
    geo::LatLon p = index_.position(at);
    if (!geo::closer_than(p, {division.lat, division.lon}, reach_m)) return false;
    seat = p;
    return true;
}

std::vector<PlaceMention> Geoparser::parse(std::string_view text) const {
    return parse_analysed(detail::analyse(text), {}, true);
}

std::vector<PlaceMention> Geoparser::parse_analysed(const detail::Analysed& a,
                                                    const std::vector<std::string>& hints,
                                                    bool whole_sites) const {
    std::vector<PlaceMention> all;
    {
        std::vector<detail::Span> spans = detail::recognise(a, index_, hints);
        // to their number before resolution's mentions are made beside them (a doubling's
        // slack, up to half the block, held through resolution otherwise: issue #15)
        spans.shrink_to_fit();
        all = detail::resolve(a, index_, spans, hints);
        if (whole_sites) detail::show_sites(a, spans, all);
    }
    // kept in place: the mentions are not held twice while the resolved ones are picked
    std::erase_if(all, [this](const PlaceMention& m) {
        return !m.resolved || (m.demonym && !opts_.demonyms) || m.score < opts_.min_score;
    });
    return all;
}

std::vector<PlaceMention>
Geoparser::resolve_spans(std::string_view text,
                         const std::vector<std::pair<std::size_t, std::size_t>>& spans) const {
    detail::Analysed a = detail::analyse(text);
    std::vector<detail::Span> given = detail::spans_for(a, spans);
    return detail::resolve(a, index_, given);
}

namespace {

/// The first entry of `cc` found under `key` (loose keys too when `loose`; a feature class when
/// given) that `is` accepts, as a region-precision place (score 0.5); unresolved when none.
template <class Is>
PlaceMention region_point(const gazetteer::Index& index, std::string_view cc, std::string_view key, bool loose,
                          char feature_class, Is is) {
    PlaceMention m;
    if (cc.size() != 2 || key.empty()) return m;
    gazetteer::LookupOptions o;
    o.country[0] = cc[0];
    o.country[1] = cc[1];
    o.loose = loose;
    if (feature_class) o.feature_class = feature_class;
    gazetteer::Candidate found[16];
    std::size_t n = index.lookup(key, o, found);
    for (std::size_t k = 0; k < n; ++k)
        if (is(found[k].entry) && index.country_code(found[k].entry) == cc) {
            detail::fill_from_entry(index, found[k].entry, m);
            m.precision = GeoPrecision::region;
            m.score = 0.5;
            return m;
        }
    return m;
}

} // namespace

PlaceMention Geoparser::country_point(std::string_view cc) const {
    return region_point(index_, cc, cc, false, 0, [&](auto e) { return index_.is_country(e); });
}

PlaceMention Geoparser::division_point(std::string_view cc, std::string_view name) const {
    return region_point(index_, cc, name, true, 'A', [&](auto e) { return index_.is_admin1(e); });
}

PlaceMention Geoparser::town_point(std::string_view cc, std::string_view name) const {
    PlaceMention m = region_point(index_, cc, name, false, 'P', [](auto) { return true; });
    if (m.resolved) {
        m.precision = GeoPrecision::town;
        m.score = 0.7;
    }
    return m;
}

namespace {

std::string flat(std::string_view s) {
    std::string out(s);
    for (char& c : out)
        if (c == '\n' || c == '\r' || c == '\t') c = ' ';
    return out;
}

// A claim whose subject the gazetteer puts far from where the text says it is ("Tall Tawil,
// 10 km north of Aleppo" with Tall Tawil resolved to a namesake 300 km away): the subject's
// entry is a namesake, the statement itself places it. Only for a subject named in the same
// sentence (an apposition or "X lies ..."), and a town, not an area or a seat of government.
bool implausible(const detail::Statement& st, const std::vector<PlaceMention>& places) {
    const PlaceMention& s = places[st.subject];
    const PlaceMention& an = places[st.anchor];
    // a capital, an administrative seat or a city is no namesake: the text is wrong about it
    if (st.anaphor || s.precision == GeoPrecision::region || s.feature.rfind("P.PPLA", 0) == 0 ||
        s.feature == "P.PPLC" || s.population >= 100000)
        return false;
    double km = geo::inverse({an.lat, an.lon}, {s.lat, s.lon}).distance_m / 1000.0;
    return km > std::max(3.0 * st.km, st.km + 50.0);
}

} // namespace

std::vector<SpatialClaim> Geoparser::spatial_claims(std::string_view text,
                                                    const std::vector<PlaceMention>& places) const {
    return claims_of(text, places, detail::find_statements(detail::analyse(text), places));
}

std::vector<SpatialClaim>
Geoparser::claims_of(std::string_view text, const std::vector<PlaceMention>& places,
                     const std::vector<detail::Statement>& statements) const {
    std::vector<SpatialClaim> out; // (~1 KB each, held to the output: sized once)
    out.reserve(static_cast<std::size_t>(
        std::count_if(statements.begin(), statements.end(), [](const detail::Statement& st) { return st.claim; })));
    for (const auto& st : statements) {
        if (!st.claim) continue;
        SpatialClaim c;
        c.begin = st.begin;
        c.end = st.end;
        c.text = flat(text.substr(st.begin, st.end - st.begin));
        c.subject = places[st.subject];
        c.anchor = places[st.anchor];
        c.stated_km = st.km;
        c.stated_unit = st.unit;
        c.stated_bearing_deg = st.bearing;
        if (st.bearing >= 0) c.stated_direction = std::string(geo::compass16(st.bearing));
        geo::Inverse inv =
            geo::inverse({c.anchor.lat, c.anchor.lon}, {c.subject.lat, c.subject.lon});
        c.geodesic_km = inv.distance_m / 1000.0;
        c.bearing_deg = inv.initial_bearing_deg;
        c.direction = std::string(geo::compass16(inv.initial_bearing_deg));
        c.distance_error_pct =
            c.geodesic_km > 0 ? (c.stated_km - c.geodesic_km) / c.geodesic_km * 100.0 : 0.0;
        c.direction_agrees =
            st.bearing < 0 || geo::bearing_difference(st.bearing, c.bearing_deg) <= 45.0;
        // Places are points: a stated distance within 10% (or 5 km) of the geodesic between
        // their centres is taken as consistent.
        bool dist_ok = std::abs(c.stated_km - c.geodesic_km) <= std::max(5.0, 0.10 * c.geodesic_km);
        std::string v;
        if (!c.direction_agrees) v = "direction disagrees";
        if (!dist_ok) {
            if (!v.empty()) v += "; ";
            v += c.stated_km > c.geodesic_km ? "distance overstated" : "distance understated";
        }
        c.verdict = v.empty() ? "consistent" : v;
        out.push_back(std::move(c));
    }
    return out;
}

std::vector<PlaceMention>
Geoparser::relative_places(std::string_view text, const std::vector<PlaceMention>& places) const {
    detail::Analysed a = detail::analyse(text);
    return relative_of(a, places, detail::find_statements(a, places));
}

DocumentPlaces Geoparser::parse_document(std::string_view text) const {
    return parse_document(text, text::segment(text));
}

DocumentPlaces Geoparser::parse_document(std::string_view text, const text::Segmented& seg,
                                         const std::vector<std::string>& country_hints) const {
    return places_of(detail::analyse(text, seg), country_hints);
}

DocumentPlaces Geoparser::parse_document(std::string_view text, text::Segmented&& seg,
                                         const std::vector<std::string>& country_hints) const {
    const detail::Analysed a = detail::analyse(text, seg);
    seg = {}; // (the geoparser's tokens hold what it needs of it)
    return places_of(a, country_hints);
}

DocumentPlaces Geoparser::places_of(const detail::Analysed& a, const std::vector<std::string>& country_hints) const {
    const std::string_view text = a.text;
    DocumentPlaces d;
    d.places = parse_analysed(a, country_hints);
    std::vector<detail::Statement> statements = detail::find_statements(a, d.places);
    d.relative = relative_of(a, d.places, statements);
    d.claims = claims_of(text, d.places, statements);
    return d;
}

std::vector<PlaceMention>
Geoparser::relative_of(const detail::Analysed& a, const std::vector<PlaceMention>& places,
                       const std::vector<detail::Statement>& statements) const {
    std::string_view text = a.text;
    std::vector<PlaceMention> out;
    auto make = [&](const PlaceMention& anchor, std::size_t begin, double km, double bearing) {
        PlaceMention m = anchor;
        m.begin = begin;
        m.end = anchor.end;
        m.text = flat(text.substr(begin, anchor.end - begin));
        m.relative = true;
        m.anchor_id = anchor.id;
        m.offset_km = km;
        m.offset_bearing_deg = bearing;
        if (km > 0 && bearing >= 0) {
            geo::LatLon p = geo::direct({anchor.lat, anchor.lon}, bearing, km * 1000.0);
            m.lat = p.lat;
            m.lon = p.lon;
        }
        m.precision = GeoPrecision::near_town;
        m.score = anchor.score * 0.9;
        out.push_back(std::move(m));
    };
    std::vector<std::uint8_t> used(places.size(), 0);
    for (const auto& st : statements) {
        const PlaceMention& an = places[st.anchor];
        if (an.precision == GeoPrecision::region) continue; // "50 km from Syria" is no place
        used[st.anchor] = 1;
        if (st.claim && !implausible(st, places)) continue;
        // the text places the subject: the relative place spans it ("Tall Tawil, 10 km ...")
        make(an, st.claim ? std::min(st.begin, places[st.subject].begin) : st.begin, st.km, st.bearing);
    }
    // "near Homs", "outside Raqqa", "on the outskirts of Aleppo", "north of Idlib"
    for (std::size_t k = 0; k < places.size(); ++k) {
        const PlaceMention& m = places[k];
        if (used[k] || !m.resolved || m.demonym || m.relative ||
            m.precision == GeoPrecision::region)
            continue;
        std::size_t cue = detail::nearness_cue(a, detail::token_at(a, m.begin));
        if (cue < a.toks.size()) make(m, a.toks[cue].begin, 0, -1);
    }
    std::sort(out.begin(), out.end(),
              [](const PlaceMention& x, const PlaceMention& y) { return x.begin < y.begin; });
    return out;
}

} // namespace gt::geoparse
