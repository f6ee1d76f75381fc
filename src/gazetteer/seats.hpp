#pragma once
// The seats of the divisions, found once when the index is built and stored in it (sections
// sec_seats1 and sec_seats2 of format.hpp), not by a pass over the whole index at the first
// seat lookup of each process (issue #12: 266,000 entries, 17 MB read, about 5 ms).

#include "gazetteer/format.hpp"

#include <cstdint>
#include <span>
#include <string_view>
#include <vector>

namespace gt::gazetteer {

struct SeatTables {
    /// For each first-level division code (sorted by code), its most populous place of
    /// feature PPLA, else the national capital lying in it (PPLC).
    std::vector<std::uint32_t> first;
    /// Every place of feature PPLA2 with a second-level code, by the code's hash.
    std::vector<format::Seat2> second;
};

/// The seat tables of an index's entries, admin1 table and string pool.
SeatTables make_seats(std::span<const format::Entry> entries, std::span<const format::Admin1> admin1,
                      std::string_view strings);

} // namespace gt::gazetteer
