#pragma once
// Sentences and word tokens with byte offsets, for the annotators (places, events).
// Allocation: one vector per call; no regex.

#include <cstddef>
#include <cstdint>
#include <functional>
#include <string_view>
#include <vector>

namespace gt::text {

/// 12 bytes: a big document has one per word and punctuation mark (texts up to 4 GiB).
struct Token {
    std::uint32_t begin = 0, end = 0; // byte offsets, end exclusive
    bool word = false;              // letters/digits (with inner ' . - as in "al-Assad", "U.S.")
    bool number = false;            // starts with a digit
    bool capitalised = false;       // first letter upper case (any script with case)
    bool all_caps = false;          // every letter upper case, at least two letters
    std::string_view text(std::string_view doc) const { return doc.substr(begin, end - begin); }
};

struct Sentence {
    std::size_t begin = 0, end = 0; // byte offsets, trimmed of surrounding space
    std::size_t first_token = 0, token_count = 0;
};

struct Segmented {
    std::vector<Token> tokens;
    std::vector<Sentence> sentences;
};

/// Tokens of the text (at most 4 GiB: std::length_error beyond): words (letters, digits, inner apostrophes, hyphens and dots) and single
/// punctuation characters. Whitespace is dropped.
std::vector<Token> tokenize(std::string_view text);

/// Each token of the text that begins in [begin, end) given to `each`, in order: the tokens
/// tokenize(text) gives there, when `begin` is where one of them begins (a sentence's begin).
/// For a big text's words made again from its sentences alone (issue #15), a few at a time.
void each_token(std::string_view text, std::size_t begin, std::size_t end, const std::function<void(const Token&)>& each);

/// A text of at least this many bytes has its tokens counted before they are made, so that
/// their block is allocated once at its size (tokenize here, the date tagger's own tokens):
/// a first pass costs less than a doubling's copy and slack at a big document's peak.
inline constexpr std::size_t count_tokens_bytes = std::size_t{1} << 18;

/// Tokens and sentences. A sentence ends at . ! ? (and closing quotes/brackets after them)
/// followed by space and an upper-case letter, digit or quote, unless the word before the dot is
/// a known abbreviation ("Gen.", "Mr.", "Jan.") or an initial; at a blank line; and at a line
/// break after a line with no final punctuation (headlines, datelines).
Segmented segment(std::string_view text);

} // namespace gt::text
