#pragma once
// The cheap hash of a word shared by the hot tables: text::WordSet and text::WordMap (the
// lexicon and the recogniser's memos) and SharedStrTable (core/shared_str.hpp). Plain data:
// core/ includes nothing of ours.

#include <bit>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string_view>
#include <type_traits>

namespace gt {

namespace word_hashing { // (the pieces of word_hash; not "detail": the tests use gt and gt::events)
constexpr std::uint64_t byte(std::string_view w, std::size_t i) noexcept {
    return static_cast<unsigned char>(w[i]);
}
/// Four bytes as a little-endian number: one load at run time on a little-endian machine.
constexpr std::uint64_t load4(std::string_view w, std::size_t i) noexcept {
    if (!std::is_constant_evaluated() && std::endian::native == std::endian::little) {
        std::uint32_t v;
        std::memcpy(&v, w.data() + i, sizeof v);
        return v;
    }
    return byte(w, i) | byte(w, i + 1) << 8 | byte(w, i + 2) << 16 | byte(w, i + 3) << 24;
}
constexpr std::uint64_t mix(std::uint64_t h, std::uint64_t mul) noexcept {
    h *= mul;
    return h ^ (h >> 29);
}
} // namespace word_hashing

/// The hash of a word. It fits in 32 bits, so that the words of a big document can keep
/// theirs in a std::uint32_t (events::Word). It reads a word eight bytes at a time, and the
/// last under eight in at most two reads (its first and last four bytes, or its first, middle
/// and last byte), as wyhash does: a byte at a time (FNV-1a) took 3% of a run's instructions.
/// Nothing is ordered by it: only membership depends on it.
constexpr std::size_t word_hash(std::string_view w) noexcept {
    using namespace word_hashing;
    constexpr std::uint64_t mul = 0x9E3779B97F4A7C15ull;
    const std::size_t n = w.size();
    std::uint64_t h = 0xff51afd7ed558ccdull ^ n;
    std::size_t i = 0;
    for (; i + 8 <= n; i += 8)
        h = mix(h ^ (load4(w, i) | load4(w, i + 4) << 32), mul);
    const std::size_t r = n - i;
    std::uint64_t k = 0;
    if (r >= 4)
        k = load4(w, i) | load4(w, n - 4) << 32;
    else if (r > 0)
        k = byte(w, i) << 16 | byte(w, i + r / 2) << 8 | byte(w, n - 1);
    h = mix(h ^ k, mul);
    return static_cast<std::uint32_t>(h ^ (h >> 32));
}

} // namespace gt
