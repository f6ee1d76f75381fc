// Cross-document deduplication (src/batch/dedup.hpp), shard hashing and the JSONL result
// reader's round trip (src/io/event_reader.hpp).
#include "test_batch_helpers.hpp"

#include "batch/dedup.hpp"
#include "batch/shard.hpp"
#include "io/event_reader.hpp"
#include "io/writers.hpp"

#include <catch2/catch.hpp>

using namespace batch_test;

namespace {

gt::Event incident(const std::string& doc, double lat, double lon, const std::string& date, double conf, int dead) {
    gt::Event e;
    e.event_id = doc + "-1";
    e.doc_id = doc;
    e.event_type = "Explosions/Remote violence";
    e.sub_event_type = "Air/drone strike";
    e.date = e.date_start = e.date_end = date;
    e.location.resolved = true;
    e.location.name = "Deir ez-Zor";
    e.location.lat = lat;
    e.location.lon = lon;
    e.confidence = conf;
    e.fatalities = dead;
    e.source = "Wire " + doc;
    e.evidence.text = "Strikes hit the city (" + doc + ").";
    return e;
}

} // namespace

TEST_CASE("dedup: one incident in two documents becomes one event", "[batch]") {
    std::vector<gt::Event> ev = {
        incident("a", 35.3360, 40.1408, "2017-09-05", 0.6, 12),
        incident("b", 35.3900, 40.1000, "2017-09-06", 0.8, 7), // 7 km away, a day later
        incident("c", 35.3360, 40.1408, "2017-09-09", 0.9, 3), // four days later: another strike
        incident("d", 36.2000, 37.1500, "2017-09-05", 0.9, 1), // Aleppo: elsewhere
    };
    ev.push_back(incident("e", 35.3360, 40.1408, "2017-09-05", 0.99, 0));
    ev.back().event_type = "Battles"; // another type
    auto out = gt::batch::dedup_events(ev);
    REQUIRE(out.size() == 4);
    // the kept record is the more confident one (b), at its position
    CHECK(out[0].doc_id == "b");
    CHECK(out[0].doc_ids == std::vector<std::string>{"a", "b"});
    CHECK(out[0].fatalities == 12);
    CHECK(out[0].confidence == Approx(0.8));
    CHECK(out[0].notes.find("also reported by Wire a (a): \"Strikes hit the city (a).\"") != std::string::npos);
    CHECK(out[1].doc_id == "c");
    CHECK(out[1].doc_ids.empty());
    CHECK(out[2].doc_id == "d");
    CHECK(out[3].doc_id == "e");
}

TEST_CASE("dedup: month ranges overlap, unresolved places and same-document events stay apart", "[batch]") {
    auto a = incident("a", 35.0, 40.0, "2017-09-01", 0.5, -1);
    a.date_end = "2017-09-30";
    auto b = incident("b", 35.01, 40.0, "2017-09-20", 0.5, -1);
    auto c = incident("c", 35.0, 40.0, "2017-09-20", 0.5, -1);
    c.location.resolved = false;
    auto a2 = incident("a", 35.0, 40.0, "2017-09-01", 0.4, -1);
    a2.event_id = "a-2";
    auto groups = gt::batch::dedup_groups({a, b, c});
    CHECK(groups == std::vector<std::vector<std::size_t>>{{0, 1}, {2}});
    CHECK(gt::batch::dedup_groups({a, a2}).size() == 2);
}

TEST_CASE("dedup: over documents the merged event stays with its kept report", "[batch]") {
    std::vector<gt::DocumentResult> docs(2);
    docs[0].doc_id = "a";
    docs[0].events = {incident("a", 35.3360, 40.1408, "2017-09-05", 0.9, 2)};
    docs[1].doc_id = "b";
    docs[1].events = {incident("b", 35.3400, 40.1400, "2017-09-05", 0.5, 9)};
    gt::batch::dedup_results(docs);
    REQUIRE(docs[0].events.size() == 1);
    CHECK(docs[1].events.empty());
    CHECK(docs[0].events[0].fatalities == 9);
    CHECK(docs[0].events[0].doc_ids == std::vector<std::string>{"a", "b"});
}

TEST_CASE("shard: FNV-1a is stable and --shard / Slurm variables parse", "[batch]") {
    CHECK(gt::batch::fnv1a64("") == 14695981039346656037ULL);
    CHECK(gt::batch::fnv1a64("a") == 0xaf63dc4c8601ec8cULL);
    auto s = gt::batch::parse_shard("2/4");
    CHECK(s.index == 2);
    CHECK(s.count == 4);
    CHECK_THROWS_AS(gt::batch::parse_shard("4/4"), gt::UsageError);
    CHECK_THROWS_AS(gt::batch::parse_shard("x"), gt::UsageError);
    ::setenv("SLURM_ARRAY_TASK_ID", "3", 1);
    ::setenv("SLURM_ARRAY_TASK_COUNT", "4", 1);
    ::setenv("SLURM_ARRAY_TASK_MIN", "1", 1);
    s = gt::batch::shard_from_environment();
    CHECK(s.index == 2);
    CHECK(s.count == 4);
    ::setenv("SLURM_ARRAY_TASK_ID", "7", 1);
    CHECK_THROWS_AS(gt::batch::shard_from_environment(), gt::UsageError);
    ::unsetenv("SLURM_ARRAY_TASK_ID");
    ::unsetenv("SLURM_ARRAY_TASK_COUNT");
    ::unsetenv("SLURM_ARRAY_TASK_MIN");
    s = gt::batch::shard_from_environment();
    CHECK(s.count == 1);
}

TEST_CASE("event reader: JSONL → DocumentResult → JSONL is the identity", "[batch]") {
    gt::Document doc;
    doc.id = "x1";
    doc.date = "2017-09-09";
    doc.source = "Wire";
    doc.text = "A clash near the bridge\nProtesters marched\nA clash again, with \"quotes\" and é\n";
    gt::DocumentResult r = toy(doc);
    r.events[0].doc_ids = {"x1", "x2"};
    r.events[1].fatalities = 0;
    r.events[2].date_text = "on Tuesday";
    r.events[2].actor2 = {"Civilians (Syria)", "", 7, "civilians", ""};
    r.events[2].time_precision = gt::TimePrecision::month;
    gt::SpatialClaim c;
    c.text = "X lies 140 km south east of Y";
    c.subject.text = "X";
    c.anchor = r.events[0].location;
    c.anchor.text = "Y";
    c.anchor.resolved = true;
    c.stated_km = 140;
    c.stated_unit = "km";
    c.stated_direction = "SE";
    c.stated_bearing_deg = 135;
    c.verdict = "unresolved";
    r.claims.push_back(c);
    r.seq = 41;
    r.input = "corpus.jsonl";
    r.line = 42;
    r.error = "";
    for (gt::io::Format f : {gt::io::Format::jsonl, gt::io::Format::geojson, gt::io::Format::csv}) {
        ::setenv("SOURCE_DATE_EPOCH", "1500000000", 1);
        std::ostringstream a, b;
        auto w = gt::io::make_writer(f, a);
        w->document(r);
        w->end();
        std::ostringstream jl;
        auto wj = gt::io::make_writer(gt::io::Format::jsonl, jl);
        wj->document(r);
        gt::DocumentResult back;
        REQUIRE(gt::io::parse_result_line(jl.str().substr(0, jl.str().size() - 1), back).empty());
        CHECK(back.seq == 41);
        CHECK(back.line == 42);
        CHECK(back.input == "corpus.jsonl");
        auto w2 = gt::io::make_writer(f, b);
        w2->document(back);
        w2->end();
        CHECK(a.str() == b.str());
    }
    gt::DocumentResult bad;
    CHECK(gt::io::parse_result_line("{\"type\":\"Feature\"}", bad).find("not a document line") != std::string::npos);
    std::istringstream in("\n{\"id\":\"a\",\"events\":[]}\nnot json\n");
    gt::io::ResultReader reader(in, "f.jsonl");
    REQUIRE(reader.next(bad));
    CHECK(bad.doc_id == "a");
    CHECK(bad.seq == static_cast<std::size_t>(-1));
    CHECK_THROWS_WITH(reader.next(bad), "f.jsonl:3: not JSON");
}
