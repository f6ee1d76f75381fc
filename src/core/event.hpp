#pragma once
// An event as the assembler builds it and the writers print it (docs/reference.md).
// Plain data: core/ includes nothing of ours.

#include "core/place.hpp"
#include "core/shared_str.hpp"
#include "core/timex.hpp"

#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

namespace gt {

/// ACLED time_precision extended with years: 1 day, 2 week, 3 month, 4 year.
enum class TimePrecision : int { day = 1, week = 2, month = 3, year = 4 };

/// The sentence an event was read from: 24 bytes (a candidate event holds one, issue #15). The
/// offsets are 32 bits (a document is read whole and held ten times over: never 4 GB); the text
/// is a handle, empty (no block) in a candidate, which holds the offsets only: merge_events
/// copies the sentence into the events it keeps.
struct Evidence {
    std::uint32_t start = 0, end = 0; // code-point offsets of the sentence in the document text
    std::uint32_t begin_byte = 0, end_byte = 0;
    SharedStr text;
};

/// An offset as Evidence holds it (a larger one, of a document over 4 GB, saturates).
inline std::uint32_t evidence_offset(std::size_t v) noexcept {
    return v > UINT32_MAX ? UINT32_MAX : static_cast<std::uint32_t>(v);
}

/// The strings an event takes from a vocabulary (event types, CAMEO codes, actor names, kinds and
/// countries) are SharedStr handles, shared by every record that names the same value (the
/// lexicon's rows, or shared_vocab(): issue #15, a big document's candidate events held
/// fifteen strings each), and so are the words of the text they quote (the actor's mention, the
/// trigger, the time expression), which a document repeats.
struct Actor {
    SharedStr name;         // canonical (ACLED-style) name: "Military Forces of Syria (2000-)"
    SharedStr mention;      // as written: "the Syrian army"
    int inter = 0;          // ACLED inter code: 1 state forces, 2 rebel group, 3 political militia,
                            // 4 identity militia, 5 rioters, 6 protesters, 7 civilians, 8 external/other
    SharedStr kind;         // "state forces", "rebel group", ...
    SharedStr country;      // ISO alpha-2 of the actor's country, when it has one
};

/// What one report of an incident states (a sentence of the text): its type, actors, deaths,
/// evidence and the confidence of the reading. The events stage holds one per candidate event of
/// a document (a big document's largest block of memory, issue #15), so the fields the merge and
/// the writers add are not part of it, nor the place (a candidate shares the place mention it
/// names: events::FoundPlace): see Event.
struct EventReport {
    SharedStr event_type;         // ACLED: "Battles", "Explosions/Remote violence", ...
    SharedStr sub_event_type;     // ACLED: "Government regains territory", "Air/drone strike", ...
    SharedStr cameo;              // CAMEO code: "190", "195", "040", ...
    SharedStr trigger;            // the cue as written ("broke the siege", "liberated")
    SharedStr date_text;          // the time expression used, empty when the DCT was used

    Actor actor1, actor2;
    SharedStr assoc_actor1, assoc_actor2;

    int fatalities = -1;          // -1: not reported
    Evidence evidence;            // (a candidate's holds the offsets; the text is copied into the event)
    double confidence = 0;        // 0..1
};

/// An event as the writers print it: a report with its place, id and dates, where it was
/// published and the documents that report it.
struct Event : EventReport {
    PlaceMention location;        // resolved == false when the place is unknown

    std::string event_id;         // unique within a run: "<doc_id>-<n>"
    std::string doc_id;

    std::string date;             // ISO date of the event (start of the range when a range)
    std::string date_start, date_end;
    TimePrecision time_precision = TimePrecision::day;

    std::string source;           // the document's source (publisher), if known
    std::string url;
    std::string notes;            // a one-line summary
    std::vector<std::string> doc_ids; // all documents reporting it (after deduplication)
};

/// Everything extracted from one document.
struct DocumentResult {
    std::string doc_id;
    std::string input;            // file or JSONL path
    std::size_t line = 0;
    Dct dct;
    std::vector<Event> events;
    std::vector<SpatialClaim> claims;
    // (The place and date mentions the events were made from are not kept: no writer prints
    // them, and a batch held them until its chunk was written: issue #15.)
    std::string error;            // non-empty when the document could not be processed
    std::string warning;          // non-empty: processed, but the user should hear of it (an empty text); not written
    /// Position of the document in the run's input order (set by the batch engine, src/batch;
    /// written as "seq" with "input" and "line" in JSONL so shards can be merged); npos: unset.
    std::size_t seq = static_cast<std::size_t>(-1);
};

} // namespace gt
