#pragma once
// Internal to timex/: calendar arithmetic (Boost.Date_Time) and TimeML value formatting.

#include "timex/scan.hpp"

#include <optional>
#include <string>

namespace gt::timex::cal {

/// The day, or nothing when (y, m, d) is not a calendar day (31 February, 29 February 2017).
std::optional<Date> make_date(int y, int m, int d) noexcept;
int days_in_month(int y, int m) noexcept;

std::string year(int y);               // 2017, 0987 ; "XXXX" for y < 0
std::string month(int y, int m);       // 2017-09 ; XXXX-09 when y < 0
std::string day(const Date& d);        // 2017-09-05
std::string day(int y, int m, int d);  // XXXX-09-05 when y < 0
std::string week(const Date& d);       // ISO week: 2017-W36
std::string quarter(int y, int q);     // 2017-Q3
std::string season(int y, int s);      // 2017-SU (s: 1 SP, 2 SU, 3 FA, 4 WI)
const char* part_of_day(int p);        // MO AF EV NI DT
std::string two(int v);                // zero-padded to two digits

/// Weekday 1..7 (Monday = 1) of a date.
int weekday(const Date& d) noexcept;

/// The day with weekday `wd` relative to `ref`: dir -1 the latest on or before ref,
/// +1 the earliest on or after, -2 strictly before, +2 strictly after.
Date weekday_near(const Date& ref, int wd, int dir);

/// How much farther a date on the tense's side may be than one on the other side and still be
/// chosen. The past tense decides between a month some months back and one some months
/// ahead, not against a much nearer one ("must be returned by Jan. 14" said on 7 January 2000
/// is 2000-01-14): -ed forms are as often participles. An explicit future ("will be held in
/// December" said in January) is trusted up to a year, unless weakened (dir ±3: after a
/// deadline preposition, "by August", where the tense may be the decision's).
inline constexpr long kPastPenaltyMonths = 6;
inline constexpr long kPastPenaltyDays = 183;
inline constexpr long kFuturePenaltyMonths = 11;
inline constexpr long kFuturePenaltyDays = 335;

/// The year of month `m` relative to the month of `ref`: dir -2 strictly before, +2 strictly
/// after; otherwise the nearest, with the tense (-1 past, +1 future, 0 none) breaking
/// near-ties (see kPastPenaltyMonths).
int year_of_month(const Date& ref, int m, int dir) noexcept;

/// The year of day (m, d) relative to `ref` with the same dir convention as above.
int year_of_day(const Date& ref, int m, int d, int dir) noexcept;

/// ref shifted by n units (negative: into the past), formatted at the unit's granularity.
std::string shifted(const Date& ref, Unit u, int n, Granularity* g = nullptr);

/// P3Y, PT4H, P2W, PXD (n < 0), P2Y6M for 2.5 years.
std::string duration(double n, Unit u);

Granularity granularity_of(Unit u) noexcept;

} // namespace gt::timex::cal
