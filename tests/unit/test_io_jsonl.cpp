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

TEST_CASE("io: JSONL lines decode alike on the fast path and through the JSON parser", "[io]") {
    // Each pair: a line the fast path takes and one that goes through nlohmann (a number
    // field or an escaped surrogate pair forces it), with the same fields.
    using gt::Document;
    auto parse = [](const std::string& line, Document& d) {
        return gt::io::parse_document_line(line, d);
    };
    Document a, b;
    CHECK(
        parse("{\"id\":\"x\",\"text\":\"a\\\"b\\\\c\\/d\\n\\t\\u00e9\\u4e2d\\u0041\",\"n\":\"1\"}",
              a)
            .empty());
    CHECK(parse("{\"id\":\"x\",\"text\":\"a\\\"b\\\\c\\/d\\n\\t\\u00e9\\u4e2d\\u0041\",\"n\":1}", b)
              .empty());
    CHECK(a.text == "a\"b\\c/d\n\t\xC3\xA9\xE4\xB8\xAD"
                    "A");
    CHECK(a.text == b.text);
    CHECK(a.id == b.id);
    // later duplicates win; null leaves a field absent; "dct" stands in for a missing date
    CHECK(parse(" { \"id\" : \"1\" , \"id\":\"2\", \"date\":null, \"dct\":\"2020-01-02\", "
                "\"title\":\"T\", \"text\":\"x\" } ",
                a)
              .empty());
    CHECK(a.id == "2");
    CHECK(a.date == "2020-01-02");
    CHECK(a.title == "T");
    // an escaped surrogate pair (nlohmann's path) decodes to the code point
    CHECK(parse("{\"text\":\"\\ud83d\\ude00\"}", a).empty());
    CHECK(a.text == "\xF0\x9F\x98\x80");
    // malformed lines keep nlohmann's messages
    CHECK(parse("{\"text\":null}", a) == "field \"text\" is not a string");
    CHECK(parse("{\"text\":\"a\"", a).rfind("not JSON", 0) == 0);
    CHECK(parse("{\"text\":\"a\"} x", a).rfind("not JSON", 0) == 0);
    CHECK(parse("{\"text\":\"a\tb\"}", a).rfind("not JSON", 0) == 0); // raw control character
    CHECK(parse("{\"title\":\"t\"}", a) == "no \"text\" string");
    CHECK(parse("{}", a) == "no \"text\" string");
}

TEST_CASE("io: JSONL fields other than the document's are checked, not kept", "[io]") {
    gt::Document d;
    CHECK(gt::io::parse_document_line(
              "{\"labels\":{\"a\":[1,-2.5e+3,true,false,null,{\"b\":\"c\\u0041\"}],\"e\":{}},"
              "\"n\":0,\"text\":\"x\",\"z\":[]}",
              d)
              .empty());
    CHECK(d.text == "x");
    CHECK(gt::io::parse_document_line("{\"labels\":[01],\"text\":\"x\"}", d).rfind("not JSON", 0) ==
          0);
    CHECK(gt::io::parse_document_line("{\"labels\":[1,],\"text\":\"x\"}", d).rfind("not JSON", 0) ==
          0);
    CHECK(gt::io::parse_document_line("{\"labels\":tru,\"text\":\"x\"}", d).rfind("not JSON", 0) ==
          0);
    CHECK(gt::io::parse_document_line("{\"title\":[],\"text\":\"x\"}", d) ==
          "field \"title\" is not a string");
}

TEST_CASE("io: the fast path finds quotes, backslashes and control bytes at any offset", "[io]") {
    // The string scan reads eight bytes at a time: put each special byte at every position of
    // a block, after plain ASCII and after UTF-8, and compare with the JSON parser's decoding.
    for (std::string_view lead : {"", "abc", "\xC3\xA9\xE4\xB8\xAD", "0123456789abcdef"}) {
        for (std::size_t at = 0; at < 17; ++at) {
            for (std::string_view special :
                 {"\\\"", "\\\\", "\\n", "\\u00e9", "\x01", "\x1f", "\x7f"}) {
                std::string body =
                    std::string(lead) + std::string(at, 'x') + std::string(special) + "tail end";
                std::string fast = "{\"id\":\"x\",\"text\":\"" + body + "\"}";
                std::string slow = "{\"id\":\"x\",\"text\":\"" + body + "\",\"n\":1}";
                gt::Document a, b;
                std::string ea = gt::io::parse_document_line(fast, a);
                std::string eb = gt::io::parse_document_line(slow, b);
                CHECK(ea.empty() == eb.empty());
                CHECK(a.text == b.text);
            }
        }
    }
}
