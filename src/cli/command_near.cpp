// geotimeline near LAT LON
#include "cli/command.hpp"
#include "cli/commands_list.hpp"
#include "cli/gazetteer_option.hpp"
#include "cli/usage.hpp"
#include "core/error.hpp"
#include "gazetteer/json.hpp"

#include <cmath>
#include <cstdio>
#include <iostream>
#include <vector>

namespace gt::cli {

namespace {

class Near : public Command {
  public:
    void setup(CLI::App& app) override {
        app.add_option("LAT", lat_, "Latitude in decimal degrees (negative: south)")
            ->required()->check(decimal_in(-90, 90, "latitude"));
        app.add_option("LON", lon_, "Longitude in decimal degrees (negative: west)")
            ->required()->check(decimal_in(-180, 180, "longitude"));
        app.add_option("--limit", limit_, "Number of places, 1 to 1000 (default 10)")->check(whole_number(1, 1000));
        app.add_option("--feature-class", fclass_, "Only this GeoNames feature class (P, A, ...)");
        app.add_flag("--json", json_, "Print a JSON array of place objects with distance_km");
        add_gazetteer_option(app, path_);
    }
    int run() override {
        auto idx = open_gazetteer(path_);
        std::vector<gazetteer::Nearby> out(static_cast<std::size_t>(limit_));
        char fc = fclass_.empty() ? 0 : static_cast<char>(std::toupper(static_cast<unsigned char>(fclass_[0])));
        std::size_t n = idx.nearest({lat_, lon_}, out, fc);
        if (json_) {
            nlohmann::ordered_json arr = nlohmann::ordered_json::array();
            for (std::size_t k = 0; k < n; ++k) {
                auto j = gazetteer::place_json(idx, out[k].entry);
                j["distance_km"] = std::round(out[k].distance_m) / 1000;
                arr.push_back(std::move(j));
            }
            std::cout << arr.dump(2) << '\n';
            return 0;
        }
        for (std::size_t k = 0; k < n; ++k) {
            char d[32];
            std::snprintf(d, sizeof d, "%8.2f km  ", out[k].distance_m / 1000);
            std::cout << d << gazetteer::place_line(idx, out[k].entry) << '\n';
        }
        return 0;
    }

  private:
    double lat_ = 0, lon_ = 0;
    int limit_ = 10;
    std::string fclass_, path_;
    bool json_ = false;
};

} // namespace

std::unique_ptr<Command> make_near() { return std::make_unique<Near>(); }

} // namespace gt::cli
