#include "events/stated.hpp"

#include <algorithm>

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

void StatedPlaces::apply(std::size_t sb, std::size_t se, PlaceMention& loc) const {
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
            loc = r;
            loc.precision = GeoPrecision::near_town;
            return;
        }
    }
    auto c = std::lower_bound(claims_.begin(), claims_.end(), loc.begin,
                              [&](std::size_t k, std::size_t b) { return a_.claims[k].anchor.begin < b; });
    for (; c != claims_.end() && a_.claims[*c].anchor.begin == loc.begin; ++c) {
        const auto& cl = a_.claims[*c];
        if (cl.anchor.end == loc.end && cl.subject.begin >= sb && cl.end <= se) {
            loc = cl.subject;
            return;
        }
    }
}

} // namespace gt::events::detail
