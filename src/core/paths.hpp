#pragma once
// Where the running program is: the start of the search paths for the gazetteer index, the
// lexicon and the GIS plugin (beside the binary, then ../share or ../lib of an install).

#include <filesystem>
#include <system_error>

namespace gt {

/// The directory of the running executable (symbolic links resolved), or an empty path.
inline std::filesystem::path executable_dir() {
    std::error_code ec;
    const std::filesystem::path exe = std::filesystem::read_symlink("/proc/self/exe", ec);
    return ec ? std::filesystem::path() : exe.parent_path();
}

} // namespace gt
