// The one place where subcommands are registered (the osmium-tool model).
#include "cli/command.hpp"
#include "cli/commands_list.hpp"

namespace gt::cli {

const std::vector<CommandInfo>& commands() {
    static const std::vector<CommandInfo> all = {
        {"gazetteer build", "Build the gazetteer index from GeoNames and the bundled sources",
         make_gazetteer_build},
        {"gazetteer info", "Print the sources, versions, counts and build date of the index",
         make_gazetteer_info},
        {"gazetteer lookup", "Look a place name up in the gazetteer, ranked", make_gazetteer_lookup},
        {"distance", "Geodesic distance and bearing between two places or points", make_distance},
        {"near", "Nearest gazetteer places to a point", make_near},
        {"timex", "Find and normalise the temporal expressions of a text", make_timex},
        {"extract", "Dated, geocoded events (ACLED types, CAMEO codes) from news text", make_extract},
        {"geoparse", "Find and resolve the places of a text; check its spatial statements", make_geoparse},
        {"merge", "Join the JSONL outputs of sharded extract runs (--dedup: one event per incident)", make_merge},
        {"view", "A self-contained HTML map with a time slider (or TimelineJS JSON) of a GeoJSON file", make_view},
    };
    return all;
}

} // namespace gt::cli
