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
#include <tuple>

namespace gt::cli {

namespace {

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
        std::vector<DocumentResult> all;
        std::map<std::tuple<std::size_t, std::string, std::size_t>, std::string> seen;
        for (const std::string& path : inputs_) {
            // A pipe is read once, as JSONL; a file is looked at first.
            std::error_code ec;
            const io::InputKind kind = std::filesystem::is_regular_file(path, ec) ? io::sniff_input(io::first_line(path))
                                                                                 : io::InputKind::jsonl;
            if (kind == io::InputKind::csv)
                throw InputError("merge: '" + path + "' looks like CSV; merge reads the JSONL (or GeoJSON) that "
                                 "'geotimeline extract' writes: write the shards with --format jsonl (CSV keeps "
                                 "too little of an event to be read back)");
            if (kind == io::InputKind::geojson) { // no seq: in the order of the files
                io::ResultsOfFeatures results(path); // read a feature at a time, held as documents
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
                    auto [it, fresh] = seen.emplace(std::make_tuple(r.seq, r.input, r.line),
                                                    path + ":" + std::to_string(reader.line()));
                    if (!fresh)
                        throw InputError("merge: " + path + ":" + std::to_string(reader.line()) + ": document '" +
                                         r.doc_id + "' (seq " + std::to_string(r.seq) + ") is also at " +
                                         it->second + "; is a shard given twice?");
                }
                all.push_back(std::move(r));
            }
        }
        std::size_t documents = all.size(), events = 0;
        for (const auto& r : all) events += r.events.size();
        io::WriterOptions writer;
        writer.csv_neutralise = !csv_raw_;
        batch::write_results(std::move(all), fmt, to_stdout ? std::string() : output_, dedup_, ogr_driver_, writer);
        if (!quiet_)
            std::cerr << "geotimeline: merged " << documents << (documents == 1 ? " document (" : " documents (")
                      << events << (events == 1 ? " event) from " : " events) from ")
                      << inputs_.size() << (inputs_.size() == 1 ? " file\n" : " files\n");
        return exit_ok;
    }

  private:
    std::vector<std::string> inputs_;
    std::string output_, format_, ogr_driver_;
    bool dedup_ = false, quiet_ = false, csv_raw_ = false;
};

} // namespace

std::unique_ptr<Command> make_merge() { return std::make_unique<Merge>(); }

} // namespace gt::cli
