// The batch engine: a reader (this thread), a bounded pool of workers, and a writer thread
// that puts results back in input order (a reorder buffer keyed by sequence number).
#include "batch/runner.hpp"

#include "batch/dedup.hpp"
#include "batch/journal.hpp"
#include "batch/progress.hpp"
#include "batch/shard.hpp"
#include "batch/source.hpp"
#include "core/error.hpp"
#include "io/event_reader.hpp"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <atomic>
#include <condition_variable>
#include <cstdio>
#include <fstream>
#include <deque>
#include <exception>
#include <filesystem>
#include <iostream>
#include <map>
#include <mutex>
#include <thread>

#include <unistd.h>

namespace gt::batch {

namespace {

using ojson = nlohmann::ordered_json;
constexpr std::size_t npos = static_cast<std::size_t>(-1);
constexpr std::size_t kReportedFailures = 10;

bool is_stdout(const std::string& path) { return path.empty() || path == "-"; }

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
    j["id"] = r.doc_id.empty() ? ojson(nullptr) : ojson(r.doc_id);
    j["reason"] = r.error;
    return j.dump(-1, ' ', false, ojson::error_handler_t::replace);
}

std::string where(const DocumentResult& r) {
    std::string s = r.input.empty() ? std::string("?") : r.input;
    if (r.line) s += ":" + std::to_string(r.line);
    if (!r.doc_id.empty() && r.line) s += " (id " + r.doc_id + ")";
    return s;
}

bool by_position(const DocumentResult& a, const DocumentResult& b) {
    if (a.seq != b.seq) return a.seq < b.seq;
    if (a.input != b.input) return a.input < b.input;
    return a.line < b.line;
}

/// Counts and writes documents to the final writer and the errors file. The GIS formats write
/// their file themselves (atomically, at end()); a CSV file gets its .csvt sidecar.
struct Output {
    std::unique_ptr<io::OutputFile> file, errors;
    std::unique_ptr<io::EventWriter> writer;
    std::size_t documents = 0, failed = 0, events = 0;
    bool csvt = false;

    Output(const BatchOptions& o) {
        if (io::is_gis(o.format)) {
            if (is_stdout(o.output))
                throw UsageError("the GIS formats are written through GDAL to a file, not to standard output; "
                                 "give -o FILE");
            writer = io::make_gis_writer(o.format, o.output, o.ogr_driver);
        } else {
            file = std::make_unique<io::OutputFile>(o.output);
            writer = io::make_writer(o.format, file->stream());
            csvt = o.format == io::Format::csv && !is_stdout(o.output);
        }
        if (!o.errors_path.empty()) errors = std::make_unique<io::OutputFile>(o.errors_path);
    }
    void put(const DocumentResult& r) {
        ++documents;
        events += r.events.size();
        if (!r.error.empty()) {
            ++failed;
            if (errors) {
                errors->stream() << error_line(r) << '\n';
                errors->stream().flush();
            }
        }
        writer->document(r);
    }
    void commit() {
        writer->end();
        if (csvt) io::write_csvt(file->path());
        if (file) file->commit();
        if (errors) errors->commit();
    }
};

/// The shared state of reader, workers and writer.
struct Queue {
    std::mutex m;
    std::condition_variable work_ready, done_ready, space;
    std::deque<std::pair<std::size_t, Item>> work;
    std::deque<std::size_t> order; // sequence numbers in flight, in input order
    std::map<std::size_t, DocumentResult> done;
    bool closed = false, abort = false;
    std::exception_ptr error;

    void fail(std::exception_ptr e) {
        std::lock_guard lock(m);
        if (!error) error = e;
        abort = true;
        work_ready.notify_all();
        done_ready.notify_all();
        space.notify_all();
    }
};

DocumentResult failed_result(Item& item, std::size_t seq) {
    DocumentResult r;
    r.doc_id = item.doc.id;
    r.input = item.doc.input;
    r.line = item.doc.line;
    r.error = item.error;
    r.seq = seq;
    return r;
}

void worker(Queue& q, const ProcessFn& process) {
    for (;;) {
        std::pair<std::size_t, Item> job;
        {
            std::unique_lock lock(q.m);
            q.work_ready.wait(lock, [&] { return q.abort || q.closed || !q.work.empty(); });
            if (q.abort || q.work.empty()) return;
            job = std::move(q.work.front());
            q.work.pop_front();
        }
        const Document& doc = job.second.doc;
        DocumentResult r;
        try {
            r = process(doc);
        } catch (const std::exception& e) {
            r = DocumentResult{};
            r.error = std::string("processing failed: ") + e.what();
        } catch (...) {
            r = DocumentResult{};
            r.error = "processing failed";
        }
        if (r.doc_id.empty()) r.doc_id = doc.id;
        r.input = doc.input;
        r.line = doc.line;
        r.seq = job.first;
        std::lock_guard lock(q.m);
        q.done.emplace(job.first, std::move(r));
        q.done_ready.notify_all();
    }
}

template <class Sink>
void writer(Queue& q, Sink&& sink) {
    try {
        for (;;) {
            DocumentResult r;
            {
                std::unique_lock lock(q.m);
                q.done_ready.wait(lock, [&] {
                    return q.abort || (q.closed && q.order.empty()) ||
                           (!q.order.empty() && q.done.count(q.order.front()));
                });
                if (q.abort || q.order.empty()) return;
                auto it = q.done.find(q.order.front());
                r = std::move(it->second);
                q.done.erase(it);
                q.order.pop_front();
                q.space.notify_all();
            }
            sink(r);
        }
    } catch (...) {
        q.fail(std::current_exception());
    }
}

} // namespace

std::string journal_path(const std::string& output) { return output + ".partial.jsonl"; }

BatchSummary run_batch(const BatchOptions& o, const ProcessFn& process, std::ostream& log) {
    if (o.shard_count == 0 || o.shard_index >= o.shard_count)
        throw UsageError("shard " + std::to_string(o.shard_index) + "/" + std::to_string(o.shard_count) +
                         " does not exist; use I/N with 0 <= I < N");
    const bool to_file = !is_stdout(o.output);
    if (o.resume && !to_file) throw UsageError("--resume needs -o FILE: standard output cannot be resumed");
    if (io::is_gis(o.format) && !to_file)
        throw UsageError("the GIS formats are written through GDAL to a file, not to standard output; give -o FILE");
    io::check_gis_output(o.format, o.ogr_driver); // the GIS plugin loads, before any work is done
    BatchSummary summary;
    std::vector<InputFile> files = expand_inputs(o.inputs, summary.skipped_files);
    std::uint64_t total = 0;
    for (const InputFile& f : files) total += f.size;
    const std::string fp = fingerprint(files, o);

    // The journal: resume it or start it.
    const std::string jpath = to_file ? journal_path(o.output) : std::string();
    JournalState resumed;
    std::unique_ptr<JournalWriter> journal;
    if (to_file) {
        std::error_code ec;
        if (!o.resume && std::filesystem::exists(jpath, ec))
            throw UsageError("'" + jpath + "' exists: an interrupted run writing '" + o.output +
                             "'; add --resume to continue it, or remove the file to start over");
        if (o.resume) resumed = recover_journal(jpath, fp);
        journal = std::make_unique<JournalWriter>(jpath, fp, resumed.exists);
    }

    const bool progress_on = o.progress && !o.quiet && &log == &std::cerr && ::isatty(STDERR_FILENO);
    Progress progress(progress_on, log, total);
    std::size_t documents = 0, failed = 0, events = 0, reported = 0;
    std::atomic<std::uint64_t> bytes_read{0};
    std::unique_ptr<Output> direct; // filter mode: straight to stdout
    std::vector<DocumentResult> held; // filter mode with --dedup
    if (!to_file) direct = std::make_unique<Output>(o);

    auto sink = [&](const DocumentResult& r) {
        ++documents;
        events += r.events.size();
        if (!r.error.empty()) {
            ++failed;
            if (reported++ < kReportedFailures) {
                progress.finish();
                log << "geotimeline: " << where(r) << ": " << r.error << " (skipped)\n";
            }
        }
        if (journal) journal->write(r);
        else if (o.dedup) held.push_back(r);
        else direct->put(r);
        progress.update(documents, events, failed, bytes_read.load());
    };

    const unsigned jobs = o.jobs ? o.jobs : std::max(1u, std::thread::hardware_concurrency());
    const std::size_t capacity = std::max<std::size_t>(8, std::size_t{4} * jobs);
    const Shard shard{o.shard_index, o.shard_count};
    Queue q;
    std::vector<std::thread> pool;
    for (unsigned i = 0; i < jobs; ++i) pool.emplace_back(worker, std::ref(q), std::cref(process));
    std::thread out([&] { writer(q, sink); });
    try {
        DocumentSource source(files, o.max_doc_bytes, o.default_date);
        Item item;
        for (std::size_t seq = 0; source.next(item); ++seq) {
            bytes_read += item.bytes;
            const std::string key = item.doc.id.empty() ? item.doc.input + ":" + std::to_string(item.doc.line) : item.doc.id;
            if (!shard.contains(key)) continue;
            if (resumed.last_seq != npos && seq <= resumed.last_seq) continue;
            std::unique_lock lock(q.m);
            q.space.wait(lock, [&] { return q.abort || q.order.size() < capacity; });
            if (q.abort) break;
            q.order.push_back(seq);
            if (!item.error.empty()) {
                q.done.emplace(seq, failed_result(item, seq));
                q.done_ready.notify_all();
            } else {
                q.work.emplace_back(seq, std::move(item));
                q.work_ready.notify_one();
            }
        }
    } catch (...) {
        q.fail(std::current_exception());
    }
    {
        std::lock_guard lock(q.m);
        q.closed = true;
        q.work_ready.notify_all();
        q.done_ready.notify_all();
    }
    for (auto& t : pool) t.join();
    out.join();
    progress.finish();
    if (q.error) std::rethrow_exception(q.error);

    if (journal) {
        // The output, made from the journal: identical whether or not the run was resumed.
        journal->sync();
        journal.reset();
        std::ifstream in(jpath, std::ios::binary);
        std::string first;
        std::getline(in, first);
        io::ResultReader reader(in, jpath);
        Output final_out(o);
        DocumentResult r;
        if (o.dedup) {
            std::vector<DocumentResult> all;
            while (reader.next(r)) all.push_back(std::move(r));
            dedup_results(all);
            for (const DocumentResult& d : all) final_out.put(d);
        } else {
            while (reader.next(r)) final_out.put(r);
        }
        final_out.commit();
        in.close();
        std::filesystem::remove(jpath);
        summary.documents = final_out.documents;
        summary.failed = final_out.failed;
        summary.events = final_out.events;
    } else {
        if (o.dedup) {
            dedup_results(held);
            for (const DocumentResult& d : held) direct->put(d);
        }
        direct->commit();
        summary.documents = direct->documents;
        summary.failed = direct->failed;
        summary.events = direct->events;
    }
    summary.seconds = progress.seconds();
    summary.mb = static_cast<double>(bytes_read.load()) / 1e6;
    if (!o.quiet) {
        if (reported > kReportedFailures)
            log << "geotimeline: ... and " << (reported - kReportedFailures) << " more failed documents"
                << (o.errors_path.empty() ? std::string(" (list them all with --errors FILE)")
                                          : " (all in '" + o.errors_path + "')")
                << '\n';
        char line[256];
        std::snprintf(line, sizeof line, "geotimeline: %zu documents (%zu failed), %zu events, %.1f MB in %.1f s (%.2f MB/s)",
                      summary.documents, summary.failed, summary.events, summary.mb, summary.seconds,
                      summary.seconds > 0 ? summary.mb / summary.seconds : 0.0);
        log << line;
        if (resumed.records) log << ", " << resumed.records << " resumed from the journal";
        if (summary.skipped_files) log << ", " << summary.skipped_files << " binary files skipped";
        log << '\n';
    }
    return summary;
}

void write_results(std::vector<DocumentResult> results, io::Format format, const std::string& output, bool dedup,
                   const std::string& ogr_driver) {
    std::stable_sort(results.begin(), results.end(), by_position);
    if (dedup) dedup_results(results);
    BatchOptions o;
    o.output = output;
    o.format = format;
    o.ogr_driver = ogr_driver;
    Output out(o);
    for (const DocumentResult& r : results) out.put(r);
    out.commit();
}

} // namespace gt::batch
