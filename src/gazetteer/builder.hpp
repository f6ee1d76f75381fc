#pragma once
// Builds the compiled index from GeoNames dump files, the npm-packaged sources and the
// curated supplement (docs/gazetteer.md lists every accepted file).

#include <iosfwd>
#include <string>
#include <vector>

namespace gt::gazetteer {

struct BuildOptions {
    std::vector<std::string> inputs; // files or directories
    std::string output;
    std::string feature_classes;     // GeoNames classes kept from place files; empty: all
    bool quiet = false;
};

struct BuildSummary {
    std::size_t entries = 0, countries = 0, admin1 = 0, admin2 = 0, exact_keys = 0,
                loose_keys = 0, warnings = 0, bytes = 0;
};

/// Reads every input, writes the index atomically (temporary file, then rename) and
/// reports progress to `log`. Throws InputError/UsageError/OutputError.
BuildSummary build_index(const BuildOptions& opts, std::ostream& log);

} // namespace gt::gazetteer
