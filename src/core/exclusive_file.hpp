#pragma once
// Files the tool creates beside its outputs (temporary outputs, journals, GIS temporary
// directories, the gazetteer index being built) are created so that nothing planted at their
// names is followed or reused (issue #15, item 8; docs/robustness.md, "Outputs"): a new name
// with a random part, O_CREAT | O_EXCL | O_NOFOLLOW, in the output's own directory. A symbolic
// link planted at a predictable name in a world-writable directory can then not make a run
// write through it to a file of another user's choosing.

#include <cerrno>
#include <cstddef>
#include <string>

#include <fcntl.h>
#include <sys/random.h>
#include <sys/stat.h>
#include <unistd.h>

namespace gt {

/// `n` characters from [0-9a-z], from the kernel's random source (a counter when it fails).
inline std::string random_suffix(std::size_t n = 10) {
    static constexpr char kDigits[] = "0123456789abcdefghijklmnopqrstuvwxyz";
    unsigned char bytes[32] = {};
    if (n > sizeof bytes) n = sizeof bytes;
    if (::getrandom(bytes, n, GRND_NONBLOCK) != static_cast<ssize_t>(n)) {
        static unsigned counter = 0;
        unsigned long v = static_cast<unsigned long>(::getpid()) * 1000003UL + counter++;
        for (std::size_t i = 0; i < n; ++i, v /= 7) bytes[i] = static_cast<unsigned char>(v ^ (i * 131));
    }
    std::string s(n, '0');
    for (std::size_t i = 0; i < n; ++i) s[i] = kDigits[bytes[i] % 36];
    return s;
}

/// Creates a new regular file named `prefix` + a random part, for writing, never through a
/// symbolic link nor over anything already there (O_CREAT | O_EXCL | O_NOFOLLOW; mode 0666
/// less the umask, as any output). Returns the descriptor and sets `name`; -1 with errno set
/// when it cannot (no such directory, no permission...).
inline int create_exclusive_file(const std::string& prefix, std::string& name) {
    for (int attempt = 0; attempt < 100; ++attempt) {
        name = prefix + random_suffix();
        const int fd = ::open(name.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0666);
        if (fd >= 0 || errno != EEXIST) return fd;
    }
    errno = EEXIST;
    return -1;
}

/// Creates a new directory named `prefix` + a random part (mode 0700, mkdir never follows a
/// link). Returns false with errno set when it cannot; sets `name`.
inline bool create_exclusive_dir(const std::string& prefix, std::string& name) {
    for (int attempt = 0; attempt < 100; ++attempt) {
        name = prefix + random_suffix();
        if (::mkdir(name.c_str(), 0700) == 0) return true;
        if (errno != EEXIST) return false;
    }
    errno = EEXIST;
    return false;
}

} // namespace gt
