// io::detail::FeatureSpill: the GeoJSON writer's features in bounded memory (issue #15 item 5).
// Past its budget the events go to sorted runs in a temporary file; the order given back is
// that of one stable sort by date (undated last), then the claims in their order.
#include "io/feature_spill.hpp"

#include <catch2/catch.hpp>

#include <algorithm>
#include <random>
#include <string>
#include <vector>

namespace {

std::vector<std::string> drain(gt::io::detail::FeatureSpill& s) {
    std::vector<std::string> out;
    s.drain([&](std::string_view f) { out.emplace_back(f); });
    return out;
}

} // namespace

TEST_CASE("FeatureSpill gives the order of one stable sort, in memory or through runs", "[writers]") {
    std::mt19937 rnd(15);
    const char* dates[] = {"2017-01-02", "2016-12-31", "", "2017-01-02", "2015-06-01", ""};
    gt::io::detail::FeatureSpill big, small(2000); // every few features a run
    struct Item {
        std::string date, feature;
    };
    std::vector<Item> expect;
    std::vector<std::string> claims;
    for (int i = 0; i < 3000; ++i) {
        std::string date = dates[rnd() % 6];
        std::string feature = "{\"n\":" + std::to_string(i) + ",\"pad\":\"" + std::string(rnd() % 200, 'x') + "\"}";
        big.add_event(date, feature);
        small.add_event(date, feature);
        expect.push_back({date, feature});
        if (i % 7 == 0) {
            std::string c = "{\"claim\":" + std::to_string(i) + "}";
            big.add_claim(c);
            small.add_claim(c);
            claims.push_back(c);
        }
    }
    std::stable_sort(expect.begin(), expect.end(), [](const Item& a, const Item& b) {
        if (a.date.empty() != b.date.empty()) return b.date.empty();
        return a.date < b.date;
    });
    std::vector<std::string> want;
    for (const auto& e : expect) want.push_back(e.feature);
    want.insert(want.end(), claims.begin(), claims.end());
    CHECK(big.runs() == 0);
    CHECK(small.runs() > 100);
    CHECK(drain(big) == want);
    CHECK(drain(small) == want);
    // drained: empty, and usable again
    CHECK(drain(small).empty());
    small.add_event("", "{}");
    CHECK(drain(small) == std::vector<std::string>{"{}"});
}
