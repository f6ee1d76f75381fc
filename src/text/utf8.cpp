#include "text/utf8.hpp"

#include <bit>
#include <cstdint>
#include <cstring>

namespace gt::text {

namespace {
constexpr char32_t replacement = 0xFFFD;

inline bool is_cont(unsigned char c) noexcept { return (c & 0xC0) == 0x80; }

// Windows-1252 0x80..0x9F; 0 marks the five undefined positions.
constexpr char16_t cp1252_high[32] = {
    0x20AC, 0,      0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
    0x2039, 0x0152, 0,      0x017D, 0,      0,      0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
    0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0,      0x017E, 0x0178};
} // namespace

char32_t next_code_point(std::string_view s, std::size_t& i) noexcept {
    const auto* p = reinterpret_cast<const unsigned char*>(s.data());
    const std::size_t n = s.size();
    unsigned char c = p[i];
    if (c < 0x80) {
        ++i;
        return c;
    }
    int len = 0;
    char32_t cp = 0;
    char32_t min = 0;
    if ((c & 0xE0) == 0xC0) {
        len = 2, cp = c & 0x1F, min = 0x80;
    } else if ((c & 0xF0) == 0xE0) {
        len = 3, cp = c & 0x0F, min = 0x800;
    } else if ((c & 0xF8) == 0xF0) {
        len = 4, cp = c & 0x07, min = 0x10000;
    } else {
        ++i;
        return replacement;
    }
    if (i + static_cast<std::size_t>(len) > n) {
        ++i;
        return replacement;
    }
    for (int k = 1; k < len; ++k) {
        unsigned char cc = p[i + static_cast<std::size_t>(k)];
        if (!is_cont(cc)) {
            ++i;
            return replacement;
        }
        cp = (cp << 6) | (cc & 0x3F);
    }
    if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) {
        ++i;
        return replacement;
    }
    i += static_cast<std::size_t>(len);
    return cp;
}

void append_utf8(std::string& out, char32_t cp) {
    if (cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) cp = replacement;
    if (cp < 0x80) {
        out.push_back(static_cast<char>(cp));
    } else if (cp < 0x800) {
        out.push_back(static_cast<char>(0xC0 | (cp >> 6)));
        out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
    } else if (cp < 0x10000) {
        out.push_back(static_cast<char>(0xE0 | (cp >> 12)));
        out.push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
        out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
    } else {
        out.push_back(static_cast<char>(0xF0 | (cp >> 18)));
        out.push_back(static_cast<char>(0x80 | ((cp >> 12) & 0x3F)));
        out.push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
        out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
    }
}

bool is_valid_utf8(std::string_view s) noexcept {
    std::size_t i = 0;
    while (i < s.size()) {
        // Runs of ASCII, eight bytes at a time.
        while (i + 8 <= s.size()) {
            std::uint64_t w;
            std::memcpy(&w, s.data() + i, 8);
            if (w & 0x8080808080808080ull) break;
            i += 8;
        }
        if (i >= s.size()) break;
        if (static_cast<unsigned char>(s[i]) < 0x80) {
            ++i;
            continue;
        }
        std::size_t before = i;
        char32_t cp = next_code_point(s, i);
        if (cp == replacement) {
            // A genuine U+FFFD is three bytes EF BF BD; anything else was invalid.
            if (i - before != 3) return false;
        }
    }
    return true;
}

char utf16_bom(std::string_view s) noexcept {
    if (s.size() < 2) return 0;
    const auto a = static_cast<unsigned char>(s[0]), b = static_cast<unsigned char>(s[1]);
    if (a == 0xFF && b == 0xFE) return 'L';
    if (a == 0xFE && b == 0xFF) return 'B';
    return 0;
}

std::string utf16_to_utf8(std::string_view s) {
    const bool little = utf16_bom(s) == 'L';
    auto unit = [&](std::size_t i) -> char32_t {
        const auto lo = static_cast<unsigned char>(s[little ? i : i + 1]);
        const auto hi = static_cast<unsigned char>(s[little ? i + 1 : i]);
        return static_cast<char32_t>(hi << 8 | lo);
    };
    std::string out;
    out.reserve(s.size() / 2 + s.size() / 8);
    std::size_t i = utf16_bom(s) ? 2 : 0;
    for (; i + 1 < s.size(); i += 2) {
        char32_t u = unit(i);
        if (u >= 0xD800 && u <= 0xDBFF && i + 3 < s.size()) {
            const char32_t low = unit(i + 2);
            if (low >= 0xDC00 && low <= 0xDFFF) {
                append_utf8(out, 0x10000 + ((u - 0xD800) << 10) + (low - 0xDC00));
                i += 2;
                continue;
            }
        }
        append_utf8(out, u); // an unpaired surrogate becomes U+FFFD there
    }
    if (i < s.size()) append_utf8(out, replacement);
    return out;
}

std::string to_valid_utf8(std::string_view s, bool* repaired) {
    if (utf16_bom(s)) {
        // A real user's file (Windows "Unicode" text): decode it rather than refuse it.
        std::string decoded = utf16_to_utf8(s);
        if (repaired) *repaired = false;
        return decoded;
    }
    if (s.size() >= 3 && static_cast<unsigned char>(s[0]) == 0xEF &&
        static_cast<unsigned char>(s[1]) == 0xBB && static_cast<unsigned char>(s[2]) == 0xBF) {
        s.remove_prefix(3);
    }
    if (repaired) *repaired = false;
    if (is_valid_utf8(s)) return std::string(s);
    if (repaired) *repaired = true;
    // Keep every valid UTF-8 sequence; read each stray byte as Windows-1252 (the usual
    // scraper mishap: Latin-1 text, or one Latin-1 byte inside UTF-8), U+FFFD where that
    // code page has no character.
    std::string out;
    out.reserve(s.size() + s.size() / 8);
    std::size_t i = 0;
    while (i < s.size()) {
        std::size_t before = i;
        char32_t cp = next_code_point(s, i);
        if (cp != replacement || i - before == 3) {
            out.append(s.substr(before, i - before));
            continue;
        }
        auto c = static_cast<unsigned char>(s[before]);
        if (c >= 0xA0) append_utf8(out, c);
        else if (c >= 0x80 && cp1252_high[c - 0x80] != 0) append_utf8(out, cp1252_high[c - 0x80]);
        else append_utf8(out, replacement);
    }
    return out;
}

std::size_t code_point_count(std::string_view s) noexcept {
    // eight bytes at a time: a continuation byte is 10xxxxxx (bit 7 set, bit 6 clear)
    std::size_t n = 0, i = 0;
    for (; i + 8 <= s.size(); i += 8) {
        std::uint64_t x;
        std::memcpy(&x, s.data() + i, 8);
        n += 8 - static_cast<std::size_t>(std::popcount(x & ~(x << 1) & 0x8080808080808080ull));
    }
    for (; i < s.size(); ++i) n += !is_cont(static_cast<unsigned char>(s[i]));
    return n;
}

std::size_t OffsetMap::to_code_points(std::size_t byte_offset) noexcept {
    if (byte_offset > text_.size()) byte_offset = text_.size();
    if (byte_offset < byte_) {
        // back: from the cursor when it is nearer than the start (offsets come out of order)
        if (byte_ - byte_offset < byte_offset) {
            for (; byte_ > byte_offset; --byte_)
                cp_ -= !is_cont(static_cast<unsigned char>(text_[byte_ - 1]));
            return cp_;
        }
        byte_ = 0, cp_ = 0;
    }
    cp_ += code_point_count(text_.substr(byte_, byte_offset - byte_));
    byte_ = byte_offset;
    return cp_;
}

std::size_t OffsetMap::to_bytes(std::size_t cp_offset) noexcept {
    if (cp_offset < cp_) byte_ = 0, cp_ = 0;
    while (byte_ < text_.size()) {
        if (!is_cont(static_cast<unsigned char>(text_[byte_]))) {
            if (cp_ == cp_offset) return byte_;
            ++cp_;
        }
        ++byte_;
    }
    // Past the end: settle the cursor on the end of the text.
    return text_.size();
}

} // namespace gt::text
