// libFuzzer target: opening a gazetteer index (src/gazetteer/index) that is a file of
// arbitrary bytes, then looking names and places up in it when it opens.
//
// An input whose first byte is odd gets a plausible header first (magic, version, header
// size, file size, end marker and header checksum fixed up), so the fuzzer also explores the
// section checks and the lookups instead of stopping at the checksum.
#include "core/error.hpp"
#include "gazetteer/format.hpp"
#include "gazetteer/index.hpp"

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstring>
#include <string>
#include <unistd.h>
#include <vector>

namespace {

std::string temp_path() {
    const char* dir = std::getenv("TMPDIR");
    return std::string(dir && *dir ? dir : "/tmp") + "/gt-fuzz-index-" +
           std::to_string(::getpid()) + ".gtz";
}

void fix_up(std::vector<unsigned char>& b) {
    using namespace gt::gazetteer::format;
    if (b.size() < sizeof(Header) + sizeof end_magic) b.resize(sizeof(Header) + sizeof end_magic);
    Header h;
    std::memcpy(&h, b.data(), sizeof h);
    std::memcpy(h.magic, magic, sizeof h.magic);
    h.version = format_version;
    h.header_size = sizeof(Header);
    h.file_size = b.size();
    h.header_check = 0;
    h.header_check = fnv1a(&h, sizeof h);
    std::memcpy(b.data(), &h, sizeof h);
    std::memcpy(b.data() + b.size() - sizeof end_magic, end_magic, sizeof end_magic);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    static const std::string path = temp_path();
    std::vector<unsigned char> bytes(data, data + size);
    if (size > 0 && (data[0] & 1)) fix_up(bytes);
    if (std::FILE* f = std::fopen(path.c_str(), "wb")) {
        std::fwrite(bytes.data(), 1, bytes.size(), f);
        std::fclose(f);
    } else {
        return 0;
    }
    try {
        auto idx = gt::gazetteer::Index::open(path);
        gt::gazetteer::Candidate cands[8];
        gt::gazetteer::Nearby near[8];
        gt::gazetteer::LookupOptions lo;
        for (const char* name : {"Raqqa", "Deir ez-Zor", "Syria", "a", "province of Aleppo"})
            (void)idx.lookup(name, lo, cands);
        (void)idx.nearest({35.3, 40.1}, near);
        (void)idx.nearest({-89.9, 179.9}, near, 'P');
        (void)idx.metadata();
        char buf[16];
        for (std::uint32_t i = 0; i < idx.size() && i < 64; ++i) {
            (void)idx.name(i);
            (void)idx.admin1_name(i);
            (void)idx.feature(i, buf);
            (void)idx.prominence(i);
        }
    } catch (const gt::DataError&) {
        // The documented answer to a file that is not a usable index.
    }
    ::unlink(path.c_str());
    return 0;
}
