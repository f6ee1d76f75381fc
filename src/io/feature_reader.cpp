// Reads GeoJSON features back for `geotimeline view`: a FeatureCollection, a single Feature, or
// GeoJSONSeq (RFC 8142: RS-prefixed) / newline-delimited features, one per line. Refused with
// the file and line: JSON nested deeper than max_json_depth, coordinates that are not numbers,
// not finite or out of range (|lat| > 90, |lon| > 180).
#include "core/error.hpp"
#include "io/html_map.hpp"
#include "io/json_depth.hpp"

#include <cmath>
#include <fstream>
#include <iostream>
#include <iterator>
#include <sstream>

namespace gt::io {

namespace {

bool is_feature(const FeatureJson& j) {
    return j.is_object() && j.value("type", "") == "Feature";
}

// Why a position ([lon, lat] or [lon, lat, alt]) cannot be drawn, or "".
std::string bad_position(const FeatureJson& p) {
    if (!p.is_array() || p.size() < 2) return "a position is not an array [longitude, latitude]";
    for (const auto& x : p)
        if (!x.is_number()) return "a coordinate is not a number";
    double lon = p[0].get<double>(), lat = p[1].get<double>();
    if (!std::isfinite(lon) || !std::isfinite(lat) || std::abs(lat) > 90 || std::abs(lon) > 180) {
        std::ostringstream os;
        os << "coordinate out of range (longitude " << lon << ", latitude " << lat
           << "; longitude must be within -180..180, latitude within -90..90)";
        return os.str();
    }
    return {};
}

// Why the nested coordinate arrays of a geometry cannot be drawn, or "".
std::string bad_coordinates(const FeatureJson& c) {
    if (!c.is_array()) return "\"coordinates\" is not an array";
    if (c.empty() || !c[0].is_array()) return bad_position(c);
    for (const auto& x : c)
        if (std::string why = bad_coordinates(x); !why.empty()) return why;
    return {};
}

std::string bad_geometry(const FeatureJson& g) {
    if (g.is_null()) return {};
    if (!g.is_object()) return "\"geometry\" is not an object";
    if (auto it = g.find("geometries"); it != g.end()) {
        if (!it->is_array()) return "\"geometries\" is not an array";
        for (const auto& x : *it)
            if (std::string why = bad_geometry(x); !why.empty()) return why;
        return {};
    }
    auto it = g.find("coordinates");
    return it == g.end() ? std::string() : bad_coordinates(*it);
}

std::string bad_feature(const FeatureJson& f) {
    auto it = f.find("geometry");
    return it == f.end() ? std::string() : bad_geometry(*it);
}

} // namespace

std::string bad_feature_geometry(const FeatureJson& f) { return bad_feature(f); }

FeatureJson features_from_text(std::string_view text, const std::string& name, const std::string& where) {
    if (std::size_t line = json_too_deep(text))
        throw InputError(where + ":" + std::to_string(line) + ": " + json_depth_message());
    FeatureJson whole = FeatureJson::parse(text, nullptr, false);
    if (!whole.is_discarded()) {
        FeatureJson features;
        if (whole.is_object() && whole.value("type", "") == "FeatureCollection") {
            auto it = whole.find("features");
            if (it == whole.end() || !it->is_array())
                throw InputError(name + " is a FeatureCollection without a \"features\" array");
            features = std::move(*it);
        } else if (is_feature(whole)) {
            features = FeatureJson::array();
            features.push_back(std::move(whole));
        } else {
            throw InputError(
                name + " is JSON but not GeoJSON (a FeatureCollection or Feature); give the output "
                       "of 'geotimeline extract --format geojson'");
        }
        for (std::size_t k = 0; k < features.size(); ++k)
            if (std::string why = bad_feature(features[k]); !why.empty())
                throw InputError(name + ": feature " + std::to_string(k + 1) + ": " + why);
        return features;
    }
    FeatureJson features = FeatureJson::array();
    std::size_t n = 0;
    for (std::size_t at = 0; at < text.size();) {
        std::size_t nl = text.find('\n', at);
        if (nl == std::string_view::npos) nl = text.size();
        std::string_view line = text.substr(at, nl - at);
        at = nl + 1;
        ++n;
        std::size_t b = 0;
        while (b < line.size() &&
               (line[b] == '\x1e' || line[b] == ' ' || line[b] == '\t' || line[b] == '\r'))
            ++b;
        if (b == line.size()) continue;
        FeatureJson f = FeatureJson::parse(line.substr(b), nullptr, false);
        if (f.is_discarded() || !is_feature(f))
            throw InputError(
                where + ":" + std::to_string(n) +
                ": not a GeoJSON Feature; give a GeoJSON file or GeoJSONSeq (one Feature per line) "
                "as written by 'geotimeline extract'");
        if (std::string why = bad_feature(f); !why.empty())
            throw InputError(where + ":" + std::to_string(n) + ": " + why);
        features.push_back(std::move(f));
    }
    return features;
}

FeatureJson read_features(const std::string& path) {
    std::string text;
    const std::string name = path == "-" ? std::string("standard input") : "'" + path + "'";
    if (path == "-") {
        text.assign(std::istreambuf_iterator<char>(std::cin), std::istreambuf_iterator<char>());
    } else {
        std::ifstream in(path, std::ios::binary);
        if (!in) throw InputError("cannot open " + name + ": check the path and permissions");
        text.assign(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
        if (in.bad()) throw InputError("cannot read " + name);
    }
    return features_from_text(text, name, path == "-" ? std::string("standard input") : path);
}

} // namespace gt::io
