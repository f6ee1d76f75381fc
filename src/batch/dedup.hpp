#pragma once
// Cross-document deduplication (docs/batch.md): reports of one incident in several documents
// (same event type, places within 10 km, date ranges overlapping within a day) become one event
// listing all its documents (Event::doc_ids) and the other reports' evidence (in notes).

#include "core/event.hpp"

#include <cstddef>
#include <vector>

namespace gt::batch {

constexpr double kDedupDistanceM = 10'000;
constexpr int kDedupDaySlack = 1;

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

} // namespace gt::batch
