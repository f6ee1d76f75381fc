#include "text/normalize.hpp"

#include "text/utf8.hpp"

#include <utf8proc.h>

#include <array>

namespace gt::text {

namespace {

// Letters that Unicode does not decompose to a base letter but that readers treat as one.
const char* special_letter(char32_t cp) noexcept {
    switch (cp) {
    case U'ø': case U'Ø': return "o";
    case U'æ': case U'Æ': return "ae";
    case U'œ': case U'Œ': return "oe";
    case U'đ': case U'Đ': case U'ð': case U'Ð': return "d";
    case U'ł': case U'Ł': return "l";
    case U'ı': return "i";
    case U'þ': case U'Þ': return "th";
    case U'ß': return "ss";
    case U'ħ': case U'Ħ': return "h";
    default: return nullptr;
    }
}

// Apostrophe-like marks vanish inside names ("Dar'a", "Ma‘arrat", "Sanaʽa").
bool is_apostrophe(char32_t cp) noexcept {
    switch (cp) {
    case U'\'': case U'`': case 0x2018: case 0x2019: case 0x02BC: case 0x02BB: case 0x02BD:
    case 0x02BE: case 0x02BF: case 0x02B9: case 0x00B4: case 0x02C8: case 0x2032:
        return true;
    default:
        return false;
    }
}

struct Writer {
    char* out;
    std::size_t cap;
    std::size_t len = 0;
    bool pending_space = false;
    bool full = false;
    bool cut_inside_word = false; // the overflowing bytes continued the last word

    void put_bytes(const char* s, std::size_t n) noexcept {
        if (full) return;
        std::size_t need = n + (pending_space && len > 0 ? 1 : 0);
        if (len + need > cap) {
            full = true;
            cut_inside_word = !(pending_space && len > 0);
            return;
        }
        if (pending_space && len > 0) out[len++] = ' ';
        pending_space = false;
        for (std::size_t k = 0; k < n; ++k) out[len++] = s[k];
    }
    void put_cp(char32_t cp) noexcept {
        utf8proc_uint8_t buf[4];
        auto n = utf8proc_encode_char(static_cast<utf8proc_int32_t>(cp), buf);
        put_bytes(reinterpret_cast<const char*>(buf), static_cast<std::size_t>(n));
    }
    void space() noexcept { pending_space = true; }
};

void emit_non_ascii(Writer& w, char32_t cp) noexcept {
    if (is_apostrophe(cp) || cp == 0x0640) return; // 0640: Arabic tatweel (kashida), a stretch
    if (const char* s = special_letter(cp)) {
        std::size_t n = 0;
        while (s[n]) ++n;
        w.put_bytes(s, n);
        return;
    }
    utf8proc_int32_t buf[8];
    utf8proc_int32_t last_boundclass = 0;
    auto opts = static_cast<utf8proc_option_t>(UTF8PROC_DECOMPOSE | UTF8PROC_COMPAT |
                                               UTF8PROC_CASEFOLD | UTF8PROC_STRIPMARK);
    auto n = utf8proc_decompose_char(static_cast<utf8proc_int32_t>(cp), buf, 8, opts,
                                     &last_boundclass);
    if (n < 0 || n > 8) return;
    for (utf8proc_ssize_t k = 0; k < n; ++k) {
        char32_t d = static_cast<char32_t>(buf[k]);
        if (d < 0x80) {
            char c = static_cast<char>(d);
            if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) w.put_bytes(&c, 1);
            else if (c >= 'A' && c <= 'Z') {
                c = static_cast<char>(c - 'A' + 'a');
                w.put_bytes(&c, 1);
            } else if (!is_apostrophe(d)) w.space();
            continue;
        }
        if (is_apostrophe(d)) continue;
        switch (utf8proc_category(static_cast<utf8proc_int32_t>(d))) {
        case UTF8PROC_CATEGORY_LU: case UTF8PROC_CATEGORY_LL: case UTF8PROC_CATEGORY_LT:
        case UTF8PROC_CATEGORY_LM: case UTF8PROC_CATEGORY_LO: case UTF8PROC_CATEGORY_ND:
        case UTF8PROC_CATEGORY_NL: case UTF8PROC_CATEGORY_NO:
            if (const char* s = special_letter(d)) {
                std::size_t len = 0;
                while (s[len]) ++len;
                w.put_bytes(s, len);
            } else {
                w.put_cp(d);
            }
            break;
        case UTF8PROC_CATEGORY_MN: case UTF8PROC_CATEGORY_MC: case UTF8PROC_CATEGORY_ME:
        case UTF8PROC_CATEGORY_CF:
            break; // marks and format characters (ZWJ, tatweel-like) vanish
        default:
            w.space();
        }
    }
}

// An ASCII letter or digit lower-cased, by byte; 0 for every other byte (the fast path).
constexpr std::array<char, 256> plain_lower_table() {
    std::array<char, 256> t{};
    for (int c = '0'; c <= '9'; ++c) t[static_cast<std::size_t>(c)] = static_cast<char>(c);
    for (int c = 'a'; c <= 'z'; ++c) t[static_cast<std::size_t>(c)] = static_cast<char>(c);
    for (int c = 'A'; c <= 'Z'; ++c) t[static_cast<std::size_t>(c)] = static_cast<char>(c - 'A' + 'a');
    return t;
}
constexpr std::array<char, 256> plain_lower = plain_lower_table();

} // namespace

std::size_t normalize_name(std::string_view in, char* out, std::size_t cap) noexcept {
    // The common case, a word of ASCII letters and digits that fits: lower-cased as it is.
    // Otherwise the slow path goes on after the letters and digits already written (it writes
    // them alike: no space is pending before the first other character).
    std::size_t plain = 0;
    if (in.size() <= cap) {
        for (char c : in) {
            const char l = plain_lower[static_cast<unsigned char>(c)];
            if (l == 0) break;
            out[plain++] = l;
        }
        if (plain == in.size()) return plain;
    }
    Writer w{out, cap, plain};
    std::size_t i = plain;
    while (i < in.size() && !w.full) {
        auto c = static_cast<unsigned char>(in[i]);
        if (c < 0x80) {
            ++i;
            if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
                char ch = static_cast<char>(c);
                w.put_bytes(&ch, 1);
            } else if (c >= 'A' && c <= 'Z') {
                char ch = static_cast<char>(c - 'A' + 'a');
                w.put_bytes(&ch, 1);
            } else if (c == '\'' || c == '`' || c == '.') {
                // apostrophes vanish; so do dots inside abbreviations ("U.S.", "St.")
            } else if (c == '&') {
                w.space();
                w.put_bytes("and", 3);
                w.space();
            } else {
                w.space();
            }
            continue;
        }
        emit_non_ascii(w, next_code_point(in, i));
    }
    if (w.full && w.cut_inside_word) {
        // Cut back to the last complete word so the key stays meaningful and valid UTF-8.
        std::size_t n = w.len;
        while (n > 0 && out[n - 1] != ' ') --n;
        while (n > 0 && out[n - 1] == ' ') --n;
        return n;
    }
    return w.len;
}

std::string normalize_name(std::string_view in) {
    char buf[max_name_bytes];
    std::size_t n = normalize_name(in, buf, sizeof buf);
    return std::string(buf, n);
}

} // namespace gt::text
