#pragma once
// Writes the model as a compiled index (format.hpp), atomically.
#include "gazetteer/build_model.hpp"
#include "gazetteer/builder.hpp"

namespace gt::gazetteer {
BuildSummary write_index(const build::Model& m, const std::string& path);
}
