// geotimeline distance A B
#include "cli/command.hpp"
#include "cli/commands_list.hpp"
#include "cli/gazetteer_option.hpp"
#include "core/error.hpp"
#include "gazetteer/json.hpp"
#include "geo/geodesy.hpp"

#include <charconv>
#include <cmath>
#include <cstdio>
#include <iostream>
#include <optional>

namespace gt::cli {

namespace {

// Two numbers "lat,lon" that are no point on Earth ("91,0") are a usage error naming the
// coordinate, not a place name to look up.
void check_coordinates(const std::string& s) {
    const auto sep = s.find_first_of(",;");
    if (sep == std::string::npos) return;
    auto number = [](std::string& t, double& v) {
        while (!t.empty() && t.front() == ' ') t.erase(0, 1);
        while (!t.empty() && t.back() == ' ') t.pop_back();
        const std::size_t plus = !t.empty() && t.front() == '+';
        auto [p, ec] = std::from_chars(t.data() + plus, t.data() + t.size(), v);
        return t.size() > plus && ec == std::errc() && p == t.data() + t.size();
    };
    double lat = 0, lon = 0;
    std::string lat_text = s.substr(0, sep), lon_text = s.substr(sep + 1);
    if (!number(lat_text, lat) || !number(lon_text, lon)) return;
    if (!(lat >= -90 && lat <= 90))
        throw UsageError("distance: latitude " + lat_text + " in '" + s +
                         "' is out of range (-90..90); give 'lat,lon' in decimal degrees, latitude first");
    if (!(lon >= -180 && lon <= 180))
        throw UsageError("distance: longitude " + lon_text + " in '" + s +
                         "' is out of range (-180..180); give 'lat,lon' in decimal degrees, latitude first");
}

struct Point {
    geo::LatLon pos;
    std::optional<std::uint32_t> entry; // set when it was a place name
    std::string label;
};

class Distance : public Command {
  public:
    void setup(CLI::App& app) override {
        app.add_option("A", a_, "Place name or lat,lon point (decimal degrees; negative: south, west)")->required();
        app.add_option("B", b_, "Place name or lat,lon point")->required();
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
        check_coordinates(s);
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
