#pragma once
// A test process's own scratch paths under GT_TEST_TMP: ctest runs the cases of one file as
// processes side by side, so what a fixture writes there carries the process id.
#include "gazetteer/index.hpp"

#include <filesystem>
#include <string>
#include <unistd.h>

namespace test_tmp {

/// GT_TEST_TMP/name-PID.
inline std::string own_path(const std::string& name) {
    return std::string(GT_TEST_TMP) + "/" + name + "-" + std::to_string(::getpid());
}

/// own_path(name), created as a directory.
inline std::string own_dir(const std::string& name) {
    const std::string dir = own_path(name);
    std::filesystem::create_directories(dir);
    return dir;
}

/// The index at `path`, with `scratch` (the file or directory it was built in) removed: a mapped
/// index stays readable.
inline gt::gazetteer::Index open_then_remove(const std::string& path, const std::string& scratch) {
    gt::gazetteer::Index idx = gt::gazetteer::Index::open(path);
    std::filesystem::remove_all(scratch);
    return idx;
}

} // namespace test_tmp
