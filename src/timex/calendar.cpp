#include "timex/calendar.hpp"

#include <boost/date_time/gregorian/gregorian.hpp>

#include <cmath>
#include <cstdio>
#include <cstdlib>

namespace gt::timex::cal {

namespace bg = boost::gregorian;

namespace {

// Concatenation by appending (GCC 12 warns falsely, -Wrestrict, on literal + std::string).
std::string cat(std::initializer_list<std::string_view> parts) {
    std::string out;
    for (auto p : parts) out.append(p);
    return out;
}

} // namespace

std::optional<Date> make_date(int y, int m, int d) noexcept {
    if (y < 1400 || y > 9999 || m < 1 || m > 12 || d < 1) return std::nullopt;
    if (d > days_in_month(y, m)) return std::nullopt;
    return Date(static_cast<unsigned short>(y), static_cast<unsigned short>(m),
                static_cast<unsigned short>(d));
}

int days_in_month(int y, int m) noexcept {
    if (y < 1400 || y > 9999 || m < 1 || m > 12) return 31;
    return bg::gregorian_calendar::end_of_month_day(static_cast<unsigned short>(y),
                                                    static_cast<unsigned short>(m));
}

namespace {

// Appends v % 100 as printf's "%02d" writes it (digits written by hand: this is per value).
void append_two(std::string& out, int v) {
    if (v < 0) { // "-5", "-15": rare, printf's form
        char buf[8];
        std::snprintf(buf, sizeof buf, "%02d", v % 100);
        out += buf;
        return;
    }
    int x = v % 100;
    out += static_cast<char>('0' + x / 10);
    out += static_cast<char>('0' + x % 10);
}

// Appends year(y).
void append_year(std::string& out, int y) {
    if (y < 0) {
        out += "XXXX";
        return;
    }
    int x = y % 10000;
    out += static_cast<char>('0' + x / 1000);
    out += static_cast<char>('0' + x / 100 % 10);
    out += static_cast<char>('0' + x / 10 % 10);
    out += static_cast<char>('0' + x % 10);
}

} // namespace

std::string two(int v) {
    std::string out;
    append_two(out, v);
    return out;
}

std::string year(int y) {
    std::string out;
    append_year(out, y);
    return out;
}

std::string month(int y, int m) {
    std::string out;
    append_year(out, y);
    out += '-';
    append_two(out, m);
    return out;
}

std::string day(int y, int m, int d) {
    std::string out;
    append_year(out, y);
    out += '-';
    append_two(out, m);
    out += '-';
    append_two(out, d);
    return out;
}

std::string day(const Date& d) { return day(d.year(), d.month(), d.day()); }

std::string week(const Date& d) {
    int w = d.week_number();
    int y = d.year();
    if (w >= 52 && d.month() == 1) --y;
    if (w == 1 && d.month() == 12) ++y;
    return cat({year(y), "-W", two(w)});
}

std::string quarter(int y, int q) { return cat({year(y), "-Q", std::to_string(q)}); }

std::string season(int y, int s) {
    static const char* names[] = {"", "SP", "SU", "FA", "WI"};
    return cat({year(y), "-", names[s < 0 || s > 4 ? 0 : s]});
}

const char* part_of_day(int p) {
    static const char* names[] = {"", "MO", "AF", "EV", "NI", "DT"};
    return names[p < 0 || p > 5 ? 0 : p];
}

int weekday(const Date& d) noexcept {
    int w = d.day_of_week().as_number(); // Sunday = 0
    return w == 0 ? 7 : w;
}

Date weekday_near(const Date& ref, int wd, int dir) {
    int cur = weekday(ref);
    int back = (cur - wd + 7) % 7;  // days back to the latest on or before
    int fwd = (wd - cur + 7) % 7;   // days on to the earliest on or after
    switch (dir) {
    case -2: return ref - bg::days(back == 0 ? 7 : back);
    case +2: return ref + bg::days(fwd == 0 ? 7 : fwd);
    case +1: return ref + bg::days(fwd);
    default: return ref - bg::days(back);
    }
}

namespace {

// Of the candidates in the years around ref (distance from ref, negative before it), the one
// nearest to ref; a candidate on the other side than the tense (`dir` -1 past, +1 future)
// counts `penalty` further. So the tense decides between a date some months back and one
// some months ahead, but not against one much nearer ("by Jan. 14" said on 7 January).
int nearest_year(int y0, const long dist[3], int dir, long penalty) noexcept {
    int best = 0;
    long best_cost = 0;
    for (int k = 0; k < 3; ++k) {
        long dd = dist[k];
        long cost = 2 * (dd < 0 ? -dd : dd); // doubled: on a tie, the tense's side wins
        if ((dir < 0 && dd > 0) || (dir > 0 && dd < 0)) cost += 2 * penalty + 1;
        if (k == 0 || cost < best_cost) {
            best = k;
            best_cost = cost;
        }
    }
    return y0 - 1 + best;
}

} // namespace

int year_of_month(const Date& ref, int m, int dir) noexcept {
    int y = ref.year();
    int rm = ref.month();
    switch (dir) {
    case -2: return m < rm ? y : y - 1;
    case +2: return m > rm ? y : y + 1;
    default: {
        long dist[3];
        for (int k = 0; k < 3; ++k) dist[k] = static_cast<long>((y - 1 + k) * 12 + m) - static_cast<long>(y * 12 + rm);
        return nearest_year(y, dist, dir, dir == 1 ? kFuturePenaltyMonths : kPastPenaltyMonths);
    }
    }
}

int year_of_day(const Date& ref, int m, int d, int dir) noexcept {
    int y = ref.year();
    auto key = [](int mm, int dd) { return mm * 32 + dd; };
    int r = key(ref.month(), ref.day()), k = key(m, d);
    switch (dir) {
    case -2: return k < r ? y : y - 1;
    case +2: return k > r ? y : y + 1;
    default: {
        long dist[3];
        for (int j = 0; j < 3; ++j) {
            int yy = y - 1 + j;
            // 29 February in a common year: count it as 28 February
            int dd = d > days_in_month(yy, m) ? days_in_month(yy, m) : d;
            auto cand = make_date(yy, m, dd);
            dist[j] = cand ? static_cast<long>((*cand - ref).days()) : 100000L;
        }
        return nearest_year(y, dist, dir, dir == 1 ? kFuturePenaltyDays : kPastPenaltyDays);
    }
    }
}

Granularity granularity_of(Unit u) noexcept {
    switch (u) {
    case Unit::Second:
    case Unit::Minute: return Granularity::Minute;
    case Unit::Hour: return Granularity::Hour;
    case Unit::Day: return Granularity::Day;
    case Unit::Week:
    case Unit::Fortnight: return Granularity::Week;
    case Unit::Month: return Granularity::Month;
    case Unit::Quarter: return Granularity::Quarter;
    case Unit::Year: return Granularity::Year;
    case Unit::Decade: return Granularity::Decade;
    case Unit::Century: return Granularity::Century;
    case Unit::None: break;
    }
    return Granularity::None;
}

std::string shifted(const Date& ref, Unit u, int n, Granularity* g) {
    if (g) *g = granularity_of(u);
    switch (u) {
    case Unit::Second:
    case Unit::Minute:
    case Unit::Hour:
    case Unit::Day: {
        if (u != Unit::Day) n = 0; // hours ago: the DCT's day at best
        return day(ref + bg::days(n));
    }
    case Unit::Week: return week(ref + bg::weeks(n));
    case Unit::Fortnight: return week(ref + bg::weeks(2 * n));
    case Unit::Month: {
        Date d = ref + bg::months(n);
        return month(d.year(), d.month());
    }
    case Unit::Quarter: {
        Date d = ref + bg::months(3 * n);
        return quarter(d.year(), (d.month() - 1) / 3 + 1);
    }
    case Unit::Year: return year(ref.year() + n);
    case Unit::Decade: return year(ref.year() + 10 * n).substr(0, 3);
    case Unit::Century: return year(ref.year() + 100 * n).substr(0, 2);
    case Unit::None: break;
    }
    return day(ref);
}

namespace {

std::string num_str(double n) {
    if (std::fabs(n - std::round(n)) < 1e-9) return std::to_string(static_cast<long long>(std::llround(n)));
    char buf[32];
    std::snprintf(buf, sizeof buf, "%g", n);
    return buf;
}

} // namespace

std::string duration(double n, Unit u) {
    bool fuzzy = n < 0;
    double whole = std::floor(n);
    bool half = !fuzzy && std::fabs(n - whole - 0.5) < 1e-9;
    auto q = [&](double k) { return fuzzy ? std::string("X") : num_str(k); };
    switch (u) {
    case Unit::Second: return cat({"PT", q(n), "S"});
    case Unit::Minute: return half ? cat({"PT", num_str(whole), "M30S"}) : cat({"PT", q(n), "M"});
    case Unit::Hour: return half ? cat({"PT", num_str(whole), "H30M"}) : cat({"PT", q(n), "H"});
    case Unit::Day: return half ? cat({"P", num_str(whole), "DT12H"}) : cat({"P", q(n), "D"});
    case Unit::Week: return cat({"P", q(n), "W"});
    case Unit::Fortnight: return cat({"P", q(2 * n), "W"});
    case Unit::Month: return cat({"P", q(n), "M"});
    case Unit::Quarter: return cat({"P", q(n), "Q"});
    case Unit::Year: return half ? cat({"P", num_str(whole), "Y6M"}) : cat({"P", q(n), "Y"});
    case Unit::Decade: return fuzzy ? "PXE" : cat({"P", num_str(10 * n), "Y"});
    case Unit::Century: return fuzzy ? "PXC" : cat({"P", num_str(100 * n), "Y"});
    case Unit::None: break;
    }
    return "PX";
}

} // namespace gt::timex::cal
