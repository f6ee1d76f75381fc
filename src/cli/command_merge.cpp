// geotimeline merge: joins the JSONL outputs of sharded extract runs (docs/batch.md).
#include "batch/output_checks.hpp"
#include "batch/runner.hpp"
#include "cli/command.hpp"
#include "cli/commands_list.hpp"
#include "cli/usage.hpp"
#include "core/error.hpp"
#include "io/event_reader.hpp"
#include "io/feature_stream.hpp"
#include "io/html_map.hpp"
#include "io/result_features.hpp"
#include "io/writers.hpp"

#include <filesystem>
#include <fstream>
#include <iostream>
#include <map>
#include <memory>
#include <tuple>

namespace gt::cli {

namespace {

/// Where a document goes in the output: by seq, then input and line (batch::write_results).
using Position = std::tuple<std::size_t, std::string, std::size_t>;

Position position_of(const DocumentResult& r) { return {r.seq, r.input, r.line}; }

std::string twice(const std::string& where, const DocumentResult& r, const std::string& first) {
    return "merge: " + where + ": document '" + r.doc_id + "' (seq " + std::to_string(r.seq) + ") is also at " +
           first + "; is a shard given twice?";
}

/// One input: what it holds, and whether it can be read again (a regular file).
struct Input {
    std::string path;
    io::InputKind kind;
    bool file;
};

/// A shard read a document at a time; `ahead` is its next document.
struct Shard {
    std::string path;
    std::ifstream in;
    std::unique_ptr<io::ResultReader> reader;
    DocumentResult ahead;
    std::string where; // PATH:LINE of `ahead`
    bool live = false;
};

/// A shard whose documents are not in output order (edited, or several runs joined): merge
/// reads every document first instead (the design of the first merge).
struct NotInOrder {};

class Merge : public Command {
  public:
    void setup(CLI::App& app) override {
        app.add_option("FILES", inputs_, "Files written by extract: JSONL (shards), GeoJSON or GeoJSONSeq")->required();
        app.add_option("-o,--output", output_, "Output file (default: standard output)");
        app.add_option("--format", format_,
                       "geojson, geojsonseq, csv, jsonl, html, timelinejs, table, gpkg, fgb, kml or shp (default: from -o's "
                       "extension; on standard output table for a terminal, else jsonl)");
        app.add_option("--ogr-driver", ogr_driver_,
                       "Write with this GDAL vector driver (short name: GPKG, SQLite, GML, \"MapInfo File\"...)");
        app.add_flag("--dedup", dedup_, "Merge reports of one incident from several documents");
        app.add_flag("--csv-raw", csv_raw_,
                     "CSV cells as they are: no leading ' before a cell starting with = + - @ (kept by default "
                     "so that spreadsheets do not run them as formulas)");
        app.add_flag("-q,--quiet", quiet_, "No summary line on stderr");
    }

    int run() override {
        const bool to_stdout = output_.empty() || output_ == "-";
        check_output_folder(output_);
        const io::Format fmt = output_format(format_, ogr_driver_, output_);
        batch::refuse_output_over_inputs(output_, "-o", inputs_);
        const std::vector<Input> inputs = inputs_of();
        io::WriterOptions writer;
        writer.csv_neutralise = !csv_raw_;
        const std::string out = to_stdout ? std::string() : output_;
        bool streamed = false;
        if (streamable(inputs, to_stdout)) {
            try {
                merge_streamed(fmt, out, writer);
                streamed = true;
            } catch (const NotInOrder&) {
                documents_ = events_ = 0;
            }
        }
        if (!streamed) merge_held(inputs, fmt, out, writer);
        if (!quiet_)
            std::cerr << "geotimeline: merged " << documents_ << (documents_ == 1 ? " document (" : " documents (")
                      << events_ << (events_ == 1 ? " event) from " : " events) from ")
                      << inputs_.size() << (inputs_.size() == 1 ? " file\n" : " files\n");
        return exit_ok;
    }

  private:
    // What each input is: a file is looked at first, a pipe is read once, as JSONL.
    std::vector<Input> inputs_of() const {
        std::vector<Input> inputs;
        for (const std::string& path : inputs_) {
            std::error_code ec;
            const bool file = std::filesystem::is_regular_file(path, ec);
            bool cut = false;
            const io::InputKind kind = file ? io::sniff_input(io::first_line(path, &cut), cut) : io::InputKind::jsonl;
            if (kind == io::InputKind::csv)
                throw InputError("merge: '" + path + "' looks like CSV; merge reads the JSONL (or GeoJSON) that "
                                 "'geotimeline extract' writes: write the shards with --format jsonl (CSV keeps "
                                 "too little of an event to be read back)");
            inputs.push_back({path, kind, file});
        }
        return inputs;
    }

    // Shards each in output order are merged as they are read, a document of each held at a
    // time: JSONL files (read again when one is not in order after all), no --dedup (it
    // compares documents of every input), a file output (standard output would show part of
    // a merge that fails), not more shards than a process may open at once.
    bool streamable(const std::vector<Input>& inputs, bool to_stdout) const {
        if (dedup_ || to_stdout || inputs.size() > 256) return false;
        for (const Input& in : inputs)
            if (!in.file || in.kind == io::InputKind::geojson) return false;
        return true;
    }

    void merge_streamed(io::Format fmt, const std::string& out, const io::WriterOptions& writer) {
        std::vector<std::unique_ptr<Shard>> shards;
        for (const std::string& path : inputs_) {
            auto s = std::make_unique<Shard>();
            s->path = path;
            s->in.open(path, std::ios::binary);
            if (!s->in) throw InputError("merge: cannot open '" + path + "'");
            s->reader = std::make_unique<io::ResultReader>(s->in, path);
            advance(*s);
            shards.push_back(std::move(s));
        }
        Position last;
        std::string last_where;
        bool any = false;
        batch::write_result_stream(
            [&](DocumentResult& r) {
                Shard* next = nullptr; // the first in output order; the earlier file on a tie
                for (auto& s : shards)
                    if (s->live && (!next || position_of(s->ahead) < position_of(next->ahead))) next = s.get();
                if (!next) return false;
                const Position at = position_of(next->ahead);
                if (any && next->ahead.seq != static_cast<std::size_t>(-1) && at == last)
                    throw InputError(twice(next->where, next->ahead, last_where));
                any = true;
                last = at;
                last_where = next->where;
                r = std::move(next->ahead);
                count(r);
                advance(*next);
                return true;
            },
            fmt, out, ogr_driver_, writer);
    }

    // The shard's next document; NotInOrder when it comes before the one it follows.
    static void advance(Shard& s) {
        const bool had = s.live;
        const Position before = had ? position_of(s.ahead) : Position{};
        s.live = s.reader->next(s.ahead);
        if (!s.live) return;
        s.where = s.path + ":" + std::to_string(s.reader->line());
        if (had && position_of(s.ahead) < before) throw NotInOrder{};
    }

    // Every document of every input read first, then sorted (and deduplicated) and written.
    void merge_held(const std::vector<Input>& inputs, io::Format fmt, const std::string& out,
                    const io::WriterOptions& writer) {
        std::vector<DocumentResult> all;
        std::map<Position, std::string> seen;
        for (const Input& input : inputs) {
            const std::string& path = input.path;
            if (input.kind == io::InputKind::geojson) { // no seq: in the order of the files
                io::ResultsOfFeatures results(path);   // read a feature at a time, held as documents
                io::for_each_feature(path, [&](io::FeatureJson& f) { results.add(f); });
                for (auto& r : results.finish()) all.push_back(std::move(r));
                continue;
            }
            std::ifstream in(path, std::ios::binary);
            if (!in) throw InputError("merge: cannot open '" + path + "'");
            io::ResultReader reader(in, path);
            DocumentResult r;
            while (reader.next(r)) {
                if (r.seq != static_cast<std::size_t>(-1)) {
                    const std::string where = path + ":" + std::to_string(reader.line());
                    auto [it, fresh] = seen.emplace(position_of(r), where);
                    if (!fresh) throw InputError(twice(where, r, it->second));
                }
                all.push_back(std::move(r));
            }
        }
        for (const auto& r : all) count(r);
        batch::write_results(std::move(all), fmt, out, dedup_, ogr_driver_, writer);
    }

    void count(const DocumentResult& r) {
        ++documents_;
        events_ += r.events.size();
    }

    std::vector<std::string> inputs_;
    std::string output_, format_, ogr_driver_;
    bool dedup_ = false, quiet_ = false, csv_raw_ = false;
    std::size_t documents_ = 0, events_ = 0;
};

} // namespace

std::unique_ptr<Command> make_merge() { return std::make_unique<Merge>(); }

} // namespace gt::cli
