// The place name of an event in every writer: `location`/`name` is the ASCII form (as ACLED
// writes it), `local_name` the gazetteer's own spelling; a JSONL file read back keeps both.
#include "io/event_reader.hpp"
#include "io/writers.hpp"

#include <catch2/catch.hpp>

#include "test_tmp_helpers.hpp"
#include <gdal_priv.h>
#include <nlohmann/json.hpp>
#include <ogrsf_frmts.h>

#include <fstream>
#include <sstream>
#include <string>

namespace {

std::string path_for(const std::string& name) {
    return test_tmp::own_path("names") + "-" + name;
}

std::string slurp(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

gt::PlaceMention hudaydah() {
    gt::PlaceMention p;
    p.text = "Hodeidah";
    p.resolved = true;
    p.id = "geonames:79415";
    p.geonameid = 79415;
    p.name = "Al Ḩudaydah";
    p.lat = 14.79781;
    p.lon = 42.95452;
    p.feature = "P.PPLA";
    p.country = "YE";
    p.country_name = "Yemen";
    p.admin1 = "Al Ḩudaydah";
    p.admin1_code = "YE.08";
    return p;
}

// One located event, one unlocated, and a claim between two places with diacritics.
gt::DocumentResult document() {
    gt::DocumentResult d;
    d.doc_id = "ye-1";
    d.dct.value = "2018-06-13";
    d.dct.source = "json";
    gt::Event e;
    e.event_id = "ye-1-1";
    e.doc_id = "ye-1";
    e.event_type = "Battles";
    e.sub_event_type = "Armed clash";
    e.date = e.date_start = e.date_end = "2018-06-13";
    e.location = hudaydah();
    e.evidence = {0, 10, 0, 10, "Fighting in Hodeidah."};
    e.confidence = 0.9;
    d.events.push_back(e);
    e.event_id = "ye-1-2";
    e.location = gt::PlaceMention{};
    e.location.text = "the port";
    d.events.push_back(e);
    gt::SpatialClaim c;
    c.text = "Zabid lies south of Hodeidah";
    c.subject = hudaydah();
    c.subject.name = "Zabīd";
    c.anchor = hudaydah();
    c.verdict = "consistent";
    d.claims.push_back(c);
    return d;
}

std::string write(gt::io::Format format, const std::string& name) {
    const std::string path = path_for(name);
    gt::io::OutputFile out(path);
    auto w = gt::io::make_writer(format, out.stream());
    w->document(document());
    w->end();
    out.commit();
    return path;
}

} // namespace

TEST_CASE("names: JSONL location objects carry name (ASCII) and local_name", "[io][writers][names]") {
    const std::string path = write(gt::io::Format::jsonl, "events.jsonl");
    const std::string line = slurp(path);
    const auto j = nlohmann::json::parse(line);
    const auto& loc = j["events"][0]["location"];
    CHECK(loc["name"] == "Al Hudaydah");
    CHECK(loc["local_name"] == "Al Ḩudaydah");
    CHECK(line.find(R"("location":{"name":"Al Hudaydah","local_name":"Al Ḩudaydah","geonameid":79415)") !=
          std::string::npos);
    CHECK(j["events"][1]["location"].is_null());
    CHECK(j["claims"][0]["subject"]["name"] == "Zabid");
    CHECK(j["claims"][0]["subject"]["local_name"] == "Zabīd");

    // read back (merge, --resume): the gazetteer's name again, so writing it again is the same
    gt::DocumentResult back;
    REQUIRE(gt::io::parse_result_line(line.substr(0, line.find('\n')), back).empty());
    CHECK(back.events[0].location.name == "Al Ḩudaydah");
    CHECK(back.claims[0].subject.name == "Zabīd");
    // a line written before local_name existed: its name is the gazetteer's
    std::string old = line.substr(0, line.find('\n'));
    const std::string field = R"("local_name":"Al Ḩudaydah",)";
    old.erase(old.find(field), field.size());
    REQUIRE(gt::io::parse_result_line(old, back).empty());
    CHECK(back.events[0].location.name == "Al Hudaydah");
}

TEST_CASE("names: GeoJSON properties location and local_name, and claims name places in ASCII",
          "[io][writers][names]") {
    const auto j = nlohmann::json::parse(slurp(write(gt::io::Format::geojson, "events.geojson")));
    const auto& features = j["features"];
    REQUIRE(features.size() == 3);
    const auto& p = features[0]["properties"];
    CHECK(p["location"] == "Al Hudaydah");
    CHECK(p["local_name"] == "Al Ḩudaydah");
    CHECK(p["location_text"] == "Hodeidah");
    CHECK(features[1]["properties"]["location"].is_null());
    CHECK(features[1]["properties"]["local_name"].is_null());
    CHECK(features[2]["properties"]["subject"] == "Zabid");
    CHECK(features[2]["properties"]["anchor"] == "Al Hudaydah");
}

TEST_CASE("names: CSV columns location and local_name, typed in the .csvt", "[io][writers][names]") {
    const std::string path = write(gt::io::Format::csv, "events.csv");
    gt::io::write_csvt(path);
    const std::string csv = slurp(path);
    const std::string header = csv.substr(0, csv.find('\n'));
    CHECK(header.find(",location,") != std::string::npos);
    CHECK(header.size() >= 11);
    CHECK(header.substr(header.size() - 11) == ",local_name");
    CHECK(csv.find(",Al Hudaydah,14.79781,42.95452,") != std::string::npos);
    const std::string row1 = csv.substr(csv.find('\n') + 1);
    CHECK(row1.substr(0, row1.find('\n')).find(",Al Ḩudaydah") != std::string::npos);
    const std::string csvt = slurp(path.substr(0, path.size() - 4) + ".csvt");
    std::size_t columns = 1, types = 1;
    for (char c : header) columns += c == ',';
    for (char c : csvt) types += c == ',';
    CHECK(columns == types);
    CHECK(csvt.substr(csvt.rfind(',')) == ",String\n");
}

TEST_CASE("names: GeoPackage and Shapefile fields location and local_name", "[io][writers][names][gis]") {
    GDALAllRegister();
    for (auto format : {gt::io::Format::gpkg, gt::io::Format::shp}) {
        const std::string path = path_for(format == gt::io::Format::gpkg ? "events.gpkg" : "events.shp");
        {
            auto w = gt::io::make_gis_writer(format, path);
            w->document(document());
            w->end();
        }
        auto* ds = static_cast<GDALDataset*>(GDALOpenEx(path.c_str(), GDAL_OF_VECTOR, nullptr, nullptr, nullptr));
        REQUIRE(ds);
        OGRLayer* layer = ds->GetLayer(0);
        REQUIRE(layer);
        layer->ResetReading();
        OGRFeature* f = layer->GetNextFeature();
        REQUIRE(f);
        CHECK(std::string(f->GetFieldAsString("location")) == "Al Hudaydah");
        CHECK(std::string(f->GetFieldAsString("local_name")) == "Al Ḩudaydah"); // ≤ 10 characters
        OGRFeature::DestroyFeature(f);
        GDALClose(ds);
    }
}

TEST_CASE("names: the HTML map's data carries local_name beside location", "[io][writers][names]") {
    const std::string page = slurp(write(gt::io::Format::html, "events.html"));
    // the tables of the page's columns (writers_html_columns.cpp): one value each here
    CHECK(page.find(R"("location":["Al Hudaydah"],"local_name":["Al Ḩudaydah"])") != std::string::npos);
}
