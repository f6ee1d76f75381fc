#pragma once
// A toy per-document function and corpus helpers for the batch engine's tests: one event per
// non-blank line, deterministic, independent of the events stage.

#include "batch/runner.hpp"
#include "core/error.hpp"

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

namespace batch_test {

namespace fs = std::filesystem;

inline fs::path tmp_dir(const std::string& name) {
    fs::path d = fs::path(GT_TEST_TMP) / ("batch-" + name);
    fs::remove_all(d);
    fs::create_directories(d);
    return d;
}

inline std::string slurp(const fs::path& p) {
    std::ifstream f(p, std::ios::binary);
    std::ostringstream ss;
    ss << f.rdbuf();
    return ss.str();
}

inline void spit(const fs::path& p, const std::string& s) {
    std::ofstream f(p, std::ios::binary);
    f << s;
}

/// One event per non-blank line: "Battles" when it says "clash", else "Protests"; the place
/// from the line's length; the document's date.
inline gt::DocumentResult toy(const gt::Document& doc) {
    gt::DocumentResult r;
    r.doc_id = doc.id;
    r.dct.value = doc.date;
    r.dct.source = doc.date.empty() ? "none" : "json";
    std::istringstream in(doc.text);
    std::string line;
    std::size_t offset = 0, n = 0;
    while (std::getline(in, line)) {
        const std::size_t start = offset;
        offset += line.size() + 1;
        if (line.find_first_not_of(' ') == std::string::npos) continue;
        gt::Event e;
        e.event_id = doc.id + "-" + std::to_string(++n);
        e.doc_id = doc.id;
        e.event_type = line.find("clash") != std::string::npos ? "Battles" : "Protests";
        e.sub_event_type = e.event_type == "Battles" ? "Armed clash" : "Peaceful protest";
        e.cameo = e.event_type == "Battles" ? "190" : "141";
        e.date = e.date_start = e.date_end = doc.date;
        e.fatalities = static_cast<int>(line.size() % 7) - 1;
        e.location.resolved = line.size() % 3 != 0;
        e.location.text = "Place" + std::to_string(line.size() % 5);
        if (e.location.resolved) {
            e.location.name = e.location.text;
            e.location.id = "test:" + std::to_string(line.size() % 5);
            e.location.lat = 35.0 + static_cast<double>(line.size() % 5) * 0.3333337;
            e.location.lon = 40.0 + static_cast<double>(line.size() % 5) * 0.1;
            e.location.country = "SY";
            e.location.country_name = "Syria";
            e.location.feature = "P.PPL";
        }
        e.actor1.name = "Actor " + std::to_string(line.size() % 4);
        e.actor1.inter = 1;
        e.evidence.start = static_cast<std::uint32_t>(start);
        e.evidence.end = static_cast<std::uint32_t>(start + line.size());
        e.evidence.text = line;
        e.confidence = 0.5 + static_cast<double>(line.size() % 10) / 20.0;
        e.source = doc.source;
        e.notes = "line " + std::to_string(n);
        r.events.push_back(std::move(e));
    }
    return r;
}

/// A JSONL corpus of `n` documents d0..d(n-1), each of a few lines.
inline void write_corpus(const fs::path& p, int n) {
    std::ofstream f(p, std::ios::binary);
    for (int i = 0; i < n; ++i) {
        std::string text;
        for (int k = 0; k <= i % 4; ++k)
            text += (k % 2 ? "A clash near town " : "Protesters marched in ") + std::to_string(i * 7 + k) + "\\n";
        f << "{\"id\":\"d" << i << "\",\"date\":\"2017-09-" << (10 + i % 9) << "\",\"source\":\"Wire\",\"text\":\""
          << text << "\"}\n";
    }
}

inline gt::batch::BatchOptions options(const fs::path& in, const fs::path& out, gt::io::Format f, unsigned jobs) {
    gt::batch::BatchOptions o;
    o.inputs = {in.string()};
    o.output = out.string();
    o.format = f;
    o.jobs = jobs;
    o.quiet = true;
    return o;
}

} // namespace batch_test
