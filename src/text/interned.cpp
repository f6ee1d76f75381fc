#include "text/interned.hpp"

#include "text/word_set.hpp"

#include <algorithm>
#include <stdexcept>

namespace gt::text {

namespace {
// Blocks grow from 4 KB (a short article's words) to 64 KB.
constexpr std::size_t first_block = 4 * 1024, max_block = 64 * 1024;
} // namespace

Vocabulary::Entry Vocabulary::intern(std::string_view s) { return intern(s, WordSet::hash(s)); }

Vocabulary::Entry Vocabulary::intern(std::string_view s, std::size_t hash) {
    if (2 * (entries_.size() + 1) > slots_.size()) grow();
    const std::size_t mask = slots_.size() - 1;
    const auto h32 = static_cast<std::uint32_t>(hash);
    std::size_t i = hash & mask;
    for (;; i = (i + 1) & mask) {
        const Slot& sl = slots_[i];
        if (sl.entry == 0) break;
        if (sl.hash == h32 && entries_[sl.entry - 1] == s) return {entries_[sl.entry - 1], sl.entry - 1, false};
    }
    const auto index = static_cast<std::uint32_t>(entries_.size());
    entries_.push_back(Interned(store(s, h32)));
    slots_[i] = {index + 1, h32};
    return {entries_.back(), index, true};
}

// No link, hash, length, characters and a NUL at the end of the last block (a new block when they do not
// fit; a string longer than a block gets a block of its own).
const char* Vocabulary::store(std::string_view s, std::uint32_t hash) {
    if (s.size() > 0xFFFFFFFFu) throw std::length_error("text::Vocabulary: a string over 4 GiB");
    const std::size_t need = s.size() + detail::interned_header + 1;
    if (need > left_) {
        const std::size_t n = std::max(need, blocks_.empty() ? first_block : std::min(2 * last_block_, max_block));
        blocks_.push_back(std::make_unique_for_overwrite<char[]>(n));
        last_block_ = std::max(n, last_block_);
        block_bytes_ += n;
        free_ = blocks_.back().get();
        left_ = n;
    }
    const auto len = static_cast<std::uint32_t>(s.size());
    const char* none = nullptr;
    std::memcpy(free_, &none, sizeof none);
    std::memcpy(free_ + detail::interned_hash_at, &hash, sizeof hash);
    std::memcpy(free_ + detail::interned_hash_at + sizeof hash, &len, sizeof len);
    char* chars = free_ + detail::interned_header;
    if (!s.empty()) std::memcpy(chars, s.data(), s.size());
    chars[s.size()] = '\0';
    free_ += need;
    left_ -= need;
    return chars;
}

void Vocabulary::link(Interned from, Interned to) noexcept {
    // (the header of a string of this vocabulary's blocks, which it owns and may write)
    char* header = const_cast<char*>(from.p_) - detail::interned_header;
    const char* target = to.p_;
    std::memcpy(header, &target, sizeof target);
}

void Vocabulary::grow() {
    const std::size_t cap = slots_.empty() ? 256 : 2 * slots_.size();
    slots_.assign(cap, Slot{});
    const std::size_t mask = cap - 1;
    for (std::size_t k = 0; k < entries_.size(); ++k) {
        const std::size_t h = entries_[k].hash();
        std::size_t i = h & mask;
        while (slots_[i].entry != 0)
            i = (i + 1) & mask;
        slots_[i] = {static_cast<std::uint32_t>(k + 1), static_cast<std::uint32_t>(h)};
    }
}

std::size_t Vocabulary::bytes() const noexcept {
    return block_bytes_ + slots_.capacity() * sizeof(Slot) + entries_.capacity() * sizeof(Interned) +
           blocks_.capacity() * sizeof(blocks_[0]);
}

} // namespace gt::text
