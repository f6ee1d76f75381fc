#pragma once
// The features of a GeoJSON FeatureCollection in the order the writer gives them (events by
// date, stable, undated last; then the spatial claims in document order) with bounded memory:
// past a budget, the events held are sorted and written as a run to a spool (io::Spool: an
// unlinked temporary file in $TMPDIR, else /tmp), and at the end the runs are merged. Under the budget nothing is
// written and the order is that of one stable sort (issue #15: `--format geojson` held every
// feature, 1.48 GB for 1 M documents).

#include <cstddef>
#include <cstdint>
#include <functional>
#include <memory>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace gt::io {
class Spool;
}

namespace gt::io::detail {

class FeatureSpill {
  public:
    static constexpr std::size_t default_budget = std::size_t{64} << 20; // bytes of features held

    explicit FeatureSpill(std::size_t budget = default_budget);
    ~FeatureSpill();
    FeatureSpill(const FeatureSpill&) = delete;
    FeatureSpill& operator=(const FeatureSpill&) = delete;

    /// `date`: ISO date or "" (last).
    void add_event(std::string date, std::string feature);
    void add_claim(std::string feature);
    /// Calls `put` for every event by date, then every claim, and forgets them. Throws
    /// OutputError when the temporary file cannot be written or read back.
    void drain(const std::function<void(std::string_view)>& put);
    /// Runs written to the temporary file so far (0 while under the budget).
    std::size_t runs() const noexcept { return runs_.size(); }

  private:
    struct Item {
        std::string date, feature;
    };
    void spill();
    void merge_runs(const std::function<void(std::string_view)>& put);

    std::size_t budget_, held_ = 0;
    std::vector<Item> events_;
    std::vector<std::string> claims_;
    std::unique_ptr<Spool> spool_;                              // made by the first run
    std::vector<std::pair<std::uint64_t, std::uint64_t>> runs_; // [begin, end) of each run of events
    std::vector<std::pair<std::uint64_t, std::uint64_t>> claim_runs_;
};

} // namespace gt::io::detail
