#pragma once
// The progress line of a batch run on a terminal: documents, MB/s, events, errors, ETA.

#include <chrono>
#include <cstddef>
#include <cstdint>
#include <iosfwd>

namespace gt::batch {

class Progress {
  public:
    /// `total_bytes` 0: unknown (no ETA).
    Progress(bool enabled, std::ostream& log, std::uint64_t total_bytes);
    /// Redraws at most four times a second.
    void update(std::size_t documents, std::size_t events, std::size_t failed, std::uint64_t bytes);
    /// Clears the line.
    void finish();
    double seconds() const;

  private:
    bool enabled_;
    std::ostream& log_;
    std::uint64_t total_;
    std::chrono::steady_clock::time_point start_, last_;
    bool drawn_ = false;
};

} // namespace gt::batch
