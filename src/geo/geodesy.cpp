#include "geo/geodesy.hpp"

#include <geodesic.h>

#include <algorithm>
#include <array>
#include <cctype>
#include <charconv>
#include <cmath>
#include <string>

namespace gt::geo {

namespace {

const geod_geodesic& wgs84() noexcept {
    static const geod_geodesic g = [] {
        geod_geodesic gg{};
        geod_init(&gg, 6378137.0, 1 / 298.257223563);
        return gg;
    }();
    return g;
}

double norm360(double a) noexcept {
    a = std::fmod(a, 360.0);
    if (a < 0) a += 360.0;
    return a >= 360.0 ? 0.0 : a; // -1e-15 + 360 rounds to 360
}

constexpr std::array<std::string_view, 16> points = {"N",  "NNE", "NE", "ENE", "E",  "ESE",
                                                     "SE", "SSE", "S",  "SSW", "SW", "WSW",
                                                     "W",  "WNW", "NW", "NNW"};

} // namespace

Inverse inverse(LatLon a, LatLon b) noexcept {
    double s12 = 0, azi1 = 0, azi2 = 0;
    geod_inverse(&wgs84(), a.lat, a.lon, b.lat, b.lon, &s12, &azi1, &azi2);
    return {s12, norm360(azi1), norm360(azi2)};
}

double distance_m(LatLon a, LatLon b) noexcept {
    return inverse(a, b).distance_m;
}

bool closer_than(LatLon a, LatLon b, double limit_m) noexcept {
    constexpr double rad = 3.14159265358979323846 / 180.0;
    constexpr double mean_radius_m = 6371008.8;
    double s1 = std::sin((b.lat - a.lat) * rad / 2), s2 = std::sin((b.lon - a.lon) * rad / 2);
    double h = s1 * s1 + std::cos(a.lat * rad) * std::cos(b.lat * rad) * s2 * s2;
    double sphere = 2 * mean_radius_m * std::asin(std::sqrt(std::min(1.0, std::max(0.0, h))));
    if (sphere < 0.98 * limit_m) return true;
    if (sphere > 1.02 * limit_m) return false;
    return distance_m(a, b) < limit_m; // near the limit, or not a number
}

LatLon direct(LatLon from, double bearing_deg, double dist_m) noexcept {
    double lat2 = 0, lon2 = 0, azi2 = 0;
    geod_direct(&wgs84(), from.lat, from.lon, bearing_deg, dist_m, &lat2, &lon2, &azi2);
    if (lon2 > 180) lon2 -= 360;
    if (lon2 < -180) lon2 += 360;
    return {lat2, lon2};
}

std::string_view compass16(double bearing_deg) noexcept {
    auto idx = static_cast<std::size_t>(std::floor(norm360(bearing_deg) / 22.5 + 0.5)) % 16;
    return points[idx];
}

double compass_bearing(std::string_view words) noexcept {
    // Reduce "south-east", "south east", "Southeast", "SE" to the letters "se".
    std::string letters;
    std::size_t i = 0;
    while (i < words.size()) {
        while (i < words.size() && !std::isalpha(static_cast<unsigned char>(words[i])))
            ++i;
        std::size_t j = i;
        while (j < words.size() && std::isalpha(static_cast<unsigned char>(words[j])))
            ++j;
        std::string w;
        for (std::size_t k = i; k < j; ++k)
            w.push_back(static_cast<char>(std::tolower(static_cast<unsigned char>(words[k]))));
        i = j;
        if (w.empty()) continue;
        // Split compounds such as "southeast", "northnortheast".
        std::size_t p = 0;
        bool ok = true;
        std::string part;
        while (p < w.size()) {
            if (w.compare(p, 5, "north") == 0)
                part += 'n', p += 5;
            else if (w.compare(p, 5, "south") == 0)
                part += 's', p += 5;
            else if (w.compare(p, 4, "east") == 0)
                part += 'e', p += 4;
            else if (w.compare(p, 4, "west") == 0)
                part += 'w', p += 4;
            else if (w.size() <= 3 && (w[p] == 'n' || w[p] == 's' || w[p] == 'e' || w[p] == 'w'))
                part += w[p], p += 1;
            else {
                ok = false;
                break;
            }
        }
        if (!ok) return -1;
        letters += part;
    }
    if (letters.empty() || letters.size() > 3) return -1;
    for (std::size_t k = 0; k < points.size(); ++k) {
        std::string p;
        for (char c : points[k])
            p.push_back(static_cast<char>(std::tolower(c)));
        if (p == letters) return static_cast<double>(k) * 22.5;
    }
    return -1;
}

double bearing_difference(double a_deg, double b_deg) noexcept {
    double d = std::fabs(norm360(a_deg) - norm360(b_deg));
    return d > 180 ? 360 - d : d;
}

bool valid(LatLon p) noexcept {
    return std::isfinite(p.lat) && std::isfinite(p.lon) && p.lat >= -90 && p.lat <= 90 &&
           p.lon >= -180 && p.lon <= 180;
}

bool parse_latlon(std::string_view s, LatLon& out) noexcept {
    auto sep = s.find_first_of(",;");
    if (sep == std::string_view::npos) return false;
    auto parse = [](std::string_view t, double& v) {
        while (!t.empty() && t.front() == ' ')
            t.remove_prefix(1);
        while (!t.empty() && t.back() == ' ')
            t.remove_suffix(1);
        if (!t.empty() && t.front() == '+') t.remove_prefix(1);
        if (t.empty()) return false;
        auto [p, ec] = std::from_chars(t.data(), t.data() + t.size(), v);
        return ec == std::errc() && p == t.data() + t.size();
    };
    LatLon p;
    if (!parse(s.substr(0, sep), p.lat) || !parse(s.substr(sep + 1), p.lon)) return false;
    if (!valid(p)) return false;
    out = p;
    return true;
}

} // namespace gt::geo
