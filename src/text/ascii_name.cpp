#include "text/ascii_name.hpp"

#include "text/utf8.hpp"

#include <utf8proc.h>

namespace gt::text {

namespace {

// Letters that Unicode does not decompose to a Latin base letter, spelled as GeoNames'
// asciiname spells them; case kept.
const char* spelled_letter(char32_t cp) noexcept {
    switch (cp) {
    case U'ø': return "o";
    case U'Ø': return "O";
    case U'æ': return "ae";
    case U'Æ': return "AE";
    case U'œ': return "oe";
    case U'Œ': return "OE";
    case U'đ': case U'ð': return "d";
    case U'Đ': case U'Ð': return "D";
    case U'ł': return "l";
    case U'Ł': return "L";
    case U'ı': return "i";
    case U'þ': return "th";
    case U'Þ': return "Th";
    case U'ß': return "ss";
    case U'ẞ': return "SS";
    case U'ħ': return "h";
    case U'Ħ': return "H";
    case U'ŧ': return "t";
    case U'Ŧ': return "T";
    case U'ŋ': return "ng";
    case U'Ŋ': return "NG";
    case U'ĸ': return "k";
    case U'ſ': return "s";
    case U'ƒ': return "f";
    case U'ə': return "e";
    case U'Ə': return "E";
    case U'ɨ': return "i";
    case U'Ɨ': return "I";
    case U'ʉ': return "u";
    case U'ɛ': return "e";
    case U'Ɛ': return "E";
    case U'ɔ': return "o";
    case U'Ɔ': return "O";
    // dashes and spaces of typesetting
    case 0x2010: case 0x2011: case 0x2012: case 0x2013: case 0x2014: case 0x2015: case 0x2212:
        return "-";
    default:
        return nullptr;
    }
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

// One code point of a name, non-ASCII, appended in its ASCII form when it has one.
void append_folded(std::string& out, char32_t cp) {
    if (is_ayn_or_hamza(cp) || is_mark(cp)) return;
    if (const char* s = spelled_letter(cp)) {
        out += s;
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
        else if (const char* s = spelled_letter(d)) out += s;
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
        append_folded(out, next_code_point(name, i));
    }
    return out;
}

} // namespace gt::text
