// The seats of the divisions, made when the index is built (seats.hpp).
#include "gazetteer/seats.hpp"

#include <algorithm>
#include <cstring>
#include <utility>

namespace gt::gazetteer {

SeatTables make_seats(std::span<const format::Entry> entries, std::span<const format::Admin1> admin1,
                      std::string_view strings) {
    using format::Entry;
    auto str = [&](std::uint32_t off) {
        return off >= strings.size() ? std::string_view{} : std::string_view(strings.data() + off);
    };
    auto admin1_code = [&](const Entry& e) {
        return e.admin1 == format::no_admin1 || e.admin1 >= admin1.size() ? std::string_view{}
                                                                          : str(admin1[e.admin1].code);
    };
    SeatTables t;
    std::vector<std::pair<std::string_view, std::uint32_t>> all;
    // (the feature code compared in place, NUL included)
    for (std::uint32_t i = 0, n = static_cast<std::uint32_t>(entries.size()); i < n; ++i) {
        const Entry& e = entries[i];
        if (e.feature_class != 'P' || (e.feature_code[3] != 'A' && e.feature_code[3] != 'C')) continue;
        if (std::memcmp(e.feature_code, "PPLA2", 6) == 0) {
            if (std::string_view c = str(e.admin2); !c.empty())
                t.second.push_back({format::seat2_hash(c.data(), c.size()), i});
            continue;
        }
        if (e.admin1 == format::no_admin1 ||
            (std::memcmp(e.feature_code, "PPLA", 5) != 0 && std::memcmp(e.feature_code, "PPLC", 5) != 0))
            continue;
        all.emplace_back(admin1_code(e), i);
    }
    // per code: a PPLA before the capital, the most populous first
    std::sort(all.begin(), all.end(), [&](const auto& x, const auto& y) {
        if (x.first != y.first) return x.first < y.first;
        bool xa = std::memcmp(entries[x.second].feature_code, "PPLA", 5) == 0;
        bool ya = std::memcmp(entries[y.second].feature_code, "PPLA", 5) == 0;
        if (xa != ya) return xa;
        return entries[x.second].population > entries[y.second].population;
    });
    for (std::size_t k = 0; k < all.size(); ++k)
        if (k == 0 || all[k - 1].first != all[k].first) t.first.push_back(all[k].second);
    std::sort(t.second.begin(), t.second.end(), [](const format::Seat2& x, const format::Seat2& y) {
        return x.hash != y.hash ? x.hash < y.hash : x.entry < y.entry;
    });
    return t;
}

} // namespace gt::gazetteer
