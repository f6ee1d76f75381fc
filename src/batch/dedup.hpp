#pragma once
// Cross-document deduplication (docs/batch.md): reports of one incident in several documents
// (same event type, places within 10 km, date ranges overlapping within a day) become one event
// listing all its documents (Event::doc_ids) and the other reports' evidence (in notes).

#include "core/event.hpp"

#include <cstddef>
#include <cstdint>
#include <functional>
#include <string>
#include <unordered_map>
#include <utility>
#include <vector>

namespace gt::batch {

constexpr double kDedupDistanceM = 10'000;
constexpr int kDedupDaySlack = 1;

namespace detail {

/// What linking compares of an event: its type and document (as numbers), point and day range.
struct LinkKey {
    std::uint32_t type = 0, doc = 0;
    bool linked = false; // has a place, a type and dates
    double lat = 0, lon = 0;
    long first = 0, last = 0;
};

/// The group of each key: the smallest index of the keys linked to it (transitively). Keys are
/// bucketed by type and a 25 km cell of their point (earth-centred coordinates: a chord is never
/// longer than the geodesic, so two points within 10 km are in neighbouring cells, at the poles
/// and across the antimeridian too); keys of one point and one day range are compared as one;
/// a key is compared only with those of its and the neighbouring cells whose day ranges start
/// in its window (its first day to its last day plus the slack). Near linear however many
/// events share a place (issue #15); the links are those of comparing every pair.
/// `compared`, when given, gets the number of pairs of sites compared (what the time grows with).
std::vector<std::uint32_t> link_groups(const std::vector<LinkKey>& keys, std::size_t* compared = nullptr);

} // namespace detail

/// Groups of indexes of `events` that report one incident (each group in index order; groups
/// ordered by their first index; singletons included). Events of the same document are never
/// linked directly; events without a resolved place or a date are never linked.
std::vector<std::vector<std::size_t>> dedup_groups(const std::vector<Event>& events);

/// One event per group: the fields of its highest-confidence report (the first on ties), the
/// largest fatality count, doc_ids of every report (first appearance order), and the other
/// reports' evidence appended to notes. Order: the position of each group's kept report.
std::vector<Event> dedup_events(std::vector<Event> events);

/// The same over documents: each merged event stays in the document of its kept report;
/// the other reports are removed from theirs.
void dedup_results(std::vector<DocumentResult>& results);

/// The same deduplication over a stream of events too large to hold (`merge --dedup`): only a
/// key of each event is held (type, document, point, day range, confidence, fatalities: about
/// 60 bytes), and the texts of the reports that merge (their documents and evidence). The
/// events are given in their output order three times: add() each (the keys), then link(),
/// then report() those of a document where reports() says one may merge, then apply() each.
/// The events kept and their fields are those of dedup_results.
class DedupStream {
  public:
    void add(const Event& e);
    /// The keys put in output order when they were added in another: `ranges` gives, in output
    /// order, the first number and the count of each document's events as added.
    void reorder(const std::vector<std::pair<std::size_t, std::size_t>>& ranges);
    void link();
    /// Whether any of the `n` events from number `first` (in add() order) merges with another.
    bool reports(std::size_t first, std::size_t n) const;
    /// Event number `i` (its document and evidence), when it merges with another.
    void report(std::size_t i, const Event& e);
    /// Event number `i` made what the output keeps of it; false: it is dropped (another
    /// report of its incident is kept).
    bool apply(std::size_t i, Event& e);
    std::size_t size() const noexcept { return root_.empty() ? keys_.size() : root_.size(); }

  private:
    /// What the kept report of a group is chosen by, and what it gets from the others.
    struct Score {
        double confidence = 0;
        int fatalities = -1;
    };
    /// What the kept report of a group of several gets from the others.
    struct Merged {
        std::size_t best = 0;
        int fatalities = -1;
        std::vector<std::string> ids;
        std::string also;
    };
    std::vector<detail::LinkKey> keys_;
    std::vector<Score> scores_;       // of each key
    std::vector<std::uint32_t> root_; // the first event of each event's group
    std::unordered_map<std::string, std::uint32_t> types_, docs_;
    std::unordered_map<std::uint32_t, Merged> merged_; // by root, groups of several only
};

/// Documents in output order that can be read again (extract's journal, a spool):
/// `read(want, each)` calls `each(number, result)` for every document whose number (from 0, in
/// order) `want` accepts, in order, and parses only those.
using DocumentPass = std::function<void(const std::function<bool(std::size_t)>& want,
                                        const std::function<void(std::size_t, DocumentResult&)>& each)>;

/// --dedup of `extract` in bounded memory: DedupStream over documents that are read again in
/// output order rather than held. add() each document in order (the keys of its events), then
/// write() reads the documents of the incidents told more than once, then every document,
/// giving each with what the output keeps of its events (those of dedup_results).
class DedupDocuments {
  public:
    void add(const DocumentResult& r);
    void write(const DocumentPass& read, const std::function<void(DocumentResult&)>& put);
    std::size_t documents() const noexcept { return starts_.size(); }

  private:
    DedupStream dedup_;
    std::vector<std::size_t> starts_; // the number of each document's first event
};

} // namespace gt::batch
