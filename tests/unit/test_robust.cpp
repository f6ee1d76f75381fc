// Hostile input (docs/robustness.md): encodings a scraper brings back, and regressions of the
// fuzzers' findings (tests/fuzz). Each must give its documented answer, never a crash.
#include "batch/source.hpp"
#include "io/jsonl_reader.hpp"
#include "text/utf8.hpp"
#include "timex/tagger.hpp"

#include <catch2/catch.hpp>

#include <sstream>
#include <string>

using namespace std::string_literals;

namespace {

std::string utf16(const std::u16string& s, bool little) {
    std::string out = little ? "\xFF\xFE"s : "\xFE\xFF"s;
    for (char16_t c : s) {
        const char hi = static_cast<char>(c >> 8), lo = static_cast<char>(c & 0xFF);
        out += little ? std::string{lo, hi} : std::string{hi, lo};
    }
    return out;
}

} // namespace

TEST_CASE("UTF-16 with a byte order mark is decoded, both byte orders", "[robust][text]") {
    const std::u16string s = u"Deir ez-Zor \u00e9t\u00e9 \U0001F600 \u062f\u064a\u0631";
    const std::string want = "Deir ez-Zor \u00e9t\u00e9 \U0001F600 \u062f\u064a\u0631";
    for (bool little : {true, false}) {
        const std::string raw = utf16(s, little);
        CHECK(gt::text::utf16_bom(raw) == (little ? 'L' : 'B'));
        bool repaired = true;
        CHECK(gt::text::to_valid_utf8(raw, &repaired) == want);
        CHECK_FALSE(repaired);
        std::string text;
        CHECK(gt::batch::text_problem(raw, text).empty());
        CHECK(text == want);
    }
}

TEST_CASE("UTF-16 damage becomes U+FFFD, never invalid UTF-8", "[robust][text]") {
    // an unpaired high surrogate, a lone low surrogate, an odd last byte
    const std::string raw = "\xFF\xFE"
                            "A\0"
                            "\x00\xD8"
                            "B\0"
                            "\x00\xDC"
                            "C"s;
    const std::string out = gt::text::utf16_to_utf8(raw);
    CHECK(out == "A\uFFFDB\uFFFD\uFFFD");
    CHECK(gt::text::is_valid_utf8(out));
    CHECK(gt::text::utf16_to_utf8("\xFF\xFE"s).empty());
    CHECK(gt::text::utf16_bom("\xFF"s) == 0);
    CHECK(gt::text::utf16_bom(""s) == 0);
}

TEST_CASE("UTF-16 holding NUL characters is still refused as binary", "[robust][text]") {
    std::string text;
    CHECK(gt::batch::text_problem(utf16(u"ab\0cd"s, true), text) ==
          "contains NUL characters: not a text file");
    CHECK(gt::batch::text_problem("ab\0cd"s, text) == "contains NUL bytes: not a text file");
}

TEST_CASE("Latin-1 text is repaired, bytes no code page knows are refused", "[robust][text]") {
    std::string text;
    CHECK(gt::batch::text_problem("caf\xE9 in Hom\xE9", text).empty());
    CHECK(text == "caf\u00e9 in Hom\u00e9");
    CHECK(gt::batch::text_problem(std::string(100, '\x81'), text) ==
          "not decodable as UTF-8 or Windows-1252 text");
    CHECK(gt::batch::text_problem("", text) == "empty: no text");
    CHECK(gt::batch::text_problem(" \r\n", text) == "empty: no text");
}

TEST_CASE("Absurd dates give no value, not a crash", "[robust][timex]") {
    CHECK(gt::timex::normalize_dct("2017-02-31").empty());
    CHECK(gt::timex::normalize_dct("99999-01-01").empty());
    CHECK(gt::timex::normalize_dct("31 February 2017").empty());
    gt::Dct dct{"2017-09-09", "json"};
    for (const char* text : {"on 31 February", "in the year 99999", "on 0 January 0000",
                             "99999999999999999999 days ago", "week 54 of 2017", "32/13/2017"}) {
        INFO(text);
        for (const auto& t : gt::timex::tag(text, dct))
            CHECK(t.value.find("-02-31") == std::string::npos);
    }
}

TEST_CASE("A document date that is no calendar day or time is no date", "[robust][timex]") {
    // (a JSONL "date" of these fails its document: tests/cli, hostile-broken-lines)
    for (const char* bad : {"-2017-01-01", "+2017-01-01", "12017-01-01", "2017-09-09T25:61:61Z", "2017-09-09T24:00",
                            "2017-09-09T10:60", "2017-09-09T10:00:61", "2017-09-09T10:00+25:00", "2017-09-09T",
                            "2017-09-09Tnoon", "2017-13-01", "2017-00-10", "2017-02-30", "2017-04-31",
                            "2019-02-29", "20171301", "30 February 2017", "-9 September 2017"}) {
        INFO(bad);
        CHECK(gt::timex::normalize_dct(bad).empty());
    }
    CHECK(gt::timex::normalize_dct("2016-02-29") == "2016-02-29");
    for (const char* good : {"2017-09-09", "2017/09/09", "20170909", "2017-09-09T10:00", "2017-09-09T23:59:60Z",
                             "2017-09-09T19:34:05.123+03:00", "2017-09-09 10:00:00 UTC", "2017-09-09T10:00:00-0500",
                             "9 September 2017", "Sat, 09 Sep 2017 10:00:00 +0000"}) {
        INFO(good);
        CHECK(gt::timex::normalize_dct(good) == "2017-09-09");
    }
}

TEST_CASE("JSONL lines longer than the limit are skipped unread, the next ones still read",
          "[robust][io]") {
    const std::string long_text(40000, 'x'); // longer than the reader's 16 KiB chunks
    std::istringstream in("{\"id\":\"a\",\"text\":\"" + long_text + "\"}\n" +
                          "{\"id\":\"b\",\"text\":\"" + long_text + "\"}\r\n\n" +
                          "{\"id\":\"c\",\"text\":\"short\"}");
    gt::io::JsonlReader reader(in, "in.jsonl");
    gt::Document doc;
    std::string error;
    REQUIRE(reader.next(doc, error));
    CHECK(error.empty());
    CHECK(doc.text == long_text);
    reader.set_max_line_bytes(1000);
    REQUIRE(reader.next(doc, error));
    CHECK(error ==
          "in.jsonl:2: line of 40021 bytes, longer than the limit of 1000 (4 x --max-doc-bytes): "
          "skipped without reading it");
    CHECK(doc.text.empty());
    REQUIRE(reader.next(doc, error)); // the blank line 3 is skipped; line 4 has no newline
    CHECK(error.empty());
    CHECK(doc.id == "c");
    CHECK(reader.line() == 4);
    CHECK_FALSE(reader.next(doc, error));
}
