// libFuzzer target: the JSONL document reader (src/io/jsonl_reader) on arbitrary bytes.
// Every line either yields a document or an error message; nothing may crash or leak.
#include "io/jsonl_reader.hpp"
#include "text/utf8.hpp"

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <sstream>
#include <string>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    std::istringstream in(std::string(reinterpret_cast<const char*>(data), size));
    gt::io::JsonlReader reader(in, "fuzz.jsonl");
    gt::Document doc;
    std::string error;
    while (reader.next(doc, error)) {
        // A good document carries valid UTF-8 (the reader repairs stray bytes).
        if (error.empty() && !gt::text::is_valid_utf8(doc.text)) std::abort();
        if (!error.empty() && error.rfind("fuzz.jsonl:", 0) != 0) std::abort();
    }
    return 0;
}
