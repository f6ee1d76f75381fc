// Readers for the standard GeoNames dump files (download.geonames.org/export/dump):
// cities*.txt / allCountries.txt / XX.txt, admin1CodesASCII.txt, admin2Codes.txt,
// countryInfo.txt and alternateNamesV2.txt.
#include "gazetteer/build_model.hpp"

#include "core/error.hpp"
#include "text/utf8.hpp"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <fstream>
#include <ostream>

namespace gt::gazetteer::build {

namespace {

std::ifstream open_source(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in) throw InputError("cannot read gazetteer source " + path);
    return in;
}

template <typename T>
bool parse_num(std::string_view s, T& v) {
    if (s.empty()) return false;
    auto [p, ec] = std::from_chars(s.data(), s.data() + s.size(), v);
    return ec == std::errc() && p == s.data() + s.size();
}

bool plausible_alt_name(std::string_view n) {
    if (n.empty() || n.size() > 200) return false;
    if (n.substr(0, 4) == "http") return false;
    bool digits = true;
    for (char c : n)
        if (!(c >= '0' && c <= '9')) digits = false;
    return !digits;
}

// A code among a place's alternate names: two to four capital letters ("LET", Leticia's airport;
// "DXB", "NYC"). It is a name only as written in capitals, an abbreviation: the word "Let" or
// "Yet" at the start of a Burmese village's name is none.
bool is_code(std::string_view n) {
    if (n.size() < 2 || n.size() > 4) return false;
    for (char c : n)
        if (c < 'A' || c > 'Z') return false;
    return true;
}

SourceInfo& new_source(Model& m, const std::string& path, const char* kind) {
    SourceInfo s;
    s.file = path;
    s.kind = kind;
    m.sources.push_back(s);
    return m.sources.back();
}

} // namespace

void split_tabs(const std::string& line, std::vector<std::string_view>& out) {
    out.clear();
    std::string_view s(line);
    if (!s.empty() && s.back() == '\r') s.remove_suffix(1);
    std::size_t i = 0;
    while (true) {
        std::size_t j = s.find('\t', i);
        if (j == std::string_view::npos) {
            out.push_back(s.substr(i));
            break;
        }
        out.push_back(s.substr(i, j - i));
        i = j + 1;
    }
}

namespace {

// Calls row(fields, line number) for each data line of a tab-separated GeoNames file: blank
// and '#' lines skipped, bytes that are not UTF-8 repaired. The fields view `line`.
template <typename Row>
void for_each_row(const std::string& path, Row&& row, bool repair = true) {
    auto in = open_source(path);
    std::string line;
    std::vector<std::string_view> f;
    std::size_t lineno = 0;
    while (std::getline(in, line)) {
        ++lineno;
        if (line.empty() || line[0] == '#') continue;
        if (repair && !text::is_valid_utf8(line)) line = text::to_valid_utf8(line);
        split_tabs(line, f);
        row(f, lineno);
    }
}

} // namespace

void read_geonames_places(Model& m, const std::string& path, const std::string& classes) {
    SourceInfo& src = new_source(m, path, "geonames-places");
    for_each_row(path, [&](const std::vector<std::string_view>& f, std::size_t lineno) {
        std::uint32_t gid = 0;
        double lat = 0, lon = 0;
        if (f.size() < 15 || !parse_num(f[0], gid) || gid == 0) {
            m.warn(path, lineno, "not a GeoNames place row (expected 19 tab-separated columns)");
            ++src.skipped;
            return;
        }
        if (!parse_num(f[4], lat) || !parse_num(f[5], lon) || !std::isfinite(lat) ||
            !std::isfinite(lon) || lat < -90 || lat > 90 || lon < -180 || lon > 180) {
            m.warn(path, lineno, "coordinates out of range for geonameid " + std::string(f[0]));
            ++src.skipped;
            return;
        }
        char fclass = f[6].empty() ? '?' : f[6][0];
        if (!classes.empty() && classes.find(fclass) == std::string::npos) return;
        std::uint64_t pop = 0;
        parse_num(f[14], pop);
        ++src.rows;

        std::size_t idx;
        if (auto it = m.by_geonameid.find(gid); it != m.by_geonameid.end()) {
            idx = it->second; // a division or country already known from a code table
            BuildEntry& e = m.entries[idx];
            if (!e.has_coords || e.derived) e.lat = lat, e.lon = lon, e.has_coords = true, e.derived = false;
            if (e.population == 0) e.population = pop;
        } else {
            BuildEntry e;
            e.geonameid = gid;
            e.id = "geonames:" + std::string(f[0]);
            e.name = std::string(f[1]);
            e.lat = lat, e.lon = lon, e.has_coords = true;
            e.fclass = fclass;
            e.fcode = std::string(f[7].substr(0, 6));
            e.country = f[8].size() == 2 ? std::string(f[8]) : std::string();
            e.admin1 = std::string(f[10]);
            e.admin2 = std::string(f[11]);
            e.population = pop;
            e.source = format::src_geonames;
            idx = m.add(std::move(e));
        }
        BuildEntry& e = m.entries[idx];
        e.add_name(std::string(f[1]));
        e.add_name(std::string(f[2]));
        std::string_view alts = f[3];
        std::size_t i = 0;
        while (i < alts.size()) {
            std::size_t j = alts.find(',', i);
            if (j == std::string_view::npos) j = alts.size();
            std::string_view a = alts.substr(i, j - i);
            if (plausible_alt_name(a))
                e.add_name(std::string(a), is_code(a) && a != f[1] && a != f[2] ? format::kind_abbrev
                                                                               : format::kind_name);
            i = j + 1;
        }
    });
}

void read_geonames_admin_codes(Model& m, const std::string& path, int level) {
    SourceInfo& src = new_source(m, path, level == 1 ? "geonames-admin1" : "geonames-admin2");
    for_each_row(path, [&](const std::vector<std::string_view>& f, std::size_t lineno) {
        std::string_view code = f[0];
        std::size_t dots = static_cast<std::size_t>(std::count(code.begin(), code.end(), '.'));
        if (f.size() < 2 || code.size() < 4 || code[2] != '.' || dots != static_cast<std::size_t>(level) ||
            f[1].empty()) {
            m.warn(path, lineno, "not an admin code row (expected CODE<TAB>name<TAB>asciiname<TAB>geonameid)");
            ++src.skipped;
            return;
        }
        std::uint32_t gid = 0;
        if (f.size() >= 4) parse_num(f[3], gid);
        ++src.rows;
        auto& table = level == 1 ? m.by_admin1 : m.by_admin2;
        std::size_t idx;
        if (auto it = table.find(std::string(code)); it != table.end()) {
            idx = it->second;
        } else if (auto g = gid ? m.by_geonameid.find(gid) : m.by_geonameid.end();
                   g != m.by_geonameid.end()) {
            idx = g->second;
            table[std::string(code)] = idx;
        } else {
            BuildEntry e;
            e.id = (gid ? "geonames:" + std::to_string(gid)
                        : std::string(level == 1 ? "admin1:" : "admin2:") + std::string(code));
            e.geonameid = gid;
            e.name = std::string(f[1]);
            e.fclass = 'A';
            e.fcode = level == 1 ? "ADM1" : "ADM2";
            e.country = std::string(code.substr(0, 2));
            std::string_view rest = code.substr(3);
            if (level == 1) {
                e.admin1 = std::string(rest);
            } else {
                auto dot = rest.find('.');
                e.admin1 = std::string(rest.substr(0, dot));
                e.admin2 = std::string(rest.substr(dot + 1));
            }
            e.source = format::src_geonames_admin;
            idx = m.add(std::move(e));
            table[std::string(code)] = idx;
        }
        BuildEntry& e = m.entries[idx];
        if (gid && !e.geonameid) {
            e.geonameid = gid;
            e.id = "geonames:" + std::to_string(gid);
            m.by_geonameid[gid] = idx;
        }
        e.add_name(std::string(f[1]));
        if (f.size() >= 3) e.add_name(std::string(f[2]));
    });
}

void read_country_info(Model& m, const std::string& path) {
    SourceInfo& src = new_source(m, path, "geonames-countryinfo");
    for_each_row(path, [&](const std::vector<std::string_view>& f, std::size_t lineno) {
        if (f.size() < 17 || f[0].size() != 2 || f[4].empty()) {
            m.warn(path, lineno, "not a countryInfo row (expected ISO<TAB>ISO3<TAB>...<TAB>geonameid)");
            ++src.skipped;
            return;
        }
        ++src.rows;
        std::string cc(f[0]);
        std::uint32_t gid = 0;
        parse_num(f[16], gid);
        std::uint64_t pop = 0;
        parse_num(f[7], pop);
        std::size_t idx;
        if (auto it = m.by_country.find(cc); it != m.by_country.end()) {
            idx = it->second;
        } else {
            BuildEntry e;
            e.id = "country:" + cc;
            e.name = std::string(f[4]);
            e.fclass = 'A';
            e.fcode = "PCLI";
            e.country = cc;
            e.source = format::src_country_info;
            idx = m.add(std::move(e));
            m.by_country[cc] = idx;
        }
        BuildEntry& e = m.entries[idx];
        if (gid && !e.geonameid) {
            e.geonameid = gid;
            m.by_geonameid[gid] = idx;
        }
        if (pop) e.population = pop;
        e.add_name(std::string(f[4]));
        e.add_name(std::string(f[0]), format::kind_abbrev);
        e.add_name(std::string(f[1]), format::kind_abbrev);
    });
}

void read_alternate_names(Model& m, const std::string& path) {
    SourceInfo& src = new_source(m, path, "geonames-alternatenames");
    // Names are repaired one by one below; the line itself is split as it is.
    for_each_row(path, [&](const std::vector<std::string_view>& f, std::size_t lineno) {
        std::uint32_t gid = 0;
        if (f.size() < 4 || !parse_num(f[1], gid)) {
            m.warn(path, lineno, "not an alternateNames row");
            ++src.skipped;
            return;
        }
        auto it = m.by_geonameid.find(gid);
        if (it == m.by_geonameid.end()) return;
        std::string_view lang = f[2];
        if (lang == "link" || lang == "wkdt" || lang == "post" || lang == "iata" || lang == "icao" ||
            lang == "faac" || lang == "fr_1793" || lang == "unlc" || lang == "tcid" || lang == "phon")
            return;
        if (!plausible_alt_name(f[3])) return;
        ++src.rows;
        std::string name(f[3]);
        if (!text::is_valid_utf8(name)) name = text::to_valid_utf8(name);
        m.entries[it->second].add_name(std::move(name), lang == "abbr" ? format::kind_abbrev
                                                                        : format::kind_name);
    }, false);
}

} // namespace gt::gazetteer::build
