#pragma once
// Ranking of one mention's gazetteer candidates with the document in view (internal to
// src/geoparse; docs/geoparse.md, "Resolution"). resolve.cpp gathers the candidates and the
// document's evidence; rank.cpp scores the candidates of one mention and fills its resolution.

#include "geo/geodesy.hpp"
#include "geoparse/internal.hpp"

#include <array>
#include <string>
#include <unordered_map>
#include <vector>

namespace gt::geoparse::detail {

inline constexpr std::size_t max_candidates = 24;

/// The gazetteer's ranked candidates of one mention.
struct Cands {
    std::array<gazetteer::Candidate, max_candidates> c{};
    std::size_t n = 0;
};

/// A confidently resolved place of the document: co-mentioned places nearby support a candidate.
struct Anchor {
    geo::LatLon p;
    const std::string* key;
};

/// What the document as a whole says about where it is.
struct DocFocus {
    std::unordered_map<std::string, double> country_w; // normalised to the strongest = 1
    std::unordered_map<std::string, double> admin1_w;  // normalised to the strongest = 1
    double focus_raw = 0; // the raw weight of the main country: a document firmly about one
    std::vector<Anchor> anchors;

    double country_weight(std::string_view cc) const;
};

/// Countries, continents, oceans, seas and large regions.
bool is_broad(const gazetteer::Index& idx, std::uint32_t e);
/// "US", "UK", "UAE", "EU" ...: the codes prose uses for countries.
bool is_prose_code(std::string_view key);
/// The entry's ISO country code, empty when none.
std::string_view country2(const gazetteer::Index& idx, std::uint32_t e);

/// Scores the candidates of span `sp` and fills the resolution of `m` (left unresolved when no
/// candidate may stand). `container` is the entry of a country or division the text states the
/// place lies in ("X, Y", "X in the Y province"), or -1.
void rank_span(const gazetteer::Index& idx, const DocFocus& focus, const Span& sp,
               const Cands& cs, std::int64_t container, PlaceMention& m);

} // namespace gt::geoparse::detail
