// geotimeline gazetteer lookup NAME
#include "cli/command.hpp"
#include "cli/commands_list.hpp"
#include "cli/gazetteer_option.hpp"
#include "cli/usage.hpp"
#include "core/error.hpp"
#include "gazetteer/json.hpp"

#include <cmath>
#include <iostream>
#include <vector>

namespace gt::cli {

namespace {

class GazetteerLookup : public Command {
  public:
    void setup(CLI::App& app) override {
        app.add_option("NAME", name_, "Place name (spelling variants, demonyms and \"X Governorate\" match)")
            ->required();
        app.add_option("--country", country_, "Only places in this country (ISO 3166-1 alpha-2)");
        app.add_option("--feature-class", fclass_, "Only this GeoNames feature class (P, A, L, H, ...)");
        app.add_option("--limit", limit_, "Number of candidates, 1 to 512 (default 10)")->check(whole_number(1, 512));
        app.add_flag("--json", json_, "Print a JSON array of place objects");
        add_gazetteer_option(app, path_);
    }
    int run() override {
        if (!country_.empty() && country_.size() != 2)
            throw UsageError("--country takes an ISO 3166-1 alpha-2 code such as SY or US");
        auto idx = open_gazetteer(path_);
        gazetteer::LookupOptions opts;
        if (country_.size() == 2) {
            opts.country[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(country_[0])));
            opts.country[1] = static_cast<char>(std::toupper(static_cast<unsigned char>(country_[1])));
        }
        if (!fclass_.empty()) opts.feature_class = static_cast<char>(std::toupper(static_cast<unsigned char>(fclass_[0])));
        std::vector<gazetteer::Candidate> out(static_cast<std::size_t>(limit_));
        std::size_t n = idx.lookup(name_, opts, out);
        if (n == 0) {
            std::string msg = "no place named '" + name_ + "'";
            if (!country_.empty()) msg += " in " + country_;
            auto sug = idx.suggestions(name_, 5);
            if (!sug.empty()) {
                msg += "; closest names known:";
                for (const auto& s : sug) msg += " " + s + ";";
                msg.pop_back();
            }
            if (json_) std::cout << "[]\n";
            std::cerr << "geotimeline: " << msg << '\n';
            return 1;
        }
        if (json_) {
            nlohmann::ordered_json arr = nlohmann::ordered_json::array();
            for (std::size_t k = 0; k < n; ++k) {
                auto j = gazetteer::place_json(idx, out[k].entry);
                j["match"] = std::string(gazetteer::to_string(out[k].match));
                j["score"] = std::round(out[k].score * 1000) / 1000;
                arr.push_back(std::move(j));
            }
            std::cout << arr.dump(2) << '\n';
            return 0;
        }
        for (std::size_t k = 0; k < n; ++k)
            std::cout << k + 1 << ". " << gazetteer::place_line(idx, out[k].entry) << "  ("
                      << gazetteer::to_string(out[k].match) << ")\n";
        return 0;
    }

  private:
    std::string name_, country_, fclass_, path_;
    int limit_ = 10;
    bool json_ = false;
};

} // namespace

std::unique_ptr<Command> make_gazetteer_lookup() { return std::make_unique<GazetteerLookup>(); }

} // namespace gt::cli
