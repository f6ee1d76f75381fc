#pragma once
// A map from words to values for the hot loops over tokens (lexicon keys, irregular forms):
// open addressing over a power-of-two table with the cheap hash of WordSet, keys owned, looked
// up by string_view without building a std::string. Built once, then only read.

#include "text/word_set.hpp"

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace gt::text {

template <class V>
class WordMap {
  public:
    WordMap() = default;
    WordMap(std::initializer_list<std::pair<std::string_view, V>> items) {
        for (const auto& [k, v] : items)
            (*this)[k] = v;
    }

    /// The value of `w`, inserted default-constructed when absent (for building).
    V& operator[](std::string_view w) {
        if (2 * (entries_.size() + 1) > slots_.size()) grow();
        const std::size_t h = WordSet::hash(w);
        std::size_t i = slot_of(w, h);
        if (slots_[i].entry == 0) {
            entries_.emplace_back(std::string(w), V{});
            slots_[i] = {static_cast<std::uint32_t>(entries_.size()), static_cast<std::uint32_t>(h)};
        }
        return entries_[slots_[i].entry - 1].second;
    }

    /// The value of `w`, or nullptr.
    const V* find(std::string_view w) const noexcept { return find(w, WordSet::hash(w)); }
    /// The same with `hash` == WordSet::hash(w) computed by the caller (once for several maps).
    const V* find(std::string_view w, std::size_t hash) const noexcept {
        if (slots_.empty()) return nullptr;
        std::uint32_t e = slots_[slot_of(w, hash)].entry;
        return e == 0 ? nullptr : &entries_[e - 1].second;
    }

    /// Room for n words without growing.
    void reserve(std::size_t n) {
        entries_.reserve(n);
        while (slots_.size() < 2 * n)
            grow();
    }

    /// The (word, value) pairs in insertion order.
    auto begin() noexcept { return entries_.begin(); }
    auto end() noexcept { return entries_.end(); }
    auto begin() const noexcept { return entries_.begin(); }
    auto end() const noexcept { return entries_.end(); }

    std::size_t size() const noexcept { return entries_.size(); }
    bool empty() const noexcept { return entries_.empty(); }
    /// Drops every entry, keeping the memory (for a bounded cache that starts over when full).
    void clear() noexcept {
        entries_.clear();
        std::fill(slots_.begin(), slots_.end(), Slot{});
    }

  private:
    // The slot holding `w`, or the empty slot where it would go.
    std::size_t slot_of(std::string_view w, std::size_t hash) const noexcept {
        const std::size_t mask = slots_.size() - 1;
        const auto h32 = static_cast<std::uint32_t>(hash);
        for (std::size_t i = hash & mask;; i = (i + 1) & mask) {
            const Slot& s = slots_[i];
            // the hash first: no string comparison on a collision
            if (s.entry == 0 || (s.hash == h32 && entries_[s.entry - 1].first == w)) return i;
        }
    }
    void grow() {
        std::size_t cap = slots_.empty() ? 16 : 2 * slots_.size();
        slots_.assign(cap, Slot{});
        for (std::size_t k = 0; k < entries_.size(); ++k) {
            const std::size_t h = WordSet::hash(entries_[k].first);
            slots_[slot_of(entries_[k].first, h)] = {static_cast<std::uint32_t>(k + 1),
                                                     static_cast<std::uint32_t>(h)};
        }
    }

    std::vector<std::pair<std::string, V>> entries_; // in insertion order
    struct Slot {
        std::uint32_t entry = 0; // entry index + 1, 0 for empty
        std::uint32_t hash = 0;  // low bits of WordSet::hash of the entry's word
    };
    std::vector<Slot> slots_;
};

} // namespace gt::text
