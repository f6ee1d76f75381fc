#pragma once
// Spatial statements found in a text (internal to the geoparser).
#include "geoparse/internal.hpp"

#include <string>
#include <vector>

namespace gt::geoparse::detail {

/// "N km DIR of Y" with, when a location verb or an apposition introduces it, a subject ("X lies
/// ...", "X, a town N km DIR of Y").
struct Statement {
    std::size_t begin = 0, end = 0; // bytes: from the verb, the anaphor or the subject (claims), else the hedge or number
    std::size_t num_tok = 0;
    std::size_t anchor = 0;  // index into places
    std::size_t subject = 0; // index into places, when claim
    bool claim = false;
    bool anaphor = false;    // the subject is named by an anaphor ("the city, which lies")
    double km = 0;
    std::string unit;
    double bearing = -1; // -1: no direction stated
};

std::vector<Statement> find_statements(const Analysed& a, const std::vector<PlaceMention>& places);

/// The first token of the words that put the place starting at token i near another without a
/// distance: "near", "nearby", "outside", "around", "close to", "on the outskirts of", "in the
/// vicinity of", "north of", "just south-west of", each also before "the city of", "the town
/// of", "the village of" or "the"; a.toks.size() when there are none.
std::size_t nearness_cue(const Analysed& a, std::size_t i);

} // namespace gt::geoparse::detail
