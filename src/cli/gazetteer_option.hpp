#pragma once
// The --gazetteer option shared by every command that needs the index.
#include "gazetteer/index.hpp"

#include <CLI/CLI.hpp>

namespace gt::cli {

inline void add_gazetteer_option(CLI::App& app, std::string& path) {
    app.add_option("--gazetteer", path,
                   "Gazetteer index to use (default: $GEOTIMELINE_GAZETTEER, then the index next to "
                   "the binary or in the installed data directory)");
}

inline gazetteer::Index open_gazetteer(const std::string& path) {
    return gazetteer::open_index(path, GEOTIMELINE_INSTALL_DATADIR);
}

} // namespace gt::cli
