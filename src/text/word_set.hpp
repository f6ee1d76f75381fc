#pragma once
// A fixed set of words (a list of the built-in lexicon) for fast membership tests in the hot
// loops over tokens: open addressing, a cheap hash, built once. count() answers as
// std::unordered_set's does.

#include <cstddef>
#include <cstdint>
#include <initializer_list>
#include <string_view>
#include <vector>

namespace gt::text {

class WordSet {
  public:
    WordSet() : slots_(8), mask_(7) {}
    WordSet(std::initializer_list<std::string_view> words);
    template <class It>
    WordSet(It first, It last) {
        build(first, last);
    }

    std::size_t count(std::string_view w) const noexcept { return count(w, hash(w)); }
    /// The same with the word's hash(w) computed beforehand (words looked up in many sets).
    std::size_t count(std::string_view w, std::size_t h) const noexcept {
        for (std::size_t i = h & mask_;; i = (i + 1) & mask_) {
            const Slot& s = slots_[i];
            if (!s.used) return 0;
            if (s.hash == h && s.word == w) return 1; // the hash first: no memcmp on a collision
        }
    }
    std::size_t size() const noexcept { return size_; }

    /// The hash of the table (FNV-1a), shared with WordMap.
    static std::size_t hash(std::string_view w) noexcept {
        std::uint64_t h = 1469598103934665603ull; // FNV-1a
        for (char c : w)
            h = (h ^ static_cast<unsigned char>(c)) * 1099511628211ull;
        return static_cast<std::size_t>(h ^ (h >> 29));
    }

  private:
    struct Slot {
        std::string_view word;
        std::size_t hash = 0;
        bool used = false;
    };
    template <class It>
    void build(It first, It last) {
        std::size_t n = 0;
        for (It it = first; it != last; ++it)
            ++n;
        std::size_t cap = 8;
        while (cap < 2 * n)
            cap *= 2;
        slots_.assign(cap, Slot{});
        mask_ = cap - 1;
        for (It it = first; it != last; ++it)
            insert(*it);
    }
    void insert(std::string_view w) noexcept {
        const std::size_t h = hash(w);
        for (std::size_t i = h & mask_;; i = (i + 1) & mask_) {
            Slot& s = slots_[i];
            if (!s.used) {
                s = {w, h, true};
                ++size_;
                return;
            }
            if (s.word == w) return;
        }
    }

    std::vector<Slot> slots_;
    std::size_t mask_ = 0;
    std::size_t size_ = 0;
};

inline WordSet::WordSet(std::initializer_list<std::string_view> words) {
    build(words.begin(), words.end());
}

} // namespace gt::text
