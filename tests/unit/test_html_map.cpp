// The HTML map and TimelineJS writers (io/html_map.hpp): escaping, the embedded JSON, the
// page's fixed parts, TimelineJS dates by precision, and reading GeoJSON features back.
// The page's behaviour in a browser: tests/browser/map.test.js.
#include "core/error.hpp"
#include "io/html_map.hpp"
#include "io/writers.hpp"

#include <catch2/catch.hpp>

#include <fstream>
#include <sstream>
#include <string>

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
    // or "</style" (five script and two style elements).
    std::size_t scripts = 0, styles = 0;
    for (std::size_t i = page.find("</script"); i != std::string::npos;
         i = page.find("</script", i + 1))
        ++scripts;
    for (std::size_t i = page.find("</style"); i != std::string::npos;
         i = page.find("</style", i + 1))
        ++styles;
    CHECK(scripts == 5);
    CHECK(styles == 2);
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
