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
        app.add_option("SOURCE", opts_.inputs,
                       "Source files or directories (files recognised by name: docs/gazetteer.md, \"Sources\")")->required();
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
