// Suggestions, validators, top-level help, version and parse-error messages (usage.hpp).
#include "cli/usage.hpp"

#include "cli/command.hpp"
#include "core/error.hpp"
#include "gazetteer/index.hpp"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstdio>
#include <filesystem>
#include <ostream>
#include <unistd.h>

namespace gt::cli {

std::size_t edit_distance(std::string_view a, std::string_view b) {
    const std::size_t n = a.size(), m = b.size();
    std::vector<std::vector<std::size_t>> d(n + 1, std::vector<std::size_t>(m + 1));
    for (std::size_t i = 0; i <= n; ++i) d[i][0] = i;
    for (std::size_t j = 0; j <= m; ++j) d[0][j] = j;
    for (std::size_t i = 1; i <= n; ++i)
        for (std::size_t j = 1; j <= m; ++j) {
            const std::size_t cost = a[i - 1] == b[j - 1] ? 0 : 1;
            d[i][j] = std::min({d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost});
            if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                d[i][j] = std::min(d[i][j], d[i - 2][j - 2] + 1);
        }
    return d[n][m];
}

std::string closest(std::string_view word, const std::vector<std::string>& candidates) {
    std::string best;
    std::size_t best_d = static_cast<std::size_t>(-1);
    for (const auto& c : candidates) {
        const std::size_t d = edit_distance(word, c);
        if (d < best_d) best_d = d, best = c;
    }
    // A typo: at most one edit in three characters (at least one, at most three).
    const std::size_t limit = std::clamp<std::size_t>(word.size() / 3, 1, 3);
    if (!best.empty() && best_d <= limit) return best;
    // Else an abbreviation: a prefix (of two characters or more) of exactly one candidate.
    std::string prefixed;
    std::string_view bare = word;
    while (!bare.empty() && bare.front() == '-') bare.remove_prefix(1);
    if (bare.size() < 2) return {};
    for (const auto& c : candidates)
        if (c.size() > word.size() && c.compare(0, word.size(), word) == 0) {
            if (!prefixed.empty()) return {};
            prefixed = c;
        }
    return prefixed;
}

namespace {

std::string quote(const std::string& s) { return "'" + s + "'"; }

std::string number(double v) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "%g", v);
    return buf;
}

} // namespace

CLI::Validator whole_number(long long min, long long max) {
    const std::string range = max < min ? ">= " + std::to_string(min)
                                        : "from " + std::to_string(min) + " to " + std::to_string(max);
    return CLI::Validator(
        [min, max, range](std::string& s) -> std::string {
            long long v = 0;
            auto [p, ec] = std::from_chars(s.data(), s.data() + s.size(), v);
            if (ec != std::errc() || p != s.data() + s.size() || v < min || (max >= min && v > max))
                return quote(s) + " is not a whole number " + range;
            return {};
        },
        ""); // the range is in the option's help text
}

CLI::Validator decimal_in(double min, double max, const std::string& what) {
    return CLI::Validator(
        [min, max, what](std::string& s) -> std::string {
            double v = 0;
            const char* b = s.data() + (!s.empty() && s[0] == '+');
            auto [p, ec] = std::from_chars(b, s.data() + s.size(), v);
            if (ec != std::errc() || p != s.data() + s.size() || !std::isfinite(v))
                return quote(s) + " is not a number (decimal degrees, e.g. -33.92)";
            if (v < min || v > max)
                return what + " " + s + " is out of range (" + number(min) + ".." + number(max) + ")";
            return {};
        },
        "");
}

void name_option_values(CLI::App& sub) {
    static const std::vector<std::pair<std::string, std::string>> names = {
        {"output", "FILE"},      {"gazetteer", "FILE"},     {"errors", "FILE"},
        {"jsonl", "FILE"},       {"lexicon", "DIR"},        {"format", "FORMAT"},
        {"ogr-driver", "DRIVER"}, {"date", "YYYY-MM-DD"},  {"country", "CC"},
        {"feature-class", "CLASS"}, {"feature-classes", "CLASSES"}, {"title", "TITLE"},
        {"limit", "N"},          {"jobs", "N"},             {"max-doc-bytes", "BYTES"},
        {"shard", "I/N"}};
    for (CLI::Option* o : sub.get_options()) {
        if (o->get_type_size() == 0) continue; // a flag
        if (o->get_positional()) {
            o->type_name("");
            continue;
        }
        for (const auto& [name, value] : names)
            if (o->check_lname(name)) o->type_name(value);
    }
}

io::Format output_format(const std::string& format, const std::string& ogr_driver, const std::string& output) {
    if (format.empty() && ogr_driver.empty() && (output.empty() || output == "-") && ::isatty(STDOUT_FILENO))
        return io::Format::table;
    return io::choose_format(format, ogr_driver, output);
}

void check_output_folder(const std::string& output) {
    if (output.empty() || output == "-") return;
    const std::filesystem::path dir = std::filesystem::path(output).parent_path();
    if (dir.empty()) return;
    std::error_code ec;
    const auto st = std::filesystem::status(dir, ec);
    if (st.type() == std::filesystem::file_type::not_found)
        throw OutputError("cannot create '" + output + "': the folder '" + dir.string() +
                          "' does not exist; create it (mkdir -p '" + dir.string() + "') or give another -o");
    if (!ec && st.type() != std::filesystem::file_type::directory)
        throw OutputError("cannot create '" + output + "': '" + dir.string() + "' is not a folder");
}

void print_top_help(std::ostream& out) {
    out << "geotimeline " GEOTIMELINE_VERSION ": dated, geocoded events from conflict news.\n\n"
           "Usage: geotimeline COMMAND [OPTIONS] [ARGS...]\n\nCommands:\n";
    std::size_t width = 0;
    for (const auto& c : commands()) width = std::max(width, std::string_view(c.path).size());
    for (const auto& c : commands())
        out << "  " << c.path << std::string(width + 2 - std::string_view(c.path).size(), ' ')
            << c.summary << '\n';
    out << "\nOptions:\n"
           "  -h, --help     Print this help\n"
           "  -V, --version  Print the version and the gazetteer index in use\n\n"
           "Run 'geotimeline help COMMAND' (or 'geotimeline COMMAND --help') for a command's options\n"
           "and examples. Documentation: docs/guide.md, docs/reference.md.\n";
}

void print_version(std::ostream& out) {
    out << "geotimeline " GEOTIMELINE_VERSION "\n";
    // Only where the index would be found (a stat per place): opening it is the commands' job.
    for (const auto& p : gazetteer::index_search_path(GEOTIMELINE_INSTALL_DATADIR)) {
        std::error_code ec;
        if (std::filesystem::exists(p, ec)) {
            out << "gazetteer index: " << p << '\n';
            return;
        }
    }
    out << "gazetteer index: none found (see 'geotimeline gazetteer build --help')\n";
}

namespace {

// The option names of a command ("--format", "-o") for "did you mean".
std::vector<std::string> option_names(const CLI::App* sub) {
    std::vector<std::string> names;
    if (!sub) return names;
    for (const CLI::Option* o : sub->get_options()) {
        for (const auto& l : o->get_lnames()) names.push_back("--" + l);
        for (const auto& s : o->get_snames()) names.push_back("-" + s);
    }
    return names;
}

std::string unexpected(const std::vector<std::string>& extras, const CLI::App* sub,
                       const std::vector<std::string>& args) {
    const std::string& first = extras.front();
    const bool after_dashes = std::find(args.begin(), args.end(), "--") != args.end();
    if (first.size() > 1 && first[0] == '-' && !std::isdigit(static_cast<unsigned char>(first[1])) &&
        first[1] != '.') {
        const std::string name = first.substr(0, first.find('='));
        const auto names = option_names(sub);
        if (after_dashes && std::find(names.begin(), names.end(), name) != names.end())
            return "option " + name + " after '--' (everything after '--' is an argument); put the "
                   "options before '--' (negative numbers need no '--')";
        std::string msg = "unknown option " + name;
        if (auto s = closest(name, names); !s.empty()) msg += "; did you mean " + s + "?";
        return msg;
    }
    std::string msg = "unexpected argument" + std::string(extras.size() > 1 ? "s" : "");
    for (const auto& x : extras) msg += " " + quote(x);
    return msg;
}

// The CLI11 apps of the command line, outermost first, that hold extras.
std::vector<std::string> leftovers(const CLI::App* sub) {
    std::vector<std::string> all;
    for (const CLI::App* a = sub; a; a = a->get_parent()) {
        auto r = a->remaining();
        r.erase(std::remove(r.begin(), r.end(), "--"), r.end()); // the end-of-options mark itself
        all.insert(all.begin(), r.begin(), r.end());
    }
    return all;
}

std::string lower_first(std::string s) {
    if (!s.empty() && s[0] >= 'A' && s[0] <= 'Z' && !(s.size() > 1 && s[1] >= 'A' && s[1] <= 'Z'))
        s[0] = static_cast<char>(s[0] - 'A' + 'a');
    return s;
}

} // namespace

namespace {

bool is_number(std::string_view s) {
    if (!s.empty() && (s[0] == '-' || s[0] == '+')) s.remove_prefix(1);
    double v = 0;
    auto [p, ec] = std::from_chars(s.data(), s.data() + s.size(), v);
    return !s.empty() && ec == std::errc() && p == s.data() + s.size();
}

// "-33.9", "18.4", "-33.9,18.4", "-33.9, 18.4": what follows '--' on a command line of numbers.
bool is_coordinate_word(std::string_view s) {
    const auto sep = s.find_first_of(",;");
    if (sep == std::string_view::npos) return is_number(s);
    std::string_view b = s.substr(sep + 1);
    while (!b.empty() && b.front() == ' ') b.remove_prefix(1);
    return is_number(s.substr(0, sep)) && is_number(b);
}

} // namespace

std::vector<std::string> options_before_dashes(const std::vector<std::string>& args, const CLI::App* sub) {
    const auto dashes = std::find(args.begin(), args.end(), "--");
    if (dashes == args.end() || !sub) return args;
    std::vector<std::string> before(args.begin(), dashes), after;
    bool moved = false;
    for (auto it = dashes + 1; it != args.end(); ++it) {
        const std::string name = it->substr(0, it->find('='));
        const CLI::Option* o = it->size() > 1 && (*it)[0] == '-' && !is_coordinate_word(*it)
                                   ? sub->get_option_no_throw(name)
                                   : nullptr;
        if (!o) {
            // a word like an option that the command does not have ("-notes.txt"): '--' as POSIX
            // has it, everything after it is an argument
            if ((*it)[0] == '-' && it->size() > 1 && !is_coordinate_word(*it)) return args;
            after.push_back(*it);
            continue;
        }
        moved = true;
        before.push_back(*it);
        const bool takes_value = o->get_expected_min() > 0 && it->find('=') == std::string::npos;
        if (takes_value && it + 1 != args.end()) before.push_back(*++it);
    }
    if (!moved) return args;
    before.push_back("--");
    before.insert(before.end(), after.begin(), after.end());
    return before;
}

std::string describe_parse_error(const CLI::ParseError& e, const std::string& command,
                                 const CLI::App* sub, const std::vector<std::string>& args) {
    const std::string hint = "; see 'geotimeline " + (command.empty() ? "" : command + " ") + "--help'";
    const std::string what = e.what();
    const std::string lead = command.empty() ? "" : command + ": ";
    if (dynamic_cast<const CLI::ExtrasError*>(&e)) {
        auto extras = leftovers(sub);
        if (!extras.empty()) {
            std::string msg = unexpected(extras, sub, args);
            return lead + msg + (msg.find("did you mean") == std::string::npos ? hint : "");
        }
    }
    if (dynamic_cast<const CLI::RequiredError*>(&e)) {
        if (auto pos = what.find(" is required"); pos != std::string::npos) {
            const std::string name = what.substr(0, pos);
            const bool option = !name.empty() && name[0] == '-';
            return lead + (option ? "option " : "missing argument ") + name +
                   (option ? " is required" : "") + hint;
        }
    }
    if (dynamic_cast<const CLI::ArgumentMismatch*>(&e)) {
        if (auto pos = what.find(": "); pos != std::string::npos && what.find(" missing") != std::string::npos)
            return lead + what.substr(0, pos) + " needs a value" + hint;
    }
    if (dynamic_cast<const CLI::ConversionError*>(&e)) {
        const std::string prefix = "Could not convert: ";
        if (what.rfind(prefix, 0) == 0) {
            const std::string rest = what.substr(prefix.size());
            if (auto eq = rest.find(" = "); eq != std::string::npos)
                return lead + rest.substr(0, eq) + ": " + quote(rest.substr(eq + 3)) +
                       " is not a valid value" + hint;
        }
    }
    return lead + lower_first(what) + hint;
}

} // namespace gt::cli
