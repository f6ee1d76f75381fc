// Given spans that name nothing the gazetteer knows (docs/geoparse.md, "Given spans"): streets,
// venues, rivers and villages the gazetteer lacks are put at the populated place the text names
// nearest to them, the way a coder places a venue at the town the report names next to it ("the
// Feis Ceoil in Dublin", "Cairo's gated suburb of Madinaty", "Whole Foods ... in Fresno").
#include "geoparse/rank.hpp"

#include "geo/geodesy.hpp"

#include <cstddef>
#include <vector>

namespace gt::geoparse::detail {

namespace {

// A reading confident enough to place its neighbours (a namesake picked on thin evidence would
// carry its error to them).
constexpr double confident = 0.78;
// How far in the text (about a paragraph) a venue's town is looked for before the document's
// main place is taken.
constexpr std::size_t reach = 500;

// The mentions that may stand for the place of a nameless neighbour: resolved populated places
// read from their own names (not from a word inside a longer name, not a demonym).
std::vector<std::size_t> references(const std::vector<Span>& spans,
                                    const std::vector<PlaceMention>& out) {
    std::vector<std::size_t> refs;
    for (std::size_t s = 0; s < spans.size(); ++s) {
        const PlaceMention& m = out[s];
        if (m.resolved && !m.demonym && !spans[s].inner && m.feature.rfind("P.", 0) == 0)
            refs.push_back(s);
    }
    return refs;
}

// Characters between two mentions (0 when they overlap).
std::size_t gap(const PlaceMention& a, const PlaceMention& b) {
    if (a.end <= b.begin) return b.begin - a.end;
    if (b.end <= a.begin) return a.begin - b.end;
    return 0;
}

// The document's main place: the reference named most often (the first named on a tie).
std::size_t main_place(const std::vector<std::size_t>& refs, const std::vector<PlaceMention>& out) {
    std::size_t best = refs.front();
    int best_n = 0;
    for (std::size_t r : refs) {
        int n = 0;
        for (std::size_t q : refs)
            n += out[q].id == out[r].id;
        if (n > best_n) {
            best_n = n;
            best = r;
        }
    }
    return best;
}

// The confident reference named within `reach` characters of mention s, the nearest (the
// earlier on a tie), else the document's main place.
const PlaceMention& nearest(const std::vector<std::size_t>& refs,
                            const std::vector<PlaceMention>& out, std::size_t s,
                            std::size_t fallback) {
    const PlaceMention* best = &out[fallback];
    std::size_t best_gap = reach + 1;
    for (std::size_t r : refs) {
        if (r == s || out[r].score < confident) continue;
        std::size_t g = gap(out[r], out[s]);
        if (g < best_gap) {
            best_gap = g;
            best = &out[r];
        }
    }
    return *best;
}

// A place read inside a given span stands when it is an area ("Bank of Mexico", "Iowa House")
// or near the place named next to the span; a town of the same name far away does not ("the
// Liverpool Academy" in Cairo).
bool inner_reading_stands(const PlaceMention& m, const PlaceMention& near) {
    return m.precision == GeoPrecision::region ||
           geo::closer_than({m.lat, m.lon}, {near.lat, near.lon}, 200e3);
}

} // namespace

void place_unnamed_given(const std::vector<Span>& spans, std::vector<PlaceMention>& out) {
    const std::vector<std::size_t> refs = references(spans, out);
    if (refs.empty()) return;
    const std::size_t fallback = main_place(refs, out);
    std::vector<PlaceMention> estimate(spans.size());
    std::vector<bool> replace(spans.size(), false);
    for (std::size_t s = 0; s < spans.size(); ++s) {
        const PlaceMention& m = out[s];
        if (!spans[s].gold || spans[s].end <= spans[s].begin) continue;
        if (m.resolved && !spans[s].inner) continue;
        const PlaceMention& near = nearest(refs, out, s, fallback);
        if (m.resolved && inner_reading_stands(m, near)) continue;
        estimate[s] = near;
        replace[s] = true;
    }
    // the estimates are made from the text's own readings only, then written
    for (std::size_t s = 0; s < spans.size(); ++s) {
        if (!replace[s]) continue;
        PlaceMention& m = out[s];
        PlaceMention f = std::move(estimate[s]);
        f.begin = m.begin;
        f.end = m.end;
        f.text = std::move(m.text);
        f.demonym = f.embedded = false;
        f.score = 0.2;
        f.precision = GeoPrecision::near_town;
        m = std::move(f);
    }
}

} // namespace gt::geoparse::detail
