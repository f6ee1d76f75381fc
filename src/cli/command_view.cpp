// geotimeline view: a self-contained HTML map (or TimelineJS3 JSON) of the events of a GeoJSON
// (or extract's JSONL) file (docs/reference.md, "## view"; docs/guide.md shows the page).
#include "cli/command.hpp"
#include "cli/prefixed_input.hpp"
#include "cli/commands_list.hpp"
#include "cli/usage.hpp"
#include "core/error.hpp"
#include "io/feature_stream.hpp"
#include "io/html_map.hpp"
#include "io/result_features.hpp"
#include "io/writers.hpp"

#include <filesystem>
#include <fstream>
#include <functional>
#include <iostream>
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

using Each = std::function<void(const io::FeatureJson&)>;

// The events of extract's GeoJSON (or GeoJSONSeq), or of its JSONL (each document line's events
// and claims become features, as `extract --format geojson` would have written them), given to
// `each` one at a time.
void read_input(const std::string& path, const Each& each) {
    const std::string name = path == "-" ? std::string("standard input") : path;
    std::string first, prefix; // standard input: the bytes read to find the first line
    bool cut = false;          // the first line is longer than what was looked at
    if (path == "-") {
        first = io::first_line(std::cin, prefix, &cut);
    } else if (std::error_code ec; std::filesystem::is_regular_file(path, ec)) { // a pipe is read once
        first = io::first_line(path, &cut);
    }
    const io::InputKind kind = io::sniff_input(first, cut);
    if (kind == io::InputKind::csv)
        throw InputError("view: '" + name + "' looks like CSV; view reads the GeoJSON or JSONL that 'geotimeline "
                         "extract' writes (or let extract make the map: extract ... -o map.html)");
    auto from = [&](std::istream& in) {
        if (kind == io::InputKind::jsonl) io::for_each_result_feature(in, name, each);
        else io::for_each_feature(in, path == "-" ? name : "'" + path + "'", name, each);
    };
    if (path == "-") {
        PrefixedInput buf(std::move(prefix), std::cin);
        std::istream in(&buf);
        return from(in);
    }
    std::ifstream in(path, std::ios::binary);
    if (!in) throw InputError("cannot open '" + path + "': check the path and permissions");
    from(in);
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
        // the page's columns (or the slides) built as the features are read: memory is theirs,
        // not the input's (docs/robustness.md, the map row)
        if (fmt == io::Format::html) {
            io::MapData data;
            read_input(input_, [&](const io::FeatureJson& f) { data.add(f); });
            io::OutputFile out(output_);
            io::write_html_map(out.stream(), data, title);
            out.commit();
        } else {
            io::TimelineJs timeline;
            read_input(input_, [&](const io::FeatureJson& f) { timeline.add(f); });
            io::OutputFile out(output_);
            timeline.write(out.stream(), title);
            out.commit();
        }
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
