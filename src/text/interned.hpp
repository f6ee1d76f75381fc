#pragma once
// Strings held once per document: a Vocabulary keeps each distinct string one time in blocks of
// characters that never move, and hands out Interned handles (8 bytes: a pointer to the
// characters, whose length and WordSet hash are stored just before them) that read as
// std::string_view. The word stream of a big document holds two per word, so the handle is kept
// to one pointer, and the words look their strings up in the lexicons' tables by the hash the
// handle carries (no copy of it in each word).

#include "text/word_set.hpp"

#include <array>
#include <bit>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <memory>
#include <string_view>
#include <vector>

namespace gt::text {

namespace detail {
// What a Vocabulary stores before a string's characters: the string linked to it
// (Vocabulary::link; a pointer to its characters, null for none), its hash, then its length
// (4 bytes each).
constexpr std::size_t interned_header = 16;
constexpr std::size_t interned_hash_at = 8; // the hash's offset in the header
// The empty string's storage: no link, the hash of "", a zero length, then its (absent)
// characters and a NUL.
constexpr std::array<char, 20> interned_empty_storage() {
    const auto h = std::bit_cast<std::array<char, 4>>(static_cast<std::uint32_t>(WordSet::hash({})));
    std::array<char, 20> a{};
    for (std::size_t i = 0; i < h.size(); ++i) a[interned_hash_at + i] = h[i];
    return a;
}
alignas(8) inline constexpr std::array<char, 20> interned_empty = interned_empty_storage();
} // namespace detail

/// A string of a Vocabulary (or the empty string), read-only, compared by content. Valid as
/// long as its Vocabulary lives.
class Interned {
  public:
    static constexpr std::size_t npos = std::string_view::npos;

    Interned() noexcept = default;

    std::size_t size() const noexcept {
        std::uint32_t n;
        std::memcpy(&n, p_ - sizeof n, sizeof n);
        return n;
    }
    bool empty() const noexcept { return size() == 0; }
    /// text::WordSet::hash of the string (stored with it: the lexicon lookups of a word use it).
    std::uint32_t hash() const noexcept {
        std::uint32_t h;
        std::memcpy(&h, p_ - detail::interned_header + detail::interned_hash_at, sizeof h);
        return h;
    }
    /// The string its Vocabulary linked to this one (Vocabulary::link: a word's stem), this
    /// string itself when none.
    Interned link() const noexcept {
        const char* to;
        std::memcpy(&to, p_ - detail::interned_header, sizeof to);
        return to ? Interned(to) : *this;
    }
    const char* data() const noexcept { return p_; }
    const char* begin() const noexcept { return p_; }
    const char* end() const noexcept { return p_ + size(); }
    char operator[](std::size_t i) const noexcept { return p_[i]; }
    char front() const noexcept { return p_[0]; }
    char back() const noexcept { return p_[size() - 1]; }

    std::string_view view() const noexcept { return {p_, size()}; }
    operator std::string_view() const noexcept { return view(); }
    std::string_view substr(std::size_t pos, std::size_t n = npos) const { return view().substr(pos, n); }
    bool starts_with(std::string_view s) const noexcept { return view().starts_with(s); }
    bool ends_with(std::string_view s) const noexcept { return view().ends_with(s); }
    std::size_t find(std::string_view s, std::size_t pos = 0) const noexcept { return view().find(s, pos); }
    std::size_t find(char c, std::size_t pos = 0) const noexcept { return view().find(c, pos); }

    friend bool operator==(Interned a, std::string_view b) noexcept { return a.view() == b; }
    friend bool operator==(Interned a, Interned b) noexcept { return a.p_ == b.p_ || a.view() == b.view(); }

  private:
    friend class Vocabulary;
    explicit Interned(const char* p) noexcept : p_(p) {}
    const char* p_ = detail::interned_empty.data() + detail::interned_header;
};

/// Distinct strings, each stored once; what intern() returned stays valid (and in place) until
/// the Vocabulary is destroyed, also when the Vocabulary itself is moved.
class Vocabulary {
  public:
    struct Entry {
        Interned text;
        std::uint32_t index = 0; // 0, 1, 2 ... in the order the strings were first interned
        bool added = false;      // this call added it
    };

    Vocabulary() = default;
    Vocabulary(Vocabulary&&) noexcept = default;
    Vocabulary& operator=(Vocabulary&&) noexcept = default;
    Vocabulary(const Vocabulary&) = delete; // handles point into this one's storage
    Vocabulary& operator=(const Vocabulary&) = delete;

    /// The vocabulary's copy of `s`; `hash` must be WordSet::hash(s) (the handle's hash()).
    Entry intern(std::string_view s, std::size_t hash);
    Entry intern(std::string_view s);

    std::size_t size() const noexcept { return entries_.size(); }
    /// Links `to` to `from` (from.link() gives it): both strings of this vocabulary, `from` not
    /// the empty string. The words keep a norm's stem this way, not in each word (issue #15).
    void link(Interned from, Interned to) noexcept;

    /// The string of index i.
    Interned operator[](std::size_t i) const noexcept { return entries_[i]; }
    /// Bytes held (characters, their blocks and the tables).
    std::size_t bytes() const noexcept;

  private:
    const char* store(std::string_view s, std::uint32_t hash);
    void grow();

    struct Slot {
        std::uint32_t entry = 0; // entry index + 1, 0 for empty
        std::uint32_t hash = 0;  // low bits of the string's hash
    };
    std::vector<std::unique_ptr<char[]>> blocks_;
    std::size_t block_bytes_ = 0; // characters held in blocks_ (their capacity)
    std::size_t last_block_ = 0;  // the size of the last regular block
    char* free_ = nullptr;        // the unused end of the last block
    std::size_t left_ = 0;
    std::vector<Slot> slots_;
    std::vector<Interned> entries_;
};

} // namespace gt::text
