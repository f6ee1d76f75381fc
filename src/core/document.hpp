#pragma once
// A news document as it flows through the pipeline (docs/timex.md, docs/reference.md).
// Plain data: core/ includes nothing of ours.

#include <cstddef>
#include <string>

namespace gt {

struct Document {
    std::string id;
    std::string title;
    std::string source;
    std::string url;
    std::string date;  // document creation time as ISO 8601 (YYYY-MM-DD...), or empty
    std::string text;  // valid UTF-8
    std::string input; // where it came from: file name, "-" for stdin
    std::size_t line = 0; // line in `input` for JSONL documents (1-based), 0 otherwise
};

} // namespace gt
