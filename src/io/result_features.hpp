#pragma once
// extract's outputs read back for `view` and `merge`: which of them a file is (JSONL document
// lines, GeoJSON, CSV), the GeoJSON features of JSONL results (view), and the documents of a
// GeoJSON file (merge).

#include "core/event.hpp"
#include "io/html_map.hpp"
#include "io/spool.hpp"

#include <functional>
#include <istream>
#include <map>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace gt::io {

enum class InputKind { jsonl, geojson, csv, unknown };

/// What the first non-blank line of a file says it is: a JSONL document line of extract
/// ({"id", "events"...}), GeoJSON (a Feature or FeatureCollection, a GeoJSONSeq record, or a
/// line "{" that opens a pretty-printed document), a CSV header (no '{', a comma) or unknown.
/// `cut`: the line is the first sniff_bytes of a longer one (a FeatureCollection on one line):
/// an object whose first key is "id" is JSONL (extract writes it first), another GeoJSON.
InputKind sniff_input(std::string_view first_line, bool cut = false);

/// The most of a first line looked at: a file on one line is not read whole to be sniffed.
constexpr std::size_t sniff_bytes = std::size_t{1} << 20;

/// The first line of the file at `path` that is not blank (empty at the end of the file), at
/// most sniff_bytes of it (`*cut` says whether it was longer); throws InputError when it cannot
/// be opened.
std::string first_line(const std::string& path, bool* cut = nullptr);

/// The same from a stream: the bytes read (blank lines and all, up to the first line's end or
/// sniff_bytes of it) are appended to `read`, for the caller to read them again.
std::string first_line(std::istream& in, std::string& read, bool* cut = nullptr);

/// The features the GeoJSON writer writes for these results: the events sorted by date (stable,
/// undated last), then the spatial claims.
FeatureJson features_of(const std::vector<DocumentResult>& results);

/// The same features from extract's JSONL results read from `in` a document at a time, given to
/// `each` in that order: the features held are those of a FeatureSpill (feature_spill.hpp:
/// bounded, sorted runs in a temporary file past its budget), not the documents. Throws
/// InputError naming `name` and the line of a bad document line, or the event (and its
/// document) whose coordinates cannot be drawn (bad_feature_geometry). Returns the features.
std::size_t for_each_result_feature(std::istream& in, const std::string& name,
                                    const std::function<void(const FeatureJson&)>& each);

/// The documents of GeoJSON features as extract writes them, fed one feature at a time. A
/// document's features are not together in GeoJSON (events by date, claims last), so each
/// feature's JSON (as in the document's JSONL line) goes to a temporary file (io::Spool); what
/// is held is the documents' ids and 32 bytes a feature, never the features.
class ResultsOfFeatures {
  public:
    /// `name` names the file in errors.
    explicit ResultsOfFeatures(std::string name);
    /// Throws InputError for a feature that is neither an event nor a claim of ours.
    void add(const FeatureJson& feature);
    /// Gives `each` the documents one at a time, in the order their first feature came, and
    /// forgets them; throws InputError naming the document that is not valid.
    void finish(const std::function<void(DocumentResult&)>& each);
    /// The same, every document at once.
    std::vector<DocumentResult> finish();

  private:
    struct Piece {
        std::uint32_t doc;
        bool claim;
        Spool::Ref json;
    };
    std::string name_;
    std::unordered_map<std::string, std::uint32_t> index_; // a document's id (JSON) → its number
    std::vector<const std::string*> ids_;                  // the keys of index_ by number
    std::vector<Piece> pieces_;
    Spool spool_;
    std::size_t count_ = 0;
};

/// The documents of GeoJSON features as extract writes them, grouped by "doc_id" in the order
/// they first appear: events with every property GeoJSON carries (the gazetteer feature code
/// and the document date are not in GeoJSON), claims with their end points. `name` names the
/// file in errors (InputError for a feature that is neither an event nor a claim of ours).
std::vector<DocumentResult> results_of(const FeatureJson& features, const std::string& name);

} // namespace gt::io
