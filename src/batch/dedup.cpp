#include "batch/dedup.hpp"

#include "geo/geodesy.hpp"

#include <algorithm>
#include <cmath>
#include <numeric>
#include <string>
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

struct Key {
    std::size_t index;
    long first, last; // day range
};

struct UnionFind {
    std::vector<std::size_t> parent;
    explicit UnionFind(std::size_t n) : parent(n) { std::iota(parent.begin(), parent.end(), std::size_t{0}); }
    std::size_t find(std::size_t x) {
        while (parent[x] != x) x = parent[x] = parent[parent[x]];
        return x;
    }
    void join(std::size_t a, std::size_t b) {
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

std::vector<std::vector<std::size_t>> dedup_groups(const std::vector<Event>& events) {
    UnionFind uf(events.size());
    // Candidates by event type, sorted by latitude: only a band of 10 km is compared.
    std::unordered_map<std::string, std::vector<Key>> by_type;
    for (std::size_t i = 0; i < events.size(); ++i) {
        const Event& e = events[i];
        if (!e.location.resolved || e.event_type.empty()) continue;
        Key k{i, 0, 0};
        const std::string& a = e.date_start.empty() ? e.date : e.date_start;
        const std::string& b = e.date_end.empty() ? a : e.date_end;
        if (!day_number(a, k.first) || !day_number(b, k.last)) continue;
        if (k.last < k.first) std::swap(k.first, k.last);
        by_type[e.event_type].push_back(k);
    }
    const double band_deg = kDedupDistanceM / 110'000.0; // a degree of latitude is >= 110.5 km
    for (auto& [type, keys] : by_type) {
        std::sort(keys.begin(), keys.end(), [&](const Key& x, const Key& y) {
            const double lx = events[x.index].location.lat, ly = events[y.index].location.lat;
            return lx != ly ? lx < ly : x.index < y.index;
        });
        for (std::size_t i = 0; i < keys.size(); ++i) {
            const Event& a = events[keys[i].index];
            for (std::size_t j = i + 1; j < keys.size(); ++j) {
                const Event& b = events[keys[j].index];
                if (b.location.lat - a.location.lat > band_deg) break;
                if (a.doc_id == b.doc_id) continue;
                if (keys[i].first - kDedupDaySlack > keys[j].last || keys[j].first - kDedupDaySlack > keys[i].last)
                    continue;
                if (geo::distance_m({a.location.lat, a.location.lon}, {b.location.lat, b.location.lon}) >
                    kDedupDistanceM)
                    continue;
                uf.join(keys[i].index, keys[j].index);
            }
        }
    }
    std::vector<std::vector<std::size_t>> groups;
    std::vector<std::size_t> group_of(events.size(), static_cast<std::size_t>(-1));
    for (std::size_t i = 0; i < events.size(); ++i) {
        const std::size_t root = uf.find(i);
        if (group_of[root] == static_cast<std::size_t>(-1)) {
            group_of[root] = groups.size();
            groups.emplace_back();
        }
        groups[group_of[root]].push_back(i);
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

namespace {

std::uint32_t number_of(std::unordered_map<std::string, std::uint32_t>& table, const std::string& s) {
    return table.emplace(s, static_cast<std::uint32_t>(table.size())).first->second;
}

} // namespace

void DedupStream::add(const Event& e) {
    Key k;
    k.confidence = e.confidence;
    k.fatalities = e.fatalities;
    if (e.location.resolved && !e.event_type.empty()) {
        const std::string& a = e.date_start.empty() ? e.date : e.date_start;
        const std::string& b = e.date_end.empty() ? a : e.date_end;
        if (day_number(a, k.first) && day_number(b, k.last)) {
            if (k.last < k.first) std::swap(k.first, k.last);
            k.linked = true;
            k.type = number_of(types_, e.event_type);
            k.doc = number_of(docs_, e.doc_id);
            k.lat = e.location.lat;
            k.lon = e.location.lon;
        }
    }
    keys_.push_back(k);
}

void DedupStream::reorder(const std::vector<std::pair<std::size_t, std::size_t>>& ranges) {
    std::vector<Key> keys;
    keys.reserve(keys_.size());
    for (const auto& [first, n] : ranges) keys.insert(keys.end(), keys_.begin() + first, keys_.begin() + first + n);
    keys_ = std::move(keys);
}

// dedup_groups over the keys: the same comparisons in the same order.
void DedupStream::link() {
    types_.clear();
    docs_.clear();
    UnionFind uf(keys_.size());
    std::unordered_map<std::uint32_t, std::vector<std::uint32_t>> by_type;
    for (std::size_t i = 0; i < keys_.size(); ++i)
        if (keys_[i].linked) by_type[keys_[i].type].push_back(static_cast<std::uint32_t>(i));
    const double band_deg = kDedupDistanceM / 110'000.0;
    for (auto& [type, ids] : by_type) {
        std::sort(ids.begin(), ids.end(), [&](std::uint32_t x, std::uint32_t y) {
            const double lx = keys_[x].lat, ly = keys_[y].lat;
            return lx != ly ? lx < ly : x < y;
        });
        for (std::size_t i = 0; i < ids.size(); ++i) {
            const Key& a = keys_[ids[i]];
            for (std::size_t j = i + 1; j < ids.size(); ++j) {
                const Key& b = keys_[ids[j]];
                if (b.lat - a.lat > band_deg) break;
                if (a.doc == b.doc) continue;
                if (a.first - kDedupDaySlack > b.last || b.first - kDedupDaySlack > a.last) continue;
                if (geo::distance_m({a.lat, a.lon}, {b.lat, b.lon}) > kDedupDistanceM) continue;
                uf.join(ids[i], ids[j]);
            }
        }
    }
    root_.resize(keys_.size());
    for (std::size_t i = 0; i < keys_.size(); ++i) {
        const std::size_t r = uf.find(i);
        root_[i] = static_cast<std::uint32_t>(r);
        if (r == i) continue;
        auto [it, fresh] = merged_.try_emplace(root_[i]);
        Merged& m = it->second;
        if (fresh) {
            m.best = r;
            m.fatalities = keys_[r].fatalities;
        }
        if (keys_[i].confidence > keys_[m.best].confidence) m.best = i;
        m.fatalities = std::max(m.fatalities, keys_[i].fatalities);
    }
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

} // namespace gt::batch
