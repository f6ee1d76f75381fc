// Gazetteer benchmark, run by scripts/bench (never as a test): index open time (median of
// many opens), lookups per second over a list of names (one per line), peak RSS.
#include "gazetteer/index.hpp"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <fstream>
#include <iostream>
#include <string>
#include <sys/resource.h>
#include <vector>

namespace {
double median(std::vector<double> v) {
    std::sort(v.begin(), v.end());
    return v.empty() ? 0 : v[v.size() / 2];
}
} // namespace

int main(int argc, char** argv) {
    if (argc < 3) {
        std::cerr << "usage: bench_gazetteer INDEX NAMES.txt [ROUNDS]\n";
        return 2;
    }
    using clock = std::chrono::steady_clock;
    std::string path = argv[1];
    int rounds = argc > 3 ? std::atoi(argv[3]) : 5;

    std::vector<double> open_ms;
    for (int i = 0; i < 21; ++i) {
        auto t0 = clock::now();
        auto idx = gt::gazetteer::Index::open(path);
        // touch the header and first entry, as any first lookup would
        volatile auto n = idx.size() + idx.entry(0).geonameid;
        (void)n;
        open_ms.push_back(std::chrono::duration<double, std::milli>(clock::now() - t0).count());
    }
    auto idx = gt::gazetteer::Index::open(path);

    std::vector<std::string> names;
    std::ifstream in(argv[2]);
    for (std::string line; std::getline(in, line);)
        if (!line.empty()) names.push_back(line);
    if (names.empty()) {
        std::cerr << "no names in " << argv[2] << '\n';
        return 1;
    }
    gt::gazetteer::Candidate out[10];
    std::size_t found = 0;
    std::vector<double> rates;
    for (int r = 0; r < rounds; ++r) {
        found = 0;
        auto t0 = clock::now();
        for (const auto& n : names) found += idx.lookup(n, {}, out) > 0;
        double s = std::chrono::duration<double>(clock::now() - t0).count();
        rates.push_back(static_cast<double>(names.size()) / s);
    }
    rusage ru{};
    getrusage(RUSAGE_SELF, &ru);
    std::printf("index_bytes %llu\n", static_cast<unsigned long long>(idx.header().file_size));
    std::printf("index_entries %u\n", idx.size());
    std::printf("open_ms_median %.3f\n", median(open_ms));
    std::printf("open_ms_max %.3f\n", *std::max_element(open_ms.begin(), open_ms.end()));
    std::printf("names %zu\n", names.size());
    std::printf("names_found %zu\n", found);
    std::printf("lookups_per_s_median %.0f\n", median(rates));
    std::printf("peak_rss_mb %.1f\n", static_cast<double>(ru.ru_maxrss) / 1024.0);
    return 0;
}
