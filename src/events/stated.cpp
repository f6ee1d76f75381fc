#include "events/stated.hpp"
#include "events/words.hpp"

#include <algorithm>
#include <string_view>
#include <tuple>
#include <utility>

namespace gt::events::detail {

StatedPlaces::StatedPlaces(const Annotations& a) : a_(a) {
    for (std::size_t k = 0; k < a.relative.size(); ++k) {
        const auto& r = a.relative[k];
        if (r.end < r.begin || (k > 0 && r.begin < a.relative[k - 1].begin)) relative_sorted_ = false;
        else longest_relative_ = std::max(longest_relative_, r.end - r.begin);
    }
    claims_.resize(a.claims.size());
    for (std::size_t k = 0; k < claims_.size(); ++k) claims_[k] = k;
    std::stable_sort(claims_.begin(), claims_.end(), [&](std::size_t x, std::size_t y) {
        return a.claims[x].anchor.begin < a.claims[y].anchor.begin;
    });
}

bool StatedPlaces::names_unknown_place_in(const PlaceMention& loc) const {
    std::string_view t = a_.text;
    std::size_t e = loc.begin;
    while (e > 0 && t[e - 1] == ' ') --e;
    if (e == 0 || (t[e - 1] != ',' && t[e - 1] != '(')) return false;
    // the name before: capitalised, no place the geoparser found; "X village, Y"
    auto [b, we] = word_before(t, e - 1);
    if (b == we) return false;
    std::string_view w = t.substr(b, we - b);
    if (w == "village" || w == "town" || w == "area" || w == "district") std::tie(b, we) = word_before(t, b);
    if (b == we || !(t[b] >= 'A' && t[b] <= 'Z')) return false;
    auto covering = std::lower_bound(a_.places.begin(), a_.places.end(), we,
                                     [](const PlaceMention& m, std::size_t x) { return m.end < x; });
    if (covering != a_.places.end() && covering->begin < we && covering->resolved) return false;
    // ... itself after "in", "near", "at", "of" or an opening parenthesis: a place's name
    while (b > 0 && t[b - 1] == ' ') --b;
    if (b > 0 && t[b - 1] == '(') return true;
    auto [pb, pe] = word_before(t, b);
    std::string_view p = t.substr(pb, pe - pb);
    return p == "in" || p == "near" || p == "at" || p == "of" || p == "outside" || p == "around";
}

void StatedPlaces::apply(std::size_t sb, std::size_t se, FoundPlace& place) const {
    const PlaceMention& loc = place.get(); // (not read once the place is replaced)
    // (the first in the document's order, as a scan of them all would find: a containing
    // relative place begins at most the longest one's length before the mention ends)
    std::size_t from = 0, to = a_.relative.size();
    if (relative_sorted_) {
        auto by_begin = [](const PlaceMention& m, std::size_t b) { return m.begin < b; };
        std::size_t lo = loc.end > longest_relative_ ? loc.end - longest_relative_ : 0;
        auto f = std::lower_bound(a_.relative.begin(), a_.relative.end(), lo, by_begin);
        auto t = std::lower_bound(f, a_.relative.end(), loc.begin + 1, by_begin);
        from = static_cast<std::size_t>(f - a_.relative.begin());
        to = static_cast<std::size_t>(t - a_.relative.begin());
    }
    for (std::size_t k = from; k < to; ++k) {
        const auto& r = a_.relative[k];
        if (r.resolved && r.begin <= loc.begin && loc.end <= r.end) {
            place.share(r);
            place.edit().precision = GeoPrecision::near_town;
            return;
        }
    }
    auto c = std::lower_bound(claims_.begin(), claims_.end(), loc.begin,
                              [&](std::size_t k, std::size_t b) { return a_.claims[k].anchor.begin < b; });
    for (; c != claims_.end() && a_.claims[*c].anchor.begin == loc.begin; ++c) {
        const auto& cl = a_.claims[*c];
        if (cl.anchor.end == loc.end && cl.subject.begin >= sb && cl.end <= se) {
            place.share(cl.subject);
            return;
        }
    }
    if (loc.precision == GeoPrecision::town && names_unknown_place_in(loc)) place.edit().precision = GeoPrecision::near_town;
}

} // namespace gt::events::detail
