// Readers for the curated files in gazetteer/ (supplement.tsv, abbreviations.tsv) and the
// MANIFEST.tsv that scripts/fetch-gazetteer writes beside the fetched sources.
#include "gazetteer/build_model.hpp"

#include "core/error.hpp"
#include "text/utf8.hpp"

#include <charconv>
#include <cmath>
#include <fstream>
#include <map>

namespace gt::gazetteer::build {

namespace {

struct Table {
    std::vector<std::string> header;
    std::map<std::string, std::size_t> col;
};

std::ifstream open_tsv(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in) throw InputError("cannot read gazetteer source " + path);
    return in;
}

// Reads the header line (the first line not starting with '#').
bool read_header(std::ifstream& in, Table& t, std::size_t& lineno) {
    std::string line;
    std::vector<std::string_view> f;
    while (std::getline(in, line)) {
        ++lineno;
        if (line.empty() || line[0] == '#') continue;
        split_tabs(line, f);
        for (std::size_t i = 0; i < f.size(); ++i) {
            t.header.emplace_back(f[i]);
            t.col[std::string(f[i])] = i;
        }
        return true;
    }
    return false;
}

void require_columns(const Table& t, const std::string& path, std::initializer_list<const char*> cols) {
    for (const char* c : cols)
        if (!t.col.count(c))
            throw InputError(path + ": the header line has no column '" + c +
                             "' (see gazetteer/README.md for the columns)");
}

void split_bar(std::string_view s, std::vector<std::string>& out) {
    out.clear();
    std::size_t i = 0;
    while (i <= s.size() && !s.empty()) {
        std::size_t j = s.find('|', i);
        if (j == std::string_view::npos) j = s.size();
        if (j > i) out.emplace_back(s.substr(i, j - i));
        i = j + 1;
    }
}

template <typename T>
bool parse_num(std::string_view s, T& v) {
    if (s.empty()) return false;
    auto [p, ec] = std::from_chars(s.data(), s.data() + s.size(), v);
    return ec == std::errc() && p == s.data() + s.size();
}

// The entry a PCL* row (by its country code) or an ADM1 row (by country and admin1 code)
// gives a point to, when another source already has it; SIZE_MAX otherwise.
std::size_t known_area(const Model& m, std::string_view fcode, std::string_view cc,
                       std::string_view admin1) {
    if (cc.size() != 2) return SIZE_MAX;
    if (fcode.rfind("PCL", 0) == 0) {
        auto it = m.by_country.find(std::string(cc));
        return it == m.by_country.end() ? SIZE_MAX : it->second;
    }
    if (fcode == "ADM1" && !admin1.empty()) {
        auto it = m.by_admin1.find(std::string(cc) + "." + std::string(admin1));
        return it == m.by_admin1.end() ? SIZE_MAX : it->second;
    }
    return SIZE_MAX;
}

} // namespace

void read_supplement(Model& m, const std::string& path) {
    auto in = open_tsv(path);
    SourceInfo s;
    s.file = path;
    s.kind = "supplement";
    m.sources.push_back(s);
    SourceInfo& src = m.sources.back();
    Table t;
    std::size_t lineno = 0;
    if (!read_header(in, t, lineno)) return;
    require_columns(t, path, {"id", "name", "lat", "lon", "feature_class", "feature_code", "source"});
    auto get = [&](const std::vector<std::string_view>& f, const char* c) -> std::string_view {
        auto it = t.col.find(c);
        return it != t.col.end() && it->second < f.size() ? f[it->second] : std::string_view();
    };
    std::string line;
    std::vector<std::string_view> f;
    std::vector<std::string> list;
    while (std::getline(in, line)) {
        ++lineno;
        if (line.empty() || line[0] == '#') continue;
        if (!text::is_valid_utf8(line)) {
            m.warn(path, lineno, "not valid UTF-8");
            ++src.skipped;
            continue;
        }
        split_tabs(line, f);
        double lat = 0, lon = 0;
        std::string_view id = get(f, "id"), name = get(f, "name");
        if (id.empty() || name.empty() || !parse_num(get(f, "lat"), lat) || !parse_num(get(f, "lon"), lon) ||
            !std::isfinite(lat) || !std::isfinite(lon) || std::fabs(lat) > 90 || std::fabs(lon) > 180) {
            m.warn(path, lineno, "needs id, name and lat/lon within range");
            ++src.skipped;
            continue;
        }
        if (get(f, "source").empty()) {
            m.warn(path, lineno, "row without a source: every supplement row must say where it comes from");
            ++src.skipped;
            continue;
        }
        ++src.rows;
        std::uint32_t gid = 0;
        parse_num(get(f, "geonameid"), gid);
        std::size_t idx;
        std::size_t known = known_area(m, get(f, "feature_code"), get(f, "country_code"),
                                       get(f, "admin1_code"));
        if (known == SIZE_MAX && gid && m.by_geonameid.count(gid)) {
            idx = m.by_geonameid[gid]; // already there from a GeoNames dump: only add the names
        } else if (known != SIZE_MAX) {
            // a country or first-level division another source has: the row gives its point
            // (GeoNames' own feature rather than world-countries' rounded centre or
            // country-state-city's point) and its GeoNames id
            idx = known;
            BuildEntry& c = m.entries[idx];
            c.lat = lat, c.lon = lon, c.has_coords = true, c.derived = false;
            if (gid && !c.geonameid && !m.by_geonameid.count(gid)) {
                c.geonameid = gid;
                m.by_geonameid[gid] = idx;
            }
        } else {
            BuildEntry e;
            e.id = "supplement:" + std::string(id);
            e.geonameid = gid;
            e.name = std::string(name);
            e.lat = lat, e.lon = lon, e.has_coords = true;
            std::string_view fc = get(f, "feature_class");
            e.fclass = fc.empty() ? 'L' : fc[0];
            e.fcode = std::string(get(f, "feature_code").substr(0, 6));
            std::string_view cc = get(f, "country_code");
            if (cc.size() == 2) e.country = std::string(cc);
            e.admin1 = std::string(get(f, "admin1_code"));
            parse_num(get(f, "population"), e.population);
            e.source = format::src_supplement;
            idx = m.add(std::move(e));
        }
        m.by_id["supplement:" + std::string(id)] = idx;
        BuildEntry& e = m.entries[idx];
        e.add_name(std::string(name));
        split_bar(get(f, "alternate_names"), list);
        for (auto& a : list) e.add_name(a);
        split_bar(get(f, "adjectives"), list);
        for (auto& a : list) e.add_name(a, format::kind_demonym);
    }
}

void read_abbreviations(Model& m, const std::string& path) {
    auto in = open_tsv(path);
    SourceInfo s;
    s.file = path;
    s.kind = "abbreviations";
    m.sources.push_back(s);
    SourceInfo& src = m.sources.back();
    Table t;
    std::size_t lineno = 0;
    if (!read_header(in, t, lineno)) return;
    require_columns(t, path, {"abbreviation", "target", "source"});
    std::string line;
    std::vector<std::string_view> f;
    std::size_t ca = t.col["abbreviation"], ct = t.col["target"];
    // Optional "kind": "name" for a full other name of the target (a former or English
    // short name such as "Turkey"), "demonym" for an adjective or demonym ("Philippine",
    // "Scottish"), anything else or absent: an abbreviation.
    auto kind_col = t.col.find("kind");
    while (std::getline(in, line)) {
        ++lineno;
        if (line.empty() || line[0] == '#') continue;
        split_tabs(line, f);
        if (f.size() <= std::max(ca, ct) || f[ca].empty()) {
            m.warn(path, lineno, "needs an abbreviation and a target");
            ++src.skipped;
            continue;
        }
        std::string target(f[ct]);
        std::size_t idx = SIZE_MAX;
        auto colon = target.find(':');
        std::string kind = target.substr(0, colon), key = colon == std::string::npos ? "" : target.substr(colon + 1);
        if (kind == "country") {
            if (auto it = m.by_country.find(key); it != m.by_country.end()) idx = it->second;
        } else if (kind == "admin1") {
            if (auto it = m.by_admin1.find(key); it != m.by_admin1.end()) idx = it->second;
        } else if (kind == "admin2") {
            if (auto it = m.by_admin2.find(key); it != m.by_admin2.end()) idx = it->second;
        } else if (kind == "geonames") {
            std::uint32_t gid = 0;
            if (parse_num(key, gid))
                if (auto it = m.by_geonameid.find(gid); it != m.by_geonameid.end()) idx = it->second;
        } else if (kind == "supplement") {
            if (auto it = m.by_id.find(target); it != m.by_id.end()) idx = it->second;
        } else {
            m.warn(path, lineno, "target '" + target + "' is not country:, admin1:, admin2:, geonames: or supplement:");
            ++src.skipped;
            continue;
        }
        if (idx == SIZE_MAX) {
            ++src.skipped; // the target is not in this build (e.g. a place outside cities500)
            continue;
        }
        ++src.rows;
        std::string_view row_kind = kind_col != t.col.end() && kind_col->second < f.size()
                                        ? f[kind_col->second]
                                        : std::string_view();
        m.entries[idx].add_name(std::string(f[ca]), row_kind == "name"      ? format::kind_name
                                                    : row_kind == "demonym" ? format::kind_demonym
                                                                            : format::kind_abbrev);
    }
}

void read_manifest(Model& m, const std::string& path) {
    auto in = open_tsv(path);
    Table t;
    std::size_t lineno = 0;
    if (!read_header(in, t, lineno)) return;
    require_columns(t, path, {"file", "package", "version", "integrity"});
    std::string line;
    std::vector<std::string_view> f;
    while (std::getline(in, line)) {
        if (line.empty() || line[0] == '#') continue;
        split_tabs(line, f);
        if (f.size() < t.header.size()) continue;
        std::string file(f[t.col["file"]]);
        m.package_versions[file] = std::string(f[t.col["package"]]) + "@" + std::string(f[t.col["version"]]) +
                                   "\t" + std::string(f[t.col["integrity"]]);
    }
}

} // namespace gt::gazetteer::build
