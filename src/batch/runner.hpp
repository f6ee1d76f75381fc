#pragma once
// The batch engine (docs/batch.md): runs a pure per-document function over corpora of any
// size on N threads, writes the results in input order whatever N is, isolates bad documents,
// resumes interrupted runs from a journal, shards by document id, deduplicates events.

#include "core/document.hpp"
#include "core/event.hpp"
#include "io/writers.hpp"

#include <cstddef>
#include <functional>
#include <iosfwd>
#include <string>
#include <vector>

namespace gt::batch {

struct BatchOptions {
    /// Files, directories (recursive, sorted; hidden and binary files skipped), JSONL corpora
    /// (*.jsonl, *.ndjson, *.json: one document per line), "-" standard input.
    std::vector<std::string> inputs;
    std::string output;            // "-" or empty: standard output (filter mode, no journal)
    io::Format format = io::Format::jsonl;
    std::string ogr_driver;        // the GDAL driver of io::Format::ogr
    io::WriterOptions writer;      // CSV formula neutralisation (--csv-raw turns it off)
    unsigned jobs = 0;             // worker threads; 0: all cores
    bool quiet = false;            // no progress and no summary line
    bool resume = false;           // continue from OUTPUT.partial.jsonl
    std::string errors_path;       // --errors FILE: JSONL {input, line, id, reason}
    std::size_t max_doc_bytes = std::size_t{16} << 20;
    unsigned shard_index = 0, shard_count = 1;
    bool dedup = false;            // cross-document deduplication (dedup.hpp) before writing
    std::string default_date;      // given to documents without a date
    /// What else determines the results (gazetteer, lexicon, options of the caller); stored in
    /// the journal so --resume refuses to continue a run made with other settings.
    std::string config;
    /// Progress line on `log` (documents, MB/s, events, errors, ETA) when it is a terminal.
    bool progress = true;
};

struct BatchSummary {
    std::size_t documents = 0;     // written (including failed ones)
    std::size_t failed = 0;        // unreadable or failed documents
    std::size_t events = 0;        // events written (after deduplication)
    std::size_t skipped_files = 0; // binary files skipped in directories
    std::size_t skipped_outputs = 0; // output files skipped in directories (source.hpp, Skipped)
    double seconds = 0;            // wall time of this run
    double mb = 0;                 // megabytes (10^6) of input read by this run
};

/// Must be thread-safe and pure: the same document gives the same result on any thread.
/// An exception it throws fails that document only.
using ProcessFn = std::function<DocumentResult(const Document&)>;

/// Runs the batch. Failed documents are reported on `log` (the first few), in the errors
/// file, and as JSONL lines with "error"; the run goes on. Throws UsageError (bad options,
/// journal mismatch), InputError (a directory that cannot be listed), OutputError.
/// Exit code of a caller: summary.failed ? 1 : 0.
BatchSummary run_batch(const BatchOptions& options, const ProcessFn& process, std::ostream& log);

/// The journal beside an output file: OUTPUT.partial.jsonl.
std::string journal_path(const std::string& output);

/// Writes `results` (any order; sorted by seq, then input and line) with `format` to `output`
/// ("-": stdout) atomically, deduplicating first when `dedup`. Used by `geotimeline merge`.
/// `ogr_driver`: the GDAL driver of io::Format::ogr.
void write_results(std::vector<DocumentResult> results, io::Format format, const std::string& output, bool dedup,
                   const std::string& ogr_driver = {}, const io::WriterOptions& writer = {});
/// Writes the documents `next` gives (in the output's order already, one at a time: nothing is
/// held here) with `format` to `output` atomically: an exception from `next` leaves no output.
/// Used by `geotimeline merge` for shards each in order, without --dedup.
void write_result_stream(const std::function<bool(DocumentResult&)>& next, io::Format format,
                         const std::string& output, const std::string& ogr_driver = {},
                         const io::WriterOptions& writer = {});

} // namespace gt::batch
