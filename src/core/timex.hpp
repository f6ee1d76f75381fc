#pragma once
// TIMEX3 temporal expressions (TimeML), as plain data shared by the stages.
// core/ includes nothing of ours.

#include "core/shared_str.hpp"

#include <cstddef>
#include <string>
#include <string_view>

namespace gt {

enum class TimexType { Date, Time, Duration, Set };

inline std::string_view to_string(TimexType t) noexcept {
    switch (t) {
    case TimexType::Date: return "DATE";
    case TimexType::Time: return "TIME";
    case TimexType::Duration: return "DURATION";
    case TimexType::Set: return "SET";
    }
    return "DATE";
}

/// How fine the value is. For DATE/TIME values the ACLED-like precision used by the
/// events stage follows from it: day → 1, week → 2, month → 3, coarser → 4.
enum class Granularity { None, Minute, Hour, PartOfDay, Day, Week, Month, Season, Quarter, Year, Decade, Century };

struct TimeExpr {
    std::size_t begin = 0; // byte offsets into the text, end exclusive
    std::size_t end = 0;
    SharedStr text;        // as written (shared: a document repeats "on Monday", issue #15)
    TimexType type = TimexType::Date;
    SharedStr value;       // TimeML value: 2017-09-05, 2017-W36, P3Y, PRESENT_REF, XXXX-01, ...
    Granularity granularity = Granularity::None;
    bool relative = false; // the value was computed from the DCT (or left underspecified without one)
};

/// Document creation time: an ISO date (YYYY-MM-DD) or empty, and where it came from.
struct Dct {
    std::string value;          // "2017-09-09" or empty when unknown
    std::string source = "none"; // "--date", "json", "dateline", "none"
    bool known() const noexcept { return !value.empty(); }
};

} // namespace gt
