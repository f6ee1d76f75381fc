// The batch engine: inputs, journal, output and summary around the chunked parallel core
// (engine.hpp), which processes the documents on N threads and writes them in input order.
#include "batch/runner.hpp"

#include "batch/dedup.hpp"
#include "batch/engine.hpp"
#include "batch/journal.hpp"
#include "batch/output_checks.hpp"
#include "batch/output_lock.hpp"
#include "batch/progress.hpp"
#include "batch/shard.hpp"
#include "batch/source.hpp"
#include "core/error.hpp"
#include "io/event_reader.hpp"
#include "io/file_buffer.hpp"
#include "io/spool.hpp"
#include "text/printable.hpp"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <atomic>
#include <cerrno>
#include <cstring>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <optional>
#include <thread>

#include <sys/stat.h>
#include <unistd.h>

namespace gt::batch {

namespace {

using ojson = nlohmann::ordered_json;
constexpr std::size_t npos = static_cast<std::size_t>(-1);
constexpr std::size_t kReportedFailures = 10;

/// "1 document", "2 documents".
std::string counted(std::size_t n, const char* noun) { return std::to_string(n) + " " + noun + (n == 1 ? "" : "s"); }

std::string fingerprint(const std::vector<InputFile>& files, const BatchOptions& o) {
    ojson j = ojson::object();
    j["geotimeline_journal"] = 1;
    ojson inputs = ojson::array();
    for (const InputFile& f : files) inputs.push_back(ojson::array({f.path, f.size, f.mtime}));
    j["inputs"] = std::move(inputs);
    j["shard"] = std::to_string(o.shard_index) + "/" + std::to_string(o.shard_count);
    j["max_doc_bytes"] = o.max_doc_bytes;
    j["date"] = o.default_date;
    j["config"] = o.config;
    return j.dump(-1, ' ', false, ojson::error_handler_t::replace);
}

std::string error_line(const DocumentResult& r) {
    ojson j = ojson::object();
    j["input"] = r.input;
    j["line"] = r.line ? ojson(r.line) : ojson(nullptr);
    j["id"] = r.doc_id.empty() ? ojson(nullptr) : ojson(text::clip(r.doc_id, 1000));
    j["reason"] = r.error;
    return j.dump(-1, ' ', false, ojson::error_handler_t::replace);
}

// (not inlined: GCC 12 warns wrongly about the inlined concatenations, -Wrestrict)
// The input's name and the id come from the user's data: printed with terminal control
// characters escaped and the id cut at 200 bytes (text/printable.hpp).
__attribute__((noinline)) std::string where(const DocumentResult& r) {
    std::string s = r.input.empty() ? std::string("?") : text::printable(r.input);
    if (r.line) s.append(":").append(std::to_string(r.line));
    if (!r.doc_id.empty() && r.line) s.append(" (id ").append(text::printable(text::clip(r.doc_id, 200))).append(")");
    return s;
}

bool by_position(const DocumentResult& a, const DocumentResult& b) {
    if (a.seq != b.seq) return a.seq < b.seq;
    if (a.input != b.input) return a.input < b.input;
    return a.line < b.line;
}

[[noreturn]] void journal_changed(const std::string& jpath, const std::string& output, std::size_t found,
                                  std::size_t expected) {
    throw OutputError("the journal '" + jpath + "' holds " + std::to_string(found) + " of the " +
                      std::to_string(expected) + " documents of this run (changed or removed by another "
                      "process?); '" + output + "' is left as it was");
}

/// Counts and writes documents to the final writer and the errors file. The GIS formats write
/// their file themselves (atomically, at end()); a CSV file gets its .csvt sidecar.
struct Output {
    std::unique_ptr<io::OutputFile> file, errors;
    std::unique_ptr<io::EventWriter> writer;
    std::size_t documents = 0, failed = 0, events = 0;
    bool csvt = false;
    io::Format format;
    bool batched = false; // a file, written in blocks
    std::string pending;  // rendered documents not yet written

    Output(const BatchOptions& o) : format(o.format) {
        if (io::is_gis(o.format)) { // to a file: run_batch refuses standard output first
            writer = io::make_gis_writer(o.format, o.output, o.ogr_driver);
        } else {
            file = std::make_unique<io::OutputFile>(o.output);
            writer = io::make_writer(o.format, file->stream(), o.writer);
            csvt = o.format == io::Format::csv && !streamed_output(o.output);
            batched = !streamed_output(o.output);
        }
        if (!o.errors_path.empty()) errors = std::make_unique<io::OutputFile>(o.errors_path);
    }
    void put(const DocumentResult& r) {
        count(r, r.events.size());
        if (file && io::append_document(format, r, pending)) return written();
        writer->document(r);
    }
    /// A document rendered by io::append_document for this format (its events dropped).
    void put_rendered(const DocumentResult& r, std::size_t event_count, std::string_view bytes) {
        count(r, event_count);
        pending.append(bytes);
        written();
    }
    /// Standard output gets every document at once, a file in blocks of 256 KB.
    void written() {
        if (!batched || pending.size() >= io::kFileBufferBytes) {
            io::write_rendered(file->stream(), pending);
            pending.clear();
        }
    }
    void count(const DocumentResult& r, std::size_t event_count) {
        ++documents;
        events += event_count;
        if (!r.error.empty()) {
            ++failed;
            if (errors) {
                errors->stream() << error_line(r) << '\n';
                errors->stream().flush();
            }
        }
    }
    void commit() {
        if (!pending.empty()) io::write_rendered(file->stream(), pending);
        pending.clear();
        writer->end();
        // The errors file first: when it cannot be written, the output is not replaced either.
        if (errors) errors->commit();
        if (csvt) io::write_csvt(file->path());
        if (file) file->commit();
    }
};

/// Copies the rest of `in` (the journal `name`) to the file `output`, atomically, when it holds
/// exactly `expected` document lines; else the output is left as it was.
void copy_to_output(std::istream& in, const std::string& name, const std::string& output, std::size_t expected) {
    io::OutputFile out(output);
    std::vector<char> block(io::kFileBufferBytes);
    std::size_t lines = 0;
    while (in.read(block.data(), static_cast<std::streamsize>(block.size())) || in.gcount() > 0) {
        const auto n = static_cast<std::size_t>(in.gcount());
        lines += static_cast<std::size_t>(std::count(block.data(), block.data() + n, '\n'));
        io::write_rendered(out.stream(), std::string_view(block.data(), n));
    }
    if (in.bad()) throw OutputError("cannot read the journal '" + name + "' back");
    if (lines != expected) journal_changed(name, output, lines, expected);
    out.commit();
}

/// What the run put into its journal: the records resumed from it and those this run wrote.
struct JournalCounts {
    std::size_t documents = 0, failed = 0, events = 0;
};

/// The document lines of `in` from where it is, as a DocumentPass reads them (blank lines
/// skipped; errors named as io::ResultReader names them).
void read_documents(std::istream& in, const std::string& name, const std::function<bool(std::size_t)>& want,
                    const std::function<void(std::size_t, DocumentResult&)>& each) {
    std::string line;
    DocumentResult r;
    std::size_t number = 0, at = 0;
    while (std::getline(in, line)) {
        ++at;
        if (!line.empty() && line.back() == '\r') line.pop_back();
        if (line.find_first_not_of(" \t") == std::string::npos) continue;
        if (want(number)) {
            const std::string why = io::parse_result_line(line, r);
            if (!why.empty()) throw InputError(name + ":" + std::to_string(at) + ": " + why);
            each(number, r);
        }
        ++number;
    }
    if (in.bad()) throw InputError(name + ": read error");
}

/// Makes the output from the journal `jpath` of this run (fingerprint `fp`): identical whether
/// or not the run was resumed. Every chunk is already flushed to it; no fsync here, the output
/// file is fsynced before its rename (a crash before that leaves the journal for --resume).
/// The journal must open, start with this run's fingerprint and hold every document written:
/// anything else (removed or replaced by another process) leaves the output untouched.
void output_from_journal(const BatchOptions& o, const std::string& jpath, const std::string& fp,
                         const JournalCounts& expected, BatchSummary& summary) {
    auto buffer = std::make_unique<char[]>(io::kFileBufferBytes);
    std::ifstream in;
    in.rdbuf()->pubsetbuf(buffer.get(), static_cast<std::streamsize>(io::kFileBufferBytes));
    in.open(jpath, std::ios::binary);
    if (!in) {
        const int err = errno;
        throw OutputError("cannot open the journal '" + jpath + "' to make '" + o.output + "': " +
                          std::strerror(err) + "; the output is left as it was");
    }
    std::string first;
    if (!std::getline(in, first) || first != fp) journal_changed(jpath, o.output, 0, expected.documents);
    if (o.format == io::Format::jsonl && !o.dedup && o.errors_path.empty()) {
        // The journal's lines are the JSONL output: the lines the JSONL writer writes for
        // the results read back from them (io::ResultReader is its inverse), so they are
        // copied rather than parsed and rendered again.
        copy_to_output(in, jpath, o.output, expected.documents);
        summary.documents = expected.documents;
        summary.failed = expected.failed;
        summary.events = expected.events;
        return;
    }
    Output final_out(o);
    if (o.dedup) { // the journal read again rather than held (DedupDocuments)
        const std::streampos body = in.tellg();
        const DocumentPass pass = [&](const auto& want, const auto& each) {
            in.clear();
            in.seekg(body);
            read_documents(in, jpath, want, each);
        };
        DedupDocuments dedup;
        pass([](std::size_t) { return true; }, [&](std::size_t, DocumentResult& r) { dedup.add(r); });
        dedup.write(pass, [&](DocumentResult& r) { final_out.put(r); });
    } else {
        io::ResultReader reader(in, jpath);
        for (DocumentResult r; reader.next(r);) final_out.put(r);
    }
    if (final_out.documents != expected.documents)
        journal_changed(jpath, o.output, final_out.documents, expected.documents);
    final_out.commit();
    summary.documents = final_out.documents;
    summary.failed = final_out.failed;
    summary.events = final_out.events;
}

/// Writes the errors file of a run whose output is kept (no document processed) from its
/// journal `jpath`.
void errors_from_journal(const std::string& jpath, const std::string& errors_path) {
    std::ifstream in(jpath, std::ios::binary);
    std::string first;
    if (!in || !std::getline(in, first)) throw OutputError("cannot read the journal '" + jpath + "' back");
    io::ResultReader reader(in, jpath);
    io::OutputFile errors(errors_path);
    DocumentResult r;
    while (reader.next(r))
        if (!r.error.empty()) errors.stream() << error_line(r) << '\n';
    errors.commit();
}

/// The options' checks, before anything is created (output_checks.hpp): standard output where
/// a file is needed, an output that is an input or a directory, one file for output and errors.
void check_run(const BatchOptions& o, bool to_file) {
    if (o.shard_count == 0 || o.shard_index >= o.shard_count)
        throw UsageError("shard " + std::to_string(o.shard_index) + "/" + std::to_string(o.shard_count) +
                         " does not exist; use I/N with 0 <= I < N");
    if (o.resume && !to_file) throw UsageError("--resume needs -o FILE: standard output cannot be resumed");
    if (io::is_gis(o.format) && !to_file)
        throw UsageError("the GIS formats are written through GDAL to a file, not to standard output; give -o FILE");
    io::check_gis_output(o.format, o.ogr_driver); // the GIS plugin loads, before any work is done
    refuse_same_output(o.output, o.errors_path);
    refuse_output_over_inputs(o.output, "-o", o.inputs);
    refuse_output_over_inputs(o.errors_path, "--errors", o.inputs);
}

/// The run's input files: directories expanded, the tool's own outputs and binary files
/// skipped (counted in `summary`), dangling symbolic links named on `log`.
std::vector<InputFile> list_inputs(const BatchOptions& o, BatchSummary& summary, std::ostream& log) {
    Skipped skipped;
    std::vector<std::string> own = own_files(o.output);
    if (!o.errors_path.empty()) own.push_back(o.errors_path);
    std::vector<InputFile> files = expand_inputs(o.inputs, skipped, own);
    summary.skipped_files = skipped.binary;
    summary.skipped_outputs = skipped.outputs;
    for (const std::string& d : skipped.dangling)
        log << "geotimeline: warning: " << text::printable(d) << ": a symbolic link to nothing (its target does not exist), skipped\n";
    return files;
}

/// The journal of a run to a file, resumed (--resume: `resumed` says what it held) or started;
/// an interrupted run's journal is never started over without --resume.
std::unique_ptr<JournalWriter> open_journal(const BatchOptions& o, const std::string& jpath, const std::string& fp,
                                            JournalState& resumed) {
    std::error_code ec;
    if (!o.resume && std::filesystem::exists(std::filesystem::symlink_status(jpath, ec)))
        throw UsageError("'" + jpath + "' exists: an interrupted run writing '" + o.output +
                         "'; add --resume to continue it, or remove the file to start over");
    if (o.resume) resumed = recover_journal(jpath, fp);
    return std::make_unique<JournalWriter>(jpath, fp, resumed.exists);
}

/// One run while its chunks are processed: what the writing thread counts and reports, and
/// where each document goes (the journal, or standard output in filter mode).
struct RunState {
    const BatchOptions& o;
    std::ostream& log;
    Progress progress;
    std::unique_ptr<JournalWriter> journal; // null in filter mode
    std::unique_ptr<Output> direct;         // filter mode: straight to standard output
    // filter mode with --dedup: the keys of the events, the documents in a spool (their JSONL)
    std::unique_ptr<DedupDocuments> dedup;
    std::unique_ptr<io::Spool> spool;
    std::vector<io::Spool::Ref> spooled;
    std::string line;
    bool render_on = true;                  // the workers render what is written (render_fn)
    io::Format rendered = io::Format::jsonl;
    std::size_t documents = 0, failed = 0, events = 0, reported = 0, warned = 0;
    std::uint64_t bytes_read = 0; // only the thread holding the source changes it
    std::atomic<std::uint64_t> bytes_shown{0};

    RunState(const BatchOptions& options, std::ostream& l, std::uint64_t total, std::unique_ptr<JournalWriter> j)
        : o(options), log(l),
          progress(o.progress && !o.quiet && &l == &std::cerr && ::isatty(STDERR_FILENO), l, total),
          journal(std::move(j)) {
        if (journal) return;
        // Filter mode: the workers render the lines of a streaming format; results held
        // (--dedup) or written whole (geojson, csv) are serialised by the writing thread.
        direct = std::make_unique<Output>(o);
        if (o.dedup) {
            dedup = std::make_unique<DedupDocuments>();
            spool = std::make_unique<io::Spool>("holds the documents --dedup reads again");
        }
        rendered = o.format;
        render_on = !o.dedup && (o.format == io::Format::jsonl || o.format == io::Format::geojsonseq);
    }

    /// What the workers render: the journal's JSONL lines, or standard output's lines.
    RenderFn render_fn() const {
        if (!render_on) return {};
        return [f = rendered](const DocumentResult& r, std::string& out) { io::append_document(f, r, out); };
    }

    /// A failed or empty document named on the log, the first kReportedFailures of each.
    void note(const DocumentResult& r) {
        if (!r.error.empty()) {
            ++failed;
            if (reported++ < kReportedFailures) {
                progress.finish();
                log << "geotimeline: " << where(r) << ": " << text::printable(r.error) << " (skipped)\n";
            }
        } else if (!r.warning.empty() && warned++ < kReportedFailures) {
            progress.finish();
            log << "geotimeline: warning: " << where(r) << ": " << r.warning << " (no events)\n";
        }
    }

    /// A document of a filter run with --dedup: the keys of its events, its JSONL in the spool.
    void hold(const DocumentResult& r) {
        dedup->add(r);
        line.clear();
        io::append_document(io::Format::jsonl, r, line);
        spooled.push_back(spool->append(line));
    }

    /// The documents held (hold), read back from the spool as a DocumentPass reads them.
    void read_held(const std::function<bool(std::size_t)>& want,
                   const std::function<void(std::size_t, DocumentResult&)>& each) {
        DocumentResult r;
        for (std::size_t n = 0; n < spooled.size(); ++n) {
            if (!want(n)) continue;
            spool->read(spooled[n], line);
            const std::string why = io::parse_result_line(line, r);
            if (!why.empty()) throw OutputError("a document read back from the temporary file: " + why);
            each(n, r);
        }
    }

    /// A chunk in input order: to the journal, or each document to standard output, written
    /// and flushed as soon as it is in order.
    void write(DoneChunk& chunk) {
        std::size_t start = 0;
        for (DoneDocument& d : chunk.documents) {
            const DocumentResult& r = d.result;
            ++documents;
            events += d.events;
            note(r);
            if (!journal) {
                if (o.dedup)
                    hold(d.result);
                else if (render_on)
                    direct->put_rendered(r, d.events, std::string_view(chunk.bytes).substr(start, d.end - start));
                else
                    direct->put(r);
            }
            start = d.end;
        }
        if (journal) journal->write(chunk.bytes);
        progress.update(documents, events, failed, bytes_shown.load(std::memory_order_relaxed));
    }
};

/// Ends a run to a file: the output made from the journal and the journal removed; when not
/// one document was processed (a typo in the input's name, an empty directory), a good output
/// of an earlier run is not replaced by an empty one.
void finish_file(const BatchOptions& o, RunState& st, const std::string& jpath, const std::string& fp,
                 const JournalState& resumed, BatchSummary& summary) {
    const std::size_t all_documents = resumed.records + st.documents, all_failed = resumed.failed + st.failed;
    st.journal.reset();
    struct stat previous {};
    if (all_documents == all_failed && ::stat(o.output.c_str(), &previous) == 0) {
        if (!o.errors_path.empty()) errors_from_journal(jpath, o.errors_path);
        std::filesystem::remove(jpath);
        st.log << "geotimeline: no document was processed (" << all_failed << " failed); '" << o.output
               << "' is left as it was\n";
        summary.documents = all_documents;
        summary.failed = all_failed;
        summary.events = resumed.events + st.events;
        return;
    }
    try {
        output_from_journal(o, jpath, fp, {all_documents, all_failed, resumed.events + st.events}, summary);
    } catch (const OutputError& e) { // the journal stays: --resume makes the output from it
        throw OutputError(std::string(e.what()) + "; the journal '" + jpath +
                          "' is kept: rerun with --resume once fixed");
    }
    std::filesystem::remove(jpath);
}

/// Ends a filter run: held results deduplicated and written, standard output committed.
void finish_stream(const BatchOptions& o, RunState& st, BatchSummary& summary) {
    if (o.dedup)
        st.dedup->write([&st](const auto& want, const auto& each) { st.read_held(want, each); },
                        [&st](DocumentResult& r) { st.direct->put(r); });
    st.direct->commit();
    summary.documents = st.direct->documents;
    summary.failed = st.direct->failed;
    summary.events = st.direct->events;
}

/// The summary line (and the "... and N more" lines) on `log`, unless --quiet.
void report(const BatchOptions& o, const BatchSummary& summary, const RunState& st, std::size_t resumed_records,
            std::ostream& log) {
    if (o.quiet) return;
    if (st.reported > kReportedFailures)
        log << "geotimeline: ... and " << (st.reported - kReportedFailures) << " more failed documents"
            << (o.errors_path.empty() ? std::string(" (list them all with --errors FILE)")
                                      : " (all in '" + o.errors_path + "')")
            << '\n';
    if (st.warned > kReportedFailures)
        log << "geotimeline: warning: ... and " << (st.warned - kReportedFailures) << " more empty documents\n";
    log << "geotimeline: " << counted(summary.documents, "document") << " (" << summary.failed << " failed"
        << (st.warned ? ", " + std::to_string(st.warned) + " empty" : std::string()) << "), "
        << counted(summary.events, "event");
    if (summary.seconds >= 1) { // a rate over a fraction of a second says nothing
        char line[96];
        std::snprintf(line, sizeof line, ", %.1f MB in %.1f s (%.2f MB/s)", summary.mb, summary.seconds,
                      summary.mb / summary.seconds);
        log << line;
    }
    if (resumed_records) log << ", " << resumed_records << " resumed from the journal";
    if (summary.skipped_files) log << ", " << summary.skipped_files << " binary files skipped";
    if (summary.skipped_outputs)
        log << ", " << summary.skipped_outputs << " output files skipped (geotimeline's own formats)";
    log << '\n';
}

} // namespace

std::string journal_path(const std::string& output) { return output + ".partial.jsonl"; }

BatchSummary run_batch(const BatchOptions& o, const ProcessFn& process, std::ostream& log) {
    const bool to_file = !streamed_output(o.output); // (a device or FIFO is written as standard output is)
    check_run(o, to_file);
    // One run per output: before the journal or the output is looked at (output_lock.hpp).
    std::optional<OutputLock> lock;
    if (to_file) {
        lock.emplace(o.output);
        remove_stale_temporaries(o.output); // of a run killed while writing it
        if (!o.errors_path.empty()) remove_stale_temporaries(o.errors_path);
    }
    BatchSummary summary;
    const std::vector<InputFile> files = list_inputs(o, summary, log);
    std::uint64_t total = 0;
    for (const InputFile& f : files) total += f.size;
    const std::string fp = fingerprint(files, o);
    const std::string jpath = to_file ? journal_path(o.output) : std::string();
    JournalState resumed;
    RunState st(o, log, total, to_file ? open_journal(o, jpath, fp, resumed) : nullptr);

    const Shard shard{o.shard_index, o.shard_count};
    DocumentSource source(files, o.max_doc_bytes, o.default_date);
    std::size_t next_seq = 0;
    ReadFn read = [&](Item& item, std::size_t& seq) {
        while (source.next(item)) {
            seq = next_seq++;
            st.bytes_read += item.bytes;
            st.bytes_shown.store(st.bytes_read, std::memory_order_relaxed);
            const std::string key = item.doc.id.empty()
                                        ? item.doc.input + ":" + std::to_string(item.doc.line)
                                        : item.doc.id;
            if (!shard.contains(key)) continue;
            if (resumed.last_seq != npos && seq <= resumed.last_seq) continue;
            return true;
        }
        return false;
    };
    WriteFn write = [&st](DoneChunk& chunk) { st.write(chunk); };
    const unsigned jobs = o.jobs ? o.jobs : std::max(1u, std::thread::hardware_concurrency());
    ChunkLimits limits;
    // A chunk read from standard input is handed on when no further line has come yet: a
    // document's output must not wait for input (Spark, Hadoop Streaming).
    limits.ready = [&source] { return source.next_ready(); };
    try {
        run_chunks(jobs, limits, read, process, st.render_fn(), write);
    } catch (...) {
        st.progress.finish();
        throw;
    }
    st.progress.finish();

    if (to_file)
        finish_file(o, st, jpath, fp, resumed, summary);
    else
        finish_stream(o, st, summary);
    summary.seconds = st.progress.seconds();
    summary.mb = static_cast<double>(st.bytes_read) / 1e6;
    report(o, summary, st, resumed.records, log);
    return summary;
}

void write_results(std::vector<DocumentResult> results, io::Format format, const std::string& output, bool dedup,
                   const std::string& ogr_driver, const io::WriterOptions& writer) {
    std::stable_sort(results.begin(), results.end(), by_position);
    if (dedup) dedup_results(results);
    std::size_t i = 0;
    write_result_stream(
        [&](DocumentResult& r) {
            if (i == results.size()) return false;
            r = std::move(results[i++]);
            return true;
        },
        format, output, ogr_driver, writer);
}

void write_result_stream(const std::function<bool(DocumentResult&)>& next, io::Format format,
                         const std::string& output, const std::string& ogr_driver, const io::WriterOptions& writer) {
    BatchOptions o;
    o.output = output;
    o.format = format;
    o.ogr_driver = ogr_driver;
    o.writer = writer;
    Output out(o);
    for (DocumentResult r; next(r);) out.put(r);
    out.commit();
}

} // namespace gt::batch
