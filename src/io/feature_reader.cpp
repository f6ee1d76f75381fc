// Reads GeoJSON features back for `geotimeline view`: a FeatureCollection, a single Feature, or
// GeoJSONSeq (RFC 8142: RS-prefixed) / newline-delimited features, one per line.
#include "core/error.hpp"
#include "io/html_map.hpp"

#include <fstream>
#include <iostream>
#include <iterator>
#include <sstream>

namespace gt::io {

namespace {

bool is_feature(const FeatureJson& j) {
    return j.is_object() && j.value("type", "") == "Feature";
}

} // namespace

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
    FeatureJson whole = FeatureJson::parse(text, nullptr, false);
    if (!whole.is_discarded()) {
        if (whole.is_object() && whole.value("type", "") == "FeatureCollection") {
            if (!whole.contains("features") || !whole["features"].is_array())
                throw InputError(name + " is a FeatureCollection without a \"features\" array");
            return whole["features"];
        }
        if (is_feature(whole)) return FeatureJson::array({whole});
        throw InputError(
            name + " is JSON but not GeoJSON (a FeatureCollection or Feature); give the output "
                   "of 'geotimeline extract --format geojson'");
    }
    FeatureJson features = FeatureJson::array();
    std::istringstream lines(text);
    std::string line;
    for (std::size_t n = 1; std::getline(lines, line); ++n) {
        std::size_t b = 0;
        while (b < line.size() &&
               (line[b] == '\x1e' || line[b] == ' ' || line[b] == '\t' || line[b] == '\r'))
            ++b;
        if (b == line.size()) continue;
        FeatureJson f = FeatureJson::parse(line.substr(b), nullptr, false);
        if (f.is_discarded() || !is_feature(f))
            throw InputError(
                path + ":" + std::to_string(n) +
                ": not a GeoJSON Feature; give a GeoJSON file or GeoJSONSeq (one Feature per line) "
                "as written by 'geotimeline extract'");
        features.push_back(std::move(f));
    }
    return features;
}

} // namespace gt::io
