#pragma once
// Discourse rules of the event finder: which mentions, counts and dates belong to the article's
// own incident rather than to a government, a tally or an incident it recalls (docs/events.md,
// "Main incident").

#include "events/clauses.hpp"
#include "events/extract.hpp"

#include <string>
#include <vector>

namespace gt::events::detail {

/// "Washington accused Moscow", "Moscow has repeatedly demanded", "Damascus denounced",
/// "despite Damascus promises": a national capital that speaks, accuses or promises stands for
/// its government. Such mentions are marked like actors (no incident place, no vote).
void mark_capital_governments(const Annotations& a, const std::vector<Word>& w,
                              const std::vector<int>& place_at, std::vector<char>& place_is_actor);

/// "The battle in Latakia has killed some 300 fighters", "the offensive has left 200 dead": a
/// campaign's toll in the present perfect is a running tally, not one incident's deaths.
bool campaign_tally(const std::vector<Word>& w, std::size_t first, std::size_t last);

/// "Rebels regularly fire rockets into the capital", "the town is often targeted by air
/// strikes": a habit, not an incident (used for sentences without a death count).
bool habitual(const std::vector<Word>& w, std::size_t first, std::size_t last);

/// "Syrian army retakes Qaryatain in Homs, kills over 50 terrorists in Hama": the place stated
/// right after a casualty count ("50 terrorists in Hama"), or -1.
int place_of_count(const Annotations& a, const std::vector<Word>& w,
                   const std::vector<int>& place_at, const std::vector<char>& place_is_actor,
                   std::size_t count_word, std::size_t last);

/// "that attack", "the same attack": a cue that refers back to an incident named before.
bool refers_back(const std::vector<Word>& w, std::size_t first, const CueHit& cue);

/// An incident reported without a place ("a besieged rebel town", "More than 30 rebels killed
/// in suicide blast") is placed by the sentences that elaborate on it: the next report of the
/// same event type with a town or division of the incident country, within three sentences.
void place_from_elaboration(Founds& out, const std::string& incident_country);

} // namespace gt::events::detail
