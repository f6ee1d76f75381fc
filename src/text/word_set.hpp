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
    WordSet() : tags_(8), words_(8), mask_(7) {}
    WordSet(std::initializer_list<std::string_view> words);
    template <class It>
    WordSet(It first, It last) {
        build(first, last);
    }

    std::size_t count(std::string_view w) const noexcept { return count(w, hash(w)); }
    /// The same with the word's hash(w) computed beforehand (words looked up in many sets).
    std::size_t count(std::string_view w, std::size_t h) const noexcept {
        const std::uint32_t tag = tag_of(h);
        for (std::size_t i = h & mask_;; i = (i + 1) & mask_) {
            const std::uint32_t t = tags_[i];
            if (t == 0) return 0;
            if (t == tag && words_[i] == w) return 1; // the tag first: no memcmp on a collision
        }
    }
    std::size_t size() const noexcept { return size_; }

    /// The hash of the table, shared with WordMap (core/word_hash.hpp).
    static constexpr std::size_t hash(std::string_view w) noexcept { return word_hash(w); }

  private:
    // The slots are two arrays: the tags, 4 bytes (a word's hash with its lowest bit set; 0 a
    // free slot), read alone until a tag matches, and the words. A word not in the set (most
    // lookups) costs one line of 16 tags, not slots of 24 bytes and the characters of a word
    // whose hash matches.
    static constexpr std::uint32_t tag_of(std::size_t h) noexcept { return static_cast<std::uint32_t>(h) | 1u; }
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
        tags_.assign(cap, 0);
        words_.assign(cap, {});
        mask_ = cap - 1;
        for (It it = first; it != last; ++it)
            insert(*it);
    }
    void insert(std::string_view w) {
        if (2 * (size_ + 1) > tags_.size()) grow();
        const std::size_t h = hash(w);
        for (std::size_t i = h & mask_;; i = (i + 1) & mask_) {
            if (tags_[i] == 0) {
                tags_[i] = tag_of(h);
                words_[i] = w;
                ++size_;
                return;
            }
            if (words_[i] == w) return;
        }
    }
    void grow() {
        std::vector<std::uint32_t> old_tags = std::move(tags_);
        std::vector<std::string_view> old_words = std::move(words_);
        tags_.assign(2 * old_tags.size(), 0);
        words_.assign(2 * old_tags.size(), {});
        mask_ = tags_.size() - 1;
        for (std::size_t k = 0; k < old_tags.size(); ++k) {
            if (old_tags[k] == 0) continue;
            std::size_t i = hash(old_words[k]) & mask_;
            while (tags_[i] != 0)
                i = (i + 1) & mask_;
            tags_[i] = old_tags[k];
            words_[i] = old_words[k];
        }
    }

    std::vector<std::uint32_t> tags_;
    std::vector<std::string_view> words_;
    std::size_t mask_ = 0;
    std::size_t size_ = 0;
};

inline WordSet::WordSet(std::initializer_list<std::string_view> words) {
    build(words.begin(), words.end());
}

} // namespace gt::text
