#pragma once
// Large-chunk file output (docs/batch.md, "Speed"): a file that appears whole at the end
// (OutputFile's temporary file, the batch journal) is written in 256 KB chunks rather than
// flushed after every document; standard output (filter mode) keeps its per-document flush.

#include <cstddef>
#include <iosfwd>

namespace gt::io {

/// The buffer size of OutputFile's regular-file streams and of the batch journal.
inline constexpr std::size_t kFileBufferBytes = 256 * 1024;

/// Marks `out` as written in large chunks: the writers' per-document flush becomes a check of
/// the stream state; the stream buffer writes when it is full and its owner flushes at the end
/// (OutputFile::commit, the batch journal's sync).
void set_batched_flush(std::ostream& out) noexcept;

} // namespace gt::io
