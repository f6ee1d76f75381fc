// The HTML map and TimelineJS writers (io/html_map.hpp): escaping, the embedded JSON, the
// page's fixed parts, TimelineJS dates by precision, and reading GeoJSON features back.
// The page's behaviour in a browser: tests/browser/map.test.js.
#include "core/error.hpp"
#include "io/html_map.hpp"
#include "io/writers.hpp"

#include <catch2/catch.hpp>

#include <cstdint>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

namespace {

using gt::io::FeatureJson;

FeatureJson event(const std::string& id, const std::string& date, int precision,
                  const std::string& evidence) {
    FeatureJson p = FeatureJson::object();
    p["feature_kind"] = "event";
    p["event_id"] = id;
    p["doc_id"] = "doc";
    p["event_type"] = "Battles";
    p["sub_event_type"] = "Armed clash";
    p["event_date"] = date.empty() ? FeatureJson(nullptr) : FeatureJson(date);
    p["date_start"] = date.empty() ? FeatureJson(nullptr) : FeatureJson(date);
    p["date_end"] = date.empty() ? FeatureJson(nullptr) : FeatureJson(date);
    p["time_precision"] = precision;
    p["location"] = "Raqqa";
    p["latitude"] = 35.95;
    p["longitude"] = 39.01;
    p["evidence"] = evidence;
    p["fatalities"] = 3;
    p["url"] = "javascript:alert(1)";
    FeatureJson f = FeatureJson::object();
    f["type"] = "Feature";
    f["geometry"] = FeatureJson{{"type", "Point"}, {"coordinates", {39.01, 35.95}}};
    f["properties"] = p;
    return f;
}

std::size_t count(const std::string& s, const std::string& what) {
    std::size_t n = 0;
    for (std::size_t i = s.find(what); i != std::string::npos; i = s.find(what, i + 1))
        ++n;
    return n;
}

/// The text between `open` and the next "</script>" from `from`, or "" (from moved past it).
std::string block(const std::string& page, const std::string& open, std::size_t& from) {
    const std::size_t a = page.find(open, from);
    if (a == std::string::npos) return {};
    const std::size_t b = page.find("</script>", a);
    from = b;
    return page.substr(a + open.size(), b - a - open.size());
}

std::vector<unsigned char> unbase64(const std::string& s) {
    const std::string alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    std::vector<unsigned char> out;
    std::uint32_t acc = 0;
    int bits = 0;
    for (char c : s) {
        if (c == '=') break;
        acc = (acc << 6) | static_cast<std::uint32_t>(alphabet.find(c));
        bits += 6;
        if (bits >= 8) {
            bits -= 8;
            out.push_back(static_cast<unsigned char>(acc >> bits));
        }
    }
    return out;
}

/// A column of the map data as numbers (little-endian, w bytes, signed for the points).
std::vector<std::int64_t> column(const FeatureJson& c, bool is_signed = false) {
    const auto bytes = unbase64(c["b"].get<std::string>());
    const unsigned w = c["w"].get<unsigned>();
    std::vector<std::int64_t> out;
    for (std::size_t i = 0; i + w <= bytes.size(); i += w) {
        std::uint32_t v = 0;
        for (unsigned k = 0; k < w; ++k)
            v |= std::uint32_t(bytes[i + k]) << (8 * k);
        out.push_back(is_signed ? std::int64_t(std::int32_t(v)) : std::int64_t(v));
    }
    return out;
}

struct Page {
    std::string html;
    FeatureJson data;
};

Page map_page(const FeatureJson& features) {
    std::ostringstream out;
    gt::io::write_html_map(out, features, "t");
    Page p{out.str(), {}};
    std::size_t from = 0;
    p.data = FeatureJson::parse(
        block(p.html, "<script type=\"application/json\" id=\"gt-data\">", from));
    return p;
}

FeatureJson placed(FeatureJson f, double lon, double lat) {
    f["geometry"]["coordinates"] = {lon, lat};
    return f;
}

std::string tmp_file(const std::string& name, const std::string& content) {
    const std::string path = std::string(GT_TEST_TMP) + "/html-" + name;
    std::ofstream(path, std::ios::binary) << content;
    return path;
}

} // namespace

TEST_CASE("html_escape escapes the five characters of HTML", "[html]") {
    CHECK(gt::io::html_escape("<a href=\"x\">Tom & Jerry's</a>") ==
          "&lt;a href=&quot;x&quot;&gt;Tom &amp; Jerry&#39;s&lt;/a&gt;");
    CHECK(gt::io::html_escape("Dayr az-Zawr") == "Dayr az-Zawr");
}

TEST_CASE("script_json escapes < > & U+2028 U+2029 and stays the same JSON", "[html]") {
    FeatureJson j = {{"t", "</script><!-- & \xE2\x80\xA8 \xE2\x80\xA9 é"}};
    const std::string s = gt::io::script_json(j);
    CHECK(s.find('<') == std::string::npos);
    CHECK(s.find('>') == std::string::npos);
    CHECK(s.find('&') == std::string::npos);
    CHECK(s.find("\xE2\x80\xA8") == std::string::npos);
    CHECK(s.find("\xE2\x80\xA9") == std::string::npos);
    CHECK(s.find("\\u003c/script\\u003e") != std::string::npos);
    CHECK(FeatureJson::parse(s) == j);
}

TEST_CASE("html and timelinejs are output formats", "[html]") {
    CHECK(gt::io::parse_format("html") == gt::io::Format::html);
    CHECK(gt::io::parse_format("timelinejs") == gt::io::Format::timelinejs);
    CHECK(gt::io::format_from_extension("map.HTML", gt::io::Format::jsonl) == gt::io::Format::html);
    CHECK(gt::io::format_from_extension("map.htm", gt::io::Format::jsonl) == gt::io::Format::html);
    CHECK_THROWS_AS(gt::io::parse_format("kmz"), gt::UsageError);
}

TEST_CASE("the page is self-contained and carries the data escaped", "[html]") {
    FeatureJson features =
        FeatureJson::array({event("e<1>", "2017-09-05", 1, "<script>alert(1)</script>")});
    std::ostringstream out;
    gt::io::write_html_map(out, features, "A <b>title</b>");
    const std::string page = out.str();
    CHECK(page.rfind("<!DOCTYPE html>", 0) == 0);
    CHECK(page.find("default-src 'none'; script-src 'unsafe-inline'; style-src 'unsafe-inline'; "
                    "img-src data:") != std::string::npos);
    CHECK(page.find("<title>A &lt;b&gt;title&lt;/b&gt;</title>") != std::string::npos);
    CHECK(page.find("<script>alert(1)") == std::string::npos);
    CHECK(page.find("\\u003cscript\\u003ealert(1)") != std::string::npos);
    // Nothing is loaded from elsewhere: no src= or href= to a resource, no @import.
    CHECK(page.find("<script src") == std::string::npos);
    CHECK(page.find("<link") == std::string::npos);
    CHECK(page.find("@import") == std::string::npos);
    // Every inline element closes where the writer closes it: no asset or data holds "</script"
    // or "</style" (five script elements, three data blocks of the event's evidence, id and URL,
    // two style elements).
    CHECK(count(page, "</script") == 8);
    CHECK(count(page, "</style") == 2);
}

TEST_CASE("TimelineJS dates follow the time precision, and undated events are left out", "[html]") {
    FeatureJson week = event("w", "2017-09-04", 2, "w");
    week["properties"]["date_start"] = "2017-09-04";
    week["properties"]["date_end"] = "2017-09-10";
    FeatureJson features =
        FeatureJson::array({event("d", "2017-09-05", 1, "a <i>b</i> & c"),
                            event("m", "2017-09-01", 3, "m"), event("y", "2017-01-01", 4, "y"),
                            week, event("u", "", 1, "u"), event("d", "2017-09-06", 1, "same id")});
    std::ostringstream out;
    gt::io::write_timelinejs(out, features, "T & T");
    const FeatureJson tl = FeatureJson::parse(out.str());
    REQUIRE(tl["events"].size() == 5);
    CHECK(tl["title"]["text"]["headline"] == "T &amp; T");
    const FeatureJson& d = tl["events"][0];
    CHECK(d["start_date"] == FeatureJson{{"year", "2017"}, {"month", "9"}, {"day", "5"}});
    CHECK(d["text"]["text"].get<std::string>().find("a &lt;i&gt;b&lt;/i&gt; &amp; c") !=
          std::string::npos);
    CHECK(d["text"]["text"].get<std::string>().find("javascript:") == std::string::npos);
    CHECK(d["group"] == "Battles");
    CHECK(tl["events"][1]["start_date"] == FeatureJson{{"year", "2017"}, {"month", "9"}});
    CHECK(tl["events"][2]["start_date"] == FeatureJson{{"year", "2017"}});
    CHECK(tl["events"][3]["end_date"] ==
          FeatureJson{{"year", "2017"}, {"month", "9"}, {"day", "10"}});
    CHECK(tl["events"][4]["unique_id"] == "d-2");
    CHECK(tl["title"]["text"]["text"].get<std::string>().find("1 undated left out") !=
          std::string::npos);
}

TEST_CASE("read_features reads a FeatureCollection, GeoJSONSeq, and names the file on errors",
          "[html]") {
    FeatureJson fc = {{"type", "FeatureCollection"},
                      {"features", FeatureJson::array({event("a", "2017-09-05", 1, "x")})}};
    CHECK(gt::io::read_features(tmp_file("fc.geojson", fc.dump())).size() == 1);
    std::string seq(1, '\x1e');
    seq.append(event("a", "2017-09-05", 1, "x").dump()).append("\n\x1e");
    seq.append(event("b", "2017-09-06", 1, "y").dump()).append("\n");
    CHECK(gt::io::read_features(tmp_file("seq.geojsons", seq)).size() == 2);
    const std::string bad =
        tmp_file("bad.geojsons", event("a", "2017-09-05", 1, "x").dump() + "\n{\"id\":1}\n");
    try {
        gt::io::read_features(bad);
        FAIL("no error");
    } catch (const gt::InputError& e) {
        CHECK(std::string(e.what()).find(bad + ":2: not a GeoJSON Feature") != std::string::npos);
    }
    CHECK_THROWS_AS(gt::io::read_features(tmp_file("obj.json", "{\"a\":1}")), gt::InputError);
    CHECK_THROWS_AS(gt::io::read_features(std::string(GT_TEST_TMP) + "/html-none.geojson"),
                    gt::InputError);
}

TEST_CASE("the map's columns: one table of distinct values per property, indices by event",
          "[html]") {
    // Events in Syria, Ecuador, Mali and Myanmar; two at one point, one without a place.
    FeatureJson a =
        placed(event("sy-1", "2017-09-05", 1, "Troops clashed near Raqqa."), 39.01, 35.95);
    FeatureJson b =
        placed(event("sy-2", "2017-09-06", 1, "Troops clashed near Raqqa."), 39.01, 35.95);
    FeatureJson c =
        placed(event("ec-1", "2019-03-01", 1, "Teachers marched in Quito."), -78.52495, -0.22985);
    c["properties"]["event_type"] = "Protests";
    c["properties"]["fatalities"] = nullptr;
    FeatureJson d =
        placed(event("ml-1", "", 3, "Gunmen attacked a convoy near Gao."), -0.04435, 16.27167);
    d["properties"]["fatalities"] = "12";
    FeatureJson e = event("mm-1", "2021-02-01", 1, "Soldiers detained the minister.");
    e["geometry"] = nullptr;
    e["properties"].erase("fatalities");
    const Page p = map_page(FeatureJson::array({a, b, c, d, e}));
    const FeatureJson& data = p.data;
    CHECK(data["format"] == "geotimeline-map-columns-1");
    CHECK(data["n"] == 5);
    CHECK(data["values"]["event_type"] == FeatureJson::array({"Battles", "Protests"}));
    CHECK(column(data["cols"]["event_type"]) == std::vector<std::int64_t>{1, 1, 2, 1, 1});
    // null and absent are index 0; 3 and "12" stay a number and a string
    CHECK(data["values"]["fatalities"] == FeatureJson::array({3, "12"}));
    CHECK(column(data["cols"]["fatalities"]) == std::vector<std::int64_t>{1, 1, 0, 2, 0});
    CHECK(column(data["cols"]["event_date"])[3] == 0);
    // the points: two events at one point share it; the last has none
    CHECK(column(data["cols"]["point"]) == std::vector<std::int64_t>{1, 1, 2, 3, 0});
    CHECK(column(data["points"]["lon"], true) ==
          std::vector<std::int64_t>{39010000, -78524950, -44350});
    CHECK(column(data["points"]["lat"], true) ==
          std::vector<std::int64_t>{35950000, -229850, 16271670});
    // evidence is read when shown: one block, one JSON value a line, the same sentence once
    CHECK(!data["values"].contains("evidence"));
    CHECK(data["lazy"]["evidence"] == 1);
    std::size_t from = 0;
    CHECK(block(p.html, "<script type=\"text/plain\" id=\"gt-lazy-evidence-0\">", from) ==
          "\"Troops clashed near Raqqa.\"\n\"Teachers marched in Quito.\"\n"
          "\"Gunmen attacked a convoy near Gao.\"\n\"Soldiers detained the minister.\"");
    CHECK(column(data["cols"]["evidence"]) == std::vector<std::int64_t>{1, 1, 2, 3, 4});
    CHECK(data["claims"] == FeatureJson::array());
}

TEST_CASE("the map's columns: widths follow the table size, large tables in blocks of 16384 lines",
          "[html]") {
    FeatureJson features = FeatureJson::array();
    const std::size_t n = 16384 + 300;
    for (std::size_t i = 0; i < n; ++i)
        features.push_back(placed(event("id-" + std::to_string(i), "2020-01-01", 1, "s"),
                                  double(i % 300) / 10, -double(i % 7)));
    const Page p = map_page(features);
    CHECK(p.data["cols"]["event_type"]["w"] == 1); // one type
    CHECK(p.data["cols"]["point"]["w"] == 2);      // 2100 points
    CHECK(p.data["cols"]["event_id"]["w"] == 2);   // 16684 ids
    CHECK(p.data["points"]["lon"]["w"] == 4);
    CHECK(p.data["lazy"]["event_id"] == 2);
    std::size_t from = 0;
    const std::string first = block(p.html, "id=\"gt-lazy-event_id-0\">", from);
    const std::string second = block(p.html, "id=\"gt-lazy-event_id-1\">", from);
    CHECK(count(first, "\n") == 16383);
    CHECK(count(second, "\n") == 299);
    CHECK(second.rfind("\"id-16384\"\n", 0) == 0);
    const auto ids = column(p.data["cols"]["event_id"]);
    REQUIRE(ids.size() == n);
    CHECK(ids[16384] == 16385);
}

TEST_CASE("the map's columns keep hostile strings as data in every block", "[html]") {
    FeatureJson f = placed(event("</script><script>alert(1)</script>", "2020-01-01", 1,
                                 "<!-- </script> \xE2\x80\xA8 & \"q\" \n line"),
                           2.35, 48.85);
    f["properties"]["doc_id"] = "__proto__";
    f["properties"]["actor1"] = "\"><img src=x onerror=alert(1)>";
    f["properties"]["url"] = "https://example.org/?a=<b>&c=d";
    f["properties"]["date_text"] = "</SCRIPT >";
    FeatureJson claim = {
        {"type", "Feature"},
        {"geometry", {{"type", "LineString"}, {"coordinates", {{2.35, 48.85}, {2.4, 48.9}}}}},
        {"properties", {{"feature_kind", "spatial_claim"}, {"text", "</script>"}}}};
    const Page p = map_page(FeatureJson::array({f, claim}));
    // the page's own elements only: 5 + the evidence, id, URL and time expression blocks
    CHECK(count(p.html, "</script") == 9);
    CHECK(p.html.find("<!--") == std::string::npos);
    CHECK(p.html.find("<img") == std::string::npos);
    CHECK(p.html.find("\xE2\x80\xA8") == std::string::npos);
    CHECK(p.data["values"]["doc_id"] == FeatureJson::array({"__proto__"}));
    CHECK(p.data["values"]["actor1"] == FeatureJson::array({"\"><img src=x onerror=alert(1)>"}));
    CHECK(p.data["claims"][0]["properties"]["text"] == "</script>");
    std::size_t from = 0;
    CHECK(FeatureJson::parse(block(p.html, "id=\"gt-lazy-evidence-0\">", from)) ==
          "<!-- </script> \xE2\x80\xA8 & \"q\" \n line");
    from = 0;
    CHECK(FeatureJson::parse(block(p.html, "id=\"gt-lazy-event_id-0\">", from)) ==
          "</script><script>alert(1)</script>");
}
