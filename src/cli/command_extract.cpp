// geotimeline extract: dated, geocoded events from news text (docs/events.md; options and
// exit codes in docs/reference.md, "## extract"; the short help is the summary, options and
// examples, the explanations are in those pages).
#include "batch/cli_options.hpp"
#include "batch/runner.hpp"
#include "cli/command.hpp"
#include "cli/commands_list.hpp"
#include "cli/gazetteer_option.hpp"
#include "cli/usage.hpp"
#include "core/error.hpp"
#include "events/pipeline.hpp"
#include "io/writers.hpp"
#include "timex/tagger.hpp"

#include <atomic>
#include <cstdio>
#include <iostream>
#include <mutex>
#include <string>
#include <vector>

namespace gt::cli {

namespace {

class ExtractCommand : public Command {
  public:
    void setup(CLI::App& app) override {
        app.add_option("INPUT", inputs_,
                       "Text files, JSONL files (*.jsonl), directories or '-' for standard input")->required();
        app.add_option("-o,--output", output_, "Output file (default: standard output)");
        app.add_option("--format", format_,
                       "geojson, geojsonseq, csv, jsonl, html, timelinejs, table, gpkg, fgb, kml or shp (default: from -o's "
                       "extension; on standard output table for a terminal, else jsonl)");
        app.add_option("--ogr-driver", ogr_driver_,
                       "Write with this GDAL vector driver (short name: GPKG, SQLite, GML, \"MapInfo File\"...)");
        app.add_option("--date", date_, "Document creation time YYYY-MM-DD for every document");
        app.add_flag("--csv-raw", csv_raw_,
                     "CSV cells as they are: no leading ' before a cell starting with = + - @ (kept by default "
                     "so that spreadsheets do not run them as formulas)");
        add_gazetteer_option(app, gazetteer_);
        app.add_option("--lexicon", lexicon_,
                       "Directory with your own actors.tsv and/or events.tsv: their rows are added to the "
                       "default lexicon");
        app.add_flag("--explain", explain_,
                     "For each document with a candidate trigger, print on stderr its conflict context and "
                     "why each trigger was kept or dropped");
        batch::add_batch_options(app, batch_);
        // Checked when the command line is parsed, with the option named in the message.
        app.get_option("--jobs")->check(whole_number(1, 4096));
        app.get_option("--max-doc-bytes")->check(whole_number(1));
    }

    int run() override {
        if (!date_.empty() && timex::normalize_dct(date_).empty())
            throw UsageError("extract: --date '" + date_ + "' is not a calendar day; use YYYY-MM-DD");
        bool to_stdout = output_.empty() || output_ == "-";
        check_output_folder(output_);
        const io::Format fmt = output_format(format_, ogr_driver_, output_);
        int stdin_uses = 0;
        for (const auto& in : inputs_) stdin_uses += in == "-";
        if (stdin_uses > 1) throw UsageError("extract: '-' (standard input) can be given once only");

        auto index = open_gazetteer(gazetteer_);
        auto lexicon = events::Lexicon::load(events::lexicon_dirs(lexicon_, GEOTIMELINE_INSTALL_DATADIR));
        const std::string lexicon_dir = lexicon.dir();
        events::PipelineOptions po;
        po.date = date_.empty() ? std::string() : timex::normalize_dct(date_);
        events::Pipeline pipeline(index, std::move(lexicon), po);

        batch::BatchOptions bo;
        bo.inputs = inputs_;
        bo.output = to_stdout ? std::string() : output_;
        bo.format = fmt;
        bo.ogr_driver = ogr_driver_;
        bo.writer.csv_neutralise = !csv_raw_;
        batch::apply_batch_options(batch_, bo);
        // The journal of an interrupted run is only resumed with the same data and settings.
        bo.config = "gazetteer=" + index.path() + ";lexicon=" + lexicon_dir + ";date=" + po.date +
                    ";version=" GEOTIMELINE_VERSION;
        std::atomic<std::size_t> no_cue{0}, open_news{0}, none_kept{0};
        std::mutex explain_mutex;
        auto summary = batch::run_batch(
            bo,
            [&](const Document& d) {
                events::Explanation ex;
                ex.detailed = explain_;
                DocumentResult r = events::process(d, pipeline, &ex);
                if (ex.verdict == events::Verdict::no_cue) ++no_cue;
                else if (ex.verdict == events::Verdict::open_news) ++open_news;
                else if (ex.verdict == events::Verdict::no_trigger_kept) ++none_kept;
                if (explain_ && !ex.lines.empty()) explain(r, ex, explain_mutex);
                return r;
            },
            std::cerr);
        if (!bo.quiet && no_cue + open_news + none_kept > 0) {
            // Of the documents analysed by this run (not those resumed from a journal).
            char line[256];
            std::snprintf(line, sizeof line,
                          "geotimeline: %zu documents judged to report no event (%zu without an event word, "
                          "%zu open news, %zu whose candidate triggers their sentences do not support)\n",
                          no_cue + open_news + none_kept, no_cue.load(), open_news.load(), none_kept.load());
            std::cerr << line;
        }
        return summary.failed ? exit_input_failed : exit_ok;
    }

  private:
    // One block per document, written whole (documents are analysed on several threads).
    static void explain(const DocumentResult& r, const events::Explanation& ex, std::mutex& m) {
        std::string out;
        for (const auto& l : ex.lines) out += "explain " + r.doc_id + ": " + l + "\n";
        out += "explain " + r.doc_id + ": " + std::to_string(r.events.size()) + " event(s) after merging\n";
        std::lock_guard<std::mutex> lock(m);
        std::cerr << out;
    }

    bool explain_ = false;
    std::vector<std::string> inputs_;
    std::string output_, format_, ogr_driver_, date_, gazetteer_, lexicon_;
    batch::BatchCli batch_;
    bool csv_raw_ = false;
};

} // namespace

std::unique_ptr<Command> make_extract() { return std::make_unique<ExtractCommand>(); }

} // namespace gt::cli
