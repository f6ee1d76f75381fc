// Nearest places through the 1-degree grid of the index: rings of cells around the query
// point, stopping once no unvisited cell can hold anything closer than the k-th best.
#include "gazetteer/index.hpp"

#include <algorithm>
#include <cmath>

namespace gt::gazetteer {

using namespace format;

std::size_t Index::nearest(geo::LatLon p, std::span<Nearby> out, char feature_class) const noexcept {
    if (out.empty() || !geo::valid(p)) return 0;
    const int r0 = std::clamp(static_cast<int>(p.lat + 90.0), 0, grid_rows - 1);
    const int c0 = std::clamp(static_cast<int>(p.lon + 180.0), 0, grid_cols - 1);
    std::size_t n = 0;
    auto consider = [&](std::uint32_t e) {
        if (feature_class && entries_[e].feature_class != feature_class) return;
        double d = geo::distance_m(p, position(e));
        if (n == out.size() && d >= out[n - 1].distance_m) return;
        std::size_t pos = n < out.size() ? n++ : n - 1;
        while (pos > 0 && out[pos - 1].distance_m > d) {
            out[pos] = out[pos - 1];
            --pos;
        }
        out[pos] = {e, d};
    };
    // Shortest degrees on WGS 84: of latitude 110574 m (at the equator); of longitude
    // 111320 m * cos(latitude). A 1 % margin covers the rest of the ellipsoid's shape.
    constexpr double lat_deg_m = 110574.0 * 0.99, lon_deg_m = 111320.0 * 0.99;
    for (int ring = 0; ring <= grid_cols / 2; ++ring) {
        // Nothing in this ring is closer than (ring - 1) cells in latitude, or in longitude
        // scaled by the widest latitude of the band; stop when that exceeds the k-th best.
        if (n == out.size() && ring > 0) {
            double max_abs_lat = std::min(90.0, std::fabs(p.lat) + ring);
            double lon_scale = std::cos(max_abs_lat * M_PI / 180.0);
            double bound = (ring - 1) * std::min(lat_deg_m, lon_deg_m * lon_scale);
            if (bound > out[n - 1].distance_m) break;
        }
        for (int dr = -ring; dr <= ring; ++dr) {
            int r = r0 + dr;
            if (r < 0 || r >= grid_rows) continue;
            bool edge_row = dr == -ring || dr == ring;
            for (int dc = -ring; dc <= ring; dc += edge_row ? 1 : 2 * std::max(ring, 1)) {
                if (2 * ring >= grid_cols && dc == ring) continue; // wrapped onto -ring
                int c = ((c0 + dc) % grid_cols + grid_cols) % grid_cols;
                auto cell = static_cast<std::uint32_t>(r * grid_cols + c);
                for (std::uint32_t k = grid_start_[cell]; k < grid_start_[cell + 1]; ++k)
                    consider(grid_items_[k]);
                if (ring == 0) break;
            }
        }
    }
    return n;
}

} // namespace gt::gazetteer
