// Unit tests for src/text: UTF-8 decoding/repair/offsets and name normalisation.
#include "text/normalize.hpp"
#include "text/utf8.hpp"
#include "text/word_map.hpp"
#include "text/word_set.hpp"

#include <catch2/catch.hpp>

#include <cstdint>

#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

using gt::text::normalize_name;

namespace {

std::string norm(std::string_view s) { return normalize_name(s); }

// Normalises into a buffer of exactly `cap` bytes (guarded on both sides against overruns).
std::string norm_cap(std::string_view s, std::size_t cap) {
    std::string buf(cap + 16, '#');
    std::size_t n = normalize_name(s, buf.data() + 8, cap);
    REQUIRE(n <= cap);
    for (std::size_t k = 0; k < 8; ++k) {
        CHECK(buf[k] == '#');
        CHECK(buf[8 + cap + k] == '#');
    }
    return buf.substr(8, n);
}

} // namespace

TEST_CASE("normalize_name folds case, diacritics, apostrophes and punctuation", "[text]") {
    CHECK(norm("Deïr ez-Zor") == "deir ez zor");
    CHECK(norm("Deir ez-Zor") == "deir ez zor");
    CHECK(norm("DEIR EZ-ZOR") == "deir ez zor");
    CHECK(norm("U.S.") == "us");
    CHECK(norm("U.S.A.") == "usa");
    CHECK(norm("St. Louis") == "st louis");
    CHECK(norm("Dar'a") == "dara");
    CHECK(norm("Dar`a") == "dara");
    CHECK(norm("Dar\u2019a") == "dara");                  // right single quotation mark
    CHECK(norm("Ma\u2018arrat al-Nu\u2018man") == "maarrat al numan"); // left single quotation mark
    CHECK(norm("Ma\u02BFarrat al-Nu\u02BFman") == "maarrat al numan"); // modifier letter left half ring
    CHECK(norm("Sana\u02BDa") == "sanaa");
    CHECK(norm("São Paulo") == "sao paulo");
    CHECK(norm("Trinidad & Tobago") == "trinidad and tobago");
    CHECK(norm("Trinidad&Tobago") == "trinidad and tobago");
    CHECK(norm("Ærø") == "aero");
    CHECK(norm("Łódź") == "lodz");
    CHECK(norm("Straße") == "strasse");
    CHECK(norm("Þingvellir") == "thingvellir");
    CHECK(norm("Œuvre") == "oeuvre");
    CHECK(norm("Đakovo") == "dakovo");
    CHECK(norm("Ḥamāh") == "hamah");
    CHECK(norm("İstanbul") == "istanbul");
    CHECK(norm("Genève") == "geneve");
    CHECK(norm("Zürich") == "zurich");
    CHECK(norm("\uFB01nal") == "final");        // ligature fi (compatibility decomposition)
    CHECK(norm("\uFF21\uFF22\uFF23") == "abc"); // full-width letters
    CHECK(norm("Route 66") == "route 66");
}

TEST_CASE("normalize_name collapses separators and trims", "[text]") {
    CHECK(norm("  Hello,   World!  ") == "hello world");
    CHECK(norm("al-Bab / Azaz") == "al bab azaz");
    CHECK(norm("a\t\nb") == "a b");
    CHECK(norm("\u00A0Deir\u2013ez\u2014Zor\u00A0") == "deir ez zor"); // NBSP, en and em dash
    CHECK(norm("& Tobago") == "and tobago");
    CHECK(norm("").empty());
    CHECK(norm("---").empty());
    CHECK(norm(". . .").empty());
    CHECK(norm("'").empty());
}

TEST_CASE("normalize_name keeps letters of other scripts and drops their marks", "[text]") {
    CHECK(norm("دير الزور") == "دير الزور");
    CHECK(norm("حلب") == "حلب");
    // Harakat (combining marks) vanish, letters stay.
    CHECK(norm("دَيْرُ") == "دير");
    CHECK(norm("Москва") == "москва");
    CHECK(norm("Αθήνα") == "αθηνα");
    CHECK(norm("東京") == "東京");
    CHECK(gt::text::is_valid_utf8(norm("دير الزور")));
}

TEST_CASE("normalize_name drops the Arabic tatweel (kashida)", "[text]") {
    // KNOWN BUG: U+0640 ARABIC TATWEEL is category Lm, so emit_non_ascii keeps it although the
    // comment says tatweel-like characters vanish; "دمـشق" then never matches "دمشق".
    CHECK(norm("دمـشق") == "دمشق");
}

TEST_CASE("normalize_name survives invalid UTF-8", "[text]") {
    CHECK(norm("Deir\xff\xfeZor") == "deir zor");
    CHECK(norm("\xC3") == "");
    CHECK(norm("caf\xe9") == "caf");                     // a stray Latin-1 byte is a separator
    CHECK(norm("\xED\xA0\x80x") == "x");                 // surrogate
    CHECK(norm("\xC0\xAF" "etc") == "etc");              // overlong '/'
    std::string all;
    for (int c = 0; c < 256; ++c) all.push_back(static_cast<char>(c));
    std::string out = norm(all);
    CHECK(gt::text::is_valid_utf8(out));
    CHECK(out.find("abcdefghijklmnopqrstuvwxyz") != std::string::npos);
}

TEST_CASE("normalize_name respects the buffer cap and cuts at a word boundary", "[text]") {
    CHECK(norm_cap("deir ez zor governorate", 10) == "deir ez");
    CHECK(norm_cap("deir ez zor governorate", 9) == "deir ez");
    CHECK(norm_cap("deir ez zor governorate", 6) == "deir");
    CHECK(norm_cap("deir ez zor governorate", 7) == "deir ez");
    CHECK(norm_cap("deir ez zor governorate", 3).empty());
    CHECK(norm_cap("deir ez zor governorate", 0).empty());
    CHECK(norm_cap("deir ez zor governorate", 64) == "deir ez zor governorate");
    CHECK(norm_cap("Deir ez-Zor", 11) == "deir ez zor"); // exactly fits

    // Multi-byte output is never cut inside a character, whatever the cap.
    const std::string arabic = "دير الزور دير الزور دير الزور";
    const std::string full = norm(arabic);
    for (std::size_t cap = 0; cap <= full.size() + 2; ++cap) {
        INFO("cap " << cap);
        std::string s = norm_cap(arabic, cap);
        CHECK(gt::text::is_valid_utf8(s));
        CHECK(s.size() <= cap);
        CHECK(full.compare(0, s.size(), s) == 0);
        if (!s.empty()) {
            CHECK(s.back() != ' ');
            CHECK(s.front() != ' ');
            // cut at a word boundary: what follows in the full key is a space or the end
            CHECK((s.size() == full.size() || full[s.size()] == ' '));
        }
    }

    // The allocating form caps at max_name_bytes.
    std::string longname;
    for (int k = 0; k < 100; ++k) longname += "Deir ez-Zor ";
    std::string out = norm(longname);
    CHECK(out.size() <= gt::text::max_name_bytes);
    CHECK(out.size() > gt::text::max_name_bytes - 12);
    CHECK(out.rfind("deir ez zor deir", 0) == 0);
    CHECK(out.back() != ' ');
    const std::string expect_tail = out.substr(out.size() - 3);
    CHECK((expect_tail == "zor" || expect_tail == " ez" || expect_tail == "eir"));
}

TEST_CASE("normalize_name keeps a complete last word that exactly fills the cap", "[text]") {
    // KNOWN BUG: when the buffer overflows at the first byte of a word (its separating space
    // or first letter does not fit), the last word written is complete, but the cut-back loop
    // in normalize_name cannot tell and drops it too (a one-word name then becomes "").
    CHECK(norm_cap("deir ez zor governorate", 11) == "deir ez zor"); // gives "deir ez"
    CHECK(norm_cap("deir ez zor governorate", 8) == "deir ez");      // gives "deir"
    CHECK(norm_cap("deir ez zor governorate", 5) == "deir");         // gives ""
    CHECK(norm_cap("deir ez zor governorate", 4) == "deir");         // gives ""
}

TEST_CASE("is_valid_utf8 accepts well-formed and rejects malformed sequences", "[text]") {
    using gt::text::is_valid_utf8;
    CHECK(is_valid_utf8(""));
    CHECK(is_valid_utf8("plain ascii"));
    CHECK(is_valid_utf8("\xC3\xA9"));             // é
    CHECK(is_valid_utf8("\xE2\x82\xAC"));         // €
    CHECK(is_valid_utf8("\xF0\x9D\x84\x9E"));     // U+1D11E
    CHECK(is_valid_utf8("\xEF\xBF\xBD"));         // a genuine U+FFFD
    CHECK(is_valid_utf8("\xF4\x8F\xBF\xBF"));     // U+10FFFF
    CHECK(is_valid_utf8("\xED\x9F\xBF"));         // U+D7FF, just below the surrogates
    CHECK(is_valid_utf8("\xEE\x80\x80"));         // U+E000, just above them
    CHECK(is_valid_utf8(std::string_view("a\0b", 3)));

    // overlongs
    CHECK_FALSE(is_valid_utf8("\xC0\xAF"));
    CHECK_FALSE(is_valid_utf8("\xC1\xBF"));
    CHECK_FALSE(is_valid_utf8("\xE0\x80\xAF"));
    CHECK_FALSE(is_valid_utf8("\xE0\x9F\xBF"));
    CHECK_FALSE(is_valid_utf8("\xF0\x80\x80\xAF"));
    CHECK_FALSE(is_valid_utf8("\xF0\x8F\xBF\xBF"));
    // surrogates
    CHECK_FALSE(is_valid_utf8("\xED\xA0\x80"));
    CHECK_FALSE(is_valid_utf8("\xED\xBF\xBF"));
    CHECK_FALSE(is_valid_utf8("\xED\xA0\xBD\xED\xB2\xA9")); // CESU-8 pair
    // past U+10FFFF and impossible lead bytes
    CHECK_FALSE(is_valid_utf8("\xF4\x90\x80\x80"));
    CHECK_FALSE(is_valid_utf8("\xF5\x80\x80\x80"));
    CHECK_FALSE(is_valid_utf8("\xF8\x88\x80\x80\x80"));
    CHECK_FALSE(is_valid_utf8("\xFE"));
    CHECK_FALSE(is_valid_utf8("\xFF"));
    // truncation and stray continuation bytes
    CHECK_FALSE(is_valid_utf8("\xC3"));
    CHECK_FALSE(is_valid_utf8("\xE2\x82"));
    CHECK_FALSE(is_valid_utf8("\xF0\x9D\x84"));
    CHECK_FALSE(is_valid_utf8("abc\xE2\x82"));
    CHECK_FALSE(is_valid_utf8("\x80"));
    CHECK_FALSE(is_valid_utf8("a\xBFz"));
    CHECK_FALSE(is_valid_utf8("\xC3(")); // lead followed by a non-continuation
    CHECK_FALSE(is_valid_utf8("caf\xe9"));
}

TEST_CASE("next_code_point and append_utf8", "[text]") {
    using gt::text::append_utf8;
    using gt::text::next_code_point;
    std::string_view s = "a\xC3\xA9\xE2\x82\xAC\xF0\x9D\x84\x9E\xFF";
    std::size_t i = 0;
    CHECK(next_code_point(s, i) == U'a');
    CHECK(i == 1);
    CHECK(next_code_point(s, i) == U'\u00E9');
    CHECK(i == 3);
    CHECK(next_code_point(s, i) == U'\u20AC');
    CHECK(i == 6);
    CHECK(next_code_point(s, i) == U'\U0001D11E');
    CHECK(i == 10);
    CHECK(next_code_point(s, i) == U'\uFFFD'); // invalid byte: replacement, one byte
    CHECK(i == 11);
    std::string_view trunc = "\xE2\x82";
    i = 0;
    CHECK(next_code_point(trunc, i) == U'\uFFFD');
    CHECK(i == 1);
    CHECK(next_code_point(trunc, i) == U'\uFFFD');
    CHECK(i == 2);

    std::string out;
    append_utf8(out, U'A');
    append_utf8(out, 0x7F);
    CHECK(out == "A\x7F");
    out.clear();
    append_utf8(out, 0x80);
    CHECK(out == "\xC2\x80");
    out.clear();
    append_utf8(out, 0x7FF);
    CHECK(out == "\xDF\xBF");
    out.clear();
    append_utf8(out, 0x800);
    CHECK(out == "\xE0\xA0\x80");
    out.clear();
    append_utf8(out, 0xFFFF);
    CHECK(out == "\xEF\xBF\xBF");
    out.clear();
    append_utf8(out, 0x10000);
    CHECK(out == "\xF0\x90\x80\x80");
    out.clear();
    append_utf8(out, 0x10FFFF);
    CHECK(out == "\xF4\x8F\xBF\xBF");
    out.clear();
    append_utf8(out, 0xD800);
    CHECK(out == "\xEF\xBF\xBD");
    out.clear();
    append_utf8(out, 0x110000);
    CHECK(out == "\xEF\xBF\xBD");

    // Every code point round-trips (sampled across all planes).
    for (char32_t cp = 0; cp <= 0x10FFFF; cp += (cp < 0x1000 ? 1 : 97)) {
        if (cp >= 0xD800 && cp <= 0xDFFF) continue;
        std::string enc;
        append_utf8(enc, cp);
        std::size_t k = 0;
        if (next_code_point(enc, k) != cp || k != enc.size()) {
            FAIL("round trip failed for U+" << std::hex << static_cast<unsigned>(cp));
        }
    }
}

TEST_CASE("to_valid_utf8 drops a BOM, transcodes cp1252 and replaces the rest", "[text]") {
    using gt::text::to_valid_utf8;
    bool repaired = true;
    CHECK(to_valid_utf8("\xEF\xBB\xBF" "abc", &repaired) == "abc");
    CHECK_FALSE(repaired);
    CHECK(to_valid_utf8("\xEF\xBB\xBF", &repaired).empty());
    CHECK_FALSE(repaired);
    CHECK(to_valid_utf8("already \xC3\xA9 fine", &repaired) == "already \xC3\xA9 fine");
    CHECK_FALSE(repaired);
    // A BOM that is not at the start is content, and valid.
    CHECK(to_valid_utf8("a\xEF\xBB\xBF", &repaired) == "a\xEF\xBB\xBF");
    CHECK_FALSE(repaired);

    // Latin-1 / Windows-1252
    CHECK(to_valid_utf8("caf\xe9", &repaired) == "café");
    CHECK(repaired);
    CHECK(to_valid_utf8("Z\xfcrich") == "Zürich");
    CHECK(to_valid_utf8("\x93quoted\x94") == "\u201Cquoted\u201D");
    CHECK(to_valid_utf8("\x80 5") == "\u20AC 5");
    CHECK(to_valid_utf8("\x9F") == "\u0178");
    CHECK(to_valid_utf8("\xA0") == "\u00A0");
    CHECK(to_valid_utf8("\xFF") == "\u00FF");
    CHECK(to_valid_utf8("\xEF\xBB\xBF" "caf\xe9", &repaired) == "café");
    CHECK(repaired);

    // Bytes undefined in cp1252 (0x81, 0x8D, 0x8F, 0x90, 0x9D) become U+FFFD; the other stray
    // bytes are still read as cp1252, each on its own.
    CHECK(to_valid_utf8("a\x81z", &repaired) == "a\uFFFDz");
    CHECK(repaired);
    CHECK(to_valid_utf8("\xE9\x81") == "é\uFFFD");
    CHECK(to_valid_utf8("\xC3\xA9\x90") == "é\uFFFD"); // the valid part is kept as it is
    CHECK(to_valid_utf8("\xED\xA0\x80\x8D") == "í\u00A0\u20AC\uFFFD");
    // Mostly UTF-8 with one Latin-1 byte: the good characters are not garbled.
    CHECK(to_valid_utf8("Gen\xC3\xA8ve caf\xE9") == "Genève café");
    CHECK(to_valid_utf8("ok\xEF\xBF\xBD\x9D") == "ok\uFFFD\uFFFD"); // a genuine U+FFFD stays

    // The result is always valid, for every single byte and some pairs.
    for (int a = 0; a < 256; ++a) {
        for (int b : {0x41, 0x80, 0x81, 0xA9, 0xBF, 0xC3, 0xFF}) {
            std::string in{static_cast<char>(a), static_cast<char>(b)};
            if (!gt::text::is_valid_utf8(to_valid_utf8(in))) FAIL("invalid output for " << a << "," << b);
        }
    }
    CHECK(to_valid_utf8("", nullptr).empty());
}

TEST_CASE("code_point_count", "[text]") {
    using gt::text::code_point_count;
    CHECK(code_point_count("") == 0);
    CHECK(code_point_count("abc") == 3);
    CHECK(code_point_count("héllo") == 5);
    CHECK(code_point_count("دير الزور") == 9);
    CHECK(code_point_count("\xF0\x9D\x84\x9E" "a") == 2);
}

TEST_CASE("OffsetMap converts byte and code-point offsets both ways, in any order", "[text]") {
    // a(0) é(1..2) €(3..5) U+1D11E(6..9) b(10); 11 bytes, 5 code points
    const std::string text = "a\xC3\xA9\xE2\x82\xAC\xF0\x9D\x84\x9E" "b";
    REQUIRE(text.size() == 11);
    const std::size_t bytes[] = {0, 1, 3, 6, 10, 11};
    const std::size_t cps[] = {0, 1, 2, 3, 4, 5};

    SECTION("increasing byte offsets") {
        gt::text::OffsetMap m(text);
        for (int k = 0; k < 6; ++k) CHECK(m.to_code_points(bytes[k]) == cps[k]);
        CHECK(m.to_code_points(100) == 5); // past the end: the end
    }
    SECTION("decreasing and shuffled byte offsets") {
        gt::text::OffsetMap m(text);
        CHECK(m.to_code_points(11) == 5);
        CHECK(m.to_code_points(10) == 4);
        CHECK(m.to_code_points(3) == 2);
        CHECK(m.to_code_points(6) == 3);
        CHECK(m.to_code_points(0) == 0);
        CHECK(m.to_code_points(1) == 1);
        CHECK(m.to_code_points(1) == 1);
    }
    SECTION("increasing code-point offsets") {
        gt::text::OffsetMap m(text);
        for (int k = 0; k < 6; ++k) CHECK(m.to_bytes(cps[k]) == bytes[k]);
        CHECK(m.to_bytes(99) == 11);
    }
    SECTION("decreasing and shuffled code-point offsets") {
        gt::text::OffsetMap m(text);
        CHECK(m.to_bytes(99) == 11);
        CHECK(m.to_bytes(4) == 10);
        CHECK(m.to_bytes(1) == 1);
        CHECK(m.to_bytes(3) == 6);
        CHECK(m.to_bytes(2) == 3);
        CHECK(m.to_bytes(0) == 0);
        CHECK(m.to_bytes(5) == 11);
    }
    SECTION("both directions interleaved on one map") {
        gt::text::OffsetMap m(text);
        CHECK(m.to_code_points(6) == 3);
        CHECK(m.to_bytes(2) == 3);
        CHECK(m.to_code_points(10) == 4);
        CHECK(m.to_bytes(1) == 1);
        CHECK(m.to_code_points(11) == 5);
        CHECK(m.to_bytes(5) == 11);
        CHECK(m.to_bytes(0) == 0);
        CHECK(m.to_code_points(3) == 2);
        CHECK(m.to_bytes(3) == 6);
        CHECK(m.to_code_points(1) == 1);
    }
    SECTION("round trip on every character boundary of Arabic text") {
        const std::string ar = "قال: دير الزور، 5 أيلول";
        gt::text::OffsetMap m(ar);
        gt::text::OffsetMap back(ar);
        std::size_t cp = 0;
        for (std::size_t b = 0; b <= ar.size(); ++b) {
            if (b < ar.size() && (static_cast<unsigned char>(ar[b]) & 0xC0) == 0x80) continue;
            CHECK(m.to_code_points(b) == cp);
            CHECK(back.to_bytes(cp) == b);
            ++cp;
        }
        CHECK(cp - 1 == gt::text::code_point_count(ar));
    }
    SECTION("a long mixed text, offsets in a scrambled order (the 8-byte scan, stepping back)") {
        std::string mixed;
        for (int k = 0; k < 12; ++k)
            mixed += "Deir ez-Zor \xD8\xAF\xD9\x8A\xD8\xB1 \xE2\x82\xAC" "5 \xF0\x9D\x84\x9E caf\xC3\xA9 ";
        auto naive = [&](std::size_t b) {
            std::size_t n = 0;
            for (std::size_t i = 0; i < b && i < mixed.size(); ++i)
                n += (static_cast<unsigned char>(mixed[i]) & 0xC0) != 0x80;
            return n;
        };
        gt::text::OffsetMap m(mixed);
        std::uint32_t x = 12345;
        for (int k = 0; k < 400; ++k) {
            x = x * 1103515245u + 12345u;
            const std::size_t b = (x >> 8) % (mixed.size() + 3);
            if (b < mixed.size() && (static_cast<unsigned char>(mixed[b]) & 0xC0) == 0x80) continue;
            CHECK(m.to_code_points(b) == naive(b));
        }
        CHECK(m.to_code_points(mixed.size()) == gt::text::code_point_count(mixed));
    }
    SECTION("empty text") {
        gt::text::OffsetMap m("");
        CHECK(m.to_code_points(0) == 0);
        CHECK(m.to_code_points(5) == 0);
        CHECK(m.to_bytes(0) == 0);
        CHECK(m.to_bytes(3) == 0);
    }
}

TEST_CASE("is_valid_utf8 past runs of ASCII", "[text]") {
    using gt::text::is_valid_utf8;
    CHECK(is_valid_utf8("abcdefghijklmnopq"));
    CHECK(is_valid_utf8("abcdefghijklmnop Dayr az Zawr \xD8\xAF\xD9\x8A\xD8\xB1 abcdefgh"));
    CHECK_FALSE(is_valid_utf8("abcdefghijklmnop\xFF"));
    CHECK_FALSE(is_valid_utf8("abcdefgh\xC3"));
    CHECK_FALSE(is_valid_utf8("abcdefghijklmnopqrstuvwx\xE2\x80 abcdefghijkl"));
    CHECK(is_valid_utf8("abcdefgh\xEF\xBF\xBD"
                        "abcdefgh")); // a genuine U+FFFD
}

TEST_CASE("WordSet answers as std::unordered_set does past its first size, for any words", "[text]") {
    namespace text = gt::text;
    // more words than the first table holds (it grows while inserting), words of every length
    // (the hash reads 8, 4 and 1 bytes at a time), the empty word, words alike but for a byte
    std::vector<std::string> words = {"", "a", "al", "ash", "Deir ez-Zor", "Muḩāfaz̧at Dayr az Zawr"};
    for (int i = 0; i < 9000; ++i) {
        std::string w(1, 'w');
        w.append(std::to_string(i)).append(static_cast<std::size_t>(i % 13), 'x');
        words.push_back(std::move(w));
    }
    std::vector<std::string_view> views(words.begin(), words.end());
    text::WordSet set(views.begin(), views.end());
    std::unordered_set<std::string_view> ref(views.begin(), views.end());
    CHECK(set.size() == ref.size());
    for (const auto& w : words) CHECK(set.count(w) == 1);
    for (std::string probe : {"b", "as", "Deir ez-Zoe", "w9000", "w1x", "w12xxxxxxxxxxxx", "alx"}) {
        INFO(probe);
        CHECK(set.count(probe) == ref.count(probe));
        CHECK(set.count(probe, text::WordSet::hash(probe)) == ref.count(probe));
    }
    static_assert(text::WordSet::hash("Aleppo") == gt::word_hash("Aleppo")); // one hash, at compile time too
}

TEST_CASE("WordSet and WordMap answer as the standard containers do", "[text]") {
    namespace text = gt::text;
    text::WordSet empty;
    CHECK(empty.count("a") == 0);
    std::vector<std::string> words;
    for (int i = 0; i < 300; ++i)
        words.push_back(std::to_string(i).insert(0, 1, 'w'));
    std::vector<std::string_view> views(words.begin(), words.end());
    views.push_back("w7"); // duplicates are fine
    text::WordSet set(views.begin(), views.end());
    CHECK(set.size() == 300);
    CHECK(set.count("w299") == 1);
    CHECK(set.count("w300") == 0);
    CHECK(set.count("") == 0);

    text::WordMap<std::vector<int>> map;
    CHECK(map.find("w1") == nullptr);
    for (int i = 0; i < 300; ++i) {
        map[words[static_cast<std::size_t>(i)]].push_back(i);
        map[words[static_cast<std::size_t>(i % 10)]].push_back(-i); // grows while inserting
    }
    CHECK(map.size() == 300);
    REQUIRE(map.find("w3") != nullptr);
    CHECK(map.find("w3")->front() == 3);
    CHECK(map.find("w3")->size() == 31);
    REQUIRE(map.find("w250") != nullptr);
    CHECK(*map.find("w250") == std::vector<int>{250});
    CHECK(map.find("w3x") == nullptr);
    CHECK(map.find("w250", text::WordSet::hash("w250")) == map.find("w250"));
    const text::WordMap<std::string_view> irregular = {{"took", "take"}, {"were", "be"}};
    REQUIRE(irregular.find("were") != nullptr);
    CHECK(*irregular.find("were") == "be");
    CHECK(irregular.find("was") == nullptr);
}
