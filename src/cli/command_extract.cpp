// geotimeline extract: dated, geocoded events from news text (docs/events.md; options and
// exit codes in docs/reference.md, "## extract"). The help text says the same as those pages.
#include "cli/command.hpp"
#include "cli/commands_list.hpp"
#include "cli/gazetteer_option.hpp"
#include "core/error.hpp"
#include "events/pipeline.hpp"
#include "io/jsonl_reader.hpp"
#include "io/writers.hpp"
#include "text/utf8.hpp"
#include "timex/tagger.hpp"

#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <sstream>
#include <string>
#include <vector>

namespace fs = std::filesystem;

namespace gt::cli {

namespace {

constexpr const char* kHelp =
    "Extract dated, geocoded events (ACLED event types, CAMEO codes) from news text.\n"
    "INPUT is a text file (one document; its id is the file name), a JSONL file (*.jsonl: one\n"
    "document per line {\"id\",\"date\",\"text\",\"title\"?,\"source\"?,\"url\"?}) or '-' for standard\n"
    "input (read as JSONL when it starts with '{', else as one text document).\n"
    "The document date (DCT) is --date, else the JSON \"date\", else a dateline in the text.\n"
    "The output format is --format, else the extension of -o (.geojson, .geojsons/.geojsonl,\n"
    ".csv, .jsonl), else geojson for a file and jsonl for standard output. Files are written\n"
    "atomically (a temporary file renamed at the end).\n"
    "A document that cannot be read (a malformed JSONL line, a file that is not text) is reported\n"
    "on stderr with its input and line; the others are still processed and written.\n"
    "Lexicons (actors.tsv, events.tsv) are looked for in $GEOTIMELINE_LEXICON_DIR, <binary dir>/lexicon,\n"
    "<binary dir>/../share/geotimeline/lexicon, the install data directory, then the source tree.\n"
    "Exit codes: 0 ok, 1 some input failed, 2 usage, 3 gazetteer or lexicon missing, 4 output failed.\n"
    "See docs/events.md and docs/reference.md.";

/// Text that is mostly not text (NUL bytes, or more than a fifth replacement characters after
/// repair) cannot be read as a document.
std::string text_problem(const std::string& raw, std::string& repaired) {
    if (raw.find('\0') != std::string::npos) return "contains NUL bytes: not a text file";
    bool changed = false;
    repaired = text::to_valid_utf8(raw, &changed);
    if (changed) {
        std::size_t bad = 0, n = 0;
        for (std::size_t i = 0; i < repaired.size();) {
            char32_t cp = text::next_code_point(repaired, i);
            ++n;
            if (cp == 0xFFFD) ++bad;
        }
        if (n && bad * 5 > n) return "not decodable as UTF-8 or Windows-1252 text";
    }
    return {};
}

class ExtractCommand : public Command {
  public:
    void setup(CLI::App& app) override {
        app.description(kHelp);
        app.add_option("INPUT", inputs_, "Text files, JSONL files (*.jsonl) or '-' for standard input")->required();
        app.add_option("-o,--output", output_, "Output file (default: standard output)");
        app.add_option("--format", format_, "geojson, geojsonseq, csv or jsonl (default: from -o's extension)");
        app.add_option("--date", date_, "Document creation time YYYY-MM-DD for every document");
        add_gazetteer_option(app, gazetteer_);
        app.add_option("--lexicon", lexicon_, "Directory with actors.tsv and events.tsv (default: the search path)");
    }

    int run() override {
        if (!date_.empty() && timex::normalize_dct(date_).empty())
            throw UsageError("extract: --date '" + date_ + "' is not a calendar day; use YYYY-MM-DD");
        bool to_stdout = output_.empty() || output_ == "-";
        io::Format fmt = !format_.empty() ? io::parse_format(format_)
                         : to_stdout      ? io::Format::jsonl
                                          : io::format_from_extension(output_, io::Format::geojson);
        int stdin_uses = 0;
        for (const auto& in : inputs_) stdin_uses += in == "-";
        if (stdin_uses > 1) throw UsageError("extract: '-' (standard input) can be given once only");

        auto index = open_gazetteer(gazetteer_);
        auto lexicon = events::Lexicon::load(events::find_lexicon_dir(lexicon_, GEOTIMELINE_INSTALL_DATADIR));
        events::PipelineOptions po;
        po.date = date_.empty() ? std::string() : timex::normalize_dct(date_);
        events::Pipeline pipeline(index, std::move(lexicon), po);

        io::OutputFile out(to_stdout ? std::string() : output_);
        auto writer = io::make_writer(fmt, out.stream());
        for (const auto& in : inputs_) read_input(in, pipeline, *writer);
        writer->end();
        out.stream().flush();
        if (!out.stream()) throw OutputError("extract: cannot write " + (to_stdout ? std::string("the output") : output_));
        out.commit();
        if (failed_) {
            std::cerr << "geotimeline: extract: " << failed_ << " document(s) could not be read\n";
            return exit_input_failed;
        }
        return exit_ok;
    }

  private:
    void fail(const std::string& msg) {
        ++failed_;
        std::cerr << "geotimeline: " << msg << '\n';
    }

    void emit(const Document& doc, const events::Pipeline& p, io::EventWriter& w) {
        DocumentResult r = events::process(doc, p);
        if (!r.error.empty()) fail(doc.input + (doc.line ? ":" + std::to_string(doc.line) : "") + ": " + r.error);
        w.document(r);
    }

    void read_jsonl(std::istream& in, const std::string& name, const events::Pipeline& p, io::EventWriter& w) {
        io::JsonlReader reader(in, name);
        Document doc;
        std::string err;
        while (reader.next(doc, err)) {
            if (!err.empty()) {
                fail(err + " (the line is skipped; fix it or remove it)");
                continue;
            }
            emit(doc, p, w);
        }
        if (in.bad()) fail(name + ": read error");
    }

    void read_text(Document doc, const events::Pipeline& p, io::EventWriter& w) {
        std::string repaired;
        std::string problem = text_problem(doc.text, repaired);
        if (!problem.empty()) {
            fail(doc.input + ": " + problem + " (skipped)");
            return;
        }
        doc.text = std::move(repaired);
        emit(doc, p, w);
    }

    void read_input(const std::string& in, const events::Pipeline& p, io::EventWriter& w) {
        try {
            if (in == "-") {
                std::string all{std::istreambuf_iterator<char>(std::cin), std::istreambuf_iterator<char>()};
                std::size_t k = all.find_first_not_of(" \t\r\n\xEF\xBB\xBF");
                if (k != std::string::npos && all[k] == '{') {
                    std::istringstream ss(std::move(all));
                    read_jsonl(ss, "-", p, w);
                } else {
                    Document doc;
                    doc.id = "stdin";
                    doc.input = "-";
                    doc.text = std::move(all);
                    read_text(std::move(doc), p, w);
                }
                return;
            }
            if (fs::path(in).extension() == ".jsonl") {
                std::ifstream f(in, std::ios::binary);
                if (!f) throw InputError(in + ": cannot open (" + std::strerror(errno) + ")");
                read_jsonl(f, in, p, w);
                return;
            }
            Document doc = io::read_text_document(in);
            doc.id = fs::path(in).filename().string();
            doc.input = in;
            read_text(std::move(doc), p, w);
        } catch (const InputError& e) {
            fail(e.what());
        }
    }

    std::vector<std::string> inputs_;
    std::string output_, format_, date_, gazetteer_, lexicon_;
    int failed_ = 0;
};

} // namespace

std::unique_ptr<Command> make_extract() { return std::make_unique<ExtractCommand>(); }

} // namespace gt::cli
