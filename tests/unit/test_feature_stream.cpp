// The streaming GeoJSON reader of `view` and `merge` (io/feature_stream.hpp): the same features
// whatever the size of the reads, one feature held at a time, and every error it reports with
// the file and the line or feature (issue #15; docs/robustness.md, the map row).
#include "core/error.hpp"
#include "io/feature_stream.hpp"
#include "io/html_map.hpp"
#include "io/result_features.hpp"

#include <catch2/catch.hpp>

#include <sstream>
#include <stdexcept>
#include <streambuf>
#include <string>
#include <vector>

namespace {

using gt::io::FeatureJson;
using gt::io::FeatureStream;

std::string point(double lon, double lat, const std::string& id) {
    return std::string(R"({"type":"Feature","geometry":{"type":"Point","coordinates":[)") + std::to_string(lon) + "," +
           std::to_string(lat) + R"(]},"properties":{"feature_kind":"event","event_id":")" + id +
           R"(","evidence":"a \"quoted\" ] } [ { text"}})";
}

std::string id_of(const char* prefix, int n) {
    std::string id(prefix);
    id += std::to_string(n);
    return id;
}

std::vector<FeatureJson> read(const std::string& text, std::size_t chunk) {
    std::istringstream in(text);
    FeatureStream stream(in, "'f.geojson'", "f.geojson", chunk);
    std::vector<FeatureJson> all;
    for (FeatureJson f; stream.next(f);) all.push_back(f);
    CHECK(stream.count() == all.size());
    return all;
}

/// The features of `text` read 1, 2, 3, 7 and 65,536 bytes at a time: all the same.
std::vector<FeatureJson> read_all_ways(const std::string& text) {
    const std::vector<FeatureJson> whole = read(text, 1 << 16);
    for (std::size_t chunk : {1, 2, 3, 7}) {
        INFO("chunk " << chunk);
        CHECK(read(text, chunk) == whole);
    }
    return whole;
}

/// The message of the InputError reading `text` (at every read size), or "".
std::string error_of(const std::string& text) {
    std::string first;
    for (std::size_t chunk : {std::size_t{1}, std::size_t{5}, std::size_t{1} << 16}) {
        std::string what;
        try {
            (void)read(text, chunk);
        } catch (const gt::InputError& e) {
            what = e.what();
        }
        if (chunk == 1) first = what;
        else CHECK(what == first);
    }
    return first;
}

std::string fc(const std::vector<std::string>& features, const std::string& between = "\n") {
    std::string s = std::string(R"({"type":"FeatureCollection","features":[)") + between;
    for (std::size_t i = 0; i < features.size(); ++i) s += (i ? std::string(",") + between : std::string()) + features[i];
    return s + between + "]}\n";
}

/// A stream buffer that hands out `text` a few bytes at a time and counts what it gave.
class Trickle : public std::streambuf {
  public:
    explicit Trickle(std::string text, bool fail_at_end = false) : text_(std::move(text)), fail_(fail_at_end) {}
    std::size_t given() const { return at_; }

  protected:
    int_type underflow() override {
        if (at_ >= text_.size()) {
            if (fail_) throw std::runtime_error("disk error");
            return traits_type::eof();
        }
        const std::size_t n = std::min<std::size_t>(3, text_.size() - at_);
        setg(text_.data() + at_, text_.data() + at_, text_.data() + at_ + n);
        at_ += n;
        return traits_type::to_int_type(*gptr());
    }

  private:
    std::string text_;
    bool fail_;
    std::size_t at_ = 0;
};

} // namespace

TEST_CASE("a FeatureCollection is read feature by feature, whatever the size of the reads", "[stream]") {
    const std::vector<std::string> f = {point(39.01, 35.95, "a"), point(-78.5, -0.2, "b"), point(2, 1, "c")};
    const auto compact = read_all_ways(fc(f, ""));
    REQUIRE(compact.size() == 3);
    CHECK(compact[1]["properties"]["event_id"] == "b");
    CHECK(compact[0]["properties"]["evidence"] == "a \"quoted\" ] } [ { text");
    // pretty-printed, members before and after "features", a byte-order mark, CRLF line ends
    std::string pretty = "\xEF\xBB\xBF{\r\n  \"type\" : \"FeatureCollection\" ,\r\n  \"name\": {\"x\": [1, {}]},\r\n"
                         "  \"features\" : [\r\n    " +
                         f[0] + " ,\r\n    " + f[1] + ",\r\n" + f[2] + "\r\n  ] ,\r\n  \"bbox\": [-180, -90, 180, 90]\r\n}\r\n\r\n";
    CHECK(read_all_ways(pretty) == compact);
    CHECK(read_all_ways(R"({"type":"FeatureCollection","features":[]})").empty());
    // "features" before "type": read whole, the same features
    CHECK(read_all_ways(R"({"features":[)" + f[0] + "," + f[1] + "," + f[2] + R"(],"type":"FeatureCollection"})") ==
          compact);
    // elements that are not features are given as they are (the page skips them), as before
    CHECK(read_all_ways(R"({"type":"FeatureCollection","features":[1,null,"x"]})").size() == 3);
}

TEST_CASE("GeoJSONSeq with RS characters, one Feature per line, a single Feature, blank files", "[stream]") {
    const std::string a = point(39.01, 35.95, "a"), b = point(-78.5, -0.2, "b");
    const std::string seq = "\x1e" + a + "\n\x1e" + b + "\n";
    const auto features = read_all_ways(seq);
    REQUIRE(features.size() == 2);
    CHECK(features[1]["properties"]["event_id"] == "b");
    CHECK(read_all_ways("\xEF\xBB\xBF" + a + "\r\n\n  \n" + b) == features); // BOM, CRLF, blank lines, no last newline
    CHECK(read_all_ways(a).size() == 1);
    CHECK(read_all_ways("{\n\"type\": \"Feature\",\n\"geometry\": null,\n\"properties\": {}\n}\n").size() == 1);
    CHECK(read_all_ways("").empty());
    CHECK(read_all_ways(" \n\x1e\n\t\r\n").empty());
}

TEST_CASE("the reader holds one feature: the first comes before the file is read", "[stream]") {
    std::string big = R"({"type":"FeatureCollection","features":[)";
    for (int i = 0; i < 2000; ++i) {
        if (i) big += ",\n";
        big += point(i % 180, i % 90, id_of("e", i));
    }
    big += "]}";
    Trickle buf(big);
    std::istream in(&buf);
    FeatureStream stream(in, "'f.geojson'", "f.geojson", 4096);
    FeatureJson f;
    REQUIRE(stream.next(f));
    CHECK(f["properties"]["event_id"] == "e0");
    CHECK(buf.given() < 3 * 4096);
    std::size_t n = 1;
    while (stream.next(f)) ++n;
    CHECK(n == 2000);
    CHECK(f["properties"]["event_id"] == "e1999");
}

TEST_CASE("every error of the streaming reader names the file and the line or feature", "[stream]") {
    const std::string a = point(39.01, 35.95, "a"), b = point(-78.5, -0.2, "b");
    // a FeatureCollection cut short, or broken in a feature: the line and the last good feature
    CHECK(error_of(fc({a, b}, "\n").substr(0, 150)).find("f.geojson:2: not valid JSON in the FeatureCollection after "
                                                        "feature 0 (is the file cut short?)") == 0);
    std::string cut = fc({a, b, a}, "\n");
    cut.resize(cut.size() - 40);
    CHECK(error_of(cut).find("f.geojson:4: not valid JSON in the FeatureCollection after feature 2") == 0);
    CHECK(error_of(fc({a, "{\"type\":\"Feature\",]", b})).find("f.geojson:3: not valid JSON") == 0);
    CHECK(error_of(R"({"type":"FeatureCollection","features":[)" + a + " " + b + "]}").find(
              "f.geojson:1: not valid JSON in the FeatureCollection after feature 1") == 0);
    CHECK(error_of(R"({"type":"FeatureCollection","features":[)" + a + R"(],"bbox":[1,}")").find(
              "not valid JSON in the FeatureCollection after feature 1") != std::string::npos);
    // anything after the collection, or a broken member before "features": not GeoJSON at its first line
    CHECK(error_of(std::string("\n") + fc({a}) + "{}\n").find("f.geojson:2: not a GeoJSON Feature; give a GeoJSON file or "
                                                 "GeoJSONSeq") == 0);
    CHECK(error_of("{\"type\":\"FeatureCollection\",\"name\":tru,\"features\":[]}").find(
              "f.geojson:1: not a GeoJSON Feature") == 0);
    // nested too deep: in a feature, in a member before the features, in a line of GeoJSONSeq
    const std::string deep = std::string(200, '[') + std::string(200, ']');
    CHECK(error_of(fc({a, std::string("\n") + point(1, 2, "x").replace(point(1, 2, "x").find("[1"), 0, deep)})).find(
              "f.geojson:4: JSON nested deeper than 128 levels") == 0);
    CHECK(error_of("{\"type\":\"FeatureCollection\",\n\"x\":" + deep + ",\"features\":[]}").find(
              "f.geojson:2: JSON nested deeper than 128 levels") == 0);
    CHECK(error_of(a + "\n" + deep + "\n").find("f.geojson:2: JSON nested deeper") == 0);
    // coordinates the map cannot draw: the feature of a collection, the line of GeoJSONSeq
    CHECK(error_of(fc({a, point(2, 1e308, "x")})).find("'f.geojson': feature 2: coordinate out of range") == 0);
    CHECK(error_of(fc({R"({"type":"Feature","geometry":{"type":"Point","coordinates":["1",2]}})"})).find(
              "'f.geojson': feature 1: a coordinate is not a number") == 0);
    CHECK(error_of(a + "\n\x1e" + point(200, 1, "x") + "\n").find("f.geojson:2: coordinate out of range") == 0);
    // lines that are not features
    CHECK(error_of(a + "\n{\"id\":1}\n").find("f.geojson:2: not a GeoJSON Feature") == 0);
    CHECK(error_of(a + "\nnot json\n").find("f.geojson:2: not a GeoJSON Feature") == 0);
    // JSON that is not GeoJSON, a collection without features
    CHECK(error_of("{\"id\":\"x\",\"text\":\"a document\"}\n").find("'f.geojson' is JSON but not GeoJSON") == 0);
    CHECK(error_of("[1,2]").find("'f.geojson' is JSON but not GeoJSON") == 0);
    CHECK(error_of("{\"type\":\"FeatureCollection\",\"features\":{}}").find(
              "'f.geojson' is a FeatureCollection without a \"features\" array") == 0);
    CHECK(error_of("{\"type\":\"FeatureCollection\"}").find("without a \"features\" array") != std::string::npos);
    // a "type" that is not a string (it was read as one: an internal error)
    CHECK(error_of("{\"type\":5}\n").find("'f.geojson' is JSON but not GeoJSON") == 0);
    CHECK(error_of("{\"type\":{\"id\":\"x\"}}\n]}\n").find("f.geojson:1: not a GeoJSON Feature") == 0);
    CHECK(error_of(a + "\n{\"type\":[\"Feature\"]}\n").find("f.geojson:2: not a GeoJSON Feature") == 0);
    // the input failing under the reader
    Trickle failing(fc({a, b}), true);
    std::istream in(&failing);
    FeatureStream stream(in, "'f.geojson'", "f.geojson");
    FeatureJson f;
    CHECK_THROWS_WITH(stream.next(f), "cannot read 'f.geojson'");
}

TEST_CASE("the map's columns built feature by feature make the page of the whole array", "[stream][html]") {
    FeatureJson features = FeatureJson::array();
    for (int i = 0; i < 50; ++i) features.push_back(FeatureJson::parse(point(i % 7, i % 5, id_of("e", i % 9))));
    features.push_back(FeatureJson::parse(
        R"({"type":"Feature","geometry":{"type":"LineString","coordinates":[[1,2],[3,4]]},"properties":{"feature_kind":"spatial_claim"}})"));
    // a geometry whose "type" is not a string: an event without a point
    features.push_back(FeatureJson::parse(R"({"type":"Feature","geometry":{"type":7},"properties":{"feature_kind":"event"}})"));
    std::ostringstream whole, fed;
    gt::io::write_html_map(whole, features, "t");
    gt::io::MapData data;
    for (const FeatureJson& f : features) data.add(f);
    gt::io::write_html_map(fed, data, "t");
    CHECK(fed.str() == whole.str());
    std::ostringstream tl_whole, tl_fed;
    gt::io::write_timelinejs(tl_whole, features, "t");
    gt::io::TimelineJs timeline;
    for (const FeatureJson& f : features) timeline.add(f);
    timeline.write(tl_fed, "t");
    CHECK(tl_fed.str() == tl_whole.str());
}

TEST_CASE("a file on one line is sniffed from its first megabyte, not read whole", "[stream]") {
    using gt::io::InputKind;
    using gt::io::sniff_bytes;
    std::string big = std::string(R"({"type":"FeatureCollection","features":[)") + point(1, 2, "a");
    while (big.size() < 3 * sniff_bytes) {
        big += ',';
        big += point(1, 2, "a");
    }
    big += "]}";
    std::istringstream in("\n  \r\n" + big + "\nmore");
    std::string read;
    bool cut = false;
    const std::string first = gt::io::first_line(in, read, &cut);
    CHECK(cut);
    CHECK(first.size() == sniff_bytes);
    CHECK(read == "\n  \r\n" + first);                          // what was read, to be read again
    CHECK(static_cast<char>(in.get()) == big[sniff_bytes]); // the rest still to read
    CHECK(gt::io::sniff_input(first, true) == InputKind::geojson);
    CHECK(gt::io::sniff_input(R"({ "id":"doc-1","events":[{"event_id":"e)", true) == InputKind::jsonl);
    CHECK(gt::io::sniff_input(R"({"id":"doc-1","events":[{"event_id":"e)", false) == InputKind::geojson); // as before
    // a short first line: whole, not cut
    std::istringstream small("\n{\"id\":\"x\",\"events\":[]}\n{}\n");
    read.clear();
    CHECK(gt::io::first_line(small, read, &cut) == "{\"id\":\"x\",\"events\":[]}");
    CHECK_FALSE(cut);
    CHECK(read == "\n{\"id\":\"x\",\"events\":[]}\n");
    CHECK(gt::io::sniff_input("{\"id\":\"x\",\"events\":[]}") == InputKind::jsonl);
}
