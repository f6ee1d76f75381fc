// The JSONL document reader: good lines, malformed lines, ids and dates.
#include "io/jsonl_reader.hpp"

#include <catch2/catch.hpp>

#include <sstream>

TEST_CASE("io: JSONL reader goes on after a malformed line", "[io][timex]") {
    std::istringstream in("{\"id\":\"a\",\"date\":\"2017-09-09\",\"text\":\"on Tuesday\"}\n"
                          "\n"
                          "{not json}\n"
                          "{\"id\":7,\"date\":null,\"dct\":\"2016-01-01\",\"text\":\"x\"}\n"
                          "[1,2]\n"
                          "{\"id\":\"b\"}\n");
    gt::io::JsonlReader r(in, "in.jsonl");
    gt::Document doc;
    std::string err;
    REQUIRE(r.next(doc, err));
    CHECK(err.empty());
    CHECK(doc.id == "a");
    CHECK(doc.date == "2017-09-09");
    CHECK(doc.text == "on Tuesday");
    CHECK(doc.line == 1);
    REQUIRE(r.next(doc, err));
    CHECK(err.rfind("in.jsonl:3: not JSON", 0) == 0);
    REQUIRE(r.next(doc, err));
    CHECK(err.empty());
    CHECK(doc.id == "7");
    CHECK(doc.date == "2016-01-01");
    REQUIRE(r.next(doc, err));
    CHECK(err == "in.jsonl:5: not a JSON object");
    REQUIRE(r.next(doc, err));
    CHECK(err == "in.jsonl:6: no \"text\" string");
    CHECK_FALSE(r.next(doc, err));
}
