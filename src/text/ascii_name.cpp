#include "text/ascii_name.hpp"

#include "text/utf8.hpp"

#include <utf8proc.h>

#include <algorithm>
#include <iterator>

namespace gt::text {

namespace {

struct Spelling {
    char32_t cp;
    const char* ascii;
};

// Latin letters that Unicode does not decompose to an ASCII letter and a mark: the letters
// "... LETTER X WITH STROKE/HOOK/BAR/CURL/..." of Latin-1 Supplement, Latin Extended-A and -B,
// IPA Extensions and Latin Extended Additional are read as X (as GeoNames' asciiname reads
// "Ł" as "L"), and the letters of their own as their usual spelling: æ ae, œ oe, ß ss, þ th,
// ð d, ŋ ng, ı i, ə e (Azerbaijani), ɛ e and ɔ o (West African languages). Generated from the
// Unicode character names; sorted by code point. Letters with no Latin reading (ezh, yogh,
// wynn, the tone letters, the glottal stops) are not here and stay as written.
constexpr Spelling kSpellings[] = {
    {0x00C6, "AE"}, // Æ latin capital letter ae
    {0x00D0, "D"}, // Ð latin capital letter eth
    {0x00D8, "O"}, // Ø latin capital letter o with stroke
    {0x00DE, "TH"}, // Þ latin capital letter thorn
    {0x00DF, "ss"}, // ß latin small letter sharp s
    {0x00E6, "ae"}, // æ latin small letter ae
    {0x00F0, "d"}, // ð latin small letter eth
    {0x00F8, "o"}, // ø latin small letter o with stroke
    {0x00FE, "th"}, // þ latin small letter thorn
    {0x0110, "D"}, // Đ latin capital letter d with stroke
    {0x0111, "d"}, // đ latin small letter d with stroke
    {0x0126, "H"}, // Ħ latin capital letter h with stroke
    {0x0127, "h"}, // ħ latin small letter h with stroke
    {0x0131, "i"}, // ı latin small letter dotless i
    {0x0138, "k"}, // ĸ latin small letter kra
    {0x013F, "L"}, // Ŀ latin capital letter l with middle dot
    {0x0140, "l"}, // ŀ latin small letter l with middle dot
    {0x0141, "L"}, // Ł latin capital letter l with stroke
    {0x0142, "l"}, // ł latin small letter l with stroke
    {0x014A, "NG"}, // Ŋ latin capital letter eng
    {0x014B, "ng"}, // ŋ latin small letter eng
    {0x0152, "OE"}, // Œ latin capital ligature oe
    {0x0153, "oe"}, // œ latin small ligature oe
    {0x0166, "T"}, // Ŧ latin capital letter t with stroke
    {0x0167, "t"}, // ŧ latin small letter t with stroke
    {0x017F, "s"}, // ſ latin small letter long s
    {0x0180, "b"}, // ƀ latin small letter b with stroke
    {0x0181, "B"}, // Ɓ latin capital letter b with hook
    {0x0182, "B"}, // Ƃ latin capital letter b with topbar
    {0x0183, "b"}, // ƃ latin small letter b with topbar
    {0x0186, "O"}, // Ɔ latin capital letter open o
    {0x0187, "C"}, // Ƈ latin capital letter c with hook
    {0x0188, "c"}, // ƈ latin small letter c with hook
    {0x0189, "D"}, // Ɖ latin capital letter african d
    {0x018A, "D"}, // Ɗ latin capital letter d with hook
    {0x018B, "D"}, // Ƌ latin capital letter d with topbar
    {0x018C, "d"}, // ƌ latin small letter d with topbar
    {0x018E, "E"}, // Ǝ latin capital letter reversed e
    {0x018F, "E"}, // Ə latin capital letter schwa
    {0x0190, "E"}, // Ɛ latin capital letter open e
    {0x0191, "F"}, // Ƒ latin capital letter f with hook
    {0x0192, "f"}, // ƒ latin small letter f with hook
    {0x0193, "G"}, // Ɠ latin capital letter g with hook
    {0x0195, "hv"}, // ƕ latin small letter hv
    {0x0197, "I"}, // Ɨ latin capital letter i with stroke
    {0x0198, "K"}, // Ƙ latin capital letter k with hook
    {0x0199, "k"}, // ƙ latin small letter k with hook
    {0x019A, "l"}, // ƚ latin small letter l with bar
    {0x019D, "N"}, // Ɲ latin capital letter n with left hook
    {0x019E, "n"}, // ƞ latin small letter n with long right leg
    {0x019F, "O"}, // Ɵ latin capital letter o with middle tilde
    {0x01A2, "OI"}, // Ƣ latin capital letter oi
    {0x01A3, "oi"}, // ƣ latin small letter oi
    {0x01A4, "P"}, // Ƥ latin capital letter p with hook
    {0x01A5, "p"}, // ƥ latin small letter p with hook
    {0x01AB, "t"}, // ƫ latin small letter t with palatal hook
    {0x01AC, "T"}, // Ƭ latin capital letter t with hook
    {0x01AD, "t"}, // ƭ latin small letter t with hook
    {0x01AE, "T"}, // Ʈ latin capital letter t with retroflex hook
    {0x01B2, "V"}, // Ʋ latin capital letter v with hook
    {0x01B3, "Y"}, // Ƴ latin capital letter y with hook
    {0x01B4, "y"}, // ƴ latin small letter y with hook
    {0x01B5, "Z"}, // Ƶ latin capital letter z with stroke
    {0x01B6, "z"}, // ƶ latin small letter z with stroke
    {0x01DD, "e"}, // ǝ latin small letter turned e
    {0x01E4, "G"}, // Ǥ latin capital letter g with stroke
    {0x01E5, "g"}, // ǥ latin small letter g with stroke
    {0x01F6, "HV"}, // Ƕ latin capital letter hwair
    {0x01FE, "O"}, // Ǿ latin capital letter o with stroke and acute
    {0x01FF, "o"}, // ǿ latin small letter o with stroke and acute
    {0x0220, "N"}, // Ƞ latin capital letter n with long right leg
    {0x0221, "d"}, // ȡ latin small letter d with curl
    {0x0222, "OU"}, // Ȣ latin capital letter ou
    {0x0223, "ou"}, // ȣ latin small letter ou
    {0x0224, "Z"}, // Ȥ latin capital letter z with hook
    {0x0225, "z"}, // ȥ latin small letter z with hook
    {0x0234, "l"}, // ȴ latin small letter l with curl
    {0x0235, "n"}, // ȵ latin small letter n with curl
    {0x0236, "t"}, // ȶ latin small letter t with curl
    {0x0237, "j"}, // ȷ latin small letter dotless j
    {0x0238, "db"}, // ȸ latin small letter db digraph
    {0x0239, "qp"}, // ȹ latin small letter qp digraph
    {0x023A, "A"}, // Ⱥ latin capital letter a with stroke
    {0x023B, "C"}, // Ȼ latin capital letter c with stroke
    {0x023C, "c"}, // ȼ latin small letter c with stroke
    {0x023D, "L"}, // Ƚ latin capital letter l with bar
    {0x023E, "T"}, // Ⱦ latin capital letter t with diagonal stroke
    {0x023F, "s"}, // ȿ latin small letter s with swash tail
    {0x0240, "z"}, // ɀ latin small letter z with swash tail
    {0x0243, "B"}, // Ƀ latin capital letter b with stroke
    {0x0244, "U"}, // Ʉ latin capital letter u bar
    {0x0246, "E"}, // Ɇ latin capital letter e with stroke
    {0x0247, "e"}, // ɇ latin small letter e with stroke
    {0x0248, "J"}, // Ɉ latin capital letter j with stroke
    {0x0249, "j"}, // ɉ latin small letter j with stroke
    {0x024A, "Q"}, // Ɋ latin capital letter small q with hook tail
    {0x024B, "q"}, // ɋ latin small letter q with hook tail
    {0x024C, "R"}, // Ɍ latin capital letter r with stroke
    {0x024D, "r"}, // ɍ latin small letter r with stroke
    {0x024E, "Y"}, // Ɏ latin capital letter y with stroke
    {0x024F, "y"}, // ɏ latin small letter y with stroke
    {0x0253, "b"}, // ɓ latin small letter b with hook
    {0x0254, "o"}, // ɔ latin small letter open o
    {0x0255, "c"}, // ɕ latin small letter c with curl
    {0x0256, "d"}, // ɖ latin small letter d with tail
    {0x0257, "d"}, // ɗ latin small letter d with hook
    {0x0259, "e"}, // ə latin small letter schwa
    {0x025B, "e"}, // ɛ latin small letter open e
    {0x0260, "g"}, // ɠ latin small letter g with hook
    {0x0266, "h"}, // ɦ latin small letter h with hook
    {0x0268, "i"}, // ɨ latin small letter i with stroke
    {0x026B, "l"}, // ɫ latin small letter l with middle tilde
    {0x026C, "l"}, // ɬ latin small letter l with belt
    {0x026D, "l"}, // ɭ latin small letter l with retroflex hook
    {0x0271, "m"}, // ɱ latin small letter m with hook
    {0x0272, "n"}, // ɲ latin small letter n with left hook
    {0x0273, "n"}, // ɳ latin small letter n with retroflex hook
    {0x027C, "r"}, // ɼ latin small letter r with long leg
    {0x027D, "r"}, // ɽ latin small letter r with tail
    {0x027E, "r"}, // ɾ latin small letter r with fishhook
    {0x0282, "s"}, // ʂ latin small letter s with hook
    {0x0288, "t"}, // ʈ latin small letter t with retroflex hook
    {0x0289, "u"}, // ʉ latin small letter u bar
    {0x028B, "v"}, // ʋ latin small letter v with hook
    {0x0290, "z"}, // ʐ latin small letter z with retroflex hook
    {0x0291, "z"}, // ʑ latin small letter z with curl
    {0x029D, "j"}, // ʝ latin small letter j with crossed-tail
    {0x02A0, "q"}, // ʠ latin small letter q with hook
    {0x1E9A, "a"}, // ẚ latin small letter a with right half ring
    {0x1E9C, "s"}, // ẜ latin small letter long s with diagonal stroke
    {0x1E9D, "s"}, // ẝ latin small letter long s with high stroke
    {0x1E9E, "SS"}, // ẞ latin capital letter sharp s
    {0x1EFA, "LL"}, // Ỻ latin capital letter middle-welsh ll
    {0x1EFB, "ll"}, // ỻ latin small letter middle-welsh ll
    {0x1EFC, "V"}, // Ỽ latin capital letter middle-welsh v
    {0x1EFD, "v"}, // ỽ latin small letter middle-welsh v
    {0x1EFE, "Y"}, // Ỿ latin capital letter y with loop
    {0x1EFF, "y"}, // ỿ latin small letter y with loop
};

const char* spelled_letter(char32_t cp) noexcept {
    switch (cp) { // dashes of typesetting
    case 0x2010: case 0x2011: case 0x2012: case 0x2013: case 0x2014: case 0x2015: case 0x2212:
        return "-";
    default:
        break;
    }
    const auto* end = std::end(kSpellings);
    const auto* it = std::lower_bound(std::begin(kSpellings), end, cp,
                                      [](const Spelling& s, char32_t c) { return s.cp < c; });
    return it != end && it->cp == cp ? it->ascii : nullptr;
}

// ‘ayn and hamza as transliterations write them, and the apostrophes that stand for them:
// dropped ("Ma‘arrat" -> "Maarrat", "Ma’rib" -> "Marib", "Sanʿāʾ" -> "Sanaa").
bool is_ayn_or_hamza(char32_t cp) noexcept {
    switch (cp) {
    case 0x2018: case 0x2019: case 0x201B: case 0x02BB: case 0x02BC: case 0x02BD: case 0x02BE:
    case 0x02BF: case 0x02B9: case 0x02C8: case 0x00B4: case 0x2032:
        return true;
    default:
        return false;
    }
}

bool is_mark(char32_t cp) noexcept {
    switch (utf8proc_category(static_cast<utf8proc_int32_t>(cp))) {
    case UTF8PROC_CATEGORY_MN: case UTF8PROC_CATEGORY_MC: case UTF8PROC_CATEGORY_ME:
        return true;
    default:
        return false;
    }
}

bool is_lower(char32_t cp) noexcept {
    return utf8proc_category(static_cast<utf8proc_int32_t>(cp)) == UTF8PROC_CATEGORY_LL;
}

// A spelled-out capital of two letters is written "Ae" before a small letter ("Ærøskøbing" ->
// "Aeroskobing"), "AE" otherwise ("ÆRØ" -> "AERO").
void append_spelled(std::string& out, const char* s, bool next_is_lower) {
    out += s[0];
    for (std::size_t k = 1; s[k]; ++k)
        out += next_is_lower && s[k] >= 'A' && s[k] <= 'Z' ? static_cast<char>(s[k] - 'A' + 'a') : s[k];
}

// One code point of a name, non-ASCII, appended in its ASCII form when it has one.
void append_folded(std::string& out, char32_t cp, bool next_is_lower) {
    if (is_ayn_or_hamza(cp) || is_mark(cp)) return;
    if (const char* s = spelled_letter(cp)) {
        append_spelled(out, s, next_is_lower);
        return;
    }
    // Canonical and compatibility decomposition: "Ḩ" = H + cedilla below, "ǅ" = D + ž,
    // "ﬁ" = f + i, a no-break space = a space; the marks are then dropped.
    utf8proc_int32_t buf[18];
    utf8proc_int32_t boundclass = 0;
    auto opts = static_cast<utf8proc_option_t>(UTF8PROC_DECOMPOSE | UTF8PROC_COMPAT);
    auto n = utf8proc_decompose_char(static_cast<utf8proc_int32_t>(cp), buf, 18, opts, &boundclass);
    if (n <= 0 || n > 18) return append_utf8(out, cp);
    for (utf8proc_ssize_t k = 0; k < n; ++k) {
        const auto d = static_cast<char32_t>(buf[k]);
        if (d < 0x80) out += static_cast<char>(d);
        else if (is_ayn_or_hamza(d) || is_mark(d)) continue;
        else if (const char* s = spelled_letter(d)) append_spelled(out, s, next_is_lower);
        else append_utf8(out, d); // no Latin reading: kept as written
    }
}

} // namespace

std::string ascii_name(std::string_view name) {
    std::size_t i = 0;
    while (i < name.size() && static_cast<unsigned char>(name[i]) < 0x80) ++i;
    if (i == name.size()) return std::string(name);
    std::string out(name.substr(0, i));
    while (i < name.size()) {
        const auto c = static_cast<unsigned char>(name[i]);
        if (c < 0x80) {
            out += static_cast<char>(c);
            ++i;
            continue;
        }
        const char32_t cp = next_code_point(name, i);
        std::size_t j = i;
        const bool next_is_lower = j < name.size() && is_lower(next_code_point(name, j));
        append_folded(out, cp, next_is_lower);
    }
    return out;
}

} // namespace gt::text
