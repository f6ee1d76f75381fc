#include "batch/shard.hpp"

#include "core/error.hpp"

#include <charconv>
#include <cstdlib>

namespace gt::batch {

namespace {

bool parse_unsigned(std::string_view s, unsigned& out) {
    if (s.empty()) return false;
    auto [end, ec] = std::from_chars(s.data(), s.data() + s.size(), out);
    return ec == std::errc() && end == s.data() + s.size();
}

} // namespace

std::uint64_t fnv1a64(std::string_view s) noexcept {
    std::uint64_t h = 14695981039346656037ULL;
    for (unsigned char c : s) {
        h ^= c;
        h *= 1099511628211ULL;
    }
    return h;
}

Shard parse_shard(std::string_view spec) {
    const auto slash = spec.find('/');
    Shard s;
    if (slash == std::string_view::npos || !parse_unsigned(spec.substr(0, slash), s.index) ||
        !parse_unsigned(spec.substr(slash + 1), s.count) || s.count == 0 || s.index >= s.count)
        throw UsageError("--shard '" + std::string(spec) +
                         "' is not I/N with 0 <= I < N (the first of 4 shards is 0/4)");
    return s;
}

Shard shard_from_environment() {
    const char* id = std::getenv("SLURM_ARRAY_TASK_ID");
    const char* count = std::getenv("SLURM_ARRAY_TASK_COUNT");
    if (!id || !count || !*id || !*count) return {};
    const char* min = std::getenv("SLURM_ARRAY_TASK_MIN");
    unsigned i = 0, n = 0, lo = 0;
    if (!parse_unsigned(id, i) || !parse_unsigned(count, n) || n == 0 ||
        (min && *min && !parse_unsigned(min, lo)))
        throw UsageError("SLURM_ARRAY_TASK_ID/COUNT/MIN are not numbers; give --shard I/N");
    if (i < lo || i - lo >= n)
        throw UsageError("SLURM_ARRAY_TASK_ID " + std::to_string(i) + " is outside SLURM_ARRAY_TASK_MIN " +
                         std::to_string(lo) + " + COUNT " + std::to_string(n) +
                         " (a job array with gaps or a step?); use a contiguous --array=0-" +
                         std::to_string(n - 1) + " or give --shard I/N");
    return {i - lo, n};
}

} // namespace gt::batch
