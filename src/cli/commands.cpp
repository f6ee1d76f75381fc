// The one place where subcommands are registered (the osmium-tool model): the command list
// drives `geotimeline --help`, `help COMMAND`, "did you mean" and `help --list` (which a test
// compares with docs/reference.md's command table). Long explanations live in docs/.
#include "cli/command.hpp"
#include "cli/commands_list.hpp"

namespace gt::cli {

const std::vector<CommandInfo>& commands() {
    static const std::vector<CommandInfo> all = {
        {"extract", "Dated, geocoded events (ACLED types, CAMEO codes) from news text",
         "geotimeline extract article.txt --date 2017-09-09\n"
         "geotimeline extract articles.jsonl news/ -o events.geojson --jobs 4",
         make_extract},
        {"view", "A self-contained HTML map with a time slider (or TimelineJS JSON) of extract's events",
         "geotimeline view events.geojson -o map.html\n"
         "geotimeline view events.geojson -o timeline.json --title \"Deir ez-Zor, September 2017\"",
         make_view},
        {"merge", "Join the outputs of sharded extract runs into any format (--dedup: one event per incident)",
         "geotimeline merge shard-1.jsonl shard-2.jsonl -o events.geojson\n"
         "geotimeline merge shard-*.jsonl --dedup -o map.html",
         make_merge},
        {"geoparse", "Find and resolve the places of a text; check its spatial statements",
         "geotimeline geoparse article.txt\n"
         "geotimeline geoparse --jsonl articles.jsonl > places.jsonl",
         make_geoparse},
        {"timex", "Find and normalise the temporal expressions of a text",
         "geotimeline timex article.txt --date 2017-09-09\n"
         "geotimeline timex --jsonl articles.jsonl > timexes.jsonl",
         make_timex},
        {"distance", "Geodesic distance and bearing between two places or points",
         "geotimeline distance Raqqa \"Deir ez-Zor\"\n"
         "geotimeline distance -33.92,18.42 Paris --json",
         make_distance},
        {"near", "Nearest gazetteer places to a point",
         "geotimeline near 35.336 40.141 --limit 3\n"
         "geotimeline near -33.9249 18.4241 --feature-class P --json",
         make_near},
        {"gazetteer lookup", "Look a place name up in the gazetteer, ranked",
         "geotimeline gazetteer lookup \"Deir al-Zour\"\n"
         "geotimeline gazetteer lookup Geneva --country US --json",
         make_gazetteer_lookup},
        {"gazetteer info", "Print the sources, versions, counts and build date of the index",
         "geotimeline gazetteer info\n"
         "geotimeline gazetteer info --json --gazetteer other.gtz",
         make_gazetteer_info},
        {"gazetteer build", "Build the gazetteer index from GeoNames and the bundled sources",
         "geotimeline gazetteer build ~/.cache/geotimeline/sources gazetteer/ -o gazetteer.gtz\n"
         "geotimeline gazetteer build cities500.txt admin1CodesASCII.txt countryInfo.txt -o mine.gtz",
         make_gazetteer_build},
    };
    return all;
}

} // namespace gt::cli
