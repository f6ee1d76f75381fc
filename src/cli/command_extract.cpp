// geotimeline extract: dated, geocoded events from news text (docs/events.md; options and
// exit codes in docs/reference.md, "## extract"). The help text says the same as those pages.
#include "batch/cli_options.hpp"
#include "batch/runner.hpp"
#include "cli/command.hpp"
#include "cli/commands_list.hpp"
#include "cli/gazetteer_option.hpp"
#include "core/error.hpp"
#include "events/pipeline.hpp"
#include "io/writers.hpp"
#include "timex/tagger.hpp"

#include <iostream>
#include <string>
#include <vector>

namespace gt::cli {

namespace {

constexpr const char* kHelp =
    "Extract dated, geocoded events (ACLED event types, CAMEO codes) from news text.\n"
    "INPUT is a text file (one document; its id is the file name), a JSONL file (*.jsonl: one\n"
    "document per line {\"id\",\"date\",\"text\",\"title\"?,\"source\"?,\"url\"?}), a directory (read\n"
    "recursively in sorted order; hidden and binary files skipped) or '-' for standard input (read\n"
    "as JSONL when it starts with '{', else as one text document).\n"
    "--jobs N worker threads (default: all cores) give the same output for any N. On a terminal a\n"
    "progress line shows documents, MB/s, events, errors and ETA; a summary ends the run (--quiet:\n"
    "neither). With -o FILE the run keeps FILE.partial.jsonl: after an interruption (even kill -9)\n"
    "rerun with --resume to finish with exactly the output of an uninterrupted run. --shard I/N\n"
    "(default: the Slurm array task) takes the documents whose id hashes to shard I; join shard\n"
    "outputs with 'geotimeline merge'. --dedup merges reports of one incident from several\n"
    "documents. JSONL on standard input to standard output is a filter, flushed per document\n"
    "(Spark RDD.pipe, Hadoop Streaming). See docs/batch.md.\n"
    "The document date (DCT) is --date, else the JSON \"date\", else a dateline in the text.\n"
    "The output format is --format, else --ogr-driver, else the extension of -o (.geojson,\n"
    ".geojsons/.geojsonl, .csv, .jsonl, .html/.htm, .gpkg, .fgb, .kml, .shp), else geojson for a\n"
    "file and jsonl for standard output. html is one self-contained map page that works offline\n"
    "(as 'geotimeline view' makes), timelinejs is TimelineJS3 JSON (docs/reference.md, \"HTML\n"
    "map\", \"TimelineJS\"). gpkg (GeoPackage), fgb (FlatGeobuf), kml, shp (Shapefile) and\n"
    "--ogr-driver NAME (any GDAL vector driver) are written through GDAL to a file (-o): layer\n"
    "'events' (points, typed fields, EPSG:4326) and layer 'claims' (the spatial claims as lines;\n"
    "a one-layer format puts them in a file beside: x.shp -> x_claims.shp). A CSV file gets a\n"
    ".csvt sidecar typing its columns for GDAL and QGIS. Files are written atomically (temporary\n"
    "files renamed at the end).\n"
    "A document that cannot be read (a malformed JSONL line, a file that is not text or empty,\n"
    "one larger than --max-doc-bytes) is reported on stderr and in --errors FILE (JSONL: input,\n"
    "line, id, reason) and the run goes on; the others are still processed and written.\n"
    "Text is UTF-8; UTF-16 with a byte order mark is decoded, stray bytes are read as\n"
    "Windows-1252 (docs/robustness.md).\n"
    "The default lexicons (actors.tsv, events.tsv) are looked for in <binary dir>/lexicon,\n"
    "<binary dir>/../share/geotimeline/lexicon, the install data directory, then the source tree;\n"
    "the rows of --lexicon DIR and $GEOTIMELINE_LEXICON_DIR (actors.tsv and/or events.tsv) are added.\n"
    "The GIS formats load GDAL from the plugin geotimeline-ogr.so: $GEOTIMELINE_PLUGIN_DIR when set,\n"
    "else beside the binary, then <binary dir>/../<libdir>/geotimeline (where it is installed).\n"
    "Exit codes: 0 ok, 1 some input failed, 2 usage, 3 gazetteer or lexicon missing, 4 output failed\n"
    "(also: the GIS plugin cannot be loaded).\n"
    "See docs/events.md and docs/reference.md.";

class ExtractCommand : public Command {
  public:
    void setup(CLI::App& app) override {
        app.description(kHelp);
        app.add_option("INPUT", inputs_,
                       "Text files, JSONL files (*.jsonl), directories or '-' for standard input")->required();
        app.add_option("-o,--output", output_, "Output file (default: standard output)");
        app.add_option("--format", format_,
                       "geojson, geojsonseq, csv, jsonl, html, timelinejs, gpkg, fgb, kml or shp (default: from -o's extension)");
        app.add_option("--ogr-driver", ogr_driver_,
                       "Write with this GDAL vector driver (short name: GPKG, SQLite, GML, \"MapInfo File\"...)");
        app.add_option("--date", date_, "Document creation time YYYY-MM-DD for every document");
        add_gazetteer_option(app, gazetteer_);
        app.add_option("--lexicon", lexicon_,
                       "Directory with your own actors.tsv and/or events.tsv: their rows are added to the "
                       "default lexicon");
        batch::add_batch_options(app, batch_);
    }

    int run() override {
        if (!date_.empty() && timex::normalize_dct(date_).empty())
            throw UsageError("extract: --date '" + date_ + "' is not a calendar day; use YYYY-MM-DD");
        bool to_stdout = output_.empty() || output_ == "-";
        const io::Format fmt = io::choose_format(format_, ogr_driver_, output_);
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
        batch::apply_batch_options(batch_, bo);
        // The journal of an interrupted run is only resumed with the same data and settings.
        bo.config = "gazetteer=" + index.path() + ";lexicon=" + lexicon_dir + ";date=" + po.date +
                    ";version=" GEOTIMELINE_VERSION;
        auto summary = batch::run_batch(
            bo, [&](const Document& d) { return events::process(d, pipeline); }, std::cerr);
        return summary.failed ? exit_input_failed : exit_ok;
    }

  private:
    std::vector<std::string> inputs_;
    std::string output_, format_, ogr_driver_, date_, gazetteer_, lexicon_;
    batch::BatchCli batch_;
};

} // namespace

std::unique_ptr<Command> make_extract() { return std::make_unique<ExtractCommand>(); }

} // namespace gt::cli
