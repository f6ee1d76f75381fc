// geotimeline gazetteer info
#include "cli/command.hpp"
#include "cli/commands_list.hpp"
#include "cli/gazetteer_option.hpp"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <iostream>

namespace gt::cli {

namespace {

class GazetteerInfo : public Command {
  public:
    void setup(CLI::App& app) override {
        add_gazetteer_option(app, path_);
        app.add_flag("--json", json_, "Print the metadata as JSON");
    }
    int run() override {
        auto idx = open_gazetteer(path_);
        auto meta = nlohmann::ordered_json::parse(idx.metadata(), nullptr, false);
        if (json_) {
            nlohmann::ordered_json j;
            j["path"] = idx.path();
            j["bytes"] = idx.header().file_size;
            j["metadata"] = meta;
            std::cout << j.dump(2) << '\n';
            return 0;
        }
        std::cout << "index:        " << idx.path() << " (" << idx.header().file_size / (1024 * 1024)
                  << " MiB, format " << idx.header().version << ")\n";
        if (meta.is_discarded()) return 0;
        std::cout << "built:        " << meta.value("build_date", "?") << " by "
                  << meta.value("built_by", "?") << '\n';
        const auto& c = meta["counts"];
        std::cout << "places:       " << c.value("entries", 0) << " (" << c.value("countries", 0)
                  << " countries, " << c.value("admin1", 0) << " first-level and "
                  << c.value("admin2", 0) << " second-level divisions)\n";
        std::cout << "names:        " << c.value("names", 0) << " distinct keys, "
                  << c.value("loose_keys", 0) << " loose keys\n";
        std::cout << "sources:\n";
        for (const auto& s : meta["sources"]) {
            std::cout << "  " << s.value("kind", "") << "  " << s.value("file", "");
            if (s.contains("package"))
                std::cout << "  (" << s.value("package", "") << "@" << s.value("version", "") << ", "
                          << s.value("integrity", "") << ")";
            std::cout << "  rows " << s.value("rows", 0);
            if (s.value("skipped", 0)) std::cout << ", skipped " << s.value("skipped", 0);
            for (const auto& [k, v] : s.items()) // further counts of a source ("added" ...)
                if (v.is_number() && k != "rows" && k != "skipped") {
                    std::string what = k;
                    std::replace(what.begin(), what.end(), '_', ' ');
                    std::cout << ", " << what << ' ' << v.get<std::size_t>();
                }
            std::cout << '\n';
        }
        if (const auto& cen = meta["centres"]; cen.is_object()) {
            std::cout << "centres:      points of divisions checked against their places "
                         "(docs/gazetteer.md#centres):\n";
            for (const auto& [level, st] : cen.items()) {
                std::cout << "  " << level << ":";
                const char* sep = " ";
                for (const auto& [k, v] : st.items()) {
                    std::string what = k;
                    std::replace(what.begin(), what.end(), '_', ' ');
                    std::cout << sep << what << ' ' << v.get<std::size_t>();
                    sep = ", ";
                }
                std::cout << '\n';
            }
        }
        std::cout << meta.value("attribution", "") << '\n';
        return 0;
    }

  private:
    std::string path_;
    bool json_ = false;
};

} // namespace

std::unique_ptr<Command> make_gazetteer_info() { return std::make_unique<GazetteerInfo>(); }

} // namespace gt::cli
