#pragma once
// Internal to src/events: the place the text states for a chosen mention (docs/events.md,
// "Place"), with the document's relative places and spatial claims indexed once, so that the
// work per event does not grow with the number of them in the document.

#include "events/extract.hpp"

#include <cstddef>
#include <vector>

namespace gt::events::detail {

class StatedPlaces {
public:
    explicit StatedPlaces(const Annotations& a);
    /// A relative place that contains `loc` ("15 km southwest of Aleppo", "near Aleppo") with
    /// geo_precision 2; the anchor of a claim in the sentence [sb, se) ("Zarbah, which lies 15
    /// km southwest of Aleppo"): the claim's subject; else `loc` unchanged.
    /// ... and a town named as the container of a village the geoparser does not know ("in
    /// Zamanly, Gadabay", "in Korko (Barsalogho, ...)"): the event is near the town, geo_precision 2.
    void apply(std::size_t sb, std::size_t se, FoundPlace& place) const;
    bool names_unknown_place_in(const PlaceMention& loc) const;

private:
    const Annotations& a_;
    bool relative_sorted_ = true;       // by begin, every span well formed (else: scan them all)
    std::size_t longest_relative_ = 0;  // bytes
    std::vector<std::size_t> claims_;   // indices of a_.claims, stable-sorted by anchor.begin
};

} // namespace gt::events::detail
