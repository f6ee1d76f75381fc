// The administrative hierarchy the text states ("X in the Y province", "X, Y", "X (Y, Z)"):
// which place mention is the container of which, and the candidates of each mention ranked
// again inside its stated container (docs/geoparse.md, "Resolution").
#pragma once

#include "geoparse/internal.hpp"
#include "geoparse/rank.hpp"

#include <cstdint>
#include <vector>

namespace gt::geoparse::detail {

struct Links {
    std::vector<std::int64_t> to;     // the container's span, -1 when none
    std::vector<std::uint8_t> strong; // linked by "in", "of" or a parenthesis
};

Links links_of(const Analysed& a, const std::vector<Span>& spans);

SupportTable container_support(const gazetteer::Index& idx, const Links& links,
                                       const CandTable& cands);

void rank_in_containers(const gazetteer::Index& idx, const DocFocus& focus,
                        const std::vector<Span>& spans, const CandTable& cands,
                        const Links& links, const SupportTable& support,
                        std::vector<std::int64_t>& chosen, std::vector<PlaceMention>& out);

} // namespace gt::geoparse::detail
