// Checks the promise of src/gazetteer/index.hpp: lookup() and nearest() allocate nothing.
// A binary of its own because it replaces the global operator new to count calls.
// The replacement pair below is matched (malloc/free); GCC cannot see that through new[].
#pragma GCC diagnostic ignored "-Wmismatched-new-delete"

#include "gazetteer/builder.hpp"
#include "gazetteer/index.hpp"

#include <atomic>
#include <cstdio>
#include <cstdlib>
#include <new>
#include <sstream>
#include <string>

namespace {
std::atomic<long> allocations{0};
}

void* operator new(std::size_t n) {
    ++allocations;
    if (void* p = std::malloc(n ? n : 1)) return p;
    throw std::bad_alloc();
}
void* operator new[](std::size_t n) { return operator new(n); }
void operator delete(void* p) noexcept { std::free(p); }
void operator delete[](void* p) noexcept { std::free(p); }
void operator delete(void* p, std::size_t) noexcept { std::free(p); }
void operator delete[](void* p, std::size_t) noexcept { std::free(p); }

int main(int argc, char** argv) {
    if (argc < 4) {
        std::fprintf(stderr, "usage: test_no_alloc GEONAMES_DUMP_DIR SUPPLEMENT_TSV TMP_DIR\n");
        return 2;
    }
    std::string out = std::string(argv[3]) + "/no-alloc.gtz";
    gt::gazetteer::BuildOptions opts;
    opts.inputs = {argv[1], argv[2]};
    opts.output = out;
    opts.quiet = true;
    std::ostringstream log;
    gt::gazetteer::build_index(opts, log);
    auto idx = gt::gazetteer::Index::open(out);

    const char* names[] = {"Deir al-Zour", "Dayr az-Zawr", "Deir Ezzor", "Raqqa", "Geneva",
                           "Deir ez-Zor Governorate", "province of Aleppo", "the Middle East",
                           "Syria", "Xyzzyville", "", "\xFF\xFE broken"};
    gt::gazetteer::Candidate cands[8];
    gt::gazetteer::Nearby near[8];
    gt::gazetteer::LookupOptions lo;
    long before = allocations.load();
    std::size_t found = 0;
    for (int round = 0; round < 3; ++round) {
        for (const char* n : names) found += idx.lookup(n, lo, cands);
        found += idx.nearest({35.336, 40.141}, near);
        found += idx.nearest({-33.9, 18.4}, near, 'P');
    }
    long during = allocations.load() - before;
    std::printf("%zu results, %ld allocations during lookups\n", found, during);
    if (found == 0) {
        std::fprintf(stderr, "FAILED: the fixture index found nothing\n");
        return 1;
    }
    if (during != 0) {
        std::fprintf(stderr, "FAILED: lookup/nearest allocated %ld times\n", during);
        return 1;
    }
    return 0;
}
