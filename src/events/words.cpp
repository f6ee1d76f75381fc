#include "events/words.hpp"

#include "text/normalize.hpp"
#include "text/segment.hpp"
#include "text/word_map.hpp"

#include <algorithm>
#include <array>
#include <memory>
#include <stdexcept>
#include <unordered_map>

namespace gt::events {

namespace {

// The stem of each form's lemma, as the lexicons' rows are stemmed ("retake": "retak", final -e
// stripped after four letters, so "retook" matches the row "retake", "drove" the row "drive * out";
// "driven" stays apart: "a car driven by suspects" is no drive-by);
// "struck" and "striking" stay "strike", apart from the row "strike" ("striking workers").
const text::WordMap<std::string_view>& irregular() {
    static const text::WordMap<std::string_view> m = {
        {"took", "take"},    {"taken", "take"},   {"retook", "retak"},    {"retaken", "retak"},
        {"fell", "fall"},    {"fallen", "fall"},  {"held", "hold"},       {"broke", "break"},
        {"broken", "break"}, {"shot", "shoot"},   {"overran", "overrun"}, {"was", "be"},
        {"were", "be"},      {"is", "be"},        {"are", "be"},          {"been", "be"},
        {"being", "be"},     {"blew", "blow"},    {"blown", "blow"},      {"drove", "driv"},
        {"driven", "drive"}, {"fought", "fight"}, {"struck", "strike"},   {"striking", "strike"},
        {"set", "set"},      {"began", "begin"},  {"begun", "begin"},     {"won", "win"},
        {"lost", "lose"},    {"left", "leave"},   {"sat", "sit"},         {"stabbed", "stab"},
        {"gained", "gain"},  {"opened", "open"},  {"opening", "open"},    {"died", "die"},
        {"dying", "die"},    {"dies", "die"}};
    return m;
}

bool is_vowel(char c) noexcept { return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u'; }

void undouble(std::string_view& s) {
    std::size_t n = s.size();
    if (n >= 3 && s[n - 1] == s[n - 2] && !is_vowel(s[n - 1]) && s[n - 1] != 'l' && s[n - 1] != 's' &&
        s[n - 1] != 'z')
        s.remove_suffix(1);
}

} // namespace

namespace {

// stem() written into `out` (reusing its buffer); `hash` == text::WordSet::hash(norm).
void stem_into(std::string_view norm, std::size_t hash, std::string& out) {
    static const auto& irregular_forms = irregular(); // no call per word
    if (const auto* irr = irregular_forms.find(norm, hash)) {
        out.assign(*irr);
        return;
    }
    // Every rule strips a suffix (and "-ies" adds a "y"): work on a view, copy once.
    std::string_view s = norm;
    if (s.size() > 3 && !(s[0] >= '0' && s[0] <= '9')) {
        if (s.ends_with("ies") && s.size() > 4) {
            out.assign(s.substr(0, s.size() - 3));
            out += 'y';
            return;
        }
        if (s.back() == 's' && !s.ends_with("ss") && !s.ends_with("us")) s.remove_suffix(1);
        if (s.ends_with("ing") && s.size() > 5) {
            s.remove_suffix(3);
            undouble(s);
        } else if (s.ends_with("ed") && s.size() > 4) {
            s.remove_suffix(2);
            undouble(s);
        } else if (s.ends_with("ion") && s.size() > 6) {
            s.remove_suffix(3);
        }
        if (s.size() > 4 && s.back() == 'e') s.remove_suffix(1);
    }
    out.assign(s);
}

} // namespace

std::string stem(std::string_view norm) {
    std::string out;
    stem_into(norm, text::WordSet::hash(norm), out);
    return out;
}

namespace {

/// "2.5" -> 1, "1.25" -> 2: the digits after the decimal point of a number token (0 without one).
std::uint8_t decimal_digits(std::string_view raw) {
    std::size_t dot = raw.rfind('.');
    if (dot == std::string_view::npos || dot == 0 || dot + 1 >= raw.size()) return 0;
    std::size_t n = raw.size() - dot - 1;
    for (std::size_t k = dot + 1; k < raw.size(); ++k)
        if (raw[k] < '0' || raw[k] > '9') return 0;
    return static_cast<std::uint8_t>(std::min<std::size_t>(n, 9));
}

} // namespace

namespace {

/// The vocabulary of a stream being made, with each distinct norm's stem worked out once.
class Interner {
  public:
    explicit Interner(text::Vocabulary& v) : vocab_(v) {}

    /// `w.norm` and its stem (their hashes stored with them) from the normalised form.
    void set(Word& w, std::string_view norm) {
        const std::size_t h = text::WordSet::hash(norm);
        const auto e = vocab_.intern(norm, h);
        if (e.index >= stems_.size()) stems_.resize(e.index + 1);
        Stem& st = stems_[e.index];
        if (!st.known) {
            stem_into(norm, h, scratch_);
            st.hash = scratch_ == norm ? static_cast<std::uint32_t>(h)
                                       : static_cast<std::uint32_t>(text::WordSet::hash(scratch_));
            st.text = scratch_ == norm ? e.text : vocab_.intern(scratch_, st.hash).text;
            st.known = true;
            if (st.text.data() != e.text.data()) vocab_.link(e.text, st.text); // (Word::stem)
        }
        w.norm = e.text;
    }
    /// A punctuation word: its stem is its norm.
    void set_punct(Word& w, std::string_view raw) {
        const std::size_t h = text::WordSet::hash(raw);
        w.norm = vocab_.intern(raw, h).text;
    }

  private:
    struct Stem {
        text::Interned text;
        std::uint32_t hash = 0;
        bool known = false;
    };
    text::Vocabulary& vocab_;
    std::vector<Stem> stems_; // by vocabulary index (filled for norms only)
    std::string scratch_;
};

} // namespace

namespace {

/// The parts a normalised word is cut into (hyphenated and dotted words: "al-Nusra" -> 2).
std::size_t parts_of(std::string_view norm) {
    std::size_t n = 0;
    for (std::size_t p = 0; p < norm.size();) {
        std::size_t q = norm.find(' ', p);
        if (q == std::string_view::npos) q = norm.size();
        n += q > p;
        p = q + 1;
    }
    return n;
}

/// How many words a token makes (a word of ASCII letters and digits is one word, as
/// normalize_name keeps it whole; only the others are normalised here to count their parts).
[[gnu::always_inline]] inline std::size_t words_of(std::string_view text, const text::Token& tok, char* buf, std::size_t cap) {
    if (!tok.word) return 1;
    std::string_view raw = tok.text(text);
    bool plain = raw.size() <= cap && std::all_of(raw.begin(), raw.end(), [](char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    });
    return plain ? (raw.empty() ? 0 : 1) : parts_of(std::string_view(buf, text::normalize_name(raw, buf, cap)));
}

/// How many words make_words makes of the tokens, exactly: the vector is sized once (a
/// doubling held a big document's words one and a half times over, the largest block of a
/// long text's memory: issue #15).
std::size_t count_words(std::string_view text, const text::Segmented& seg, char* buf, std::size_t cap) {
    std::size_t n = 0;
    for (const auto& tok : seg.tokens) n += words_of(text, tok, buf, cap);
    return n;
}

/// A word's offsets from its token's.
[[gnu::always_inline]] inline void set_offsets(Word& w, const text::Token& tok) noexcept {
    w.begin = tok.begin;
    w.length = static_cast<std::uint16_t>(std::min<std::uint32_t>(tok.end - tok.begin, 0xFFFF));
}

/// The words of one token appended to the stream (inlined: the loop of every document).
[[gnu::always_inline]] inline void add_token(WordStream& ws, Interner& interner, std::string_view text, const text::Token& tok,
                                             char* buf, std::size_t cap) {
    std::string_view raw = tok.text(text);
    if (!tok.word) {
        Word& w = ws.words.emplace_back();
        set_offsets(w, tok);
        w.punct = true;
        interner.set_punct(w, raw);
        return;
    }
    std::size_t n = text::normalize_name(raw, buf, cap);
    std::string_view norm(buf, n);
    // Hyphenated and dotted words become several words ("al-Nusra" -> "al", "nusra").
    std::size_t p = 0;
    bool first_part = true;
    while (p < norm.size()) {
        std::size_t q = norm.find(' ', p);
        if (q == std::string_view::npos) q = norm.size();
        if (q > p) {
            Word& w = ws.words.emplace_back();
            set_offsets(w, tok);
            const std::string_view part = norm.substr(p, q - p);
            interner.set(w, part);
            w.number = std::all_of(part.begin(), part.end(), [](char c) { return c >= '0' && c <= '9'; });
            if (w.number && first_part && q == norm.size()) w.decimals = decimal_digits(raw);
            w.all_caps = tok.all_caps;
            w.capitalised = first_part && tok.capitalised;
            first_part = false;
        }
        p = q + 1;
    }
}

} // namespace

namespace {

/// The words of `sentences`, `words` of them reserved: each sentence's tokens are given by
/// `tokens_of(sentence, add)`, which calls add(token) for each in order.
template <class TokensOf>
WordStream sentence_words(std::string_view text, const std::vector<text::Sentence>& sentences, std::size_t words,
                          TokensOf tokens_of) {
    WordStream ws;
    auto vocab = std::make_shared<text::Vocabulary>();
    Interner interner(*vocab);
    char buf[text::max_name_bytes + 8];
    ws.words.reserve(words);
    ws.sentences.reserve(sentences.size());
    for (const auto& sent : sentences) {
        // (32 bits: the text is at most 4 GiB, and a token of n bytes makes at most n words)
        SentenceSpan span;
        span.begin = static_cast<std::uint32_t>(sent.begin);
        span.end = static_cast<std::uint32_t>(sent.end);
        span.first = static_cast<std::uint32_t>(ws.words.size());
        tokens_of(sent, [&](const text::Token& tok) { add_token(ws, interner, text, tok, buf, sizeof buf); });
        span.last = static_cast<std::uint32_t>(ws.words.size());
        if (span.last > span.first) ws.words[span.first].opens = true;
        ws.sentences.push_back(span);
    }
    ws.vocabulary = std::move(vocab);
    return ws;
}

} // namespace

WordStream make_words(std::string_view text, const text::Segmented& seg) {
    if (text.size() > 0xFFFFFFFFu) throw std::length_error("a document over 4 GiB");
    char buf[text::max_name_bytes + 8];
    return sentence_words(text, seg.sentences, count_words(text, seg, buf, sizeof buf),
                          [&](const text::Sentence& sent, const auto& add) {
                              for (std::size_t ti = sent.first_token; ti < sent.first_token + sent.token_count; ++ti)
                                  add(seg.tokens[ti]);
                          });
}

WordStream make_words(std::string_view text) {
    text::Segmented seg = text::segment(text);
    // Only the sentences are kept: each sentence's tokens are made again as its words are (the
    // same tokens: each_token), so a big document's tokens are not held beside its words.
    // (Swapped out: `seg.tokens = {}` assigns an empty initializer list, which keeps the block.)
    std::vector<text::Token>().swap(seg.tokens);
    char buf[text::max_name_bytes + 8];
    std::size_t n = 0;
    for (const auto& sent : seg.sentences)
        text::each_token(text, sent.begin, sent.end, [&](const text::Token& tok) { n += words_of(text, tok, buf, sizeof buf); });
    return sentence_words(text, seg.sentences, n, [&](const text::Sentence& sent, const auto& add) {
        text::each_token(text, sent.begin, sent.end, add);
    });
}

namespace {

long word_value(std::string_view w) {
    static const std::unordered_map<std::string_view, long> m = {
        {"one", 1}, {"two", 2}, {"three", 3}, {"four", 4}, {"five", 5}, {"six", 6}, {"seven", 7},
        {"eight", 8}, {"nine", 9}, {"ten", 10}, {"eleven", 11}, {"twelve", 12}, {"thirteen", 13},
        {"fourteen", 14}, {"fifteen", 15}, {"sixteen", 16}, {"seventeen", 17}, {"eighteen", 18},
        {"nineteen", 19}, {"twenty", 20}, {"thirty", 30}, {"forty", 40}, {"fifty", 50}, {"sixty", 60},
        {"seventy", 70}, {"eighty", 80}, {"ninety", 90}};
    auto it = m.find(w);
    return it == m.end() ? -1 : it->second;
}

long scale_value(std::string_view w) {
    if (w == "hundred") return 100;
    if (w == "thousand") return 1000;
    if (w == "million") return 1000000;
    if (w == "billion") return 1000000000;
    return -1;
}

long digits_value(std::string_view w) {
    if (w.empty() || w.size() > 9) return -1;
    long v = 0;
    for (char c : w) {
        if (c < '0' || c > '9') return -1;
        v = v * 10 + (c - '0');
    }
    return v;
}

} // namespace

long parse_number(const std::vector<Word>& words, std::size_t i, std::size_t& next) {
    next = i + 1;
    if (i >= words.size() || words[i].punct) return -1;
    const auto& w = words[i].norm;
    if (words[i].number) {
        long v = digits_value(w);
        const std::size_t dec = words[i].decimals;
        long scale = i + 1 < words.size() ? scale_value(words[i + 1].norm) : -1;
        if (v >= 0 && scale > 0) {
            // "2.5 million", "3 hundred", "1.2 thousand": the digits times the scale word
            long div = 1;
            for (std::size_t k = 0; k < dec; ++k) div *= 10;
            next = i + 2;
            return v * scale / div;
        }
        // "2.5", "0.75": a decimal is a measure, not a count ("1.200" reads as 1200: a
        // thousands separator)
        if (dec > 0 && dec != 3) return -1;
        // "1,200": a comma then exactly three digits continues the number.
        std::size_t j = i + 1;
        while (v >= 0 && j + 1 < words.size() && words[j].punct && words[j].norm == "," &&
               words[j + 1].number && words[j + 1].norm.size() == 3 && words[j].begin == words[j - 1].end() &&
               words[j + 1].begin == words[j].end()) {
            v = v * 1000 + digits_value(words[j + 1].norm);
            j += 2;
        }
        next = j;
        return v;
    }
    long v = word_value(w);
    // "a dozen", "a hundred", "a thousand": one of the scale word ("a million" is most often a
    // fraction's: "half a million", "a quarter of a million")
    if (w == "a" && i + 1 < words.size() && (words[i + 1].norm == "dozen" || words[i + 1].norm == "hundred" ||
                                             words[i + 1].norm == "thousand"))
        v = 1;
    if (v < 0) return -1;
    std::size_t j = i + 1;
    if (v >= 20 && v % 10 == 0 && j < words.size()) {
        long u = word_value(words[j].norm);
        if (u > 0 && u < 10) { v += u; ++j; }
    }
    if (j < words.size() && words[j].norm == "hundred") {
        v *= 100;
        ++j;
        if (j + 1 < words.size() && words[j].norm == "and") {
            std::size_t k;
            long r = parse_number(words, j + 1, k);
            if (r > 0 && r < 100) { v += r; j = k; }
        }
    }
    // "two dozen", "two thousand", "three hundred thousand", "a million": times the scale word
    if (j < words.size() && words[j].norm == "dozen") {
        v *= 12;
        ++j;
    } else if (long s = j < words.size() ? scale_value(words[j].norm) : -1; s >= 1000) {
        v *= s;
        ++j;
    }
    next = j;
    return v;
}

std::pair<std::size_t, std::size_t> word_before(std::string_view t, std::size_t e) {
    auto letter = [](char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c & 0x80) || c == '-' || c == '\'';
    };
    while (e > 0 && t[e - 1] == ' ') --e;
    std::size_t b = e;
    while (b > 0 && letter(t[b - 1])) --b;
    return {b, e};
}

} // namespace gt::events
