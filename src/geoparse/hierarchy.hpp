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

/// "Al Jabaliyah area in western Yemen (At Tuhayat, Al Hudaydah)": a parenthesis right after a
/// country (its first candidate) that the country links to states the container of what the
/// country contains, the country said in passing: X lies in the parenthesis's first level, and
/// the country in nothing.
void contained_past_country(const gazetteer::Index& idx, const Analysed& a, const std::vector<Span>& spans,
                            const CandTable& cands, Links& links);

/// "Acre, Northern, Israel", "Sderot, Southern, Israel": a comma chain that closes with a
/// country after a level the gazetteer does not know (one to three capitalised words between
/// commas: Israel's Northern District written "Northern") states the country as the first
/// place's container.
void contained_past_unknown_level(const gazetteer::Index& idx, const Analysed& a, const std::vector<Span>& spans,
                                  const CandTable& cands, Links& links);

SupportTable container_support(const gazetteer::Index& idx, const Links& links,
                                       const CandTable& cands);

void rank_in_containers(const gazetteer::Index& idx, const DocFocus& focus,
                        const std::vector<Span>& spans, const CandTable& cands,
                        const Links& links, const SupportTable& support,
                        std::vector<std::int64_t>& chosen, std::vector<PlaceMention>& out);

} // namespace gt::geoparse::detail
