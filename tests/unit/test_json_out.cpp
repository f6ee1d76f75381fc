// io/json_out: the one JSON string escaper and the shapes of places, claims and time
// expressions that the geoparse and timex commands and the extract writers share.
#include "io/json_out.hpp"
#include "io/writers_internal.hpp"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <string>
#include <vector>

namespace {

using nlohmann::ordered_json;

std::vector<std::string> keys(const ordered_json& o) {
    std::vector<std::string> k;
    for (const auto& [key, value] : o.items()) k.push_back(key);
    return k;
}

gt::PlaceMention resolved_place(std::size_t begin, std::size_t end, std::string text) {
    gt::PlaceMention p;
    p.begin = begin;
    p.end = end;
    p.text = std::move(text);
    p.resolved = true;
    p.id = "geonames:170794";
    p.geonameid = 170794;
    p.name = "Dayr az Zawr";
    p.lat = 35.336667;
    p.lon = 40.14;
    p.feature = "P.PPLA";
    p.country = "SY";
    p.country_name = "Syria";
    p.admin1 = "Deir ez-Zor";
    p.admin1_code = "SY.07";
    p.score = 0.9;
    return p;
}

} // namespace

TEST_CASE("json_out: the escaper writes what nlohmann::json writes, for every kind of string", "[io][json]") {
    const std::vector<std::string> table = {
        "", "plain", "q\"uote", "back\\slash", "slash/", "\b\f\n\r\t", "\x01\x1f\x7f",
        std::string("nul \0 inside", 12), "Ḩalab «قصف» — 東京", "bad \xff byte", "lone \xc3",
        "overlong \xc0\xaf", "surrogate \xed\xa0\x80", "\xf4\x90\x80\x80 past U+10FFFF"};
    for (const std::string& s : table) {
        std::string out;
        gt::io::append_json_string(out, s);
        CHECK(out == gt::io::detail::dump(gt::io::detail::Json(s)));
        CHECK(ordered_json::accept(out));
    }
}

TEST_CASE("json_out: geoparse place objects, scorer and full", "[io][json]") {
    const std::string text = "Ölçek: Deir ez-Zor lies east.";
    gt::PlaceMention p = resolved_place(9, 20, "Deir ez-Zor"); // bytes: "Ö", "ç" take two
    gt::text::OffsetMap map(text);
    std::string out;
    gt::io::JsonOut w(out);
    gt::io::write_place(w, p, map, gt::io::PlaceDetail::scorer);
    CHECK(out == R"({"start":7,"end":18,"text":"Deir ez-Zor","name":"Dayr az Zawr","lat":35.33667,)"
                 R"("lon":40.14000,"geonameid":170794,"country":"SY","admin1":"Deir ez-Zor",)"
                 R"("admin1_code":"SY.07","feature":"P.PPLA","score":0.900})");

    p.relative = true;
    p.anchor_id = "geonames:172955";
    p.offset_km = 30.04;
    p.offset_bearing_deg = 0;
    out.clear();
    gt::text::OffsetMap map2(text);
    gt::io::JsonOut w2(out);
    gt::io::write_place(w2, p, map2, gt::io::PlaceDetail::full);
    const auto full = ordered_json::parse(out);
    CHECK(keys(full) == std::vector<std::string>{"start", "end", "text", "name", "lat", "lon", "geonameid",
                                                 "country", "admin1", "admin1_code", "feature", "score", "id",
                                                 "demonym", "embedded", "precision", "relative", "anchor_id",
                                                 "offset_km", "offset_bearing_deg"});
    CHECK(out.find(R"("offset_km":30.0,"offset_bearing_deg":0.0})") != std::string::npos);

    gt::PlaceMention unresolved;
    unresolved.text = "Atlantis";
    out.clear();
    gt::text::OffsetMap map3(text);
    gt::io::JsonOut w3(out);
    gt::io::write_place(w3, unresolved, map3, gt::io::PlaceDetail::full);
    CHECK(out == R"({"start":0,"end":0,"text":"Atlantis","name":null,"lat":null,"lon":null,)"
                 R"("geonameid":null,"country":null,"admin1":null,"admin1_code":null,"feature":null,"score":0})");
}

TEST_CASE("json_out: one claim shape, with offsets where the text is known", "[io][json]") {
    gt::SpatialClaim c;
    c.begin = 9;
    c.end = 31;
    c.text = "Deir ez-Zor lies east.";
    c.subject = resolved_place(9, 20, "Deir ez-Zor");
    c.anchor.text = "Nowhere"; // unresolved: {"text"}
    c.stated_km = 140;
    c.stated_unit = "km";
    c.verdict = "unchecked";
    const std::string text = "Ölçek: Deir ez-Zor lies east.";

    std::string bare;
    gt::io::JsonOut w(bare);
    gt::io::write_claim(w, c);
    CHECK(bare == gt::io::detail::dump(gt::io::detail::claim_json(c)));

    std::string located;
    gt::text::OffsetMap map(text);
    gt::io::JsonOut w2(located);
    gt::io::write_claim(w2, c, &map);
    auto with_offsets = ordered_json::parse(located);
    CHECK(with_offsets["start"] == 7);
    CHECK(with_offsets["end"] == 29);
    with_offsets.erase("start");
    with_offsets.erase("end");
    CHECK(with_offsets == ordered_json::parse(bare));
    CHECK(keys(with_offsets) == keys(ordered_json::parse(bare)));
    CHECK(with_offsets["anchor"] == ordered_json{{"text", "Nowhere"}});
}

TEST_CASE("json_out: geoparse lines, timex documents and error lines", "[io][json]") {
    const std::string text = "On 5 May 2020 in Homs.";
    std::string out;
    gt::TimeExpr t;
    t.begin = 3;
    t.end = 13;
    t.text = "5 May 2020";
    t.value = "2020-05-05";
    gt::Dct dct;
    gt::io::append_timex_document(out, "d\"1", text, dct, {t});
    CHECK(out == "{\"id\":\"d\\\"1\",\"dct\":null,\"dct_source\":\"none\",\"timexes\":[{\"start\":3,\"end\":13,"
                 "\"text\":\"5 May 2020\",\"type\":\"DATE\",\"value\":\"2020-05-05\"}]}\n");

    out.clear();
    gt::io::append_error_line(out, 7, "doc.jsonl:7: not JSON", "places");
    CHECK(out == "{\"id\":null,\"line\":7,\"error\":\"doc.jsonl:7: not JSON\",\"places\":[]}\n");

    out.clear();
    gt::io::append_geoparse_line(out, "g", text, {});
    CHECK(out == "{\"id\":\"g\",\"places\":[]}\n");

    out.clear();
    gt::io::append_geoparse_document(out, "g", text, {}, {}, {});
    CHECK(out == "{\"id\":\"g\",\"places\":[],\"relative_places\":[],\"claims\":[]}\n");
}
