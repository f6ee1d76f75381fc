#pragma once
// Records of any size kept in an unlinked temporary file (in $TMPDIR, else /tmp) rather than in
// memory, read back in any order: what `merge` holds while it reads every document before
// writing the first (documents to sort, GeoJSON features to group by document, --dedup's
// second look at the reports of one incident). Only a write buffer is held.

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace gt::io {

class Spool {
  public:
    /// Where a record is in the file.
    struct Ref {
        std::uint64_t offset = 0, size = 0;
    };

    /// `what` names the spool's use in errors ("cannot write the temporary file that WHAT").
    explicit Spool(std::string what);
    ~Spool();
    Spool(const Spool&) = delete;
    Spool& operator=(const Spool&) = delete;

    /// Appends a record (the file is made by the first); throws OutputError when it cannot be
    /// written.
    Ref append(std::string_view bytes);
    /// The record at `ref` into `out` (replacing it); throws OutputError when it cannot be read.
    void read(Ref ref, std::string& out);
    /// Bytes appended so far.
    std::uint64_t size() const noexcept { return size_ + pending_.size(); }

  private:
    void flush();
    [[noreturn]] void fail(const char* verb) const;

    std::string what_;
    int fd_ = -1;
    std::uint64_t size_ = 0; // bytes in the file
    std::string pending_;    // bytes appended after them
};

} // namespace gt::io
