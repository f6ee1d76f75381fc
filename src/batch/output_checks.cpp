#include "batch/output_checks.hpp"

#include "batch/output_lock.hpp"
#include "batch/runner.hpp"
#include "core/error.hpp"
#include "io/writers.hpp"

#include <filesystem>

#include <sys/stat.h>
#include <unistd.h>

namespace gt::batch {

namespace fs = std::filesystem;

namespace {

bool is_stdout(const std::string& path) { return path.empty() || path == "-"; }

} // namespace

bool streamed_output(const std::string& output) {
    struct stat st {};
    return is_stdout(output) ||
           (::stat(output.c_str(), &st) == 0 && !S_ISREG(st.st_mode) && !S_ISDIR(st.st_mode));
}

namespace {

bool same_file(const struct stat& a, const struct stat& b) {
    return a.st_dev == b.st_dev && a.st_ino == b.st_ino;
}

} // namespace

std::vector<std::string> own_files(const std::string& output) {
    if (is_stdout(output)) return {};
    std::vector<std::string> files = {output, journal_path(output), lock_path(output)};
    std::string csvt = output;
    const std::size_t slash = csvt.find_last_of('/'), dot = csvt.find_last_of('.');
    if (dot != std::string::npos && (slash == std::string::npos || dot > slash)) csvt.erase(dot);
    files.push_back(csvt + ".csvt");
    return files;
}

void refuse_output_over_inputs(const std::string& file, const std::string& what,
                               const std::vector<std::string>& inputs) {
    if (is_stdout(file)) return;
    struct stat out {};
    if (::stat(file.c_str(), &out) != 0) return; // a new file: no input can be it
    if (S_ISDIR(out.st_mode))
        throw OutputError("cannot write '" + file + "' (" + what + "): it is a directory; give a file name");
    for (const std::string& in : inputs) {
        struct stat st {};
        const bool found = in == "-" ? ::fstat(STDIN_FILENO, &st) == 0 : ::stat(in.c_str(), &st) == 0;
        if (!found || S_ISDIR(st.st_mode) || !same_file(st, out)) continue;
        throw UsageError(what + " '" + file + "' is the input '" + (in == "-" ? std::string("standard input") : in) +
                         "': writing it would destroy what the run reads; give another output file");
    }
}

void refuse_same_output(const std::string& output, const std::string& errors) {
    if (is_stdout(output) || errors.empty()) return;
    struct stat a {}, b {};
    std::error_code ec;
    const bool same = fs::absolute(errors, ec).lexically_normal() == fs::absolute(output, ec).lexically_normal() ||
                      (::stat(output.c_str(), &a) == 0 && ::stat(errors.c_str(), &b) == 0 && same_file(a, b));
    if (same)
        throw UsageError("--errors '" + errors + "' is the output '" + output +
                         "': one would replace the other; give two files");
}

std::size_t remove_stale_temporaries(const std::string& output) {
    if (is_stdout(output)) return 0;
    const fs::path target(output);
    const fs::path dir = target.parent_path().empty() ? fs::path(".") : target.parent_path();
    const std::string prefix = fs::path(io::temp_prefix(output)).filename().string();
    std::size_t removed = 0;
    std::error_code ec;
    for (auto it = fs::directory_iterator(dir, ec); !ec && it != fs::directory_iterator(); it.increment(ec)) {
        const std::string name = it->path().filename().string();
        // this tool's names: the prefix and a random part of [0-9a-z] (core/exclusive_file.hpp)
        if (name.size() <= prefix.size() || name.compare(0, prefix.size(), prefix) != 0) continue;
        if (name.find_first_not_of("0123456789abcdefghijklmnopqrstuvwxyz", prefix.size()) != std::string::npos)
            continue;
        struct stat st {};
        if (::lstat(it->path().c_str(), &st) != 0 || S_ISLNK(st.st_mode) || st.st_uid != ::geteuid()) continue;
        std::error_code rm;
        if (S_ISREG(st.st_mode) || S_ISDIR(st.st_mode)) removed += fs::remove_all(it->path(), rm) > 0;
    }
    return removed;
}

} // namespace gt::batch
