// geotimeline timex: find and normalise the temporal expressions (TIMEX3) of a text.
// docs/timex.md explains the rules and the output.
#include "cli/command.hpp"
#include "cli/commands_list.hpp"
#include "core/error.hpp"
#include "io/json_out.hpp"
#include "io/jsonl_reader.hpp"
#include "text/utf8.hpp"
#include "timex/tagger.hpp"

#include <fstream>
#include <iostream>
#include <string>

namespace gt::cli {

namespace {

class TimexCommand : public Command {
  public:
    void setup(CLI::App& app) override {
        app.add_option("FILE", file_, "Text file to read ('-': standard input)");
        app.add_option("--jsonl", jsonl_, "JSONL documents {\"id\",\"date\",\"text\"}, one per line ('-': stdin)");
        app.add_option("--date", date_, "Document creation time YYYY-MM-DD (overrides the JSON date and datelines)");
        app.add_flag("--json", json_, "Write one JSON object instead of text");
    }

    int run() override {
        if (file_.empty() == jsonl_.empty())
            throw UsageError("timex: give either FILE or --jsonl FILE; see 'geotimeline timex --help'");
        if (!date_.empty() && timex::normalize_dct(date_).empty())
            throw UsageError("timex: --date '" + date_ + "' is not a calendar day; use YYYY-MM-DD");
        if (!jsonl_.empty()) return run_jsonl();
        return run_text();
    }

  private:
    int run_text() {
        Document doc = io::read_text_document(file_);
        bool repaired = false;
        doc.text = text::to_valid_utf8(doc.text, &repaired);
        if (repaired) std::cerr << "geotimeline: " << file_ << ": invalid UTF-8 repaired\n";
        Dct dct = timex::find_dct(date_, {}, doc.text);
        auto tx = timex::tag(doc.text, dct);
        std::string out;
        if (json_) {
            io::append_timex_document(out, doc.id, doc.text, dct, tx);
        } else {
            if (dct.known()) out += "DCT " + dct.value + " (from " + dct.source + ")\n";
            else out += "DCT none: relative expressions are left underspecified (XXXX)\n";
            text::OffsetMap map(doc.text);
            for (const auto& t : tx) {
                std::string flat = t.text;
                for (auto& ch : flat)
                    if (ch == '\n' || ch == '\r' || ch == '\t') ch = ' ';
                out += std::to_string(map.to_code_points(t.begin)) + "\t" +
                       std::to_string(map.to_code_points(t.end)) + "\t" + std::string(to_string(t.type)) +
                       "\t" + t.value + "\t" + flat + "\n";
            }
        }
        std::cout << out << std::flush;
        if (!std::cout) throw OutputError("timex: cannot write the output");
        return exit_ok;
    }

    int run_jsonl() {
        std::ifstream f;
        std::istream* in = &std::cin;
        if (jsonl_ != "-") {
            f.open(jsonl_, std::ios::binary);
            if (!f) throw InputError(jsonl_ + ": cannot open");
            in = &f;
        }
        io::JsonlReader reader(*in, jsonl_);
        Document doc;
        std::string err, out;
        out.reserve(1 << 20);
        int failed = 0;
        while (reader.next(doc, err)) {
            if (!err.empty()) {
                ++failed;
                err = text::to_valid_utf8(err); // the parser quotes the offending bytes
                std::cerr << "geotimeline: " << err << '\n';
                io::append_error_line(out, reader.line(), err, "timexes");
            } else {
                Dct dct = timex::find_dct(date_, doc.date, doc.text);
                auto tx = timex::tag(doc.text, dct);
                io::append_timex_document(out, doc.id, doc.text, dct, tx);
            }
            if (out.size() > (1 << 20)) {
                std::cout.write(out.data(), static_cast<std::streamsize>(out.size()));
                out.clear();
            }
        }
        std::cout.write(out.data(), static_cast<std::streamsize>(out.size()));
        std::cout.flush();
        if (!std::cout) throw OutputError("timex: cannot write the output");
        if (in->bad()) throw InputError(jsonl_ + ": read error");
        if (failed) {
            std::cerr << "geotimeline: " << jsonl_ << ": " << failed << " line(s) could not be read\n";
            return exit_input_failed;
        }
        return exit_ok;
    }

    std::string file_, jsonl_, date_;
    bool json_ = false;
};

} // namespace

std::unique_ptr<Command> make_timex() { return std::make_unique<TimexCommand>(); }

} // namespace gt::cli
