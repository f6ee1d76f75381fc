// Cross-document deduplication in near linear time (src/batch/dedup.cpp, issue #15): the
// groups of the bucketed linking (type, 25 km earth-centred cells, sites of one point and one
// day range, a day window) are those of comparing every pair, wherever the points are (poles,
// the antimeridian, cell edges) and however many events share a place.
#include "batch/dedup.hpp"
#include "geo/geodesy.hpp"

#include <catch2/catch.hpp>

#include <algorithm>
#include <cmath>
#include <numeric>
#include <random>
#include <string>
#include <vector>

namespace {

using gt::batch::detail::LinkKey;

/// The groups by comparing every pair: the rule of docs/batch.md, written as plainly as it reads.
std::vector<std::uint32_t> every_pair(const std::vector<LinkKey>& keys) {
    std::vector<std::uint32_t> parent(keys.size());
    std::iota(parent.begin(), parent.end(), 0u);
    auto find = [&](std::uint32_t x) {
        while (parent[x] != x) x = parent[x];
        return x;
    };
    for (std::uint32_t i = 0; i < keys.size(); ++i)
        for (std::uint32_t j = i + 1; j < keys.size(); ++j) {
            const LinkKey &a = keys[i], &b = keys[j];
            if (!a.linked || !b.linked || a.type != b.type || a.doc == b.doc) continue;
            if (a.first - gt::batch::kDedupDaySlack > b.last || b.first - gt::batch::kDedupDaySlack > a.last) continue;
            if (gt::geo::distance_m({a.lat, a.lon}, {b.lat, b.lon}) > gt::batch::kDedupDistanceM) continue;
            const std::uint32_t x = find(i), y = find(j);
            if (x != y) parent[std::max(x, y)] = std::min(x, y);
        }
    std::vector<std::uint32_t> root(keys.size());
    for (std::uint32_t i = 0; i < keys.size(); ++i) root[i] = find(i);
    return root;
}

LinkKey key(std::uint32_t type, std::uint32_t doc, double lat, double lon, long first, long last) {
    LinkKey k;
    k.linked = true;
    k.type = type;
    k.doc = doc;
    k.lat = lat;
    k.lon = lon;
    k.first = first;
    k.last = last;
    return k;
}

/// Keys around `centres`: points within ~25 km of each (many at the centre itself, as places
/// resolved to one town are), a few documents, two types, day ranges of one to five days.
std::vector<LinkKey> keys_around(unsigned seed, const std::vector<std::pair<double, double>>& centres, int n) {
    std::mt19937 rng(seed);
    std::uniform_int_distribution<int> pick(0, static_cast<int>(centres.size()) - 1), doc(0, 11), type(0, 1),
        day(0, 20), span(0, 4), same(0, 2), off(0, 3);
    std::uniform_real_distribution<double> bearing(0, 360), km(0, 25'000);
    std::vector<LinkKey> keys;
    for (int i = 0; i < n; ++i) {
        auto [lat, lon] = centres[static_cast<std::size_t>(pick(rng))];
        if (same(rng)) { // away from the centre
            const auto p = gt::geo::direct({lat, lon}, bearing(rng), km(rng));
            lat = p.lat;
            lon = p.lon;
        }
        const long first = 20'000 + day(rng);
        LinkKey k = key(static_cast<std::uint32_t>(type(rng)), static_cast<std::uint32_t>(doc(rng)), lat, lon, first,
                        first + (off(rng) ? 0 : span(rng)));
        k.linked = off(rng) != 0 || same(rng) != 0; // a few without a place or a date
        keys.push_back(k);
    }
    return keys;
}

} // namespace

TEST_CASE("dedup linking: the groups of the buckets are those of comparing every pair", "[batch][dedup]") {
    // towns in several countries, the poles, both sides of the antimeridian, the equator
    const std::vector<std::pair<double, double>> centres = {
        {-33.45, -70.66}, {14.69, -17.44}, {60.17, 24.94},  {-8.55, 125.57}, {89.99, 40.0}, {-89.99, -120.0},
        {-16.5, 179.99},  {-16.5, -179.99}, {0.0, 0.0},     {64.13, -21.9},  {1.29, 103.85}};
    for (unsigned seed = 1; seed <= 12; ++seed) {
        const auto keys = keys_around(seed, centres, 1500);
        const auto got = gt::batch::detail::link_groups(keys);
        const auto want = every_pair(keys);
        REQUIRE(got.size() == want.size());
        std::size_t linked = 0;
        for (std::size_t i = 0; i < keys.size(); ++i) {
            REQUIRE(got[i] == want[i]);
            linked += got[i] != i;
        }
        CHECK(linked > 100); // the keys do link, across cells and sites
    }
}

TEST_CASE("dedup linking: keys of one point, one document and one day stay apart unless another links them",
          "[batch][dedup]") {
    // three reports of one document at one point and day: not linked to each other
    std::vector<LinkKey> keys = {key(0, 7, 12.65, -8.0, 100, 100), key(0, 7, 12.65, -8.0, 100, 100),
                                 key(0, 7, 12.65, -8.0, 100, 100)};
    auto root = gt::batch::detail::link_groups(keys);
    CHECK(root == std::vector<std::uint32_t>{0, 1, 2});
    // a report of another document 3 km away a day later links all three
    keys.push_back(key(0, 8, 12.677, -8.0, 101, 101));
    root = gt::batch::detail::link_groups(keys);
    CHECK(root == std::vector<std::uint32_t>{0, 0, 0, 0});
    // one of another document at the point itself: the site holds two documents, one group
    keys = {key(1, 3, -4.32, 15.31, 50, 52), key(1, 4, -4.32, 15.31, 50, 52), key(1, 3, -4.32, 15.31, 50, 52)};
    CHECK(gt::batch::detail::link_groups(keys) == std::vector<std::uint32_t>{0, 0, 0});
    // three days apart, another type, or 11 km away: apart
    keys = {key(1, 3, 50.45, 30.52, 50, 50), key(1, 4, 50.45, 30.52, 53, 53), key(2, 5, 50.45, 30.52, 50, 50),
            key(1, 6, 50.549, 30.52, 50, 50)};
    CHECK(gt::batch::detail::link_groups(keys) == std::vector<std::uint32_t>{0, 1, 2, 3});
}

TEST_CASE("dedup linking: 200,000 events at one place compare in proportion to them, not to their square",
          "[batch][dedup]") {
    // One town, a report a document, several a day of each type over ten years; then as many
    // on one day. Every pair of a type within 10 km was compared: 6.7·10^9 pairs.
    for (const long days : {3650L, 1L}) {
        std::vector<LinkKey> keys;
        const std::uint32_t n = 200'000;
        for (std::uint32_t i = 0; i < n; ++i)
            keys.push_back(key(i % 3, i, -1.2921, 36.8219, 30'000 + static_cast<long>(i) % days,
                               30'000 + static_cast<long>(i) % days));
        std::size_t compared = 0;
        const auto root = gt::batch::detail::link_groups(keys, &compared);
        // each type's reports within a day of each other are one group: all of a type in one
        for (std::uint32_t i : {n - 1, n - 2, n - 3, n / 2}) CHECK(root[i] == i % 3);
        CHECK(compared <= 3 * static_cast<std::size_t>(days)); // a site (type, day) against the next day's
    }
    // reports of one document at one town on every day: nothing to link, nothing much compared
    std::vector<LinkKey> keys;
    for (std::uint32_t i = 0; i < 100'000; ++i) keys.push_back(key(0, 5, 59.33, 18.06, 40'000 + i % 500, 40'000 + i % 500));
    std::size_t compared = 0;
    const auto root = gt::batch::detail::link_groups(keys, &compared);
    for (std::uint32_t i : {0u, 1u, 500u, 99'999u}) CHECK(root[i] == i);
    CHECK(compared <= 1000);
}
