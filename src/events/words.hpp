#pragma once
// The word stream the events stage matches its lexicons against: the segmenter's tokens,
// normalised (case-folded, diacritics removed, hyphenated words split) and lemmatised by a
// small suffix stripper, with the sentence each word belongs to. Internal to events/.

#include "text/interned.hpp"
#include "text/segment.hpp"
#include "text/word_set.hpp"

#include <cstddef>
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace gt::events {

/// A word of the stream: 16 bytes (the stream of a big document holds one per token and more:
/// issue #15), its strings interned in the stream's vocabulary, which keeps their hashes
/// (norm.hash(), stem.hash(): text::WordSet::hash, what the lexicon lookups take). Its
/// sentence is not held: `opens` marks the first word of each (WordStream::sentences gives
/// their spans), and its end is its start and length.
struct Word {
    text::Interned norm;              // normalised: "liberated", "al", "nusra", "16"
    std::uint32_t begin = 0;          // byte offset of the token the word comes from
    std::uint16_t length = 0;         // the token's bytes (a token over 65,535 bytes: its first 65,535)
    std::uint8_t decimals = 0;        // a number written with a decimal point: the digits after it
    bool punct : 1 = false;           // a punctuation token (norm holds the character)
    bool number : 1 = false;          // all digits
    bool all_caps : 1 = false;        // the token was written in capitals ("IS", "SDF")
    bool capitalised : 1 = false;
    bool opens : 1 = false;           // the first word of its sentence

    /// The byte offset after the token the word comes from.
    std::uint32_t end() const noexcept { return begin + length; }
    /// Lemma-like key: "liberat", "al", "nusra", "16" (the stream's vocabulary links each
    /// distinct norm to its stem once, rather than each word holding it).
    text::Interned stem() const noexcept { return punct ? norm : norm.link(); }
};

/// Whether words i and k (i <= k) are in one sentence: no word after i up to k opens one.
inline bool same_sentence(const std::vector<Word>& w, std::size_t i, std::size_t k) noexcept {
    for (std::size_t j = i + 1; j <= k; ++j)
        if (w[j].opens) return false;
    return true;
}

/// Whether two words are parts of one written token: a hyphenated word ("shoot-out",
/// "land-based") is one token made several words, each with the token's offsets.
inline bool same_token(const Word& a, const Word& b) noexcept { return a.begin == b.begin; }

/// Whether the word's normalised form is in the set (with the hash make_words computed).
inline bool in(const text::WordSet& set, const Word& w) noexcept {
    return set.count(w.norm, w.norm.hash()) != 0;
}

/// The nearest word of `set` before word `at` in its clause: at most `reach` words back, none
/// before `first` nor across punctuation ("who had abducted", "in protest against the abduction
/// of"); its index, or nothing.
inline std::optional<std::size_t> clause_word_before(const std::vector<Word>& w, std::size_t first, std::size_t at,
                                                     const text::WordSet& set, std::size_t reach) noexcept {
    for (std::size_t i = at, n = 0; i > first && n < reach && !w[i - 1].punct; --i, ++n)
        if (in(set, w[i - 1])) return i - 1;
    return std::nullopt;
}

/// "250,000 packs", "3,7 tons": the comma or point inside a number written in groups (between
/// two numbers) joins its digits; it breaks no phrase or clause.
inline bool digit_separator(const std::vector<Word>& w, std::size_t i) noexcept {
    return w[i].punct && i > 0 && i + 1 < w.size() && w[i - 1].number && w[i + 1].number &&
           (w[i].norm == "," || w[i].norm == ".");
}

/// A sentence of the stream: 16 bytes (32 bits, as a word's offset: a big document has one
/// per sentence, held with its words through the event rules; issue #15).
struct SentenceSpan {
    std::uint32_t begin = 0, end = 0;  // bytes
    std::uint32_t first = 0, last = 0; // word indices [first, last)
};

/// The words of a document and its sentences. The words' strings live in `vocabulary`, shared
/// by the copies of a stream, so a stream moved or copied reads its words as the original did.
struct WordStream {
    std::vector<Word> words;
    std::vector<SentenceSpan> sentences;
    std::shared_ptr<const text::Vocabulary> vocabulary;
};

/// Lemma-like key of a normalised word: irregular verbs mapped ("took" -> "take", "were" ->
/// "be"), then -ies, -s, -ing, -ed, -ion and a final -e stripped. The same function keys the
/// lexicons, so "liberate", "liberated", "liberating", "liberation" all give "liberat".
std::string stem(std::string_view norm);

/// Words of `text` (valid UTF-8).
WordStream make_words(std::string_view text);
/// The same from the text's segmentation (text::segment(text)), shared with the geoparser.
WordStream make_words(std::string_view text, const text::Segmented& seg);

/// The value of a number word or digits at words[i] ("16", "sixteen", "twenty two", "a dozen",
/// "2.5 million", "three hundred thousand"); sets `next` to the index after it. -1 when there is no exact number there (also for
/// "dozens", "scores", "hundreds", "several").
long parse_number(const std::vector<Word>& words, std::size_t i, std::size_t& next);

/// The word of the raw text `t` that ends before byte `e`, spaces skipped: [begin, end) of its
/// run of letters (ASCII letters, the bytes of any non-ASCII character, '-' and '\''); begin ==
/// end when none. For rules that read the text right before a mention ("carried out by
/// France", "X village, Y").
std::pair<std::size_t, std::size_t> word_before(std::string_view t, std::size_t e);

} // namespace gt::events
