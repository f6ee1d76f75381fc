#pragma once
// The batch options of `geotimeline extract` (docs/batch.md), for the CLI only: header-only
// over CLI11, which the geotimeline executable links (gt_batch itself does not).

#include "batch/runner.hpp"
#include "batch/shard.hpp"
#include "core/error.hpp"

#include <CLI/CLI.hpp>

#include <string>

namespace gt::batch {

struct BatchCli {
    unsigned jobs = 0;
    bool quiet = false, resume = false, dedup = false;
    std::string errors, shard;
    std::size_t max_doc_bytes = std::size_t{16} << 20;
};

inline void add_batch_options(CLI::App& app, BatchCli& c) {
    app.add_option("-j,--jobs", c.jobs, "Worker threads (default: all cores); the output is the same for any N");
    app.add_flag("-q,--quiet", c.quiet, "No progress line and no summary on stderr");
    app.add_flag("--resume", c.resume, "Continue an interrupted run from OUTPUT.partial.jsonl");
    app.add_option("--errors", c.errors, "Write the documents that failed as JSONL {input, line, id, reason}");
    app.add_option("--max-doc-bytes", c.max_doc_bytes, "Larger documents fail (default 16777216); longer JSONL lines than 4 x N are skipped unread");
    app.add_option("--shard", c.shard,
                   "I/N: only the documents whose id hashes to shard I of N (default: from "
                   "SLURM_ARRAY_TASK_ID/COUNT/MIN in a Slurm job array)");
    app.add_flag("--dedup", c.dedup, "Merge reports of one incident from several documents");
}

/// Copies the options into `o`; the shard comes from --shard, else the Slurm environment.
inline void apply_batch_options(const BatchCli& c, BatchOptions& o) {
    o.jobs = c.jobs;
    o.quiet = c.quiet;
    o.resume = c.resume;
    o.dedup = c.dedup;
    o.errors_path = c.errors;
    if (c.max_doc_bytes == 0) throw UsageError("--max-doc-bytes must be at least 1");
    o.max_doc_bytes = c.max_doc_bytes;
    const Shard s = c.shard.empty() ? shard_from_environment() : parse_shard(c.shard);
    o.shard_index = s.index;
    o.shard_count = s.count;
}

} // namespace gt::batch
