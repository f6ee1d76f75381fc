// geotimeline: dated, geocoded events from conflict news.
// main() only wires the registered subcommands (commands.cpp) into CLI11 and maps errors
// to exit codes; all work happens in the command classes.

#include "cli/command.hpp"
#include "core/error.hpp"

#include <csignal>
#include <iostream>
#include <map>

namespace {

// The CLI11 sub-app for a group of commands ("gazetteer" in "gazetteer lookup"), made once.
CLI::App* group_app(CLI::App& root, std::map<std::string, CLI::App*>& groups,
                    const std::string& prefix) {
    if (auto it = groups.find(prefix); it != groups.end()) return it->second;
    CLI::App* parent = &root;
    std::string name = prefix;
    if (auto pos = prefix.rfind(' '); pos != std::string::npos) {
        parent = group_app(root, groups, prefix.substr(0, pos));
        name = prefix.substr(pos + 1);
    }
    CLI::App* app = parent->add_subcommand(name, "Commands on the " + name + "; see their --help");
    app->require_subcommand(1);
    groups[prefix] = app;
    return app;
}

} // namespace

int main(int argc, char** argv) {
    // Past a file-size limit (ulimit -f) a write fails with EFBIG and is reported like a full
    // disk (exit 4, naming the file), instead of the signal killing the process mid-output.
    std::signal(SIGXFSZ, SIG_IGN);
    CLI::App app{"geotimeline " GEOTIMELINE_VERSION
                 ": turn conflict news into dated, geocoded events.\n"
                 "Run 'geotimeline COMMAND --help' for the options of each command."};
    app.set_version_flag("--version", "geotimeline " GEOTIMELINE_VERSION);
    app.require_subcommand(1);

    std::map<std::string, CLI::App*> groups;
    std::vector<std::pair<CLI::App*, std::unique_ptr<gt::cli::Command>>> registered;
    for (const auto& info : gt::cli::commands()) {
        std::string path = info.path;
        CLI::App* parent = &app;
        auto pos = path.rfind(' ');
        if (pos != std::string::npos) {
            parent = group_app(app, groups, path.substr(0, pos));
        }
        CLI::App* sub = parent->add_subcommand(path.substr(pos == std::string::npos ? 0 : pos + 1),
                                               info.summary);
        auto cmd = info.make();
        cmd->setup(*sub);
        registered.emplace_back(sub, std::move(cmd));
    }

    try {
        app.parse(argc, argv);
    } catch (const CLI::ParseError& e) {
        int code = app.exit(e);
        return code == 0 ? gt::exit_ok : gt::exit_usage;
    }

    for (auto& [sub, cmd] : registered) {
        if (!sub->parsed()) continue;
        try {
            return cmd->run();
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
    return gt::exit_usage;
}
