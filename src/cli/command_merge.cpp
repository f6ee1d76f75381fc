// geotimeline merge: joins the JSONL outputs of sharded extract runs (docs/batch.md).
#include "batch/dedup.hpp"
#include "batch/output_checks.hpp"
#include "batch/runner.hpp"
#include "cli/command.hpp"
#include "cli/prefixed_input.hpp"
#include "cli/commands_list.hpp"
#include "cli/usage.hpp"
#include "core/error.hpp"
#include "io/event_reader.hpp"
#include "io/feature_stream.hpp"
#include "io/html_map.hpp"
#include "io/result_features.hpp"
#include "io/spool.hpp"
#include "io/writers.hpp"

#include <algorithm>
#include <cstdint>
#include <filesystem>
#include <functional>
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
        app.add_option("FILES", inputs_,
                       "Files written by extract: JSONL (shards), GeoJSON or GeoJSONSeq; - for standard input")
            ->required();
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
        if (!streamed) merge_spooled(inputs, fmt, out, writer);
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
            // a pipe is sniffed when it is read (read_input)
            const io::InputKind kind = file ? io::sniff_input(io::first_line(path, &cut), cut) : io::InputKind::unknown;
            refuse_csv(path, kind);
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

    // Every document of every input read first (to a spool: a temporary file), then sorted
    // (and deduplicated) and written: what is held is an index of the documents and, with
    // --dedup, a key of each event (DedupStream), never the documents.
    void merge_spooled(const std::vector<Input>& inputs, io::Format fmt, const std::string& out,
                       const io::WriterOptions& writer) {
        io::Spool spool("holds the documents merge sorts");
        std::vector<Held> held;
        std::unique_ptr<batch::DedupStream> dedup;
        if (dedup_) dedup = std::make_unique<batch::DedupStream>();
        for (std::size_t f = 0; f < inputs.size(); ++f)
            read_input(inputs[f], [&](const DocumentResult& r, std::string_view line, std::size_t at) {
                count(r);
                Held h{r.seq, r.line, at, dedup ? dedup->size() : 0, spool.append(line), input_number(r.input),
                       static_cast<std::uint32_t>(f), static_cast<std::uint32_t>(r.events.size())};
                if (dedup)
                    for (const Event& e : r.events) dedup->add(e);
                held.push_back(h);
            });
        std::stable_sort(held.begin(), held.end(), [&](const Held& a, const Held& b) {
            if (a.seq != b.seq) return a.seq < b.seq;
            if (a.input != b.input) return names_[a.input] < names_[b.input];
            return a.line < b.line;
        });
        check_twice(held, spool);
        if (dedup) link_reports(*dedup, held, spool);
        std::size_t k = 0, event = 0;
        std::string line;
        batch::write_result_stream(
            [&](DocumentResult& r) {
                if (k == held.size()) return false;
                load(spool, held[k++], line, r);
                if (dedup) {
                    std::vector<Event> kept;
                    for (Event& e : r.events)
                        if (dedup->apply(event++, e)) kept.push_back(std::move(e));
                    r.events = std::move(kept);
                }
                return true;
            },
            fmt, out, ogr_driver_, writer);
    }

    /// A document read: where it goes and where its JSONL line is in the spool.
    struct Held {
        std::size_t seq, line;       // its DocumentResult's seq and line
        std::size_t file_line;       // its line in the input file that gave it
        std::size_t first_event;     // with --dedup: the number of its first event
        io::Spool::Ref text;
        std::uint32_t input;         // its DocumentResult::input (names_)
        std::uint32_t file;          // the input file that gave it (inputs_)
        std::uint32_t events;        // how many events it has
    };
    using HeldFn = std::function<void(const DocumentResult&, std::string_view line, std::size_t file_line)>;

    std::uint32_t input_number(const std::string& input) {
        auto [it, fresh] = input_numbers_.emplace(input, static_cast<std::uint32_t>(names_.size()));
        if (fresh) names_.push_back(input);
        return it->second;
    }

    static void load(io::Spool& spool, const Held& h, std::string& line, DocumentResult& r) {
        spool.read(h.text, line);
        const std::string why = io::parse_result_line(line, r);
        if (!why.empty()) throw InputError("merge: a document read back from the temporary file: " + why);
    }

    // Documents at the same place in the output (seq, input and line; not those without seq).
    void check_twice(const std::vector<Held>& held, io::Spool& spool) const {
        auto where = [&](const Held& h) { return inputs_[h.file] + ":" + std::to_string(h.file_line); };
        for (std::size_t k = 1; k < held.size(); ++k) {
            const Held &a = held[k - 1], &b = held[k];
            if (b.seq == static_cast<std::size_t>(-1) || a.seq != b.seq || a.input != b.input || a.line != b.line)
                continue;
            std::string line;
            DocumentResult r;
            load(spool, b, line, r);
            throw InputError(twice(where(b), r, where(a)));
        }
    }

    // --dedup: the keys of the events (added as the documents were read) put in output order
    // and linked; then the reports of the incidents told more than once read again for what
    // their kept report lists.
    static void link_reports(batch::DedupStream& dedup, std::vector<Held>& held, io::Spool& spool) {
        std::vector<std::pair<std::size_t, std::size_t>> ranges;
        ranges.reserve(held.size());
        std::size_t next = 0;
        for (Held& h : held) {
            ranges.emplace_back(h.first_event, h.events);
            h.first_event = next;
            next += h.events;
        }
        dedup.reorder(ranges);
        dedup.link();
        std::string line;
        DocumentResult r;
        for (const Held& h : held) {
            if (!dedup.reports(h.first_event, h.events)) continue;
            load(spool, h, line, r);
            for (std::size_t i = 0; i < r.events.size(); ++i) dedup.report(h.first_event + i, r.events[i]);
        }
    }

    // Each document of one input with its JSONL line: a pipe or standard input is read once,
    // sniffed from its first line as a file is.
    void read_input(const Input& input, const HeldFn& each) {
        const std::string& path = input.path;
        const std::string name = path == "-" ? std::string("standard input") : path;
        std::ifstream file;
        std::istream* in = &std::cin;
        if (path != "-") {
            file.open(path, std::ios::binary);
            if (!file) throw InputError("merge: cannot open '" + path + "'");
            in = &file;
        }
        if (input.file) return read_stream(*in, name, input.kind, each);
        std::string prefix;
        bool cut = false;
        const std::string first = io::first_line(*in, prefix, &cut);
        const io::InputKind kind = first.empty() ? io::InputKind::jsonl : io::sniff_input(first, cut);
        refuse_csv(name, kind);
        PrefixedInput buf(std::move(prefix), *in);
        std::istream again(&buf);
        read_stream(again, name, kind, each);
    }

    static void read_stream(std::istream& in, const std::string& name, io::InputKind kind, const HeldFn& each) {
        if (kind != io::InputKind::geojson) {
            io::ResultReader reader(in, name);
            for (DocumentResult r; reader.next(r);) each(r, reader.text(), reader.line());
            return;
        }
        // no seq: in the order of the files, each document as its first feature comes
        io::ResultsOfFeatures results(name);
        io::for_each_feature(in, name == "standard input" ? name : "'" + name + "'", name,
                             [&](io::FeatureJson& f) { results.add(f); });
        std::string line;
        results.finish([&](DocumentResult& r) {
            line.clear();
            io::append_document(io::Format::jsonl, r, line);
            while (!line.empty() && line.back() == '\n') line.pop_back();
            each(r, line, 0);
        });
    }

    static void refuse_csv(const std::string& path, io::InputKind kind) {
        if (kind == io::InputKind::csv)
            throw InputError("merge: '" + path + "' looks like CSV; merge reads the JSONL (or GeoJSON) that "
                             "'geotimeline extract' writes: write the shards with --format jsonl (CSV keeps "
                             "too little of an event to be read back)");
    }

    void count(const DocumentResult& r) {
        ++documents_;
        events_ += r.events.size();
    }

    std::vector<std::string> inputs_;
    std::vector<std::string> names_; // DocumentResult::input of the documents held, by number
    std::map<std::string, std::uint32_t> input_numbers_;
    std::string output_, format_, ogr_driver_;
    bool dedup_ = false, quiet_ = false, csv_raw_ = false;
    std::size_t documents_ = 0, events_ = 0;
};

} // namespace

std::unique_ptr<Command> make_merge() { return std::make_unique<Merge>(); }

} // namespace gt::cli
