#pragma once
// Places in context: recognition of place mentions in a text and their resolution against the
// gazetteer with the whole document in view (docs/geoparse.md).

#include "core/place.hpp"
#include "gazetteer/index.hpp"
#include "text/segment.hpp"

#include <memory>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace gt::geoparse {

namespace detail {
struct Analysed;
struct Statement;
} // namespace detail

/// parse(), relative_places() and spatial_claims() of one text.
struct DocumentPlaces {
    std::vector<PlaceMention> places;
    std::vector<PlaceMention> relative;
    std::vector<SpatialClaim> claims;
};

struct Options {
    bool demonyms = true;       // report adjectives/demonyms ("Syrian") as mentions
    double min_score = 0.0;     // drop resolutions below this confidence
};

class Geoparser {
  public:
    explicit Geoparser(const gazetteer::Index& index, Options opts = {});

    /// Finds the place mentions of a document and resolves each (byte offsets into text); a
    /// site or institution a town's name opens is shown whole ("Manila Cathedral").
    std::vector<PlaceMention> parse(std::string_view text) const;

    /// Resolves exactly the given spans (byte offsets, end exclusive) using the whole text as
    /// context; one PlaceMention per span, in the same order (resolved == false when unknown).
    std::vector<PlaceMention> resolve_spans(std::string_view text,
                                            const std::vector<std::pair<std::size_t, std::size_t>>& spans) const;

    /// Spatial statements of the text checked against the gazetteer: "X lies N km DIR of Y"
    /// (a claim with stated vs geodesic distance and bearing) and relative places
    /// ("30 km north of Aleppo": a PlaceMention with relative == true, placed by the geodesic
    /// direct problem, lower precision). `places` is the output of parse() for the same text.
    std::vector<SpatialClaim> spatial_claims(std::string_view text, const std::vector<PlaceMention>& places) const;
    std::vector<PlaceMention> relative_places(std::string_view text, const std::vector<PlaceMention>& places) const;

    const gazetteer::Index& index() const noexcept { return index_; }

    /// The seat of a division (`division`): for a first-level one (feature A.ADM1) the most
    /// populous place of feature PPLA in it (else the national capital, when it lies in it), for
    /// a second-level one (A.ADM2) its most populous place of feature PPLA2, when that lies
    /// within `reach_m` of the division's point; false otherwise (no seat known, another
    /// feature). The first call reads the index's places once (a table shared by the copies of
    /// this geoparser).
    bool seat_of(const PlaceMention& division, double reach_m, geo::LatLon& seat) const;

    /// The country whose ISO alpha-2 code is `cc` as a place: the gazetteer's country entry
    /// (A.PCLI, place_id "country:CC", its point), geo_precision 3; resolved == false when the
    /// gazetteer has none. For a country the text implies without naming a place of it (the
    /// armed groups it names).
    PlaceMention country_point(std::string_view cc) const;
    /// The first-level division of country `cc` named `name` ("Donetsk", "Borno") as a place:
    /// the gazetteer's A.ADM1 entry, geo_precision 3; resolved == false when it has none. For
    /// the area an armed group the text names is most active in (lexicon/actors.tsv).
    PlaceMention division_point(std::string_view cc, std::string_view name) const;
    /// The populated place of country `cc` named `name` as written (its exact name or one of
    /// its other names, no loose spelling: "Tripoli" in LB), the gazetteer's first, as a town
    /// (geo_precision 1); resolved == false when it has none. For a namesake at home of a
    /// place the text names abroad (docs/events.md, "When no place resolves").
    PlaceMention town_point(std::string_view cc, std::string_view name) const;

    /// parse(), relative_places() and spatial_claims() at once, the text analysed once (the same
    /// results as the three calls).
    DocumentPlaces parse_document(std::string_view text) const;
    /// The same with the text's segmentation given (text::segment(text)), for callers that
    /// segment the text for their own rules too; `country_hints` are ISO codes of countries the
    /// text speaks of in other ways than by a place's name (the armed groups it names: JNIM,
    /// Al-Shabaab), a weak vote each for the document's countries.
    DocumentPlaces parse_document(std::string_view text, const text::Segmented& seg,
                                  const std::vector<std::string>& country_hints = {}) const;
    /// The same, the segmentation given up: it is freed (`seg` left empty) once the geoparser
    /// has made its own tokens from it, before the mentions are recognised and resolved (a big
    /// document's memory peaks there: issue #15).
    DocumentPlaces parse_document(std::string_view text, text::Segmented&& seg,
                                  const std::vector<std::string>& country_hints = {}) const;

  private:
    DocumentPlaces places_of(const detail::Analysed& a, const std::vector<std::string>& country_hints) const;
    std::vector<PlaceMention> parse_analysed(const detail::Analysed& a,
                                             const std::vector<std::string>& hints = {},
                                             bool whole_sites = false) const;
    std::vector<PlaceMention> relative_of(const detail::Analysed& a,
                                          const std::vector<PlaceMention>& places,
                                          const std::vector<detail::Statement>& statements) const;
    std::vector<SpatialClaim> claims_of(std::string_view text,
                                        const std::vector<PlaceMention>& places,
                                        const std::vector<detail::Statement>& statements) const;

    const gazetteer::Index& index_;
    Options opts_;
};

/// False only when the text states no distance a spatial claim could be made of: no number
/// followed by a unit of length ("140 km", "140km", "5 miles"), read as the claim finder reads
/// them. No gazetteer lookup: the event pipeline asks it before geoparsing a document it may
/// not need to (DocumentPlaces::claims is empty whenever this is false).
bool may_state_distance(std::string_view text, const text::Segmented& seg);

} // namespace gt::geoparse
