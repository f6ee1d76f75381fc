#include "batch/dedup.hpp"

#include "geo/geodesy.hpp"

#include <algorithm>
#include <array>
#include <cmath>
#include <numeric>
#include <string>
#include <tuple>
#include <unordered_map>

namespace gt::batch {

namespace {

/// Days since 1970-01-01 of "YYYY-MM-DD" (H. Hinnant's days_from_civil), or false.
bool day_number(const std::string& s, long& out) {
    if (s.size() < 10 || s[4] != '-' || s[7] != '-') return false;
    for (int i : {0, 1, 2, 3, 5, 6, 8, 9})
        if (s[static_cast<std::size_t>(i)] < '0' || s[static_cast<std::size_t>(i)] > '9') return false;
    long y = std::stol(s.substr(0, 4));
    const long m = std::stol(s.substr(5, 2)), d = std::stol(s.substr(8, 2));
    if (m < 1 || m > 12 || d < 1 || d > 31) return false;
    y -= m <= 2;
    const long era = (y >= 0 ? y : y - 399) / 400;
    const long yoe = y - era * 400;
    const long doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    const long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    out = era * 146097 + doe - 719468;
    return true;
}

struct UnionFind {
    std::vector<std::uint32_t> parent;
    explicit UnionFind(std::size_t n) : parent(n) { std::iota(parent.begin(), parent.end(), std::uint32_t{0}); }
    std::uint32_t find(std::uint32_t x) {
        while (parent[x] != x) x = parent[x] = parent[parent[x]];
        return x;
    }
    void join(std::uint32_t a, std::uint32_t b) {
        a = find(a);
        b = find(b);
        if (a != b) parent[std::max(a, b)] = std::min(a, b);
    }
};

std::string evidence_note(const Event& e) {
    std::string who = e.source.empty() ? e.doc_id : e.source + " (" + e.doc_id + ")";
    return who + ": \"" + e.evidence.text + "\"";
}

} // namespace

namespace {

constexpr double kCellM = 25'000;                // edge of a cell of the earth-centred grid
constexpr double kReachM = kDedupDistanceM + 1;  // how far along an axis a linked point may be (+ rounding)
constexpr std::uint32_t kManyDocs = static_cast<std::uint32_t>(-1);

/// WGS 84 earth-centred coordinates of a point, in metres.
std::array<double, 3> earth_centred(double lat, double lon) {
    constexpr double a = 6'378'137.0, e2 = 6.69437999014e-3, rad = 3.14159265358979323846 / 180;
    const double s = std::sin(lat * rad), c = std::cos(lat * rad);
    const double n = a / std::sqrt(1 - e2 * s * s);
    return {n * c * std::cos(lon * rad), n * c * std::sin(lon * rad), n * (1 - e2) * s};
}

/// A type and a cell as one number (cell coordinates are within ±257: 10 bits each).
std::uint64_t cell_key(std::uint32_t type, const std::array<long, 3>& c) {
    auto part = [](long v) { return static_cast<std::uint64_t>(v + 512) & 1023; };
    return (std::uint64_t{type} << 30) | (part(c[0]) << 20) | (part(c[1]) << 10) | part(c[2]);
}

long cell_of(double metres) { return static_cast<long>(std::floor(metres / kCellM)); }

/// The keys of one type, one point and one day range: compared with others as one, since
/// every one of them links with what one of them links with (but a key of the same document).
struct Site {
    std::uint64_t cell = 0;           // its type and cell (cell_key)
    long first = 0, last = 0;         // its day range
    std::uint32_t begin = 0, end = 0; // its keys in the linking order
    std::uint32_t doc = 0;            // the document of all its keys, or kManyDocs
    bool joined = false;              // its keys are in one group
};

/// Linking over sites: each compared with the sites of its and the neighbouring cells whose
/// day ranges start in its window, each pair once.
class Linker {
  public:
    Linker(const std::vector<detail::LinkKey>& keys, UnionFind& uf) : keys_(keys), uf_(uf) {
        order_linked();
        make_sites();
        for (std::uint32_t p = 0; p < sites_.size(); ++p) compare_around(p);
    }

    std::size_t compared() const noexcept { return compared_; }

  private:
    // The keys that can link (a finite point), by type, point, day range, document and index.
    void order_linked() {
        for (std::uint32_t i = 0; i < keys_.size(); ++i)
            if (keys_[i].linked && std::isfinite(keys_[i].lat) && std::isfinite(keys_[i].lon)) order_.push_back(i);
        std::sort(order_.begin(), order_.end(), [&](std::uint32_t x, std::uint32_t y) {
            const detail::LinkKey &a = keys_[x], &b = keys_[y];
            return std::tie(a.type, a.lat, a.lon, a.first, a.last, a.doc, x) <
                   std::tie(b.type, b.lat, b.lon, b.first, b.last, b.doc, y);
        });
    }

    static bool same_site(const detail::LinkKey& a, const detail::LinkKey& b) {
        return a.type == b.type && a.lat == b.lat && a.lon == b.lon && a.first == b.first && a.last == b.last;
    }

    // The sites (keys of several documents at one site are one group from the start), by
    // cell, first day and position; where each cell's sites are.
    void make_sites() {
        for (std::uint32_t b = 0; b < order_.size();) {
            const detail::LinkKey& k = keys_[order_[b]];
            std::uint32_t e = b + 1;
            while (e < order_.size() && same_site(k, keys_[order_[e]])) ++e;
            Site s;
            s.first = k.first;
            s.last = k.last;
            s.begin = b;
            s.end = e;
            s.doc = keys_[order_[e - 1]].doc == k.doc ? k.doc : kManyDocs; // sorted by document
            const auto x = earth_centred(k.lat, k.lon);
            s.cell = cell_key(k.type, {cell_of(x[0]), cell_of(x[1]), cell_of(x[2])});
            s.joined = e - b == 1; // else when it links with another site
            if (s.doc == kManyDocs) join_site(s);
            sites_.push_back(s);
            b = e;
        }
        std::sort(sites_.begin(), sites_.end(), [](const Site& a, const Site& b) {
            return std::tie(a.cell, a.first, a.begin) < std::tie(b.cell, b.first, b.begin);
        });
        for (std::uint32_t p = 0; p < sites_.size();) {
            std::uint32_t q = p + 1;
            while (q < sites_.size() && sites_[q].cell == sites_[p].cell) ++q;
            cells_.emplace(sites_[p].cell, std::make_pair(p, q));
            p = q;
        }
    }

    void join_site(Site& s) {
        for (std::uint32_t i = s.begin + 1; i < s.end; ++i) uf_.join(order_[s.begin], order_[i]);
        s.joined = true;
    }

    // Site `p` against the sites after it (by first day, then position) in its and the
    // neighbouring cells, up to its last day plus the slack.
    void compare_around(std::uint32_t p) {
        const Site& a = sites_[p];
        const detail::LinkKey& k = keys_[order_[a.begin]];
        const auto x = earth_centred(k.lat, k.lon);
        std::array<long, 3> lo{}, hi{}, c{};
        for (int d = 0; d < 3; ++d) {
            lo[d] = cell_of(x[d] - kReachM);
            hi[d] = cell_of(x[d] + kReachM);
        }
        for (c[0] = lo[0]; c[0] <= hi[0]; ++c[0])
            for (c[1] = lo[1]; c[1] <= hi[1]; ++c[1])
                for (c[2] = lo[2]; c[2] <= hi[2]; ++c[2]) {
                    const auto it = cells_.find(cell_key(k.type, c));
                    if (it == cells_.end()) continue;
                    const auto [begin, end] = it->second;
                    std::uint32_t q = static_cast<std::uint32_t>(
                        std::partition_point(sites_.begin() + begin, sites_.begin() + end,
                                             [&](const Site& t) {
                                                 return t.first < a.first ||
                                                        (t.first == a.first && &t - sites_.data() <= p);
                                             }) -
                        sites_.begin());
                    for (; q < end && sites_[q].first - kDedupDaySlack <= a.last; ++q) compare(sites_[p], sites_[q]);
                }
    }

    void compare(Site& a, Site& b) {
        ++compared_;
        if (a.first - kDedupDaySlack > b.last || b.first - kDedupDaySlack > a.last) return;
        if (a.doc != kManyDocs && a.doc == b.doc) return; // one document: not linked directly
        const std::uint32_t ka = order_[a.begin], kb = order_[b.begin];
        if (a.joined && b.joined && uf_.find(ka) == uf_.find(kb)) return; // linked already
        if (geo::distance_m({keys_[ka].lat, keys_[ka].lon}, {keys_[kb].lat, keys_[kb].lon}) > kDedupDistanceM)
            return;
        if (!a.joined) join_site(a);
        if (!b.joined) join_site(b);
        uf_.join(ka, kb);
    }

    const std::vector<detail::LinkKey>& keys_;
    UnionFind& uf_;
    std::vector<std::uint32_t> order_;
    std::vector<Site> sites_;
    std::unordered_map<std::uint64_t, std::pair<std::uint32_t, std::uint32_t>> cells_;
    std::size_t compared_ = 0;
};

std::uint32_t number_of(std::unordered_map<std::string, std::uint32_t>& table, const std::string& s) {
    return table.emplace(s, static_cast<std::uint32_t>(table.size())).first->second;
}

/// An event's key for linking, from its fields (types and documents numbered in `types`, `docs`).
detail::LinkKey link_key(const Event& e, std::unordered_map<std::string, std::uint32_t>& types,
                         std::unordered_map<std::string, std::uint32_t>& docs) {
    detail::LinkKey k;
    if (!e.location.resolved || e.event_type.empty()) return k;
    const std::string& a = e.date_start.empty() ? e.date : e.date_start;
    const std::string& b = e.date_end.empty() ? a : e.date_end;
    if (!day_number(a, k.first) || !day_number(b, k.last)) return k;
    if (k.last < k.first) std::swap(k.first, k.last);
    k.linked = true;
    k.type = number_of(types, e.event_type);
    k.doc = number_of(docs, e.doc_id);
    k.lat = e.location.lat;
    k.lon = e.location.lon;
    return k;
}

} // namespace

std::vector<std::uint32_t> detail::link_groups(const std::vector<LinkKey>& keys, std::size_t* compared) {
    UnionFind uf(keys.size());
    const Linker linker(keys, uf);
    if (compared) *compared = linker.compared();
    std::vector<std::uint32_t> root(keys.size());
    for (std::uint32_t i = 0; i < keys.size(); ++i) root[i] = uf.find(i);
    return root;
}

std::vector<std::vector<std::size_t>> dedup_groups(const std::vector<Event>& events) {
    std::unordered_map<std::string, std::uint32_t> types, docs;
    std::vector<detail::LinkKey> keys;
    keys.reserve(events.size());
    for (const Event& e : events) keys.push_back(link_key(e, types, docs));
    const std::vector<std::uint32_t> root = detail::link_groups(keys);
    std::vector<std::vector<std::size_t>> groups;
    std::vector<std::size_t> group_of(events.size(), static_cast<std::size_t>(-1));
    for (std::size_t i = 0; i < events.size(); ++i) {
        if (group_of[root[i]] == static_cast<std::size_t>(-1)) {
            group_of[root[i]] = groups.size();
            groups.emplace_back();
        }
        groups[group_of[root[i]]].push_back(i);
    }
    return groups;
}

namespace {

/// The kept report of a group and the merged event.
std::size_t merge_group(const std::vector<Event>& events, const std::vector<std::size_t>& g, Event& out) {
    std::size_t best = g.front();
    for (std::size_t i : g)
        if (events[i].confidence > events[best].confidence) best = i;
    out = events[best];
    if (g.size() == 1) return best;
    std::vector<std::string> ids;
    auto add_id = [&](const std::string& id) {
        if (std::find(ids.begin(), ids.end(), id) == ids.end()) ids.push_back(id);
    };
    std::string also;
    for (std::size_t i : g) {
        const Event& e = events[i];
        if (e.doc_ids.empty()) add_id(e.doc_id);
        for (const std::string& id : e.doc_ids) add_id(id);
        out.fatalities = std::max(out.fatalities, e.fatalities);
        if (i == best) continue;
        also += also.empty() ? "" : "; ";
        also += evidence_note(e);
    }
    out.doc_ids = std::move(ids);
    out.notes += (out.notes.empty() ? "" : " | ") + std::string("also reported by ") + also;
    return best;
}

} // namespace

std::vector<Event> dedup_events(std::vector<Event> events) {
    const auto groups = dedup_groups(events);
    std::vector<std::pair<std::size_t, Event>> kept;
    kept.reserve(groups.size());
    for (const auto& g : groups) {
        Event merged;
        const std::size_t at = merge_group(events, g, merged);
        kept.emplace_back(at, std::move(merged));
    }
    std::sort(kept.begin(), kept.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
    std::vector<Event> out;
    out.reserve(kept.size());
    for (auto& [at, e] : kept) out.push_back(std::move(e));
    return out;
}

void dedup_results(std::vector<DocumentResult>& results) {
    std::vector<Event> all;
    std::vector<std::size_t> owner;
    for (std::size_t d = 0; d < results.size(); ++d) {
        for (Event& e : results[d].events) {
            all.push_back(std::move(e));
            owner.push_back(d);
        }
        results[d].events.clear();
    }
    const auto groups = dedup_groups(all);
    std::vector<std::pair<std::size_t, Event>> kept;
    for (const auto& g : groups) {
        Event merged;
        const std::size_t at = merge_group(all, g, merged);
        kept.emplace_back(at, std::move(merged));
    }
    std::sort(kept.begin(), kept.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
    for (auto& [at, e] : kept) results[owner[at]].events.push_back(std::move(e));
}

void DedupStream::add(const Event& e) {
    keys_.push_back(link_key(e, types_, docs_));
    scores_.push_back({e.confidence, e.fatalities});
}

void DedupStream::reorder(const std::vector<std::pair<std::size_t, std::size_t>>& ranges) {
    std::vector<detail::LinkKey> keys;
    std::vector<Score> scores;
    keys.reserve(keys_.size());
    scores.reserve(scores_.size());
    for (const auto& [first, n] : ranges) {
        keys.insert(keys.end(), keys_.begin() + first, keys_.begin() + first + n);
        scores.insert(scores.end(), scores_.begin() + first, scores_.begin() + first + n);
    }
    keys_ = std::move(keys);
    scores_ = std::move(scores);
}

// dedup_groups over the keys, then what each group of several keeps.
void DedupStream::link() {
    types_.clear();
    docs_.clear();
    root_ = detail::link_groups(keys_);
    std::vector<detail::LinkKey>().swap(keys_); // the links are made
    for (std::size_t i = 0; i < root_.size(); ++i) {
        const std::size_t r = root_[i];
        if (r == i) continue;
        auto [it, fresh] = merged_.try_emplace(root_[i]);
        Merged& m = it->second;
        if (fresh) {
            m.best = r;
            m.fatalities = scores_[r].fatalities;
        }
        if (scores_[i].confidence > scores_[m.best].confidence) m.best = i;
        m.fatalities = std::max(m.fatalities, scores_[i].fatalities);
    }
    std::vector<Score>().swap(scores_);
}

bool DedupStream::reports(std::size_t first, std::size_t n) const {
    for (std::size_t i = first; i < first + n; ++i)
        if (merged_.count(root_[i])) return true;
    return false;
}

void DedupStream::report(std::size_t i, const Event& e) {
    auto it = merged_.find(root_[i]);
    if (it == merged_.end()) return;
    Merged& m = it->second;
    auto add_id = [&](const std::string& id) {
        if (std::find(m.ids.begin(), m.ids.end(), id) == m.ids.end()) m.ids.push_back(id);
    };
    if (e.doc_ids.empty()) add_id(e.doc_id);
    for (const std::string& id : e.doc_ids) add_id(id);
    if (i == m.best) return;
    m.also += m.also.empty() ? "" : "; ";
    m.also += evidence_note(e);
}

bool DedupStream::apply(std::size_t i, Event& e) {
    auto it = merged_.find(root_[i]);
    if (it == merged_.end()) return true;
    Merged& m = it->second;
    if (i != m.best) return false;
    e.fatalities = m.fatalities;
    e.doc_ids = std::move(m.ids);
    e.notes += (e.notes.empty() ? "" : " | ") + std::string("also reported by ") + m.also;
    std::string().swap(m.also); // the group's later reports are still dropped
    return true;
}

void DedupDocuments::add(const DocumentResult& r) {
    starts_.push_back(dedup_.size());
    for (const Event& e : r.events) dedup_.add(e);
}

void DedupDocuments::write(const DocumentPass& read, const std::function<void(DocumentResult&)>& put) {
    const std::size_t events = dedup_.size();
    dedup_.link();
    auto count = [&](std::size_t d) { return (d + 1 < starts_.size() ? starts_[d + 1] : events) - starts_[d]; };
    read([&](std::size_t d) { return d < starts_.size() && dedup_.reports(starts_[d], count(d)); },
         [&](std::size_t d, DocumentResult& r) {
             for (std::size_t i = 0; i < r.events.size() && i < count(d); ++i) dedup_.report(starts_[d] + i, r.events[i]);
         });
    read([](std::size_t) { return true; }, [&](std::size_t d, DocumentResult& r) {
        if (d < starts_.size() && r.events.size() == count(d)) {
            std::vector<Event> kept;
            std::size_t i = starts_[d];
            for (Event& e : r.events)
                if (dedup_.apply(i++, e)) kept.push_back(std::move(e));
            r.events = std::move(kept);
        }
        put(r);
    });
}

} // namespace gt::batch
