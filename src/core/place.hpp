#pragma once
// A place mentioned in a document and its resolution against the gazetteer.
// Plain data: core/ includes nothing of ours. The gazetteer's fields of a resolved mention are
// SharedStr handles (8 bytes, shared by every mention of the same entry: the geoparser hands out
// one set per entry, geoparse/resolve.cpp fill_from_entry), not strings of their own: a big
// document names the same few places hundreds of thousands of times (issue #15, item 5).

#include "core/shared_str.hpp"

#include <cstddef>
#include <cstdint>
#include <string>

namespace gt {

/// ACLED geo_precision: 1 the town itself, 2 near a town or a part of a region,
/// 3 a region (first-level division or larger; also countries).
enum class GeoPrecision : int { town = 1, near_town = 2, region = 3 };

struct PlaceMention {
    std::size_t begin = 0, end = 0; // byte offsets of the mention in Document::text, end exclusive
    SharedStr text;                 // as written ("Deir al-Zour", "Syrian"); shared by the mentions
                                    // of one name (the geoparser's come from shared_vocab)

    // Resolution; resolved == false leaves the rest empty.
    SharedStr id;                   // stable gazetteer id: "geonames:170794", "country:SY", ...
    SharedStr name;                 // gazetteer name ("Deir ez-Zor")
    SharedStr feature;              // "P.PPLA", "A.PCLI", "A.ADM1", ...
    SharedStr country;              // ISO alpha-2
    SharedStr country_name;
    SharedStr admin1;               // first-level division name
    SharedStr admin1_code;          // "SY.07"
    double lat = 0, lon = 0;        // WGS 84
    std::uint64_t population = 0;
    double score = 0;               // confidence of the resolution, 0..1

    // A place given relative to another ("30 km north of Aleppo"): the point was computed
    // by the geodesic direct problem from the anchor (anchor_id) and precision lowered.
    SharedStr anchor_id;
    double offset_km = 0, offset_bearing_deg = 0;

    std::uint32_t geonameid = 0;    // 0: none (entries from other sources)
    GeoPrecision precision = GeoPrecision::town;
    bool demonym = false;           // an adjective or demonym ("Syrian") rather than a name
    bool embedded = false;          // part of an organisation's name ("Syrian" in "Syrian
                                    // Observatory for Human Rights"): a modifier, not a location
    bool resolved = false;
    bool relative = false;          // given relative to another (anchor_id, offset_km above)
};

/// A spatial statement the text makes ("X lies 140 km south east of Y"), checked.
struct SpatialClaim {
    std::size_t begin = 0, end = 0; // byte offsets of the statement
    std::string text;               // the statement as written
    PlaceMention subject;           // X
    PlaceMention anchor;            // Y
    double stated_km = 0;           // converted from miles etc.
    std::string stated_unit;        // "km", "mi", ...
    std::string stated_direction;   // 16-point abbreviation of the stated direction ("SE"), empty if none
    double stated_bearing_deg = -1; // -1: no direction stated
    double geodesic_km = 0;         // from anchor to subject, WGS 84
    double bearing_deg = 0;         // initial bearing from anchor to subject
    std::string direction;          // 16-point compass of that bearing ("ESE")
    double distance_error_pct = 0;  // (stated - geodesic) / geodesic * 100
    bool direction_agrees = true;   // within 45 degrees (one 8-point sector either side)
    std::string verdict;            // "consistent", "distance overstated", "distance understated",
                                    // "direction disagrees", ...
};

} // namespace gt
