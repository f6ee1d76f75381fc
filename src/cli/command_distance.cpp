// geotimeline distance A B
#include "cli/command.hpp"
#include "cli/commands_list.hpp"
#include "cli/gazetteer_option.hpp"
#include "core/error.hpp"
#include "gazetteer/json.hpp"
#include "geo/geodesy.hpp"

#include <cmath>
#include <cstdio>
#include <iostream>
#include <optional>

namespace gt::cli {

namespace {

struct Point {
    geo::LatLon pos;
    std::optional<std::uint32_t> entry; // set when it was a place name
    std::string label;
};

class Distance : public Command {
  public:
    void setup(CLI::App& app) override {
        app.description(
            "Geodesic distance (WGS 84, Karney's algorithm through PROJ), initial and final "
            "bearing, and the 16-point compass direction of B as seen from A. A and B are place "
            "names (resolved to the best gazetteer candidate, as 'gazetteer lookup' ranks them) "
            "or 'lat,lon' points; put -- before a negative latitude.");
        app.add_option("from", a_, "Place name or lat,lon")->required();
        app.add_option("to", b_, "Place name or lat,lon")->required();
        app.add_flag("--json", json_, "Print a JSON object");
        add_gazetteer_option(app, path_);
    }

    int run() override {
        std::optional<gazetteer::Index> idx;
        Point a = resolve(a_, idx), b = resolve(b_, idx);
        auto inv = geo::inverse(a.pos, b.pos);
        double km = inv.distance_m / 1000.0;
        if (json_) {
            nlohmann::ordered_json j;
            j["from"] = describe(a, idx);
            j["to"] = describe(b, idx);
            j["distance_km"] = std::round(km * 1000) / 1000;
            j["initial_bearing_deg"] = std::round(inv.initial_bearing_deg * 100) / 100;
            j["final_bearing_deg"] = std::round(inv.final_bearing_deg * 100) / 100;
            j["direction"] = std::string(geo::compass16(inv.initial_bearing_deg));
            std::cout << j.dump(2) << '\n';
            return 0;
        }
        for (const Point* p : {&a, &b})
            if (p->entry) std::cout << p->label << ": " << gazetteer::place_line(*idx, *p->entry) << '\n';
        char line[256];
        std::snprintf(line, sizeof line,
                      "%.1f km, initial bearing %.1f° (%s of %s), final bearing %.1f°\n", km,
                      inv.initial_bearing_deg, std::string(geo::compass16(inv.initial_bearing_deg)).c_str(),
                      a.label.c_str(), inv.final_bearing_deg);
        std::cout << b.label << " is " << line;
        return 0;
    }

  private:
    Point resolve(const std::string& s, std::optional<gazetteer::Index>& idx) {
        Point p;
        p.label = s;
        if (geo::parse_latlon(s, p.pos)) return p;
        if (!idx) idx.emplace(open_gazetteer(path_));
        gazetteer::Candidate c[1];
        if (idx->lookup(s, {}, c) == 0) {
            std::string msg = "no place named '" + s + "'";
            auto sug = idx->suggestions(s, 5);
            if (!sug.empty()) {
                msg += "; closest names known:";
                for (const auto& x : sug) msg += " " + x + ";";
                msg.pop_back();
            }
            throw InputError(msg + " (give 'lat,lon' for a point)");
        }
        p.entry = c[0].entry;
        p.pos = idx->position(c[0].entry);
        return p;
    }

    static nlohmann::ordered_json describe(const Point& p, const std::optional<gazetteer::Index>& idx) {
        if (p.entry) {
            auto j = gazetteer::place_json(*idx, *p.entry);
            j["query"] = p.label;
            return j;
        }
        nlohmann::ordered_json j;
        j["query"] = p.label;
        j["lat"] = p.pos.lat;
        j["lon"] = p.pos.lon;
        return j;
    }

    std::string a_, b_, path_;
    bool json_ = false;
};

} // namespace

std::unique_ptr<Command> make_distance() { return std::make_unique<Distance>(); }

} // namespace gt::cli
