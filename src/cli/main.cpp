// geotimeline: dated, geocoded events from conflict news.
// main() wires the registered subcommands (commands.cpp) into CLI11, answers the command line's
// own words (help, version, an unknown command) and maps errors to exit codes; all work happens
// in the command classes.

#include "cli/command.hpp"
#include "cli/generate.hpp"
#include "cli/generate_model.hpp"
#include "cli/usage.hpp"
#include "core/error.hpp"
#include "core/heap_policy.hpp"

#include <algorithm>
#include <cerrno>
#include <csignal>
#include <cstdio>
#include <cstring>
#include <iostream>
#include <map>
#include <optional>

namespace {

using Apps = gt::cli::Apps; // "gazetteer lookup" -> its CLI11 app

// The CLI11 sub-app for a group of commands ("gazetteer" in "gazetteer lookup"), made once.
CLI::App* group_app(CLI::App& root, Apps& apps, const std::string& prefix) {
    if (auto it = apps.find(prefix); it != apps.end()) return it->second;
    CLI::App* parent = &root;
    std::string name = prefix;
    if (auto pos = prefix.rfind(' '); pos != std::string::npos) {
        parent = group_app(root, apps, prefix.substr(0, pos));
        name = prefix.substr(pos + 1);
    }
    CLI::App* app = parent->add_subcommand(name, "Commands on the " + name + " index");
    app->require_subcommand(1);
    app->footer("Run 'geotimeline help " + prefix + " COMMAND' for a command's options and examples.");
    apps[prefix] = app;
    return app;
}

int usage_error(const std::string& msg) {
    std::cerr << "geotimeline: " << msg << '\n';
    return gt::exit_usage;
}

using gt::cli::gen::next_words; // the words that may follow a prefix ("" for the first)

// Reads the command words of args from `i` ("gazetteer lookup"). An unknown word is a usage
// error with the closest command; a group without its command ("gazetteer") is returned as
// itself when `group_ok` (its --help lists its commands), else an error.
std::optional<std::string> resolve(const std::vector<std::string>& args, std::size_t i, bool group_ok,
                                   int& code) {
    std::string path;
    for (;; ++i) {
        const auto words = next_words(path);
        if (i == args.size() || args[i].empty() || args[i][0] == '-') {
            const bool help = i < args.size() && (args[i] == "-h" || args[i] == "--help");
            if (group_ok || help) return path;
            std::string list;
            for (std::size_t k = 0; k < words.size(); ++k)
                list += (k ? (k + 1 == words.size() ? " or " : ", ") : "") + words[k];
            code = usage_error("'" + path + "' needs a command: " + list + "; see 'geotimeline " +
                               path + " --help'");
            return std::nullopt;
        }
        const std::string& w = args[i];
        if (std::find(words.begin(), words.end(), w) == words.end()) {
            const std::string typed = path.empty() ? w : path + " " + w;
            std::string sug = gt::cli::closest(w, words);
            if (!sug.empty()) sug = path.empty() ? sug : path + " " + sug;
            for (const auto& c : gt::cli::commands()) { // "lookup" for "gazetteer lookup"
                const std::string full = c.path;
                if (path.empty() && sug.empty() && full.size() > w.size() &&
                    full.compare(full.size() - w.size(), w.size(), w) == 0 && full[full.size() - w.size() - 1] == ' ')
                    sug = full;
            }
            code = usage_error("unknown command '" + typed + "'; " +
                               (sug.empty() ? "run 'geotimeline help' for the list of commands"
                                            : "did you mean '" + sug + "'?"));
            return std::nullopt;
        }
        path = path.empty() ? w : path + " " + w;
        if (next_words(path).empty()) return path; // a command, not a group
    }
}

void print_help(const Apps& apps, const std::string& path) {
    const auto pos = path.rfind(' ');
    std::cout << apps.at(path)->help("geotimeline" + (pos == std::string::npos ? "" : " " + path.substr(0, pos)));
}

// `geotimeline`, `--help`, `--version`, `help [COMMAND]`, an unknown command: answered here
// (an exit code); std::nullopt when the command line names a command for CLI11 to parse.
std::optional<int> answer_top_level(const std::vector<std::string>& args, const Apps& apps,
                                    std::string& command) {
    if (args.empty()) return usage_error("no command given; run 'geotimeline help' for the list of commands");
    const std::string& a = args[0];
    if (a == "-h" || a == "--help") {
        gt::cli::print_top_help(std::cout);
        return gt::exit_ok;
    }
    if (a == "-V" || a == "--version" || a == "version") {
        gt::cli::print_version(std::cout);
        return gt::exit_ok;
    }
    if (a == "generate") { // hidden: man pages, completions, docs tables (generate.hpp), at build time
        try {
            return gt::cli::generate({args.begin() + 1, args.end()}, apps);
        } catch (const gt::Error& e) {
            std::cerr << "geotimeline: " << e.what() << '\n';
            return e.exit_code();
        }
    }
    int code = gt::exit_usage;
    if (a == "help") {
        if (args.size() == 1) {
            gt::cli::print_top_help(std::cout);
            return gt::exit_ok;
        }
        if (args[1] == "--list") { // hidden: the command list, for the test against the docs
            for (const auto& c : gt::cli::commands()) std::cout << c.path << '\t' << c.summary << '\n';
            return gt::exit_ok;
        }
        auto path = resolve(args, 1, true, code);
        if (!path) return code;
        std::size_t words = 1 + static_cast<std::size_t>(std::count(path->begin(), path->end(), ' '));
        if (args.size() > 1 + words)
            return usage_error("help takes a command name, not '" + args[1 + words] + "'; see 'geotimeline help'");
        print_help(apps, *path);
        return gt::exit_ok;
    }
    if (!a.empty() && a[0] == '-') {
        std::string sug = gt::cli::closest(a.substr(0, a.find('=')), {"--help", "--version", "-h", "-V"});
        return usage_error("unknown option " + a + " before the command; " +
                           (sug.empty() ? std::string("geotimeline takes a command first: see 'geotimeline help'")
                                        : "did you mean " + sug + "?"));
    }
    auto path = resolve(args, 0, false, code);
    if (!path) return code;
    command = *path;
    return std::nullopt;
}

int run_command(gt::cli::Command& cmd) {
    try {
        return cmd.run();
    } catch (const gt::Error& e) {
        std::cerr << "geotimeline: " << e.what() << '\n';
        return e.exit_code();
    } catch (const std::bad_alloc&) {
        std::cerr << "geotimeline: out of memory\n";
        return gt::exit_input_failed;
    } catch (const std::exception& e) {
        std::cerr << "geotimeline: internal error: " << e.what()
                  << "\n(please report this with the command line and the input)\n";
        return gt::exit_input_failed;
    }
}

/// Help, version, lists and the commands' own tables go to standard output: a write there that
/// failed (a full disk, `> /dev/full`) is an error, exit 4, not a silent success.
int check_standard_output(int code) {
    errno = 0;
    std::cout.flush();
    const int flushed = std::fflush(stdout) == 0 ? 0 : errno;
    if ((std::cout && !std::ferror(stdout)) || code != gt::exit_ok) return code;
    const int err = flushed ? flushed : errno;
    std::cerr << "geotimeline: cannot write standard output" << (err ? std::string(": ") + std::strerror(err) : "")
              << '\n';
    return gt::exit_output;
}

int run(int argc, char** argv) {
    // Past a file-size limit (ulimit -f) a write fails with EFBIG and is reported like a full
    // disk (exit 4, naming the file), instead of the signal killing the process mid-output.
    std::signal(SIGXFSZ, SIG_IGN);
    // Named, so that Usage: lines say "geotimeline", not the path the binary was run by.
    CLI::App app{"Dated, geocoded events from conflict news", "geotimeline"};
    app.require_subcommand(1);

    Apps apps;
    std::vector<std::pair<CLI::App*, std::unique_ptr<gt::cli::Command>>> registered;
    for (const auto& info : gt::cli::commands()) {
        std::string path = info.path;
        CLI::App* parent = &app;
        auto pos = path.rfind(' ');
        if (pos != std::string::npos) parent = group_app(app, apps, path.substr(0, pos));
        CLI::App* sub = parent->add_subcommand(path.substr(pos == std::string::npos ? 0 : pos + 1), info.summary);
        std::string footer = "Examples:\n";
        for (std::string_view ex = info.examples; !ex.empty();) {
            const auto nl = ex.find('\n');
            footer += "  " + std::string(ex.substr(0, nl)) + "\n";
            ex = nl == std::string_view::npos ? std::string_view() : ex.substr(nl + 1);
        }
        sub->footer(footer + "\nMore: docs/reference.md, \"" + path + "\".");
        auto cmd = info.make();
        cmd->setup(*sub);
        gt::cli::name_option_values(*sub);
        apps[path] = sub;
        registered.emplace_back(sub, std::move(cmd));
    }

    const std::vector<std::string> args(argv + 1, argv + argc);
    std::string command;
    if (auto code = answer_top_level(args, apps, command)) return *code;

    const auto words = gt::cli::options_before_dashes(args, apps.at(command));
    try {
        std::vector<std::string> reversed(words.rbegin(), words.rend()); // CLI11 takes them last first
        app.parse(reversed);
    } catch (const CLI::Success& e) { // --help of a command or a group
        return app.exit(e) == 0 ? gt::exit_ok : gt::exit_usage;
    } catch (const CLI::ParseError& e) {
        return usage_error(gt::cli::describe_parse_error(e, command, apps.at(command), words));
    }

    for (auto& [sub, cmd] : registered)
        if (sub->parsed()) return run_command(*cmd);
    return usage_error("no command given; run 'geotimeline help' for the list of commands");
}

} // namespace

int main(int argc, char** argv) {
    gt::map_big_blocks(); // (a big document's freed arrays go back to the system: issue #15)
    return check_standard_output(run(argc, argv));
}
