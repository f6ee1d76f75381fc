// Every JSON reader refuses values nested deeper than io::max_json_depth, naming the file and
// line (issue #15: `view` overflowed the stack on GeoJSON nested 80,000 levels deep), and
// `view` refuses coordinates it cannot draw. docs/robustness.md.
#include "core/error.hpp"
#include "io/event_reader.hpp"
#include "io/html_map.hpp"
#include "io/json_depth.hpp"
#include "io/jsonl_reader.hpp"

#include <catch2/catch.hpp>

#include <fstream>
#include <sstream>
#include <string>

namespace {

std::string nested(std::size_t levels) { return std::string(levels, '[') + std::string(levels, ']'); }

std::string tmp_file(const std::string& name, const std::string& content) {
    const std::string path = std::string(GT_TEST_TMP) + "/depth-" + name;
    std::ofstream(path, std::ios::binary) << content;
    return path;
}

std::string error_of(const std::string& text) {
    try {
        gt::io::features_from_text(text, "'f.geojson'", "f.geojson");
    } catch (const gt::InputError& e) {
        return e.what();
    }
    return {};
}

std::string point(const std::string& coordinates) {
    return R"({"type":"Feature","geometry":{"type":"Point","coordinates":)" + coordinates +
           R"(},"properties":{"feature_kind":"event"}})";
}

} // namespace

TEST_CASE("json_too_deep counts arrays and objects outside strings and gives the line", "[robust]") {
    using gt::io::json_too_deep;
    CHECK(json_too_deep(nested(128)) == 0);
    CHECK(json_too_deep(nested(129)) == 1);
    CHECK(json_too_deep("{\"a\":\n{\"b\":\n[1]}}", 2) == 3);
    CHECK(json_too_deep("{\"a\":\n{\"b\":\n[1]}}", 3) == 0);
    // brackets inside strings, escaped quotes included, do not count
    CHECK(json_too_deep("[\"[[[[\\\"[[[[\", {\"x\": \"{{{{\"}]", 2) == 0);
    CHECK(json_too_deep("", 0) == 0);
    CHECK(json_too_deep("]]]}}}" + nested(3), 3) == 0); // closing brackets first: no wrap-around
}

TEST_CASE("view's GeoJSON reader refuses 80,000 levels of nesting with the file and line", "[robust]") {
    const std::string fc = "{\"type\":\"FeatureCollection\",\n\"features\":" + nested(80000) + "}";
    const std::string path = tmp_file("deep.geojson", fc);
    try {
        gt::io::read_features(path);
        FAIL("no error");
    } catch (const gt::InputError& e) {
        CHECK(std::string(e.what()).find(path + ":2: JSON nested deeper than 128 levels") != std::string::npos);
    }
    // GeoJSONSeq: the line of the deep feature
    const std::string seq = point("[1,2]") + "\n" + point("[1,2]") + "\n" + point(nested(200)) + "\n";
    CHECK(error_of(seq).find("f.geojson:3: JSON nested deeper") != std::string::npos);
    // as deep as the limit is read
    CHECK(error_of(point("[1,2]") + "\n").empty());
}

TEST_CASE("the JSONL input reader refuses a deep line alone", "[robust]") {
    std::istringstream in("{\"text\":\"Gunmen attacked the town.\"}\n{\"text\":\"x\",\"meta\":" + nested(100000) +
                          "}\n{\"text\":\"Police arrived.\"}\n");
    gt::io::JsonlReader reader(in, "deep.jsonl");
    gt::Document doc;
    std::string error;
    REQUIRE(reader.next(doc, error));
    CHECK(error.empty());
    REQUIRE(reader.next(doc, error));
    CHECK(error.find("deep.jsonl:2") == 0);
    CHECK(error.find("JSON nested deeper than 128 levels") != std::string::npos);
    REQUIRE(reader.next(doc, error));
    CHECK(error.empty());
    CHECK(doc.text == "Police arrived.");
}

TEST_CASE("the event JSONL reader (merge, --resume) refuses a deep line with its line", "[robust]") {
    gt::DocumentResult r;
    CHECK(gt::io::parse_result_line("{\"id\":\"a\",\"events\":" + nested(100000) + "}", r).find(
              "JSON nested deeper than 128 levels") == 0);
    std::istringstream in("{\"id\":\"a\",\"events\":[]}\n{\"id\":\"b\",\"events\":[" + nested(500) + "]}\n");
    gt::io::ResultReader reader(in, "shard.jsonl");
    CHECK(reader.next(r));
    try {
        reader.next(r);
        FAIL("no error");
    } catch (const gt::InputError& e) {
        CHECK(std::string(e.what()).find("shard.jsonl:2: JSON nested deeper") == 0);
    }
}

TEST_CASE("view refuses coordinates it cannot draw, naming the feature or line", "[robust]") {
    auto fc = [](const std::string& f) { return "{\"type\":\"FeatureCollection\",\"features\":[" + f + "]}"; };
    CHECK(error_of(fc(point("[180,90]") + "," + point("[-180,-90,12]"))).empty());
    CHECK(error_of(fc(point("[2,1e308]"))).find("'f.geojson': feature 1: coordinate out of range") == 0);
    CHECK(error_of(fc(point("[1,2]") + "," + point("[180.5,0]"))).find("feature 2: coordinate out of range") !=
          std::string::npos);
    CHECK(error_of(fc(point("[0,-90.01]"))).find("out of range") != std::string::npos);
    CHECK(error_of(fc(point("[\"1\",2]"))).find("not a number") != std::string::npos);
    CHECK(error_of(fc(point("[1]"))).find("not an array [longitude, latitude]") != std::string::npos);
    CHECK(error_of(fc(point("7"))).find("\"coordinates\" is not an array") != std::string::npos);
    // a spatial claim's line, a geometry collection
    const std::string line = R"({"type":"Feature","geometry":{"type":"LineString","coordinates":[[1,2],[3,400]]},"properties":{}})";
    CHECK(error_of(fc(line)).find("out of range") != std::string::npos);
    const std::string coll = R"({"type":"Feature","geometry":{"type":"GeometryCollection","geometries":[{"type":"Point","coordinates":[1,2]},{"type":"Point","coordinates":[-200,2]}]},"properties":{}})";
    CHECK(error_of(fc(coll)).find("out of range") != std::string::npos);
    CHECK(error_of(point("[1,2]") + "\n" + point("[1,-95]") + "\n").find("f.geojson:2: coordinate out of range") == 0);
    // no geometry: nothing to draw, nothing wrong
    CHECK(error_of(fc(R"({"type":"Feature","geometry":null,"properties":{}})")).empty());
}
