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

/// Splits a tab-separated line in place (no allocation beyond the vector's).
void split_tabs(const std::string& line, std::vector<std::string_view>& out);

} // namespace gt::gazetteer::build
