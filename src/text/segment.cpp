#include "text/segment.hpp"

#include "text/utf8.hpp"
#include "text/word_set.hpp"

#include <array>
#include <stdexcept>
#include <utf8proc.h>

namespace gt::text {

namespace {

enum class Cls { space, newline, letter_upper, letter_lower, letter_other, digit, inner, punct };

Cls classify(char32_t cp) noexcept {
    if (cp == '\n') return Cls::newline;
    if (cp < 0x80) {
        char c = static_cast<char>(cp);
        if (c == ' ' || c == '\t' || c == '\r' || c == '\f' || c == '\v') return Cls::space;
        if (c >= 'A' && c <= 'Z') return Cls::letter_upper;
        if (c >= 'a' && c <= 'z') return Cls::letter_lower;
        if (c >= '0' && c <= '9') return Cls::digit;
        if (c == '\'' || c == '-' || c == '.' || c == '&') return Cls::inner;
        return Cls::punct;
    }
    if (cp == 0x2019 || cp == 0x2018 || cp == 0x02BC || cp == 0x02BF || cp == 0x02BE || cp == 0x2010 ||
        cp == 0x2011)
        return Cls::inner;
    switch (utf8proc_category(static_cast<utf8proc_int32_t>(cp))) {
    case UTF8PROC_CATEGORY_LU: case UTF8PROC_CATEGORY_LT: return Cls::letter_upper;
    case UTF8PROC_CATEGORY_LL: return Cls::letter_lower;
    case UTF8PROC_CATEGORY_LM: case UTF8PROC_CATEGORY_LO: case UTF8PROC_CATEGORY_MN:
    case UTF8PROC_CATEGORY_MC: case UTF8PROC_CATEGORY_ME: return Cls::letter_other;
    case UTF8PROC_CATEGORY_ND: case UTF8PROC_CATEGORY_NL: case UTF8PROC_CATEGORY_NO: return Cls::digit;
    case UTF8PROC_CATEGORY_ZS: return Cls::space;
    case UTF8PROC_CATEGORY_ZL: case UTF8PROC_CATEGORY_ZP: return Cls::newline;
    default: return Cls::punct;
    }
}

// ASCII bytes, by far the most frequent, classified by a table built from classify().
const std::array<Cls, 128> ascii_class = [] {
    std::array<Cls, 128> t{};
    for (char32_t c = 0; c < 128; ++c)
        t[c] = classify(c);
    return t;
}();

// The next code point and its class, with the ASCII case inline.
inline Cls next_class(std::string_view text, std::size_t& i, char32_t& cp) noexcept {
    auto c = static_cast<unsigned char>(text[i]);
    if (c < 0x80) {
        ++i;
        cp = c;
        return ascii_class[c];
    }
    cp = next_code_point(text, i);
    return classify(cp);
}

bool is_word_char(Cls c) noexcept {
    return c == Cls::letter_upper || c == Cls::letter_lower || c == Cls::letter_other || c == Cls::digit;
}

constexpr std::array<std::string_view, 52> abbreviations = {
    "mr", "mrs", "ms", "dr", "prof", "gen", "lt", "col", "maj", "capt", "cpt", "sgt", "cmdr",
    "adm", "gov", "sen", "rep", "rev", "st", "mt", "ft", "no", "vs", "jan", "feb", "mar", "apr",
    "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "inc", "corp", "co", "ltd", "jr",
    "sr", "est", "approx", "dept", "univ", "ave", "blvd", "pres", "brig", "lieut", "sheikh", "fig"};

bool is_abbreviation(std::string_view w) noexcept {
    if (w.size() > 8) return false;
    char low[8];
    for (std::size_t i = 0; i < w.size(); ++i) {
        char c = w[i];
        low[i] = (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
    }
    static const WordSet set(abbreviations.begin(), abbreviations.end());
    return set.count(std::string_view(low, w.size())) != 0;
}

} // namespace

namespace {

/// Each token of the text from byte `from` (where a token begins, or 0) given to `emit`, in
/// order; `emit` returns false to stop.
template <class Emit>
void scan_tokens(std::string_view text, Emit emit, std::size_t from = 0) {
    std::size_t i = from;
    while (i < text.size()) {
        std::size_t start = i;
        char32_t cp;
        Cls c = next_class(text, i, cp);
        if (c == Cls::space || c == Cls::newline) continue;
        if (!is_word_char(c)) {
            Token t;
            t.begin = static_cast<std::uint32_t>(start);
            t.end = static_cast<std::uint32_t>(i);
            if (!emit(t)) return;
            continue;
        }
        Token t;
        t.begin = static_cast<std::uint32_t>(start);
        t.word = true;
        t.number = c == Cls::digit;
        t.capitalised = c == Cls::letter_upper;
        int letters = c == Cls::letter_upper || c == Cls::letter_lower ? 1 : 0;
        bool caps = c == Cls::letter_upper;
        std::size_t end = i;
        while (i < text.size()) {
            std::size_t j = i;
            char32_t cp2;
            Cls c2 = next_class(text, j, cp2);
            if (is_word_char(c2)) {
                if (c2 == Cls::letter_lower) caps = false;
                if (c2 == Cls::letter_upper || c2 == Cls::letter_lower) ++letters;
                i = j;
                end = j;
                continue;
            }
            if (c2 == Cls::inner && j < text.size()) {
                // an inner mark stays in the word only when a word character follows it
                std::size_t k = j;
                char32_t cp3;
                if (is_word_char(next_class(text, k, cp3))) {
                    i = j;
                    end = j;
                    continue;
                }
                // "U.S." keeps its final dot when the word is dotted initials
                if (cp2 == '.' && end - t.begin >= 3 && text[end - 2] == '.') {
                    i = j;
                    end = j;
                }
            }
            break;
        }
        t.end = static_cast<std::uint32_t>(end);
        t.all_caps = caps && letters >= 2;
        if (!emit(t)) return;
        i = end;
    }
}

} // namespace

std::vector<Token> tokenize(std::string_view text) {
    if (text.size() > 0xFFFFFFFFu) throw std::length_error("text::tokenize: a text over 4 GiB");
    // One block for the tokens: a big text's are counted first, as a block that doubles holds
    // them up to 1.5 times at its peak (issue #15); a small text's from its length.
    std::size_t n = text.size() / 5 + 1;
    if (text.size() >= count_tokens_bytes) {
        n = 0;
        scan_tokens(text, [&n](const Token&) { return ++n, true; });
    }
    std::vector<Token> out;
    out.reserve(n);
    scan_tokens(text, [&out](const Token& t) { return out.push_back(t), true; });
    return out;
}

void each_token(std::string_view text, std::size_t begin, std::size_t end, const std::function<void(const Token&)>& each) {
    if (text.size() > 0xFFFFFFFFu) throw std::length_error("text::each_token: a text over 4 GiB");
    scan_tokens(
        text,
        [&](const Token& t) {
            if (t.begin >= end) return false;
            each(t);
            return true;
        },
        begin);
}

Segmented segment(std::string_view text) {
    Segmented s;
    s.tokens = tokenize(text);
    const auto& tk = s.tokens;
    std::size_t first = 0;
    auto close = [&](std::size_t last_token_exclusive) {
        if (last_token_exclusive <= first) return;
        Sentence sen;
        sen.first_token = first;
        sen.token_count = last_token_exclusive - first;
        sen.begin = tk[first].begin;
        sen.end = tk[last_token_exclusive - 1].end;
        s.sentences.push_back(sen);
        first = last_token_exclusive;
    };
    auto newlines_between = [&](std::size_t a_end, std::size_t b_begin) {
        int n = 0;
        for (std::size_t p = a_end; p < b_begin; ++p)
            if (text[p] == '\n') ++n;
        return n;
    };
    for (std::size_t k = 0; k < tk.size(); ++k) {
        const Token& t = tk[k];
        bool last = k + 1 == tk.size();
        if (last) {
            close(k + 1);
            break;
        }
        const Token& next = tk[k + 1];
        int nl = newlines_between(t.end, next.begin);
        std::string_view tt = t.text(text);
        bool terminal = !t.word && (tt == "." || tt == "!" || tt == "?" || tt == "\xE2\x80\xA6");
        // A dotted word such as "U.S." or "a.m." may end a sentence too.
        bool dotted_end = t.word && tt.size() >= 2 && tt.back() == '.';
        if (nl >= 2) {
            close(k + 1);
            continue;
        }
        if (nl == 1) {
            // A line without final punctuation (headline, dateline) is a sentence of its own; one
            // that ends in a comma or semicolon goes on on the next line (hard-wrapped text: "in
            // other weaponry, particularly shorter-range rockets,\nconventional forces").
            bool punct_end = terminal || (!t.word && (tt == "\"" || tt == "\xE2\x80\x9D" || tt == ")" || tt == ":"));
            bool goes_on = !t.word && (tt == "," || tt == ";") && next.word;
            if (!punct_end && !goes_on && !(t.word && next.word && !next.capitalised && !next.number)) {
                close(k + 1);
                continue;
            }
        }
        if (!terminal && !dotted_end) continue;
        // Take closing quotes and brackets along.
        std::size_t end_k = k;
        while (end_k + 1 < tk.size()) {
            std::string_view q = tk[end_k + 1].text(text);
            if (q == "\"" || q == "'" || q == ")" || q == "\xE2\x80\x9D" || q == "\xE2\x80\x99" || q == "]") {
                if (tk[end_k + 1].begin != tk[end_k].end) break; // only when attached
                ++end_k;
            } else {
                break;
            }
        }
        if (end_k + 1 >= tk.size()) continue;
        const Token& after = tk[end_k + 1];
        if (after.begin == tk[end_k].end) continue; // no space: "3.5", "a.m.,"
        if (tt == "." && k > 0 && tk[k - 1].end == t.begin) {
            std::string_view prev = tk[k - 1].text(text);
            if (is_abbreviation(prev)) continue;
            if (prev.size() == 1 && tk[k - 1].capitalised) continue; // an initial: "George W. Bush"
        }
        std::string_view a = after.text(text);
        bool opens = after.capitalised || after.number || a == "\"" || a == "\xE2\x80\x9C" || a == "(" ||
                     a == "'" || a == "\xE2\x80\x98" || (!after.word && !a.empty() && static_cast<unsigned char>(a[0]) >= 0x80);
        if (dotted_end && !opens) continue;
        if (!opens) continue;
        close(end_k + 1);
        k = end_k;
    }
    return s;
}

} // namespace gt::text
