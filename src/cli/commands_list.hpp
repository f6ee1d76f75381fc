#pragma once
// Factories of the subcommands, one per command_*.cpp file.
#include "cli/command.hpp"

namespace gt::cli {
std::unique_ptr<Command> make_gazetteer_build();
std::unique_ptr<Command> make_gazetteer_info();
std::unique_ptr<Command> make_gazetteer_lookup();
std::unique_ptr<Command> make_distance();
std::unique_ptr<Command> make_near();
std::unique_ptr<Command> make_timex();
std::unique_ptr<Command> make_extract();
std::unique_ptr<Command> make_geoparse();
std::unique_ptr<Command> make_merge();
std::unique_ptr<Command> make_view();
} // namespace gt::cli
