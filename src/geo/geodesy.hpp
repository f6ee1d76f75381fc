#pragma once
// Distances and directions on the WGS 84 ellipsoid through PROJ's geodesic.h (Karney).
// Never haversine: news distances are checked to the kilometre.

#include <string_view>

namespace gt::geo {

struct LatLon {
    double lat = 0;
    double lon = 0;
};

struct Inverse {
    double distance_m = 0;
    double initial_bearing_deg = 0; // [0, 360), clockwise from north, at the start point
    double final_bearing_deg = 0;   // [0, 360), at the end point
};

/// The geodesic between a and b (the inverse problem).
Inverse inverse(LatLon a, LatLon b) noexcept;

/// Distance in metres only.
double distance_m(LatLon a, LatLon b) noexcept;

/// distance_m(a, b) < limit_m, answered by a spherical estimate when it is clearly on one side
/// (the ellipsoid's geodesics differ from the sphere's by under 0.6%; the estimate decides
/// outside a 2% band around the limit, the geodesic inside it): the same answer, cheaper.
bool closer_than(LatLon a, LatLon b, double limit_m) noexcept;

/// The point reached from `from` after `distance_m` metres on `bearing_deg` (the direct problem).
LatLon direct(LatLon from, double bearing_deg, double distance_m) noexcept;

/// 16-point compass name of a bearing ("N", "NNE", ..., "NNW").
std::string_view compass16(double bearing_deg) noexcept;

/// Bearing in degrees of a compass word or abbreviation ("south east", "south-east",
/// "southeast", "SE", "east-northeast"); returns a negative value when it is not one.
double compass_bearing(std::string_view words) noexcept;

/// Smallest angle between two bearings, in [0, 180].
double bearing_difference(double a_deg, double b_deg) noexcept;

/// True when lat/lon are finite and within [-90, 90] x [-180, 180].
bool valid(LatLon p) noexcept;

/// Parses "lat,lon" (also with spaces or a semicolon); returns false when it is not one.
bool parse_latlon(std::string_view s, LatLon& out) noexcept;

} // namespace gt::geo
