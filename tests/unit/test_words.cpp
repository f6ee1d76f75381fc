// The interned strings of the word stream (text::Vocabulary), the stream's words after the
// stream is moved or copied, the word set built from a long list, the merge of two runs.
#include "events/extract.hpp"
#include "events/runs.hpp"
#include "events/words.hpp"
#include "geoparse/internal.hpp"
#include "timex/scan.hpp"
#include "text/interned.hpp"
#include "text/segment.hpp"
#include "text/word_set.hpp"

#include <catch2/catch.hpp>

#include <algorithm>
#include <cstdint>
#include <deque>
#include <memory>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

using gt::events::make_words;
using gt::events::WordStream;
using gt::text::Interned;
using gt::text::Vocabulary;

namespace {

// prefix + i (GCC 12 warns falsely on a literal + std::to_string(i) under -Werror=restrict)
std::string numbered(std::string prefix, long i) {
    prefix += std::to_string(i);
    return prefix;
}

std::vector<std::string> norms(const WordStream& ws) {
    std::vector<std::string> out;
    for (const auto& w : ws.words) out.emplace_back(w.norm);
    return out;
}
std::vector<std::string> stems(const WordStream& ws) {
    std::vector<std::string> out;
    for (const auto& w : ws.words) out.emplace_back(w.stem());
    return out;
}

// Each word's hashes are those of its strings, and its offsets those of its token.
void check_words(const WordStream& ws, std::string_view text) {
    for (const auto& w : ws.words) {
        CHECK(w.norm.hash() == gt::text::WordSet::hash(w.norm));
        CHECK(w.stem().hash() == gt::text::WordSet::hash(w.stem()));
        CHECK(w.begin < w.end());
        CHECK(w.end() <= text.size());
    }
}

} // namespace

TEST_CASE("a vocabulary stores each string once and its strings stay where they are",
          "[text][interned]") {
    Vocabulary v;
    const auto a = v.intern("aleppo");
    const auto b = v.intern("homs");
    const auto a2 = v.intern("aleppo");
    CHECK(a.added);
    CHECK_FALSE(a2.added);
    CHECK(a2.index == a.index);
    CHECK(b.index == 1);
    CHECK(a2.text.data() == a.text.data()); // the same characters, not a copy
    CHECK(a.text == "aleppo");
    CHECK(a.text.size() == 6);
    CHECK(a.text.data()[6] == '\0');
    CHECK(a.text.back() == 'o');
    CHECK(a.text.substr(2) == "eppo");
    CHECK(a.text.ends_with("po"));
    CHECK(a.text != b.text);
    CHECK(v.size() == 2);
    // Many strings (several blocks, the table grown many times), one longer than a block:
    // every handle taken before still reads its string.
    std::vector<std::pair<Interned, std::string>> taken;
    for (int i = 0; i < 20000; ++i) {
        std::string s = numbered("word", i);
        taken.emplace_back(v.intern(s).text, s);
    }
    const std::string long_one(100000, 'x');
    const auto big = v.intern(long_one);
    CHECK(big.text == long_one);
    Vocabulary moved = std::move(v);
    for (const auto& [h, s] : taken) {
        REQUIRE(h == s);
        REQUIRE(h.hash() == gt::text::WordSet::hash(s)); // the hash stored with the characters
    }
    CHECK(big.text.hash() == gt::text::WordSet::hash(long_one));
    CHECK(moved.intern("word123").index == 125); // after "aleppo", "homs" and word0 ... word122
    CHECK(moved.intern("word123").text.data() == taken[123].first.data());
    CHECK(a.text == "aleppo");
    // The empty string, interned or default.
    CHECK(Interned{}.empty());
    CHECK(Interned{} == "");
    CHECK(Interned{}.hash() == gt::text::WordSet::hash(""));
    CHECK(moved.intern("").text.empty());
    CHECK(moved.intern("").text.hash() == gt::text::WordSet::hash(""));
    // (strings that differ in one character, in their length only, or in case, keep their own)
    for (std::string_view s : {"aleppo", "Aleppo", "alepp", "aleppo ", "\xc3\xa9", "al-bab"})
        CHECK(moved.intern(s).text.hash() == gt::text::WordSet::hash(s));
}

// A word holds its norm only: its stem is the norm's link in the vocabulary (issue #15).
TEST_CASE("a vocabulary links a string to another, each string itself when unlinked", "[text][interned]") {
    Vocabulary v;
    const auto liberated = v.intern("liberated").text;
    const auto liberat = v.intern("liberat").text;
    const auto mosul = v.intern("mosul").text;
    CHECK(liberated.link().data() == liberated.data()); // none yet: itself
    CHECK(Interned{}.link().empty());
    v.link(liberated, liberat);
    CHECK(liberated.link().data() == liberat.data());
    CHECK(liberated.link().hash() == gt::text::WordSet::hash("liberat"));
    CHECK(liberat.link().data() == liberat.data()); // not the other way round
    CHECK(mosul.link() == "mosul");
    // the link and the string's own hash and length are kept apart, across blocks and moves
    std::vector<std::pair<Interned, Interned>> linked;
    for (int i = 0; i < 5000; ++i) {
        const auto from = v.intern(numbered("killings", i)).text;
        const auto to = v.intern(numbered("kill", i)).text;
        v.link(from, to);
        linked.emplace_back(from, to);
    }
    Vocabulary moved = std::move(v);
    for (const auto& [from, to] : linked) {
        REQUIRE(from.link().data() == to.data());
        REQUIRE(from.hash() == gt::text::WordSet::hash(from));
        REQUIRE(from.size() == from.view().size());
        REQUIRE(to.link().data() == to.data());
    }
    CHECK(liberated.link() == "liberat");
}

// The stems read through the links are what stem() gives each norm: words of several languages'
// places and of every rule of stem() (irregular verbs, -ies, -s, -ing, -ed, -ion, a final -e),
// numbers and punctuation (its own stem), in reports from several countries.
TEST_CASE("each word's stem is stem() of its norm", "[events][words]") {
    for (std::string_view text :
         {"Militants liberated Mosul; the liberation of Tal Afar took weeks (AFP).",
          "Police were shelling Homs, killing 12 and injuring 2.5 million, officials said.",
          "Boko Haram fighters stormed Maiduguri's outskirts, burning houses in Jere.",
          "Les manifestants ont bloqu\xc3\xa9 la route de Bamako; ACLED's data: 3 dead.",
          "Taliban gunmen ambushed a convoy near Kandahar - \"ceasefire\" talks stalled."}) {
        const WordStream ws = make_words(text);
        REQUIRE(ws.words.size() > 5);
        for (const auto& w : ws.words) {
            if (w.punct)
                CHECK(w.stem().data() == w.norm.data());
            else
                CHECK(w.stem() == gt::events::stem(w.norm));
            CHECK(w.stem().hash() == gt::text::WordSet::hash(w.stem()));
        }
    }
}

TEST_CASE("a word stream moved or copied still reads its words", "[events][words]") {
    const std::string text = "Gunmen killed 12 villagers near al-Nusra's base in Kaduna. "
                             "Rebels were shelling Homs; police in Kabul said 2.5 million fled.";
    WordStream ws = make_words(text);
    const auto want_norms = norms(ws);
    const auto want_stems = stems(ws);
    REQUIRE(want_norms.size() > 20);
    CHECK(want_norms[0] == "gunmen");
    CHECK(want_stems[1] == "kill");
    check_words(ws, text);

    WordStream copy = ws; // shares the vocabulary
    WordStream moved = std::move(ws);
    ws = WordStream{}; // the original is gone: its words must not be what the others read
    CHECK(norms(copy) == want_norms);
    CHECK(stems(copy) == want_stems);
    CHECK(norms(moved) == want_norms);
    {
        WordStream inner = make_words("Troops retook the town after fighting.");
        copy = inner; // assigned over, then the source dies
    }
    CHECK(norms(copy) == std::vector<std::string>{"troops", "retook", "the", "town", "after", "fighting", "."});
    CHECK(stems(copy) == std::vector<std::string>{"troop", "retak", "the", "town", "after", "fight", "."});
    check_words(moved, text);
    // A vector of streams that grows (moves its elements) keeps them readable.
    std::vector<WordStream> many;
    for (int i = 0; i < 40; ++i) many.push_back(make_words(numbered("Protesters marched in Bamako on day ", i) += "."));
    for (int i = 0; i < 40; ++i) CHECK(many[static_cast<std::size_t>(i)].words[6].norm == std::to_string(i));
}

TEST_CASE("words are small and the same norm is held once", "[events][words]") {
    static_assert(sizeof(gt::events::Word) <= 16);
    // a sentence's span: 32-bit offsets and word indices (one per sentence, held with the words)
    static_assert(sizeof(gt::events::SentenceSpan) <= 16);
    static_assert(sizeof(gt::text::Interned) == sizeof(void*));
    static_assert(sizeof(gt::text::Token) <= 12);
    // the geoparser's and the date tagger's own tokens, one per token of a document too
    static_assert(sizeof(gt::geoparse::detail::Tok) <= 20);
    static_assert(sizeof(gt::timex::Token) <= 24);
    const WordStream ws = make_words("Killed in Mosul, killed in Raqqa, killed in Gao: the killed were many.");
    std::vector<const char*> killed;
    for (const auto& w : ws.words)
        if (w.norm == "killed") killed.push_back(w.norm.data());
    REQUIRE(killed.size() == 4);
    for (const char* p : killed) CHECK(p == killed[0]);
    // a word's stem equal to its norm is the norm itself; a stem is held once too
    for (const auto& w : ws.words)
        if (w.norm == "mosul") CHECK(w.stem().data() == w.norm.data());
    CHECK(ws.vocabulary->size() < ws.words.size());
}

// A big document's words are made again after the places and dates from its sentences alone, a
// sentence's tokens at a time (make_words(text)): the same words, offsets, flags and sentence
// starts as from the whole segmentation, in several languages, scripts and layouts.
TEST_CASE("words made from the sentences alone are the words of the segmentation", "[events][words]") {
    for (std::string_view text :
         {"KABUL, Afghanistan (Reuters) - Taliban gunmen ambushed a convoy near Kandahar. Two died.",
          "Les manifestants ont bloqu\xc3\xa9 la route de Bamako \xe2\x80\x94 3 morts.\n\nLe 12/03/2016, l'arm\xc3\xa9" "e...",
          "U.S. forces and al-Nusra fought at 2.5 km from Deir ez-Zor!\nHEADLINE WITHOUT STOP\nSo \"it\" ended?",
          "\xd8\xa7\xd9\x84\xd9\x85\xd9\x88\xd8\xb5\xd9\x84: 1,200 people fled (UNHCR). Then: \xe2\x80\x9cnothing\xe2\x80\x9d.",
          "Boko Haram stormed Maiduguri, killing 12 on 23-04-2016; police said", "   ", ""}) {
        const WordStream whole = make_words(text, gt::text::segment(text));
        const WordStream again = make_words(text);
        INFO(text);
        REQUIRE(again.words.size() == whole.words.size());
        CHECK(again.words.capacity() == again.words.size());
        for (std::size_t i = 0; i < whole.words.size(); ++i) {
            const auto &a = whole.words[i], &b = again.words[i];
            CHECK(std::string_view(a.norm) == std::string_view(b.norm));
            CHECK(a.begin == b.begin);
            CHECK(a.end() == b.end());
            CHECK(a.decimals == b.decimals);
            CHECK((a.punct == b.punct && a.number == b.number && a.all_caps == b.all_caps &&
                   a.capitalised == b.capitalised && a.opens == b.opens));
        }
        REQUIRE(again.sentences.size() == whole.sentences.size());
        for (std::size_t s = 0; s < whole.sentences.size(); ++s) {
            const auto &a = whole.sentences[s], &b = again.sentences[s];
            CHECK((a.begin == b.begin && a.end == b.end && a.first == b.first && a.last == b.last));
            // the first word of each sentence, and it alone, opens one
            for (std::size_t i = a.first; i < a.last; ++i) CHECK(whole.words[i].opens == (i == a.first));
        }
        check_words(again, text);
    }
}

// A big document's words are its largest block of memory: the vector is sized once to the
// words made, hyphenated, dotted and non-ASCII words counted (no doubling, no spare room).
TEST_CASE("the word vector is sized exactly once", "[events][words]") {
    for (std::string text : {std::string("Gunmen attacked al-Nusra positions near U.S. bases in Deir ez-Zor."),
                             std::string("Ça va: the Jabhat-al-Nusra/HTS front, 2.5 km from Saint-Étienne & Co.")}) {
        std::string big;
        for (int i = 0; i < 2000; ++i) big += text + " ";
        for (const std::string& t : {text, big}) {
            const WordStream ws = make_words(t);
            INFO(t.substr(0, 80));
            CHECK(ws.words.size() > 0);
            CHECK(ws.words.capacity() == ws.words.size());
        }
    }
}

TEST_CASE("a word set built from a long list with repeats holds each word once", "[text][words]") {
    std::vector<std::string> list;
    for (int round = 0; round < 50; ++round)
        for (int i = 0; i < 3000; ++i) list.push_back(numbered("w", i)); // 150,000 words, 3,000 distinct
    std::vector<std::string_view> views(list.begin(), list.end());
    const gt::text::WordSet set(views.begin(), views.end());
    CHECK(set.size() == 3000);
    for (int i = 0; i < 3000; ++i) REQUIRE(set.count(numbered("w", i)) == 1);
    CHECK(set.count("w3000") == 0);
    CHECK(set.count("") == 0);
    // grown one word at a time past its first size (more than 4,096 distinct words)
    std::vector<std::string> many;
    for (int i = 0; i < 20000; ++i) many.push_back(numbered("x", i));
    const gt::text::WordSet big(many.begin(), many.end());
    CHECK(big.size() == 20000);
    for (const auto& m : many) REQUIRE(big.count(m, gt::text::WordSet::hash(m)) == 1);
    CHECK(big.count("x20000") == 0);
}

TEST_CASE("merge_runs merges two sorted runs stably, as std::inplace_merge does, in a vector or a deque", "[events][runs]") {
    struct Rec {
        int key = 0;
        std::string tag; // moved along with the key
    };
    auto less = [](const Rec& a, const Rec& b) { return a.key < b.key; };
    std::uint32_t seed = 15;
    auto next = [&] {
        seed = seed * 1664525u + 1013904223u;
        return static_cast<int>(seed >> 24) % 20;
    };
    for (std::size_t n : {0u, 1u, 2u, 7u, 100u, 1000u}) {
        for (std::size_t mid : {std::size_t{0}, n / 3, n / 2, n}) {
            std::vector<Rec> v(n);
            for (std::size_t i = 0; i < n; ++i) v[i] = {next(), std::to_string(i)};
            std::sort(v.begin(), v.begin() + static_cast<std::ptrdiff_t>(mid), less);
            std::sort(v.begin() + static_cast<std::ptrdiff_t>(mid), v.end(), less);
            // equal keys keep their order: ties within a run are broken by the tag
            std::vector<Rec> want = v;
            std::inplace_merge(want.begin(), want.begin() + static_cast<std::ptrdiff_t>(mid), want.end(), less);
            // the candidate events are a deque (events::Founds): the same merge on one
            std::deque<Rec> d(v.begin(), v.end());
            gt::events::merge_runs(v, mid, less);
            gt::events::merge_runs(d, mid, less);
            REQUIRE(v.size() == want.size());
            REQUIRE(d.size() == want.size());
            for (std::size_t i = 0; i < n; ++i) {
                REQUIRE(v[i].key == want[i].key);
                REQUIRE(v[i].tag == want[i].tag);
                REQUIRE(d[i].key == want[i].key);
                REQUIRE(d[i].tag == want[i].tag);
            }
        }
    }
}

TEST_CASE("word_before: the word of the raw text before a byte, spaces skipped", "[events][words]") {
    auto before = [](std::string_view t, std::size_t e) {
        auto [b, we] = gt::events::word_before(t, e);
        return std::string(t.substr(b, we - b));
    };
    const std::string_view t = "carried out by  France, in Sa'dah al-Jawf (Syria)";
    CHECK(before(t, t.find("France")) == "by");              // spaces skipped
    CHECK(before(t, t.find(", in")) == "France");
    CHECK(before(t, t.find(" (")) == "al-Jawf"); // letters, '-' and '\''
    CHECK(before(t, t.find(" al-")) == "Sa'dah");
    CHECK(before(t, t.find("(") + 1).empty());               // a parenthesis: no word
    CHECK(before(t, 0).empty());
    const std::string_view u = "Ḩamāh  x";
    CHECK(before(u, u.find(" x") + 1) == "Ḩamāh"); // the bytes of non-ASCII letters
}

TEST_CASE("keep_in_place keeps the chosen records in order, each seen once, in its slot", "[events][words]") {
    gt::events::Founds found(7);
    for (std::size_t k = 0; k < found.size(); ++k) found[k].sentence = static_cast<std::uint32_t>(k);
    std::vector<std::size_t> seen, slots;
    gt::events::keep_in_place(found, [&](gt::events::Found& f, std::size_t slot) {
        seen.push_back(f.sentence);
        // the records kept before are already in their slots
        for (std::size_t k = 0; k < slot; ++k) CHECK(found[k].sentence == slots[k]);
        if (f.sentence % 3 == 1) return false;
        slots.push_back(f.sentence);
        return true;
    });
    CHECK(seen == std::vector<std::size_t>{0, 1, 2, 3, 4, 5, 6});
    REQUIRE(found.size() == 5);
    std::vector<std::size_t> left;
    for (const auto& f : found) left.push_back(f.sentence);
    CHECK(left == std::vector<std::size_t>{0, 2, 3, 5, 6});
    gt::events::keep_in_place(found, [](gt::events::Found&, std::size_t) { return false; });
    CHECK(found.empty());
}

