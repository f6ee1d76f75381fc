// libFuzzer target: document ingestion and the whole per-document pipeline of `extract`.
// The bytes are read as `extract` reads them: a JSONL line when they start with '{'
// (io::parse_document_line), else a text file (batch::text_problem: NUL bytes, UTF-16,
// Windows-1252 repair); a readable document then goes through events::process.
//
// The gazetteer is $GEOTIMELINE_GAZETTEER when set (scripts/fuzz passes the full index when
// it is built), else a small index built at start-up from the test fixtures.
#include "batch/source.hpp"
#include "core/error.hpp"
#include "events/pipeline.hpp"
#include "gazetteer/builder.hpp"
#include "gazetteer/index.hpp"
#include "io/jsonl_reader.hpp"
#include "text/utf8.hpp"

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <memory>
#include <sstream>
#include <string>
#include <unistd.h>

namespace {

std::unique_ptr<gt::gazetteer::Index> g_index;
std::unique_ptr<gt::events::Pipeline> g_pipeline;

} // namespace

extern "C" int LLVMFuzzerInitialize(int*, char***) {
    std::string path;
    if (const char* p = std::getenv("GEOTIMELINE_GAZETTEER"); p && *p) {
        path = p;
    } else {
        const char* dir = std::getenv("TMPDIR");
        path = std::string(dir && *dir ? dir : "/tmp") + "/gt-fuzz-pipeline-" +
               std::to_string(::getpid()) + ".gtz";
        gt::gazetteer::BuildOptions opts;
        opts.inputs = {GT_FUZZ_FIXTURE, GT_FUZZ_SUPPLEMENT};
        opts.output = path;
        opts.quiet = true;
        std::ostringstream log;
        gt::gazetteer::build_index(opts, log);
    }
    g_index = std::make_unique<gt::gazetteer::Index>(gt::gazetteer::Index::open(path));
    if (!std::getenv("GEOTIMELINE_GAZETTEER")) ::unlink(path.c_str()); // mapped: stays readable
    g_pipeline = std::make_unique<gt::events::Pipeline>(*g_index,
                                                        gt::events::Lexicon::load(GT_FUZZ_LEXICON));
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string raw(reinterpret_cast<const char*>(data), size);
    gt::Document doc;
    if (!raw.empty() && raw[0] == '{') {
        if (!gt::io::parse_document_line(raw, doc).empty()) return 0;
        if (doc.text.find('\0') != std::string::npos) return 0; // refused by the batch source
    } else {
        std::string repaired;
        if (!gt::batch::text_problem(raw, repaired).empty()) return 0;
        doc.id = "fuzz.txt";
        doc.text = std::move(repaired);
    }
    if (!gt::text::is_valid_utf8(doc.text)) std::abort(); // ingestion promises valid UTF-8
    gt::DocumentResult r = gt::events::process(doc, *g_pipeline);
    for (const auto& e : r.events)
        (void)e;
    return 0;
}
