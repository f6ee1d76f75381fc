// Tokenizer and tense detection of the tagger.
#include "timex/scan.hpp"

#include "text/segment.hpp"

#include <cstdlib>
#include <optional>
#include <stdexcept>

namespace gt::timex {

namespace {

bool is_alpha(unsigned char ch) noexcept { return (ch | 0x20) >= 'a' && (ch | 0x20) <= 'z'; }
bool is_digit(unsigned char ch) noexcept { return ch >= '0' && ch <= '9'; }

// Punctuation outside ASCII that the rules care about, normalised to ASCII; 0 otherwise.
// Returns the length of the UTF-8 sequence in `len`.
char unicode_punct(std::string_view s, std::size_t i, std::size_t& len) noexcept {
    auto u = [&](std::size_t k) { return static_cast<unsigned char>(s[i + k]); };
    if (i + 2 < s.size() && u(0) == 0xE2 && u(1) == 0x80) {
        len = 3;
        switch (u(2)) {
        case 0x98: case 0x99: return '\'';             // ‘ ’
        case 0x9C: case 0x9D: return '"';              // “ ”
        case 0x90: case 0x91: case 0x92: case 0x93: case 0x94: return '-'; // ‐ ‑ ‒ – —
        case 0xA6: return '.';                         // …
        default: return ' ';
        }
    }
    if (i + 1 < s.size() && u(0) == 0xC2 && u(1) == 0xA0) { // no-break space
        len = 2;
        return ' ';
    }
    len = 0;
    return 0;
}

/// Each token of `t` given to `emit`, without its lexicon entry; the ASCII letters of its words
/// lower-cased in `lower` (a copy of `t`) when it is not null.
template <class Emit>
void scan(std::string_view t, char* lower, Emit emit) {
    bool space = true, nl = false, para = false;
    std::size_t i = 0, n = t.size();
    while (i < n) {
        auto ch = static_cast<unsigned char>(t[i]);
        if (ch == ' ' || ch == '\t' || ch == '\r' || ch == '\f' || ch == '\v') {
            space = true;
            ++i;
            continue;
        }
        if (ch == '\n') {
            if (nl) para = true;
            space = nl = true;
            ++i;
            continue;
        }
        Token tok;
        tok.b = static_cast<std::uint32_t>(i);
        tok.space_before = space;
        tok.nl_before = nl;
        tok.para_before = para;
        if (is_digit(ch)) {
            std::int64_t v = 0;
            std::size_t j = i;
            while (j < n && is_digit(static_cast<unsigned char>(t[j]))) {
                if (v < 1000000000) v = v * 10 + (t[j] - '0');
                ++j;
            }
            tok.kind = Kind::Num;
            tok.set_num(v);
            tok.ndig = static_cast<std::uint8_t>(j - i > 255 ? 255 : j - i);
            i = j;
        } else if (is_alpha(ch) || ch >= 0x80) {
            std::size_t len = 0;
            char p = ch >= 0x80 ? unicode_punct(t, i, len) : 0;
            if (p == ' ') { // unicode space or other punctuation we ignore
                space = true;
                i += len;
                continue;
            }
            if (p) {
                tok.kind = Kind::Punct;
                tok.punct = p;
                i += len;
            } else {
                std::size_t j = i;
                bool all_upper = true;
                while (j < n) {
                    auto cj = static_cast<unsigned char>(t[j]);
                    if (cj >= 0x80) {
                        std::size_t l2 = 0;
                        if (unicode_punct(t, j, l2)) break;
                        ++j;
                        continue;
                    }
                    if (!is_alpha(cj)) break;
                    if (cj >= 'a')
                        all_upper = false;
                    else if (lower)
                        lower[j] = static_cast<char>(cj + 32);
                    ++j;
                }
                tok.kind = Kind::Word;
                tok.cap = ch >= 'A' && ch <= 'Z';
                tok.upper = all_upper && tok.cap;
                i = j;
            }
        } else {
            tok.kind = Kind::Punct;
            tok.punct = static_cast<char>(ch);
            ++i;
        }
        tok.e = static_cast<std::uint32_t>(i);
        emit(tok);
        space = nl = para = false;
    }
}

/// The DCT's calendar day, none when it is unknown or not a day.
std::optional<Date> dct_day(const Dct& d) {
    if (!d.known() || d.value.size() < 10) return std::nullopt;
    int y = std::atoi(d.value.substr(0, 4).c_str());
    int m = std::atoi(d.value.substr(5, 2).c_str());
    int dd = std::atoi(d.value.substr(8, 2).c_str());
    try {
        return Date(static_cast<unsigned short>(y), static_cast<unsigned short>(m), static_cast<unsigned short>(dd));
    } catch (const std::exception&) {
        return std::nullopt;
    }
}

} // namespace

Ctx::Ctx(std::string_view t, const Dct& d) : text(t), lower(t), dct(dct_day(d)) {
    // `lower` is lower-cased as the tokens are made: every ASCII letter of the text is part of
    // a word token.
    if (t.size() > 0xFFFFFFFFu) throw std::length_error("a document over 4 GiB");
    // The block of tokens sized once: a big text's tokens are counted first (a first pass
    // without lexicon lookups), as a block that doubles would hold them 1.5 times at its
    // peak (issue #15); a small text's from its length (a token every 5 bytes or more).
    std::size_t n = t.size() / 5 + 1;
    if (t.size() >= gt::text::count_tokens_bytes) {
        n = 0;
        scan(t, nullptr, [&n](const Token&) { ++n; });
    }
    toks.reserve(n);
    scan(t, lower.data(), [this](Token& tok) {
        if (tok.kind == Kind::Word) tok.set_lex(lookup(std::string_view(lower).substr(tok.b, tok.e - tok.b)));
        toks.push_back(tok);
    });
}

namespace {

bool sentence_break(const Ctx& c, std::size_t i) {
    const Token& t = c.at(i);
    if (t.para_before) return true;
    if (t.kind != Kind::Punct) return false;
    if (t.punct == '!' || t.punct == '?' || t.punct == ';') return true;
    if (t.punct == '.' && i + 1 < c.size() && c.at(i + 1).space_before &&
        (c.at(i + 1).cap || c.at(i + 1).kind != Kind::Word)) {
        // "Sept. 5", "Mr. Smith", "U.S. officials": a short capitalised word or a letter before
        // the dot is an abbreviation, no sentence end; "write-down. The" is one
        if (i > 0 && c.at(i - 1).kind == Kind::Word) {
            const Token& w = c.at(i - 1);
            std::size_t len = w.e - w.b;
            if (len == 1 || (len <= 4 && w.cap) || c.low(i - 1) == "etc" || c.low(i - 1) == "vs") return false;
        }
        return true;
    }
    return false;
}

// A quotation mark (", “, ”, ``, ''): the words quoted and the reporting clause have their
// own tenses. A single apostrophe is no quote ("the countries' entry").
bool quote_at(const Ctx& c, std::size_t i) {
    const Token& t = c.at(i);
    if (t.kind != Kind::Punct) return false;
    if (t.punct == '"' || t.punct == '`') return true;
    if (t.punct != '\'') return false;
    return (i > 0 && c.is_punct(i - 1, '\'') && c.glued(i)) || (c.is_punct(i + 1, '\'') && c.glued(i + 1));
}

// A word that opens a new clause after an expression ("statement Friday saying the entry will
// ...", "on Monday, when the talks will ..."): a tense beyond it is another clause's.
bool clause_opener(const Ctx& c, std::size_t i) {
    if (c.at(i).kind != Kind::Word) return false;
    std::string_view w = c.low(i);
    return w == "saying" || w == "that" || w == "which" || w == "who" || w == "whom" || w == "because" ||
           w == "but" || w == "while" || w == "although" || w == "though" || w == "when" || w == "if" ||
           w == "where" || w == "whether" || w == "after" || w == "before" || w == "until" || w == "unless";
}

// Tense signalled by token i: future / past / present, or unknown.
Tense token_tense(const Ctx& c, std::size_t i, bool near) {
    const Token& t = c.at(i);
    if (t.kind != Kind::Word) return Tense::Unknown;
    std::uint32_t f = c.flags(i);
    std::string_view w = c.low(i);
    // modals and plans: "might come as soon as Tuesday", "planned to leave on Thursday"
    if (w == "might" || (w == "may" && !t.cap)) return Tense::Future;
    if ((w == "plans" || w == "planned" || w == "plan" || w == "planning" || w == "intend" || w == "intended" ||
         w == "intends") && c.is(i + 1, "to"))
        return Tense::Future;
    // "is to resume trading Tuesday", "are to meet": a plan
    if ((w == "is" || w == "are") && c.is(i + 1, "to") && i + 2 < c.size() && c.at(i + 2).kind == Kind::Word &&
        !c.lex(i + 2))
        return Tense::Future;
    // "ahead of the weekend", "ahead of Sunday's vote"
    if (w == "ahead" && c.is(i + 1, "of")) return Tense::Future;
    if (f & L_FUTURE) {
        // "was scheduled to expire Friday", "had been due to expire": a plan of the past
        if ((w == "scheduled" || w == "expected" || w == "set" || w == "due") && i > 0 &&
            (c.is(i - 1, "was") || c.is(i - 1, "were") || (c.is(i - 1, "been") && i > 1 && c.is(i - 2, "had"))))
            return Tense::Past;
        if (w == "won" || w == "wo") return c.is_punct(i + 1, '\'') && c.is(i + 2, "t") ? Tense::Future : Tense::Unknown;
        if (w == "ll") return i > 0 && c.is_punct(i - 1, '\'') ? Tense::Future : Tense::Unknown;
        if (w == "set" || w == "due") return c.is(i + 1, "to") ? Tense::Future : Tense::Unknown;
        if (w == "going") return c.is(i + 1, "to") ? Tense::Future : Tense::Unknown;
        return Tense::Future;
    }
    if (f & L_PAST) {
        // "will be held", "to be sent": a participle after be/to takes the tense of its auxiliary
        if (i > 0 && (c.is(i - 1, "be") || c.is(i - 1, "being") || c.is(i - 1, "to"))) return Tense::Unknown;
        return Tense::Past;
    }
    if (f & L_PRESENT) return Tense::Present;
    // Weak markers, trusted only right next to the expression (`near`): -ed forms ("closed
    // Wednesday") and reporting verbs ("said Friday"). Farther away they are as often
    // participles ("must be returned to his father by Jan. 14") or report the report.
    if (!near) return Tense::Unknown;
    if (w == "said" || w == "told" || w == "announced" || w == "reported") return Tense::Past;
    std::size_t len = w.size();
    if (len >= 5 && w[len - 2] == 'e' && w[len - 1] == 'd' && !t.cap && !w.ends_with("eed") &&
        !w.ends_with("dred")) {
        if (i > 0) {
            std::string_view p = c.low(i - 1);
            if (p == "be" || p == "been" || p == "being" || p == "the" || p == "a" || p == "an" || p == "to")
                return Tense::Unknown;
        }
        return Tense::Past;
    }
    return Tense::Unknown;
}

} // namespace

Tense Ctx::tense(std::size_t first, std::size_t last) const {
    // The nearest tense marker within the sentence, left (up to 40 tokens) or right (up to
    // 20); prepositions and punctuation between do not add to the distance; on a tie, left.
    auto filler = [&](std::size_t i) {
        if (toks[i].kind == Kind::Punct) return toks[i].punct == ',';
        std::string_view w = low(i);
        return w == "on" || w == "at" || w == "in" || w == "by" || w == "the" || w == "of" ||
               w == "that" || w == "to" || w == "last" || w == "this" || w == "next" || w == "early" ||
               w == "late" || w == "until" || w == "since" || w == "from";
    };
    Tense left = Tense::Unknown, right = Tense::Unknown;
    std::size_t dl = SIZE_MAX, dr = SIZE_MAX, il = SIZE_MAX, ir = SIZE_MAX;
    std::size_t dist = 0;
    for (std::size_t k = 1; k <= 40 && first >= k; ++k) {
        std::size_t i = first - k;
        if (sentence_break(*this, i + 1) && k > 1) break;
        if (quote_at(*this, i)) break;
        if (!filler(i)) ++dist;
        Tense t = token_tense(*this, i, dist <= 2);
        if (t != Tense::Unknown) {
            left = t;
            dl = dist;
            il = i;
            break;
        }
        if (sentence_break(*this, i)) break;
    }
    dist = 0;
    for (std::size_t k = 0; k < 12 && last + k < size(); ++k) {
        std::size_t i = last + k;
        if (sentence_break(*this, i) || quote_at(*this, i) || clause_opener(*this, i)) break;
        if (!filler(i)) ++dist;
        Tense t = token_tense(*this, i, dist <= 4);
        if (t != Tense::Unknown) {
            right = t;
            dr = dist;
            ir = i;
            break;
        }
    }
    auto weak = [&](std::size_t i) {
        if (i == SIZE_MAX || (flags(i) & (L_PAST | L_FUTURE | L_PRESENT))) return false;
        std::string_view w = low(i);
        return w.ends_with("ed") || w == "said" || w == "told";
    };
    bool use_left = right == Tense::Unknown || (left != Tense::Unknown && dl <= dr);
    tense_weak = use_left ? weak(il) : weak(ir);
    if (left == Tense::Unknown) return right;
    if (right == Tense::Unknown) return left;
    return dl <= dr ? left : right;
}

} // namespace gt::timex
