#pragma once
// An immutable string shared by its copies: one pointer (8 bytes) to a block holding a
// reference count and the std::string (read as one: `const std::string&`). Copies share the block
// (an atomic increment), so a value held by many records (a gazetteer field of a place named
// a thousand times in a big document) is stored once; the empty string holds no block.
// Plain data: core/ includes only core/. Issue #15: a PlaceMention of nine std::strings
// was 384 bytes.

#include "core/word_hash.hpp"

#include <atomic>
#include <compare>
#include <cstddef>
#include <cstdint>
#include <ostream>
#include <string>
#include <string_view>
#include <vector>

namespace gt {

class SharedStr {
public:
    SharedStr() noexcept = default;
    SharedStr(std::string_view s) : b_(make(s)) {} // NOLINT: implicit, as std::string's
    SharedStr(const std::string& s) : SharedStr(std::string_view(s)) {}
    SharedStr(const char* s) : SharedStr(std::string_view(s)) {}
    SharedStr(const SharedStr& o) noexcept : b_(o.b_) {
        if (b_) b_->refs.fetch_add(1, std::memory_order_relaxed);
    }
    SharedStr(SharedStr&& o) noexcept : b_(o.b_) { o.b_ = nullptr; }
    SharedStr& operator=(const SharedStr& o) noexcept {
        SharedStr t(o);
        swap(t);
        return *this;
    }
    SharedStr& operator=(SharedStr&& o) noexcept {
        SharedStr t(std::move(o));
        swap(t);
        return *this;
    }
    SharedStr& operator=(std::string_view s) { return *this = SharedStr(s); }
    SharedStr& operator=(const std::string& s) { return *this = SharedStr(std::string_view(s)); }
    SharedStr& operator=(const char* s) { return *this = SharedStr(std::string_view(s)); }
    ~SharedStr() { release(); }

    void swap(SharedStr& o) noexcept { std::swap(b_, o.b_); }
    void clear() noexcept {
        release();
        b_ = nullptr;
    }

    std::string_view view() const noexcept { return b_ ? std::string_view(b_->s) : std::string_view(); }
    const std::string& str() const noexcept { return b_ ? b_->s : none(); }
    operator std::string_view() const noexcept { return view(); } // NOLINT: read as a string
    operator const std::string&() const noexcept { return str(); } // NOLINT

    bool empty() const noexcept { return b_ == nullptr; }
    std::size_t size() const noexcept { return str().size(); }
    std::size_t length() const noexcept { return size(); }
    const char* data() const noexcept { return str().data(); }
    const char* c_str() const noexcept { return data(); }
    const char* begin() const noexcept { return data(); }
    const char* end() const noexcept { return data() + size(); }
    char operator[](std::size_t i) const noexcept { return data()[i]; }
    char front() const noexcept { return data()[0]; }
    char back() const noexcept { return data()[size() - 1]; }
    std::string_view substr(std::size_t pos, std::size_t n = std::string_view::npos) const {
        return view().substr(pos, n);
    }
    std::size_t find(std::string_view s, std::size_t pos = 0) const noexcept { return view().find(s, pos); }
    std::size_t find(char c, std::size_t pos = 0) const noexcept { return view().find(c, pos); }
    std::size_t rfind(std::string_view s, std::size_t pos = std::string_view::npos) const noexcept {
        return view().rfind(s, pos);
    }
    std::size_t rfind(char c, std::size_t pos = std::string_view::npos) const noexcept {
        return view().rfind(c, pos);
    }
    bool starts_with(std::string_view s) const noexcept { return view().starts_with(s); }
    bool ends_with(std::string_view s) const noexcept { return view().ends_with(s); }
    int compare(std::string_view s) const noexcept { return view().compare(s); }
    /// Whether two handles share one block (a copy of the other, or the same cached value).
    bool shares(const SharedStr& o) const noexcept { return b_ == o.b_; }

    friend bool operator==(const SharedStr& a, const SharedStr& b) noexcept {
        return a.b_ == b.b_ || a.view() == b.view();
    }
    friend bool operator==(const SharedStr& a, std::string_view b) noexcept { return a.view() == b; }
    friend bool operator==(const SharedStr& a, const std::string& b) noexcept { return a.view() == b; }
    friend bool operator==(const SharedStr& a, const char* b) noexcept { return a.view() == b; }
    friend std::strong_ordering operator<=>(const SharedStr& a, const SharedStr& b) noexcept {
        return a.view() <=> b.view();
    }
    friend std::strong_ordering operator<=>(const SharedStr& a, std::string_view b) noexcept {
        return a.view() <=> b;
    }
    friend std::ostream& operator<<(std::ostream& os, const SharedStr& s) { return os << s.view(); }
    friend std::string operator+(const std::string& a, const SharedStr& b) { return a + std::string(b.view()); }
    friend std::string operator+(const SharedStr& a, const std::string& b) { return std::string(a.view()) + b; }
    friend std::string operator+(const char* a, const SharedStr& b) { return a + std::string(b.view()); }
    friend std::string operator+(const SharedStr& a, const char* b) { return std::string(a.view()) + b; }
    friend std::string operator+(const SharedStr& a, char b) { return std::string(a.view()) + b; }
    friend std::string operator+(char a, const SharedStr& b) { return a + std::string(b.view()); }

private:
    struct Block {
        std::atomic<std::uint32_t> refs;
        std::string s;
    };
    static const std::string& none() noexcept {
        static const std::string empty;
        return empty;
    }
    static Block* make(std::string_view s) {
        if (s.empty()) return nullptr;
        return new Block{{1}, std::string(s)};
    }
    void release() noexcept {
        if (b_ && b_->refs.fetch_sub(1, std::memory_order_acq_rel) == 1) delete b_;
    }
    Block* b_ = nullptr;
};

/// A bounded table of shared strings: the same text gives a handle to the same block while it
/// is in the table. Full (`limit` values), it starts again empty; the handles given out stay
/// valid (each owns its block). For values drawn from a vocabulary that many records hold
/// (issue #15): a record holds 8 bytes, the value is stored once. Open addressing over slots
/// of 16 bytes (the word hash of core/word_hash.hpp and the handle) grown to twice the values
/// it holds: a lookup reads one slot and the block it names (std::unordered_map's bucket,
/// node and block were three misses a lookup, 3% of the CPU of a run on FA-KES), and first a
/// small table of the values last given.
class SharedStrTable {
public:
    explicit SharedStrTable(std::size_t limit = 16384) : limit_(limit) {}
    SharedStr get(std::string_view s) {
        if (s.empty()) return {};
        const auto h = static_cast<std::uint32_t>(word_hash(s));
        Slot& recent = recent_[h % recent_slots];
        if (recent.hash == h && !recent.value.empty() && recent.value.view() == s) return recent.value;
        if (!slots_.empty()) {
            const Slot& slot = slots_[find(s, h)];
            if (!slot.value.empty()) {
                recent = slot;
                return slot.value;
            }
        }
        if (size_ >= limit_) clear(); // full: start again (the slots keep their memory)
        if (2 * (size_ + 1) > slots_.size()) grow();
        Slot& slot = slots_[find(s, h)];
        slot = {h, SharedStr(s)};
        ++size_;
        recent = slot;
        return slot.value;
    }
    std::size_t size() const noexcept { return size_; }

private:
    struct Slot {
        std::uint32_t hash = 0; // word_hash of the value
        SharedStr value;        // empty: a free slot (the empty text is never stored)
    };
    // The slot holding `s`, or the free slot where it goes.
    std::size_t find(std::string_view s, std::uint32_t h) const noexcept {
        const std::size_t mask = slots_.size() - 1;
        for (std::size_t i = h & mask;; i = (i + 1) & mask) {
            const Slot& slot = slots_[i];
            if (slot.value.empty() || (slot.hash == h && slot.value.view() == s)) return i;
        }
    }
    void grow() {
        std::vector<Slot> old(slots_.empty() ? 64 : 2 * slots_.size());
        old.swap(slots_);
        for (Slot& o : old)
            if (!o.value.empty()) slots_[find(o.value.view(), o.hash)] = std::move(o);
    }
    void clear() noexcept {
        for (Slot& o : slots_) o.value.clear();
        for (Slot& o : recent_) o.value.clear();
        size_ = 0;
    }

    std::size_t limit_;
    std::size_t size_ = 0;
    std::vector<Slot> slots_;
    // The values last given, by hash (a copy of their slots): the few that every event holds
    // (types, actors, countries) are read here, in 8 KB that stay in the cache, rather than in
    // slots spread over half a megabyte among the dates and quoted words of the text.
    static constexpr std::size_t recent_slots = 512;
    std::vector<Slot> recent_ = std::vector<Slot>(recent_slots);
};

/// The calling thread's table of vocabulary values (event and sub-event types, CAMEO codes, actor
/// names, kinds and countries, days, and the words of the text an event quotes): the same value
/// gives the same block within the thread, so the records of a big document share them (no
/// lock: one table a thread, at most 16,384 values, about 2 MB; 4,096 were too few for the
/// days and date phrases of 10 MB of text, whose values were made again after each flush).
inline SharedStr shared_vocab(std::string_view s) {
    thread_local SharedStrTable table;
    return table.get(s);
}

} // namespace gt
