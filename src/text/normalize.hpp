#pragma once
// Name normalisation for matching: case-folded, diacritics and apostrophes removed,
// punctuation and hyphens turned into single spaces, "&" read as "and".
// "Deïr ez-Zor" -> "deir ez zor", "U.S." -> "us", "Dar'a" -> "dara".

#include <cstddef>
#include <string>
#include <string_view>

namespace gt::text {

/// Longest normalised name handled; longer inputs are cut at a word boundary.
inline constexpr std::size_t max_name_bytes = 256;

/// Writes the normalised form of `in` into out[0..cap) and returns its length.
/// Allocates nothing. The result is valid UTF-8 without leading or trailing spaces.
std::size_t normalize_name(std::string_view in, char* out, std::size_t cap) noexcept;

/// Convenience form that allocates.
std::string normalize_name(std::string_view in);

} // namespace gt::text
