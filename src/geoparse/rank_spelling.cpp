// Names spelt alike (docs/geoparse.md, "Resolution"): a mention and a gazetteer entry's own
// name in two transliterations, or close in spelling (the ranking's loose and own-name tests).
#include "geoparse/rank.hpp"

#include "text/normalize.hpp"

#include <algorithm>
#include <cstring>

namespace gt::geoparse::detail {

namespace {

// The entry's normalised own name in `nb`, a division's generic word set aside
// ("Al-Muqdadiya District": "al muqdadiya"; "Muhafazat Hadramaout": "hadramaout").
std::string_view own_core(const gazetteer::Index& idx, std::uint32_t e, char (&nb)[text::max_name_bytes]) {
    static constexpr std::string_view generic[] = {" district", " province", " governorate",
                                                   " county", " region", " state", " oblast",
                                                   " municipality", " prefecture"};
    std::string_view own(nb, text::normalize_name(idx.name(e), nb, sizeof nb));
    if (idx.entry(e).feature_class == 'A' && (idx.feature_code(e) == "ADM1" || idx.feature_code(e) == "ADM2"))
        if (std::string_view core = gazetteer::division_name_core(own); !core.empty()) return core;
    for (std::string_view g : generic)
        if (own.size() > g.size() && own.substr(own.size() - g.size()) == g) {
            own.remove_suffix(g.size());
            break;
        }
    return own;
}

bool plain_vowel(char c) { return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u'; }

// A name's form in a fixed buffer (no allocation on the ranking's path).
struct Form {
    char c[text::max_name_bytes];
    std::size_t n = 0;
    void push(char x) {
        if (n < sizeof c) c[n++] = x;
    }
    std::string_view view() const { return {c, n}; }
};

// One word's share of transliteration_form: a glued assimilated article ("ezzor") and a final
// "h" after a vowel off, "q" read "k", an "h" after a consonant dropped ("kh", "sh", "th"),
// each run of vowels (y and w inside the word among them) one "a", doubled letters one.
void word_form(std::string_view t, Form& out) {
    if (t.size() >= 5 && (t[0] == 'a' || t[0] == 'e' || t[0] == 'u') &&
        std::string_view("tdrzsn").find(t[1]) != std::string_view::npos && t[1] == t[2])
        t.remove_prefix(2);
    t = drop_final_h(t);
    std::size_t start = out.n;
    for (std::size_t i = 0; i < t.size(); ++i) {
        char c = t[i] == 'q' ? 'k' : t[i];
        bool glide = (c == 'y' || c == 'w') && i > 0 && i + 1 < t.size();
        bool after_consonant = i > 0 && !plain_vowel(t[i - 1]) && t[i - 1] != 'y' && t[i - 1] != 'w';
        if (c == 'h' && after_consonant) continue;
        if (plain_vowel(c) || glide) c = 'a';
        if (out.n > start && out.c[out.n - 1] == c) continue;
        out.push(c);
    }
}

// The shape two transliterations of one name share (transliteration_variant): the words'
// forms, articles and the Persian ezafe between two words left out.
void transliteration_form(std::string_view s, Form& out) {
    std::size_t i = 0, k = 0;
    while (i < s.size()) {
        std::size_t j = std::min(s.find(' ', i), s.size());
        std::string_view t = s.substr(i, j - i);
        bool last = j >= s.size();
        bool skip = !last && (gazetteer::is_article(t) ||
                              (k > 0 && (t == "e" || t == "i" || t == "ye" || t == "yi")));
        if (!t.empty() && !skip) {
            if (out.n > 0) out.push(' ');
            word_form(t, out);
        }
        ++k;
        i = j + 1;
    }
}

} // namespace

bool transliteration_variant(std::string_view a, std::string_view b) {
    Form fa, fb;
    transliteration_form(a, fa);
    transliteration_form(b, fb);
    return fa.view() == fb.view();
}

bool vowel_variant(std::string_view a, std::string_view b) {
    if (!transliteration_variant(a, b)) return false;
    auto has = [](std::string_view s, char c) { return s.find(c) != std::string_view::npos; };
    bool wa = has(a, 'w'), ya = has(a, 'y'), wb = has(b, 'w'), yb = has(b, 'y');
    return !((wa && !wb && yb && !ya) || (wb && !wa && ya && !yb));
}

bool variant_of_own_name(const gazetteer::Index& idx, std::string_view key, std::uint32_t e) {
    char nb[text::max_name_bytes];
    return transliteration_variant(key, own_core(idx, e, nb));
}

bool unlisted_spelling(const gazetteer::Index& idx, std::string_view key, std::uint32_t e) {
    char nb[text::max_name_bytes];
    std::string_view own = own_core(idx, e, nb);
    if (transliteration_variant(key, own)) return true;
    // (a final "e" after a consonant, in a word of five letters or more: "-pore" for "-pur")
    std::size_t n = key.size();
    bool silent_e = n >= 5 && key[n - 1] == 'e' && !plain_vowel(key[n - 2]) && key[n - 2] != ' ' &&
                    key.substr(key.rfind(' ') == std::string_view::npos ? 0 : key.rfind(' ') + 1).size() >= 5;
    return silent_e && transliteration_variant(key.substr(0, n - 1), own);
}

bool seat_named_by_its_district(const gazetteer::Index& idx, std::string_view key, std::uint32_t e) {
    static constexpr std::string_view word = " district";
    if (idx.entry(e).feature_class != 'P' || idx.feature_code(e) != "PPLA2") return false;
    std::string_view code = idx.admin2_code(e);
    if (code.empty() || key.empty() || key.size() + word.size() > text::max_name_bytes) return false;
    char buf[text::max_name_bytes];
    std::memcpy(buf, key.data(), key.size());
    std::memcpy(buf + key.size(), word.data(), word.size());
    for (std::uint32_t p : idx.exact_postings(std::string_view(buf, key.size() + word.size()))) {
        std::uint32_t d = p >> 4;
        if (idx.entry(d).feature_class == 'A' && idx.feature_code(d) == "ADM2" && idx.admin2_code(d) == code)
            return true;
    }
    return false;
}

bool spelt_alike(const gazetteer::Index& idx, std::string_view key, std::uint32_t e) {
    char nb[text::max_name_bytes];
    std::string_view own = own_core(idx, e, nb);
    std::string_view q = gazetteer::strip_articles(key);
    return spelling_distance(q, gazetteer::strip_articles(own)) <=
           std::max<std::size_t>(1, q.size() / 3);
}

// The entry's own name is the mention in another transliteration: only vowels differ.
bool same_spelling(const gazetteer::Index& idx, std::string_view key, std::uint32_t e) {
    char nb[text::max_name_bytes];
    std::string_view own = own_core(idx, e, nb);
    return spelling_distance(gazetteer::strip_articles(key), gazetteer::strip_articles(own), true) == 0;
}

} // namespace gt::geoparse::detail
