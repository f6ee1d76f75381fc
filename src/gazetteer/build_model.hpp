#pragma once
// The in-memory model the builder fills from the sources before writing the index.
// Internal to src/gazetteer.

#include "gazetteer/format.hpp"

#include <cstdint>
#include <iosfwd>
#include <string>
#include <unordered_map>
#include <vector>

namespace gt::gazetteer::build {

struct NameRef {
    std::string text;
    format::PostingKind kind = format::kind_name;
};

struct BuildEntry {
    double lat = 0, lon = 0;
    bool has_coords = false;
    bool derived = false;
    std::uint64_t population = 0;
    std::uint32_t geonameid = 0;
    std::string id, name, country, admin1, admin2; // admin1/admin2: codes within the country
    std::string extra;                             // ISO 3166-2 for divisions
    char fclass = 0;
    std::string fcode;
    format::Source source = format::src_geonames;
    std::vector<NameRef> names;
    bool dropped = false;

    void add_name(std::string n, format::PostingKind k = format::kind_name) {
        if (n.empty()) return;
        for (const auto& x : names)
            if (x.text == n && x.kind == k) return;
        names.push_back({std::move(n), k});
    }
};

struct SourceInfo {
    std::string file, kind, package, version, integrity;
    std::size_t rows = 0, skipped = 0;
    std::vector<std::pair<std::string, std::size_t>> counts; // further counts, e.g. {"added", n}
};

/// What place_divisions did with the points of one level of divisions.
struct CentreStats {
    std::size_t with_places = 0;     // divisions with at least one populated place
    std::size_t without_places = 0;  // left as the sources give them (or dropped without a point)
    std::size_t kept = 0;            // a source's point within the spread of its places
    std::size_t moved_to_seat = 0;   // a source's point outside it, moved to the seat
    std::size_t moved_to_centre = 0; // ... moved to the centre of its places (no seat known)
    std::size_t derived = 0;         // no source's point: the centre of its places
    std::size_t snapped = 0;         // a centre outside the spread, moved to the nearest place
    std::size_t abroad = 0;          // a source's point among another country's places (moved)
    std::size_t moved_to_country = 0; // ... of a division without places: its country's point
};

/// Collects entries from every source, merging records of one place.
class Model {
  public:
    explicit Model(std::ostream& log, bool quiet) : log_(log), quiet_(quiet) {}

    std::vector<BuildEntry> entries;
    std::unordered_map<std::uint32_t, std::size_t> by_geonameid;
    std::unordered_map<std::string, std::size_t> by_country;  // "SY"
    std::unordered_map<std::string, std::size_t> by_admin1;   // "SY.07"
    std::unordered_map<std::string, std::size_t> by_admin2;   // "SY.07.123"
    std::unordered_map<std::string, std::size_t> by_id;       // stable id
    std::vector<SourceInfo> sources;
    std::unordered_map<std::string, std::string> package_versions; // file name -> "pkg@ver"
    std::size_t warnings = 0;
    CentreStats admin1_centres, admin2_centres;

    std::size_t add(BuildEntry e);
    /// Reports a problem in a source file, with its line; prints the first few of each file.
    void warn(const std::string& file, std::size_t line, const std::string& what);
    std::ostream& log() { return log_; }
    bool quiet() const { return quiet_; }

  private:
    std::ostream& log_;
    bool quiet_;
    std::unordered_map<std::string, std::size_t> warned_per_file_;
};

// Readers, one per source kind (sources_*.cpp). Each throws InputError naming the file
// when it cannot be read at all, and warns per bad line.
void read_geonames_places(Model& m, const std::string& path, const std::string& classes);
void read_geonames_admin_codes(Model& m, const std::string& path, int level);
void read_country_info(Model& m, const std::string& path);
void read_alternate_names(Model& m, const std::string& path);
void read_world_countries(Model& m, const std::string& path);
void read_citiesjson_admin(Model& m, const std::string& path, int level);
void read_states(Model& m, const std::string& path);
void read_supplement(Model& m, const std::string& path);
void read_abbreviations(Model& m, const std::string& path);
void read_manifest(Model& m, const std::string& path);
void read_citiesjson_places(Model& m, const std::string& path);
/// country-state-city's city.json ([name, country, ISO 3166-2 state, lat, lon] rows): the towns
/// neither GeoNames file lists, after them (sources_citiesjson.cpp).
void read_csc_cities(Model& m, const std::string& path);

/// Checks every division's point against the populated places it contains and moves it to
/// the division's seat or the centre of its places when it lies outside their spread; gives
/// countries and divisions that no source placed the centre of their places (centres.cpp).
void place_divisions(Model& m);

/// Indexes each division's names also without their generic word ("Cabo Delgado Province"
/// -> "Cabo Delgado") unless that word names a place outside it (division_names.cpp).
void add_division_cores(Model& m);
/// Splits a tab-separated line in place (no allocation beyond the vector's).
void split_tabs(const std::string& line, std::vector<std::string_view>& out);

} // namespace gt::gazetteer::build
