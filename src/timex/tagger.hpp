#pragma once
// The temporal expression tagger (TIMEX3, TimeML values). The only public header of
// timex/: the rules, lexicon and calendar helpers are internal. See docs/timex.md.

#include "core/timex.hpp"

#include <cstddef>
#include <string_view>
#include <vector>

namespace gt::timex {

/// Finds and normalises the temporal expressions of `text` (UTF-8; invalid bytes are
/// tolerated). Relative expressions are resolved against `dct`; without a DCT they keep
/// underspecified values (XXXX-01, XXXX-WXX-2, ...). Results are sorted by offset and do
/// not overlap; offsets are bytes.
std::vector<TimeExpr> tag(std::string_view text, const Dct& dct);

/// Normalises a date given on the command line or in a JSON "date" field
/// ("2017-09-09", "2017-09-09T10:00:00Z", "20170909", "9 September 2017", ...) to
/// YYYY-MM-DD; returns an empty string when it is not a valid calendar day.
std::string normalize_dct(std::string_view s);

/// Looks for a dateline (a fully specified calendar day) in the first lines of `text`:
/// "date 2017-09-09", "09 September 2017", "Wed 05 Apr 2017", "Published July 5 2016",
/// "03.10.2017", "19:34 GMT +3 09 September 2017". Returns a Dct with source "dateline",
/// or source "none" when there is none.
Dct find_dateline(std::string_view text, std::size_t max_lines = 6);

/// The DCT in the documented order: `cli_date` (--date), then `json_date` (the JSON
/// "date" field), then a dateline in the text, else none. Throws nothing; an invalid
/// cli/json date is skipped (the caller validates --date itself).
Dct find_dct(std::string_view cli_date, std::string_view json_date, std::string_view text);

} // namespace gt::timex
