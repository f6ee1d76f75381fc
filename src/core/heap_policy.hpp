#pragma once
// How the process's allocator treats big blocks (issue #15, item 5). glibc maps a block on its
// own (mmap) from a threshold that starts at 128 KB and rises to the size of the largest mapped
// block freed (up to 32 MB): after a big document's first arrays are freed (its segmentation,
// the geoparser's tokens), the next ones come from the heap, whose freed pages stay resident;
// the anonymous memory of 10 MB of news peaked at 16 times the text where its heap held 13.
// With the threshold fixed, every block of kMappedBlockBytes or more is mapped alone and given
// back when freed, and the resident memory follows the heap. Plain code: core/ includes nothing
// of ours.

#include <cstddef>

#if defined(__GLIBC__)
#include <malloc.h>
#endif

namespace gt {

/// Blocks of this size or more are mapped on their own (a chunk's rendering, hundreds of KB,
/// stays in the heap, where its buffer is reused).
inline constexpr std::size_t kMappedBlockBytes = std::size_t{1} << 20;

/// Fixes the allocator's mmap threshold at kMappedBlockBytes (glibc's M_MMAP_THRESHOLD, which
/// also stops it from rising). Call once, at the start of the process, before any thread.
/// Whether it was applied: false where the C library has no such setting (or a sanitizer's
/// allocator stands in for it).
inline bool map_big_blocks() noexcept {
#if defined(__GLIBC__)
    return mallopt(M_MMAP_THRESHOLD, static_cast<int>(kMappedBlockBytes)) == 1;
#else
    return false;
#endif
}

} // namespace gt
