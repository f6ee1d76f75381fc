#pragma once
// UTF-8 decoding, repair and offset conversion. JSON outputs count offsets in Unicode
// code points (as Python and the scorers do); the pipeline works on bytes.

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace gt::text {

/// Decodes the code point at s[i]; advances i past it. Invalid or truncated sequences
/// yield U+FFFD and advance by one byte, so every byte string can be walked.
char32_t next_code_point(std::string_view s, std::size_t& i) noexcept;

/// Appends the UTF-8 encoding of cp (U+FFFD for surrogates and values past U+10FFFF).
void append_utf8(std::string& out, char32_t cp);

/// True when s is well-formed UTF-8 (no overlongs, surrogates or truncation).
bool is_valid_utf8(std::string_view s) noexcept;

/// The byte order of a leading UTF-16 byte order mark: 'L' (FF FE), 'B' (FE FF), or 0.
char utf16_bom(std::string_view s) noexcept;

/// Decodes UTF-16 text that starts with a byte order mark (utf16_bom(s) != 0) to UTF-8, the
/// mark dropped; an unpaired surrogate or an odd last byte becomes U+FFFD.
std::string utf16_to_utf8(std::string_view s);

/// Returns s as valid UTF-8: UTF-16 with a byte order mark is decoded (utf16_to_utf8); a
/// leading UTF-8 BOM is dropped; valid UTF-8 sequences are kept and every byte that is not
/// part of one is read as Windows-1252/Latin-1 (the usual scraper mishap), or becomes U+FFFD
/// where that code page has no character. `repaired` tells whether anything changed besides
/// the BOM and the UTF-16 decoding.
std::string to_valid_utf8(std::string_view s, bool* repaired = nullptr);

/// Number of code points in s.
std::size_t code_point_count(std::string_view s) noexcept;

/// Converts increasing byte offsets into code-point offsets in one pass over the text.
/// Offsets may be asked in any order; asking in increasing order costs O(total length).
class OffsetMap {
  public:
    explicit OffsetMap(std::string_view text) noexcept : text_(text) {}
    std::size_t to_code_points(std::size_t byte_offset) noexcept;
    /// The byte offset of a code-point offset (for inputs given in code points).
    std::size_t to_bytes(std::size_t cp_offset) noexcept;

  private:
    std::string_view text_;
    std::size_t byte_ = 0;
    std::size_t cp_ = 0;
};

} // namespace gt::text
