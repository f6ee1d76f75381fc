#pragma once
// What a run may never do to the user's files (issue #15, "Nothing lost, ever";
// docs/robustness.md, "Outputs"), checked before anything is written: an output that is one of
// the inputs, the same file as output and errors file, an output that is a directory. And the
// temporary files a killed run left beside its output, removed by the next run on it.

#include <string>
#include <vector>

namespace gt::batch {

/// Whether `output` is written as it comes, like standard output ("" or "-"): also an existing
/// file that is neither a regular file nor a directory (a device such as /dev/full or
/// /dev/stdout, a FIFO), beside which no journal, lock, CSV type file or temporary file is made.
bool streamed_output(const std::string& output);

/// The files a run writes beside `output` (the output itself, its journal, its lock file, its
/// CSV type file): a directory run never reads them as documents.
std::vector<std::string> own_files(const std::string& output);

/// Throws UsageError when `file` (an output, "" or "-": none) is the same file as an input
/// (device and inode: through symbolic links, hard links and relative paths; standard input
/// redirected from a file counts) — the run would replace what it reads — and OutputError when
/// it is an existing directory. `what` names the option ("-o", "--errors").
void refuse_output_over_inputs(const std::string& file, const std::string& what,
                               const std::vector<std::string>& inputs);

/// Throws UsageError when the output and the errors file are one file.
void refuse_same_output(const std::string& output, const std::string& errors);

/// Removes what a run killed while writing `output` left beside it: temporary files and GIS
/// temporary directories named io::temp_prefix(output) + a random part, owned by this user and
/// not symbolic links. Called with the output's lock held. Returns how many were removed.
std::size_t remove_stale_temporaries(const std::string& output);

} // namespace gt::batch
