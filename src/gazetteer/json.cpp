#include "gazetteer/json.hpp"

#include <cmath>
#include <cstdio>

namespace gt::gazetteer {

namespace {
double round6(double v) { return std::round(v * 1e6) / 1e6; }
nlohmann::ordered_json str_or_null(std::string_view s) {
    return s.empty() ? nlohmann::ordered_json(nullptr) : nlohmann::ordered_json(std::string(s));
}
} // namespace

nlohmann::ordered_json place_json(const Index& idx, std::uint32_t i) {
    const auto& e = idx.entry(i);
    char fbuf[16];
    nlohmann::ordered_json j;
    j["id"] = std::string(idx.id(i));
    j["geonameid"] = e.geonameid ? nlohmann::ordered_json(e.geonameid) : nlohmann::ordered_json(nullptr);
    j["name"] = std::string(idx.name(i));
    j["lat"] = round6(e.lat);
    j["lon"] = round6(e.lon);
    j["feature"] = std::string(idx.feature(i, fbuf));
    j["country"] = str_or_null(idx.country_code(i));
    j["country_name"] = str_or_null(idx.country_name(i));
    j["admin1"] = str_or_null(idx.admin1_name(i));
    j["admin1_code"] = str_or_null(idx.admin1_code(i));
    if (auto iso = idx.str(e.extra); !iso.empty()) j["iso3166_2"] = std::string(iso);
    j["population"] = e.population;
    j["source"] = std::string(idx.source_name(i));
    j["derived_coords"] = (e.flags & format::flag_derived_coords) != 0;
    return j;
}

std::string place_line(const Index& idx, std::uint32_t i) {
    const auto& e = idx.entry(i);
    char fbuf[16];
    std::string s(idx.name(i));
    std::string where;
    if (auto cc = idx.country_code(i); !cc.empty()) where += std::string(cc);
    if (auto a1 = idx.admin1_name(i); !a1.empty() && !idx.is_admin1(i)) where += ", " + std::string(a1);
    if (!where.empty()) s += " (" + where + ")";
    char coords[64];
    std::snprintf(coords, sizeof coords, " %.5f,%.5f", e.lat, e.lon);
    s += "  " + std::string(idx.feature(i, fbuf)) + coords;
    if (e.population) s += "  pop " + std::to_string(e.population);
    if (e.flags & format::flag_derived_coords) s += "  (centre derived)";
    s += "  [" + std::string(idx.id(i)) + "]";
    return s;
}

} // namespace gt::gazetteer
