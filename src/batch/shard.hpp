#pragma once
// Sharding of a corpus across processes (Slurm job arrays): a document belongs to shard
// fnv1a64(id) mod N, the same on every machine and every run (docs/batch.md).

#include <cstdint>
#include <string>
#include <string_view>

namespace gt::batch {

/// FNV-1a, 64 bits: stable across platforms and compilers (std::hash is not).
std::uint64_t fnv1a64(std::string_view s) noexcept;

struct Shard {
    unsigned index = 0, count = 1;
    bool contains(std::string_view key) const noexcept {
        return count <= 1 || fnv1a64(key) % count == index;
    }
};

/// "i/N" with 0 <= i < N; throws UsageError otherwise.
Shard parse_shard(std::string_view spec);

/// The shard of a Slurm array task: SLURM_ARRAY_TASK_ID - SLURM_ARRAY_TASK_MIN (0 when unset)
/// of SLURM_ARRAY_TASK_COUNT; {0, 1} outside an array. Throws UsageError when the variables
/// do not make sense (an id outside MIN..MIN+COUNT-1: arrays must be contiguous, --array=0-3).
Shard shard_from_environment();

} // namespace gt::batch
