// Checks the allocator policy of issue #15 (core/heap_policy.hpp, docs/robustness.md, "eighth
// pass"): once gt::map_big_blocks() has run, every block of 1 MB or more is mapped on its own
// and given back when freed, whatever was freed before it. glibc's default lets the threshold
// rise to the largest mapped block freed: after a big document's 30 MB array is freed, its next
// arrays of 1 to 30 MB come from the heap, whose freed pages stay resident (the anonymous memory
// of 10 MB of news peaked at 16 times the text where its heap held 13). A binary of its own:
// the policy is the process's, and mallinfo2 counts the mapped bytes. Release tree only: a
// sanitizer's allocator stands in for glibc's.

#include "core/heap_policy.hpp"

#include <malloc.h>

#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>
#include <vector>

namespace {

void* volatile seen = nullptr;

std::size_t mapped() { return mallinfo2().hblkhd; }

// A block of `n` bytes, written (as an array being filled is): whether it was mapped alone, and
// whether freeing it gave its bytes back.
bool mapped_and_given_back(std::size_t n) {
    const std::size_t before = mapped();
    char* p = static_cast<char*>(std::malloc(n));
    if (!p) return false;
    std::memset(p, 1, n);
    const bool alone = mapped() >= before + n;
    std::free(p);
    return alone && mapped() <= before;
}

// A vector and a string grown element by element to `n` bytes (the words, a rendered line): each
// of their blocks of 1 MB or more mapped, none left mapped once they are freed.
bool growth_given_back(std::size_t n) {
    const std::size_t before = mapped();
    std::size_t most = 0;
    {
        std::vector<std::uint64_t> v;
        std::string s;
        for (std::size_t i = 0; i < n / 8; ++i) {
            v.push_back(i);
            s.append(8, 'x');
        }
        most = mapped();
    }
    return most >= before + n && mapped() <= before;
}

} // namespace

int main() {
    if (!gt::map_big_blocks()) {
        std::printf("FAILED: map_big_blocks() was not applied (not glibc?)\n");
        return 1;
    }
    // freed first: a big mapped block (which raises glibc's own threshold to its size, up to
    // 32 MB)
    void* big = std::malloc(std::size_t{30} << 20);
    std::memset(big, 1, std::size_t{30} << 20);
    seen = big; // (the pair is not optimised away)
    std::free(big);
    int failed = 0;
    const std::size_t sizes[] = {gt::kMappedBlockBytes, std::size_t{3} << 20, std::size_t{10} << 20,
                                 std::size_t{31} << 20, std::size_t{48} << 20};
    for (std::size_t n : sizes) {
        const bool ok = mapped_and_given_back(n);
        std::printf("block of %zu bytes: %s\n", n, ok ? "mapped alone, given back" : "FAILED: from the heap");
        failed += !ok;
    }
    for (std::size_t n : {std::size_t{4} << 20, std::size_t{24} << 20}) {
        const bool ok = growth_given_back(n);
        std::printf("vector and string grown to %zu bytes: %s\n", n, ok ? "mapped, given back" : "FAILED");
        failed += !ok;
    }
    // below the threshold a block stays in the heap (a chunk's rendering reuses its pages)
    const std::size_t small_before = mapped();
    void* small = std::malloc(256 << 10);
    const bool in_heap = mapped() == small_before;
    std::free(small);
    std::printf("block of 256 KB: %s\n", in_heap ? "in the heap" : "FAILED: mapped");
    failed += !in_heap;
    return failed ? 1 : 0;
}
