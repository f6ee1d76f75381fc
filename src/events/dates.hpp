#pragma once
// Event dates from TimeML values: the ISO date, its range and the ACLED-like time precision.
// Internal to events/.

#include "core/event.hpp"

#include <string>
#include <string_view>

namespace gt::events {

struct EventDate {
    // ISO days; date == start, except a week's: its Wednesday. Shared handles (shared_vocab:
    // a document tells few days, its candidate events many: issue #15)
    SharedStr date, start, end;
    TimePrecision precision = TimePrecision::day;
};

/// Days since 1970-01-01 of a proleptic Gregorian date, and back.
long days_from_civil(int y, unsigned m, unsigned d) noexcept;
std::string civil_from_days(long z);

/// Parses "YYYY-MM-DD" (anything after the day is ignored); false when it is not a date.
bool parse_iso_day(std::string_view s, long& days) noexcept;

/// The date a TimeML DATE/TIME value stands for: 2017-09-05 (day), 2017-W36 (week: Monday to
/// Sunday, dated on the Wednesday as ACLED dates a week), 2017-W36-WE (weekend: Saturday and
/// Sunday, dated on the Saturday; week precision), 2017-09 (month), 2017-Q3 / 2017-SU / 2017 (year precision, the range narrowed to
/// the quarter or season when given). False for values that are not a calendar position
/// (PRESENT_REF, XXXX-01, durations).
bool date_from_timex(std::string_view value, EventDate& out);

/// Whether two event dates may be the same incident: equal, or one range contains the other.
bool dates_overlap(const EventDate& a, const EventDate& b) noexcept;

} // namespace gt::events
