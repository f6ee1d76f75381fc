// Document analysis for the geoparser: tokens with normalised forms, sentences, the words the
// document writes in lower case, and title-case lines (headlines).
#include "geoparse/internal.hpp"
#include "geoparse/keys.hpp"
#include "geoparse/lexicon.hpp"

#include "text/normalize.hpp"

#include <algorithm>

namespace gt::geoparse::detail {

std::size_t possessive_len(std::string_view w) noexcept {
    if (w.size() > 2 && (w.back() == 's' || w.back() == 'S')) {
        std::string_view head = w.substr(0, w.size() - 1);
        if (head.back() == '\'') return 2;
        if (head.size() > 3 && head.substr(head.size() - 3) == "\xE2\x80\x99") return 4;
    }
    return 0;
}

namespace {

// The tokens the document writes in lower case, read as their set is built: no list of them
// (16 bytes a word, issue #15). A plain iterator, not a std::views pipeline: clang with
// libstdc++ 12 (the fuzz build, scripts/fuzz) rejects iota | filter | transform.
class LowerWords {
  public:
    LowerWords(const Analysed& a, std::size_t i) : a_(&a), i_(i) { skip(); }
    std::string_view operator*() const { return a_->norm(i_); }
    LowerWords& operator++() {
        ++i_;
        skip();
        return *this;
    }
    bool operator!=(const LowerWords& o) const { return i_ != o.i_; }

  private:
    void skip() {
        while (i_ < a_->toks.size() && !lower(a_->toks[i_])) ++i_;
    }
    static bool lower(const Tok& k) { return k.word && !k.number && !k.cap && !k.caps && k.norm_len > 0; }
    const Analysed* a_;
    std::size_t i_;
};

// The words the document writes in lower case.
void lower_words_of(Analysed& a) {
    a.lower_words = text::WordSet(LowerWords(a, 0), LowerWords(a, a.toks.size()));
}

// A word a headline's share of capitals counts: no number, no lower-case "of", "the".
bool headline_word(const Analysed& a, std::size_t i) {
    const Tok& k = a.toks[i];
    if (!k.word || k.number) return false;
    return k.cap || k.norm_len > 3 || !lex::is_name_connector(a.norm(i));
}

// Each token's sentence and sentence start, and the headlines in title case ("Gunmen Kill Five
// In Kabul Attack"): four words or more, seven in ten capitalised, and half of those words the
// document also writes in lower case or common words (not months and days). A line of names ("Chris
// Stapleton, Jason Isbell & the 400 Unit", "By Carey L. Biron", "Liz McLaughlin, NBC News") is
// no headline: its names are read as names.
void sentences_and_headlines(Analysed& a) {
    a.title_case.assign(a.sentences.size(), 0);
    for (std::size_t s = 0; s < a.sentences.size(); ++s) {
        const text::Sentence& sen = a.sentences[s];
        const std::size_t b = sen.first_token, e = sen.first_token + sen.token_count;
        std::size_t words = 0, caps = 0;
        bool first = true;
        for (std::size_t i = b; i < e; ++i) {
            Tok& k = a.toks[i];
            k.sentence = static_cast<std::uint32_t>(s);
            if (!k.word) continue;
            if (first) {
                k.sentence_start = true;
                first = false;
            }
            if (headline_word(a, i)) {
                ++words;
                caps += k.cap;
            }
        }
        // the words also written in lower case counted only in a line mostly capitalised
        if (words < 4 || caps * 10 < words * 7) continue;
        std::size_t plain = 0;
        for (std::size_t i = b; i < e; ++i) {
            if (!a.toks[i].cap || !headline_word(a, i)) continue;
            std::string_view nm = a.norm(i);
            if ((a.lower_words.count(nm) || lex::is_common_word(nm)) && !is_month_or_day(nm)) ++plain;
        }
        a.title_case[s] = plain * 2 >= caps ? 1 : 0;
    }
}

} // namespace

Analysed analyse(std::string_view text) {
    return analyse(text, text::segment(text));
}

Analysed analyse(std::string_view text, const text::Segmented& seg) {
    Analysed a;
    a.text = text;
    a.sentences = seg.sentences;
    a.toks.resize(seg.tokens.size());
    a.norms.reserve(text.size());
    char buf[text::max_name_bytes];
    std::size_t prev_end = 0;
    for (std::size_t i = 0; i < seg.tokens.size(); ++i) {
        const text::Token& t = seg.tokens[i];
        Tok& k = a.toks[i];
        k.begin = t.begin;
        k.end = t.end;
        k.word = t.word;
        k.number = t.number;
        k.cap = t.capitalised;
        k.caps = t.all_caps;
        k.space_before = i == 0 || t.begin > prev_end;
        prev_end = t.end;
        if (t.word) {
            std::string_view w = text.substr(t.begin, t.end - t.begin);
            if (std::size_t p = possessive_len(w)) {
                k.end -= static_cast<std::uint32_t>(p);
                k.possessive = true;
                w = w.substr(0, w.size() - p);
            }
            std::size_t n = text::normalize_name(w, buf, sizeof buf);
            k.norm_off = static_cast<std::uint32_t>(a.norms.size());
            k.norm_len = static_cast<std::uint16_t>(n);
            a.norms.append(buf, n);
        } else {
            k.norm_off = static_cast<std::uint32_t>(a.norms.size());
        }
    }
    lower_words_of(a);
    sentences_and_headlines(a);
    return a;
}

bool Analysed::title_case_line(std::size_t tok) const {
    std::size_t s = toks[tok].sentence;
    return s < title_case.size() && title_case[s] != 0;
}

std::size_t token_at(const Analysed& a, std::size_t byte) {
    auto it = std::lower_bound(a.toks.begin(), a.toks.end(), byte,
                               [](const Tok& t, std::size_t b) { return t.begin < b; });
    return static_cast<std::size_t>(it - a.toks.begin());
}

} // namespace gt::geoparse::detail
