#pragma once
// A fixed set of words (a list of the built-in lexicon) for fast membership tests in the hot
// loops over tokens: open addressing, a cheap hash, built once. count() answers as
// std::unordered_set's does.

#include "core/word_hash.hpp"

#include <algorithm>
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

    /// The hash of the table, shared with WordMap (core/word_hash.hpp).
    static constexpr std::size_t hash(std::string_view w) noexcept { return word_hash(w); }

  private:
    struct Slot { // 24 bytes
        std::string_view word;
        std::uint32_t hash = 0; // hash(word), which fits in 32 bits
        bool used = false;
    };
    template <class It>
    void build(It first, It last) {
        std::size_t n = 0;
        for (It it = first; it != last; ++it)
            ++n;
        // Room for n words, at most 4096 at first: a long list with repeats (a big document's
        // lower-case words) grows to its distinct words rather than to its length.
        std::size_t cap = 8;
        while (cap < 2 * std::min<std::size_t>(n, 4096))
            cap *= 2;
        slots_.assign(cap, Slot{});
        mask_ = cap - 1;
        for (It it = first; it != last; ++it)
            insert(*it);
    }
    void insert(std::string_view w) {
        if (2 * (size_ + 1) > slots_.size()) grow();
        const auto h = static_cast<std::uint32_t>(hash(w));
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
    void grow() {
        std::vector<Slot> old(2 * slots_.size());
        old.swap(slots_);
        mask_ = slots_.size() - 1;
        for (const Slot& o : old) {
            if (!o.used) continue;
            std::size_t i = o.hash & mask_;
            while (slots_[i].used)
                i = (i + 1) & mask_;
            slots_[i] = o;
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
