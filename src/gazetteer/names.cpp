#include "gazetteer/names.hpp"

#include "text/word_set.hpp"

#include <algorithm>
#include <array>
#include <cstring>
#include <cstdint>
#include <utility>

namespace gt::gazetteer {

namespace {

// Arabic definite article as transliterated in news and GeoNames, plus its
// sun-letter assimilations ("ad-", "ar-", "as-", "ash-", "az-" ...).
constexpr std::array<std::string_view, 26> articles = {
    "al",  "el",  "il", "ul", "ad", "ed", "ud", "ar", "er",  "ur",  "as", "es", "us",
    "ash", "esh", "az", "ez", "uz", "at", "et", "ut", "ath", "adh", "an", "en", "un"};

bool is_vowel(char c) noexcept {
    return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u' || c == 'y' || c == 'w';
}

bool is_sun_letter(char c) noexcept {
    return c == 't' || c == 'd' || c == 'r' || c == 'z' || c == 's' || c == 'n' || c == 'l';
}

bool ascii_word(std::string_view t) noexcept {
    for (char c : t)
        if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'))) return false;
    return true;
}

// Appends the consonant skeleton of one token: vowels (and y, w) dropped, digraphs and
// q/c folded, doubled letters collapsed. Keeps the first letter when all would vanish.
void skeleton(std::string_view t, char* out, std::size_t cap, std::size_t& len) noexcept {
    // A final h after a vowel is a ta marbuta ("Raqqah", "Hasakah").
    if (t.size() > 3 && t.back() == 'h' && is_vowel(t[t.size() - 2])) t.remove_suffix(1);
    std::size_t start = len;
    char last = 0;
    // A word-initial vowel stays, as one marker: "Idlib" = "Edlib" ("adlb"), but "Iraq"
    // ("ark") is not "Raqqa" ("rk").
    if (!t.empty() && (t[0] == 'a' || t[0] == 'e' || t[0] == 'i' || t[0] == 'o' || t[0] == 'u')) {
        if (len < cap) out[len++] = 'a';
    }
    for (std::size_t i = 0; i < t.size(); ++i) {
        char c = t[i];
        char n = i + 1 < t.size() ? t[i + 1] : 0;
        char m = 0;
        if (c >= '0' && c <= '9') {
            m = c;
        } else if (is_vowel(c) && !(i == 0 && (c == 'y' || c == 'w'))) {
            // y and w are vowels inside a word ("Dayr", "Zawr") but not at its start ("York")
            last = 0; // a vowel separates letters: "deir" keeps d and r apart
            continue;
        } else if ((c == 'k' || c == 'g' || c == 'd' || c == 't' || c == 'z' || c == 'p') &&
                   n == 'h') {
            m = c == 'p' ? 'f' : (c == 'g' ? 'g' : (c == 'k' ? 'k' : c));
            ++i;
        } else if ((c == 's' || c == 'c') && n == 'h') {
            m = 's';
            ++i;
        } else if (c == 'c' && n == 'k') {
            m = 'k';
            ++i;
        } else if (c == 'q' || c == 'c') {
            m = 'k';
        } else if (c == 'd' && n == 'j') {
            m = 'j';
            ++i;
        } else if (c == 'n' && (n == 'b' || n == 'p')) {
            m = 'm'; // said "m" before a b or p, and often so written: "Gudunbali" = "Gudumbali"
        } else {
            m = c;
        }
        if (m == last && len > start) continue;
        if (len < cap) out[len++] = m;
        last = m;
    }
    if (len == start && !t.empty() && len < cap) out[len++] = t[0];
}

} // namespace

bool is_article(std::string_view t) noexcept {
    // every article is two or three letters, starting with a vowel
    if (t.size() < 2 || t.size() > 3 || (t[0] != 'a' && t[0] != 'e' && t[0] != 'i' && t[0] != 'u'))
        return false;
    static const text::WordSet set(articles.begin(), articles.end());
    return set.count(t) != 0;
}

std::size_t and_key(std::string_view key, char* out, std::size_t cap) noexcept {
    // most keys have no inner "wa" or "va" word: nothing to write
    if (key.find(" wa ") == std::string_view::npos && key.find(" va ") == std::string_view::npos) return 0;
    std::size_t n = 0;
    bool changed = false;
    std::size_t i = 0;
    while (i < key.size()) {
        std::size_t sp = key.find(' ', i);
        std::size_t end = sp == std::string_view::npos ? key.size() : sp;
        std::string_view w = key.substr(i, end - i);
        // (an inner word only: "Wa" is a town of Ghana)
        bool inner = i > 0 && end < key.size();
        if (inner && (w == "wa" || w == "va")) w = "and", changed = true;
        if (n + w.size() + 1 > cap) return 0;
        if (n > 0) out[n++] = ' ';
        std::memcpy(out + n, w.data(), w.size());
        n += w.size();
        i = end + 1;
    }
    return changed ? n : 0;
}

std::size_t loose_key(std::string_view s, char* out, std::size_t cap) noexcept {
    // Split into tokens (the input is normalised: single spaces, lower case).
    std::array<std::string_view, 16> tok{};
    std::size_t n = 0;
    std::size_t i = 0;
    while (i < s.size() && n < tok.size()) {
        std::size_t j = s.find(' ', i);
        if (j == std::string_view::npos) j = s.size();
        if (j > i) tok[n++] = s.substr(i, j - i);
        i = j + 1;
    }
    if (n == 0) return 0;
    std::size_t len = 0;
    bool any = false;
    for (std::size_t k = 0; k < n; ++k) {
        std::string_view t = tok[k];
        if (!ascii_word(t)) return 0; // other scripts keep only their exact key
        // A standalone article before another word goes ("deir ez zor", "al raqqa"), and so
        // does a Persian ezafe between two words, written apart or glued to the first word's
        // vowel: "Nahr-e Saraj" = "Nahri Saraj", "Khan-e Chahar Bagh" = "Khani Chahar Bagh".
        if (k + 1 < n && is_article(t)) continue;
        if (k > 0 && k + 1 < n && (t == "e" || t == "i" || t == "ye" || t == "yi")) continue;
        // A glued, assimilated article: "ezzor" -> "zor", "arraqqa" -> "raqqa".
        if (t.size() >= 5 && (t[0] == 'a' || t[0] == 'e' || t[0] == 'u') && is_sun_letter(t[1]) &&
            t[2] == t[1])
            t.remove_prefix(2);
        else if (t.size() >= 7 && t[0] == 'a' && t[1] == 's' && t[2] == 'h' && t[3] == 's' &&
                 t[4] == 'h')
            t.remove_prefix(3);
        // an assimilated article glued with one letter, after the first word: "Deir Ezour"
        // ("Deir ez-Zour"), "Ras Esoud"; not before l, where names start with El ("Santa Elena")
        else if (k > 0 && t.size() >= 5 && t[0] == 'e' && is_sun_letter(t[1]) && t[1] != 'l' &&
                 is_vowel(t[2]) && t[2] != 'y' && t[2] != 'w')
            t.remove_prefix(1);
        if (any && len < cap) out[len++] = ' ';
        skeleton(t, out, cap, len);
        any = true;
    }
    return len;
}

std::string_view strip_articles(std::string_view s) noexcept {
    while (true) {
        auto sp = s.find(' ');
        if (sp == std::string_view::npos || !is_article(s.substr(0, sp))) return s;
        s.remove_prefix(sp + 1);
    }
}

std::size_t edit_distance(std::string_view a, std::string_view b) noexcept {
    constexpr std::size_t cap = 64;
    a = a.substr(0, cap);
    b = b.substr(0, cap);
    // A common beginning and ending change no distance: only the middle is compared ("raqqa",
    // "raqqah": one letter against none). Spellings of one name differ in a few letters.
    while (!a.empty() && !b.empty() && a.front() == b.front()) {
        a.remove_prefix(1);
        b.remove_prefix(1);
    }
    while (!a.empty() && !b.empty() && a.back() == b.back()) {
        a.remove_suffix(1);
        b.remove_suffix(1);
    }
    if (a.empty() || b.empty()) return a.size() + b.size();
    // Two rows, swapped rather than copied, and only their first b.size() + 1 cells used.
    std::array<std::uint32_t, cap + 1> row0, row1;
    std::uint32_t* prev = row0.data();
    std::uint32_t* cur = row1.data();
    for (std::size_t j = 0; j <= b.size(); ++j)
        prev[j] = static_cast<std::uint32_t>(j);
    for (std::size_t i = 1; i <= a.size(); ++i) {
        cur[0] = static_cast<std::uint32_t>(i);
        for (std::size_t j = 1; j <= b.size(); ++j) {
            std::uint32_t sub = prev[j - 1] + (a[i - 1] != b[j - 1] ? 1 : 0);
            std::uint32_t del = prev[j] + 1, ins = cur[j - 1] + 1;
            cur[j] = sub < del ? (sub < ins ? sub : ins) : (del < ins ? del : ins);
        }
        std::swap(prev, cur);
    }
    return prev[b.size()];
}

std::string loose_key(std::string_view normalised) {
    char buf[256];
    return std::string(buf, loose_key(normalised, buf, sizeof buf));
}

namespace {
// The generic words of division names, each with the level it most often names (a lookup
// accepts either level: districts are first-level in Uganda, departments in Colombia).
constexpr std::array<std::string_view, 25> admin1_words = {
    "governorate", "province", "provinces", "region",     "state",      "oblast",  "prefecture",
    "wilaya",      "wilayah",  "wilayat",   "muhafazah",  "muhafazat",  "emirate", "canton",
    "voivodeship", "krai",     "kray",      "department", "departement", "division", "okrug",
    "governorship", "territory", "commune", "mintaqah"};
constexpr std::array<std::string_view, 10> admin2_words = {
    "county", "district", "municipality", "raion", "rayon", "parish", "regency", "kabupaten",
    "township", "subdistrict"};
// Words that come before the name without "of" ("Wilayat Nizwa", "Kabupaten Bandung").
constexpr std::array<std::string_view, 6> leading_words = {"wilaya", "wilayah", "wilayat", "muhafazah",
                                                           "muhafazat", "kabupaten"};

DivisionLevel level_of(std::string_view w) noexcept {
    for (auto a : admin1_words)
        if (a == w) return DivisionLevel::admin1;
    for (auto a : admin2_words)
        if (a == w) return DivisionLevel::admin2;
    return DivisionLevel::none;
}

// Words that name no place on their own: a division called "Eastern Province" or "Federal
// District" is not indexed as "Eastern" or "Federal".
const text::WordSet& vague_words() {
    static const text::WordSet words = {
    "north", "south", "east", "west", "northern", "southern", "eastern", "western", "central",
    "centre", "center", "northeast", "northwest", "southeast", "southwest", "north-east",
    "north-west", "south-east", "south-west", "upper", "lower", "middle", "capital", "federal",
    "national", "greater", "new", "special", "autonomous", "metropolitan", "city", "coast",
    "coastal", "islands", "island", "interior", "far", "the", "of", "and"};
    return words;
}

bool vague(std::string_view core) noexcept {
    std::size_t i = 0;
    while (i < core.size()) {
        std::size_t j = core.find(' ', i);
        if (j == std::string_view::npos) j = core.size();
        std::string_view w = core.substr(i, j - i);
        if (!w.empty() && vague_words().count(w) == 0) return false;
        i = j + 1;
    }
    return true;
}
} // namespace

bool names_nothing_alone(std::string_view normalised) noexcept {
    return !normalised.empty() && vague(normalised);
}

DivisionLevel split_division_word(std::string_view s, std::string_view& core) noexcept {
    // "X governorate"
    if (auto sp = s.rfind(' '); sp != std::string_view::npos) {
        auto lvl = level_of(s.substr(sp + 1));
        if (lvl != DivisionLevel::none) {
            core = s.substr(0, sp);
            return lvl;
        }
    }
    // "governorate of X", "province of X"
    if (auto sp = s.find(" of "); sp != std::string_view::npos) {
        auto lvl = level_of(s.substr(0, sp));
        if (lvl != DivisionLevel::none && sp + 4 < s.size()) {
            core = s.substr(sp + 4);
            return lvl;
        }
    }
    // "wilayat X", "muhafazat X", "kabupaten X"
    if (auto sp = s.find(' '); sp != std::string_view::npos && sp + 1 < s.size()) {
        for (auto w : leading_words)
            if (s.substr(0, sp) == w) {
                core = s.substr(sp + 1);
                return level_of(w);
            }
    }
    return DivisionLevel::none;
}

namespace {
// Generic words in the local languages of GeoNames' division names, taken off for indexing
// only ("Amphoe Mueang Chiang Mai", "Çankaya İlçesi", "Comuna Bucium", "Powiat Xyz").
constexpr std::array<std::string_view, 12> local_trailing = {
    "ilcesi", "shi", "kommun", "kommune", "tumani", "jaras", "pagasts", "audany", "vald", "gun",
    "sum", "okres"};
constexpr std::array<std::string_view, 16> local_leading = {
    "comuna", "municipio", "amphoe", "huyen", "provincia", "departamento", "shahrestan e",
    "powiat", "gemeente", "obshtina", "okres", "partido", "markaz", "municipality of",
    "gorodskoy okrug", "distrito"};

// Generic words of French, Spanish, Portuguese and Italian division names that come before
// the name with an article ("Province du Loroum", "Cercle de Bandiagara", "Municipio de
// Tumaco", "Provincia di Roma", "Daïra de Bordj", "Komuna e Tiranës").
constexpr std::array<std::string_view, 22> romance_leading = {
    "province", "provincia", "region", "regione", "prefecture", "sous prefecture", "departement",
    "departamento", "daira", "arrondissement", "cercle", "commune", "comuna", "municipio",
    "partido", "distrito", "caza", "gouvernorat", "wilaya", "circonscription", "komuna",
    "municipalite"};
// The articles and prepositions between such a word and the name, longest first.
constexpr std::array<std::string_view, 18> romance_articles = {
    "de la ", "de las ", "de los ", "de l ", "des ", "du ", "de ", "d ", "della ", "dello ",
    "degli ", "del ", "dei ", "di ", "dos ", "das ", "do ", "da "};

// "province du loroum" -> "loroum"; "komuna e tiranes" -> "tiranes"; empty if `s` has no such
// form.
std::string_view romance_core(std::string_view s) noexcept {
    for (auto w : romance_leading) {
        if (s.size() <= w.size() + 1 || s.substr(0, w.size()) != w || s[w.size()] != ' ') continue;
        std::string_view rest = s.substr(w.size() + 1);
        if (w == "komuna" && rest.substr(0, 2) == "e ") return rest.substr(2);
        for (auto a : romance_articles)
            if (rest.size() > a.size() && rest.substr(0, a.size()) == a) {
                std::string_view core = rest.substr(a.size());
                bool article = core == "la" || core == "las" || core == "los" || core == "l" ||
                               core == "le" || core == "les";
                return article ? std::string_view{} : core;
            }
    }
    return {};
}

std::string_view local_core(std::string_view s) noexcept {
    if (auto sp = s.rfind(' '); sp != std::string_view::npos)
        for (auto w : local_trailing)
            if (s.substr(sp + 1) == w) return s.substr(0, sp);
    if (auto core = romance_core(s); !core.empty()) return core;
    for (auto w : local_leading)
        if (s.size() > w.size() + 1 && s.substr(0, w.size()) == w && s[w.size()] == ' ')
            return s.substr(w.size() + 1);
    return {};
}
} // namespace

std::string_view division_name_core(std::string_view s) noexcept {
    std::string_view core;
    if (split_division_word(s, core) == DivisionLevel::none) core = local_core(s);
    if (core.empty() || vague(core)) return {};
    // "Province of X" gives X, but "District of Columbia" is not Columbia (a city elsewhere):
    // of the "W of X" forms only those of words that name nothing else.
    std::string_view first = s.substr(0, s.find(' '));
    if (s.size() > first.size() + 4 && s.substr(first.size(), 4) == " of " &&
        s.substr(s.size() - core.size()) == core && first != "municipality") {
        constexpr std::array<std::string_view, 6> of_words = {"province", "governorate", "prefecture",
                                                              "oblast", "wilaya", "wilayat"};
        if (std::find(of_words.begin(), of_words.end(), first) == of_words.end()) return {};
    }
    return core;
}

} // namespace gt::gazetteer
