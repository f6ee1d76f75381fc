// geotimeline view: a self-contained HTML map (or TimelineJS3 JSON) of the events of a GeoJSON
// (or extract's JSONL) file (docs/reference.md, "## view"; docs/guide.md shows the page).
#include "cli/command.hpp"
#include "cli/commands_list.hpp"
#include "cli/usage.hpp"
#include "core/error.hpp"
#include "io/event_reader.hpp"
#include "io/html_map.hpp"
#include "io/result_features.hpp"
#include "io/writers.hpp"

#include <filesystem>
#include <fstream>
#include <iostream>
#include <iterator>
#include <sstream>
#include <string>

#include <sys/stat.h>

namespace gt::cli {

namespace {

bool ends_with(const std::string& s, const std::string& suffix) {
    return s.size() >= suffix.size() &&
           s.compare(s.size() - suffix.size(), suffix.size(), suffix) == 0;
}

bool has_extension(const std::string& path) {
    const auto slash = path.find_last_of('/');
    const auto dot = path.find_last_of('.');
    return dot != std::string::npos && dot + 1 < path.size() &&
           (slash == std::string::npos ? dot > 0 : dot > slash + 1);
}

/// An existing file that is not a regular file (/dev/stdout, a FIFO): its name says nothing.
bool special_file(const std::string& path) {
    struct stat st {};
    return ::stat(path.c_str(), &st) == 0 && !S_ISREG(st.st_mode);
}

std::vector<DocumentResult> read_results(std::istream& in, const std::string& name) {
    io::ResultReader reader(in, name);
    std::vector<DocumentResult> all;
    for (DocumentResult r; reader.next(r);) all.push_back(std::move(r));
    return all;
}

// The features of extract's JSONL results; refused, naming the event, when a coordinate cannot
// be drawn (the file was edited or written by another tool), as read_features refuses GeoJSON.
io::FeatureJson features_of_results(std::istream& in, const std::string& name) {
    io::FeatureJson features = io::features_of(read_results(in, name));
    for (const io::FeatureJson& f : features)
        if (std::string why = io::bad_feature_geometry(f); !why.empty()) {
            const io::FeatureJson& p = f["properties"];
            const std::string what = p.value("feature_kind", "") == "spatial_claim"
                                         ? std::string("a spatial claim")
                                         : "event '" + p.value("event_id", "") + "'";
            throw InputError((name == "standard input" ? name : "'" + name + "'") + ": " + what +
                             " of document '" + p.value("doc_id", "") + "': " + why);
        }
    return features;
}

// The events of extract's GeoJSON (or GeoJSONSeq), or of its JSONL: each document line's events
// and claims become features, as `extract --format geojson` would have written them.
io::FeatureJson read_input(const std::string& path) {
    const std::string name = path == "-" ? std::string("standard input") : path;
    std::string text; // standard input, read once and looked at twice
    std::string first;
    if (path == "-") {
        text.assign(std::istreambuf_iterator<char>(std::cin), std::istreambuf_iterator<char>());
        std::istringstream lines(text);
        while (std::getline(lines, first) && first.find_first_not_of(" \t\r") == std::string::npos) {}
    } else if (std::error_code ec; std::filesystem::is_regular_file(path, ec)) { // a pipe is read once
        first = io::first_line(path);
    }
    const io::InputKind kind = io::sniff_input(first);
    if (kind == io::InputKind::csv)
        throw InputError("view: '" + name + "' looks like CSV; view reads the GeoJSON or JSONL that 'geotimeline "
                         "extract' writes (or let extract make the map: extract ... -o map.html)");
    if (path == "-") {
        std::istringstream in(text);
        if (kind == io::InputKind::jsonl) return features_of_results(in, name);
        std::streambuf* saved = std::cin.rdbuf(in.rdbuf());
        try {
            io::FeatureJson f = io::read_features("-");
            std::cin.rdbuf(saved);
            return f;
        } catch (...) {
            std::cin.rdbuf(saved);
            throw;
        }
    }
    if (kind != io::InputKind::jsonl) return io::read_features(path);
    std::ifstream in(path, std::ios::binary);
    return features_of_results(in, path);
}

class ViewCommand : public Command {
  public:
    void setup(CLI::App& app) override {
        app.add_option("EVENTS", input_,
                       "GeoJSON, GeoJSONSeq or JSONL file of extract's events, '-' for standard input")
            ->required();
        app.add_option("-o,--output", output_, "Output file (default: standard output)");
        app.add_option("--format", format_,
                       "html or timelinejs (default: from -o's extension, else html)");
        app.add_option("--title", title_,
                       "Title of the page or timeline (default: the input file name)");
    }

    int run() override {
        io::Format fmt = io::Format::html;
        if (!format_.empty()) {
            fmt = io::parse_format(format_);
            if (fmt != io::Format::html && fmt != io::Format::timelinejs)
                throw UsageError("view: --format '" + format_ +
                                 "' is not html or timelinejs; use 'extract' for "
                                 "the other formats");
        } else if (ends_with(output_, ".json") || ends_with(output_, ".JSON")) {
            fmt = io::Format::timelinejs;
        } else if (!output_.empty() && output_ != "-" &&
                   io::format_from_extension(output_, io::Format::jsonl) != io::Format::html &&
                   has_extension(output_) && !special_file(output_)) {
            // v.pdf would get HTML under a name that says otherwise.
            throw UsageError("view: -o '" + output_ +
                             "': unknown output extension; use .html or .htm (the map) or .json "
                             "(TimelineJS), or give --format html|timelinejs");
        }
        std::string title = title_;
        if (title.empty()) {
            const auto slash = input_.find_last_of('/');
            title = input_ == "-"
                        ? std::string("geotimeline events")
                        : "geotimeline: " +
                              (slash == std::string::npos ? input_ : input_.substr(slash + 1));
        }
        check_output_folder(output_);
        const io::FeatureJson features = read_input(input_);
        io::OutputFile out(output_);
        if (fmt == io::Format::html)
            io::write_html_map(out.stream(), features, title);
        else
            io::write_timelinejs(out.stream(), features, title);
        out.commit();
        return exit_ok;
    }

  private:
    std::string input_, output_, format_, title_;
};

} // namespace

std::unique_ptr<Command> make_view() {
    return std::make_unique<ViewCommand>();
}

} // namespace gt::cli
