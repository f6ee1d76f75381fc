#pragma once
// Spatial statements found in a text (internal to the geoparser).
#include "geoparse/internal.hpp"

#include <string>
#include <vector>

namespace gt::geoparse::detail {

/// "N km DIR of Y" with, when a location verb introduces it, a subject ("X lies ...").
struct Statement {
    std::size_t begin = 0, end = 0; // bytes: from the verb or the anaphor (claims) or the number
    std::size_t num_tok = 0;
    std::size_t anchor = 0;  // index into places
    std::size_t subject = 0; // index into places, when claim
    bool claim = false;
    double km = 0;
    std::string unit;
    double bearing = -1; // -1: no direction stated
};

std::vector<Statement> find_statements(const Analysed& a, const std::vector<PlaceMention>& places);

} // namespace gt::geoparse::detail
