#include "batch/progress.hpp"

#include <cstdio>
#include <ostream>

namespace gt::batch {

Progress::Progress(bool enabled, std::ostream& log, std::uint64_t total_bytes)
    : enabled_(enabled), log_(log), total_(total_bytes), start_(std::chrono::steady_clock::now()), last_(start_) {}

double Progress::seconds() const {
    return std::chrono::duration<double>(std::chrono::steady_clock::now() - start_).count();
}

void Progress::update(std::size_t documents, std::size_t events, std::size_t failed, std::uint64_t bytes) {
    if (!enabled_) return;
    const auto now = std::chrono::steady_clock::now();
    if (now - last_ < std::chrono::milliseconds(250)) return;
    last_ = now;
    const double s = seconds();
    const double mb = static_cast<double>(bytes) / 1e6;
    const double rate = s >= 1 ? mb / s : 0; // no rate (and no ETA) from a fraction of a second
    char eta[32] = "";
    if (total_ > bytes && rate > 0) {
        const auto left = static_cast<long>(static_cast<double>(total_ - bytes) / 1e6 / rate);
        if (left >= 1)
            std::snprintf(eta, sizeof eta, ", ETA %ld:%02ld:%02ld", left / 3600, left / 60 % 60, left % 60);
    }
    char speed[32] = "";
    if (rate > 0) std::snprintf(speed, sizeof speed, " (%.2f MB/s)", rate);
    char line[192];
    std::snprintf(line, sizeof line, "\r\033[K%zu document%s, %.1f MB%s, %zu event%s, %zu error%s%s", documents,
                  documents == 1 ? "" : "s", mb, speed, events, events == 1 ? "" : "s", failed, failed == 1 ? "" : "s",
                  eta);
    log_ << line << std::flush;
    drawn_ = true;
}

void Progress::finish() {
    if (drawn_) log_ << "\r\033[K" << std::flush;
    drawn_ = false;
}

} // namespace gt::batch
