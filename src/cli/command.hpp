#pragma once
// The command interface, after osmium-tool: each subcommand is a class with
// setup() (declare options on its CLI11 sub-app) and run() (do the work, return the exit code).

#include <CLI/CLI.hpp>

#include <functional>
#include <memory>
#include <string>
#include <vector>

namespace gt::cli {

class Command {
  public:
    virtual ~Command() = default;
    virtual void setup(CLI::App& app) = 0;
    virtual int run() = 0;
};

struct CommandInfo {
    const char* path;    // "distance", "gazetteer lookup": words of the command line
    const char* summary; // one line for the help listing (and docs/reference.md's command table)
    const char* examples; // two command lines, one per line, for the end of the command's help
    std::function<std::unique_ptr<Command>()> make;
};

/// Every subcommand, registered in one place (commands.cpp).
const std::vector<CommandInfo>& commands();

} // namespace gt::cli
