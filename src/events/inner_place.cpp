// An event placed at a first-level division takes the more precise level the document names
// inside it (see incident.hpp, place_inside_division; docs/events.md, "Place").
#include "events/incident.hpp"

#include "events/words.hpp"

#include <cstddef>
#include <string_view>

namespace gt::events::detail {

namespace {

/// The mention at `begin` is where people came from or went ("moved from Kukawa to Konduga in
/// Borno"): after from, to, toward or towards.
bool on_route(std::string_view text, std::size_t begin) {
    auto [b, e] = word_before(text, begin);
    const std::string_view w = text.substr(b, e - b);
    return w == "from" || w == "to" || w == "toward" || w == "towards";
}

/// A town or a second-level division of the first-level division `division`, named as a place
/// of the event (not as where people came from or went).
bool inside(std::string_view text, const PlaceMention& pm, bool actor,
            const PlaceMention& division) {
    if (!pm.resolved || pm.relative || pm.demonym || pm.embedded || actor || pm.score < 0.7)
        return false;
    if (on_route(text, pm.begin)) return false;
    const std::string_view f = pm.feature;
    if (f != "A.ADM2" && !f.starts_with("P.")) return false;
    return pm.country == division.country && pm.admin1_code == division.admin1_code;
}

/// Where the sentence that names `division` begins (bytes).
std::size_t sentence_begin(const std::vector<SentenceSpan>& sentences,
                           const PlaceMention& division) {
    std::size_t from = 0;
    for (const auto& s : sentences)
        if (s.begin <= division.begin) from = s.begin;
    return from;
}

/// The mention of `a` inside `division` named nearest to it in the text, in its sentence or
/// after it, or -1. (Not before: an article's earlier sentences name where its speakers are,
/// "the Foreign Office in London", before "an official arrested in England".)
int nearest_inside(const Annotations& a, const std::vector<char>& place_is_actor,
                   const std::vector<SentenceSpan>& sentences, const PlaceMention& division) {
    const std::size_t from = sentence_begin(sentences, division);
    int best = -1;
    std::size_t best_gap = 0;
    for (std::size_t p = 0; p < a.places.size(); ++p) {
        const auto& pm = a.places[p];
        if (pm.begin < from || !inside(a.text, pm, place_is_actor[p], division)) continue;
        const std::size_t gap =
            pm.begin > division.begin ? pm.begin - division.begin : division.begin - pm.begin;
        if (best < 0 || gap < best_gap) {
            best = static_cast<int>(p);
            best_gap = gap;
        }
    }
    return best;
}

/// The relative place that holds `pm` ("30 km north of X": its point), else `pm` itself.
const PlaceMention& relative_of(const Annotations& a, const PlaceMention& pm) {
    for (const auto& r : a.relative)
        if (r.resolved && r.begin <= pm.begin && pm.end <= r.end) return r;
    return pm;
}

} // namespace

void place_inside_division(const Annotations& a, const std::vector<char>& place_is_actor,
                           const std::vector<SentenceSpan>& sentences, Founds& out) {
    for (auto& f : out) {
        const PlaceMention& loc = f.place.get();
        // (a fallback, the document's main place, is no stated place to make precise: it would
        // then win the merge over the division a sentence states)
        if (f.place_fallback || !loc.resolved || loc.relative || loc.admin1_code.empty() ||
            std::string_view(loc.feature) != "A.ADM1")
            continue;
        const int p = nearest_inside(a, place_is_actor, sentences, loc);
        if (p < 0) continue;
        f.place.share(relative_of(a, a.places[static_cast<std::size_t>(p)]));
        if (f.place.get().precision == GeoPrecision::town)
            f.place.edit().precision = GeoPrecision::near_town;
    }
}

} // namespace gt::events::detail
