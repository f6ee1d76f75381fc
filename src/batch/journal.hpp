#pragma once
// The journal of a batch run writing to a file (docs/batch.md, "Resuming"): OUTPUT.partial.jsonl,
// a first line with the fingerprint of the run (inputs with sizes and times, options), then
// one JSONL document line per document in input order (the JSONL writer's lines, with seq),
// written by chunks of documents (one write(2) per chunk, as soon as the chunk is in order),
// fsynced every 5 s (not at the end: the output made from it is). A kill loses at most the chunks not yet written (their
// documents are simply done again on --resume) and may tear the last line (dropped by
// recover_journal). The output is made from it at the end.

#include "io/writers.hpp"

#include <chrono>
#include <cstddef>
#include <fstream>
#include <memory>
#include <string>
#include <string_view>

namespace gt::batch {

/// What an existing journal holds, after dropping a torn last line.
struct JournalState {
    bool exists = false;
    std::size_t records = 0;
    std::size_t failed = 0, events = 0; // of these records
    std::size_t last_seq = static_cast<std::size_t>(-1); // npos: no document yet
};

/// Validates the journal at `path` against `fingerprint` (throws UsageError naming what
/// differs) and truncates it after its last complete document line. A journal whose first
/// line is torn (killed at the very start) counts as absent and is removed.
JournalState recover_journal(const std::string& path, const std::string& fingerprint);

class JournalWriter {
  public:
    /// Creates the journal with its fingerprint line, or appends to a recovered one.
    JournalWriter(const std::string& path, const std::string& fingerprint, bool append);
    ~JournalWriter();
    JournalWriter(const JournalWriter&) = delete;
    JournalWriter& operator=(const JournalWriter&) = delete;
    /// Appends complete JSONL document lines (io::append_document) and writes them to the file;
    /// fsyncs when the last fsync is 5 s old. Throws OutputError.
    void write(std::string_view lines);
    /// Flushes and fsyncs; throws OutputError.
    void sync();

  private:
    std::string path_;
    int fd_ = -1; // opened with O_NOFOLLOW (and O_EXCL when new)
    std::chrono::steady_clock::time_point synced_;
};

} // namespace gt::batch
