#pragma once
// A stable merge of two sorted runs of large records that needs no buffer of records: the
// merged order is worked out as indices, then the records are moved along its cycles, one held
// aside at a time. std::inplace_merge takes a temporary copy of the whole range (the candidate
// events of a big document: megabytes). Internal to events/.

#include <cstddef>
#include <cstdint>
#include <utility>
#include <vector>

namespace gt::events {

/// v[0, mid) and v[mid, end) each sorted (v: a std::vector or std::deque) by `less`: v sorted, stable (equal records of the
/// first run first), as std::inplace_merge leaves it.
template <class Records, class Less>
void merge_runs(Records& v, std::size_t mid, Less less) {
    using T = typename Records::value_type;
    const std::size_t n = v.size();
    if (mid == 0 || mid >= n) return;
    std::vector<std::size_t> from(n); // from[k]: the index of the record that goes to k
    std::size_t a = 0, b = mid;
    for (std::size_t k = 0; k < n; ++k)
        from[k] = b < n && (a == mid || less(v[b], v[a])) ? b++ : a++;
    for (std::size_t i = 0; i < n; ++i) {
        if (from[i] == i) continue;
        T held = std::move(v[i]);
        std::size_t j = i;
        while (from[j] != i) {
            const std::size_t src = from[j];
            v[j] = std::move(v[src]);
            from[j] = j;
            j = src;
        }
        v[j] = std::move(held);
        from[j] = j;
    }
}

} // namespace gt::events
