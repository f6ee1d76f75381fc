#include "batch/journal.hpp"

#include "core/error.hpp"
#include "io/event_reader.hpp"
#include "io/file_buffer.hpp"

#include <nlohmann/json.hpp>

#include <cerrno>
#include <cstring>
#include <filesystem>

#include <fcntl.h>
#include <unistd.h>

namespace gt::batch {

namespace {

using Clock = std::chrono::steady_clock;
constexpr auto kFlushEvery = std::chrono::milliseconds(500); // write(2) at least this often
constexpr auto kSyncEvery = std::chrono::seconds(5);         // fsync at least this often

[[noreturn]] void write_failed(const std::string& path) {
    const int err = errno;
    throw OutputError("cannot write '" + path + "': " + (err ? std::strerror(err) : "write failed") +
                      " (disk full, file too large or no permission?); rerun with --resume once fixed");
}

/// The first difference between two fingerprints, for the message.
std::string difference(const std::string& a, const std::string& b) {
    auto ja = nlohmann::json::parse(a, nullptr, false), jb = nlohmann::json::parse(b, nullptr, false);
    if (ja.is_object() && jb.is_object())
        for (auto it = jb.begin(); it != jb.end(); ++it)
            if (!ja.contains(it.key()) || ja[it.key()] != it.value()) return "'" + it.key() + "' differs";
    return "the fingerprint differs";
}

} // namespace

JournalState recover_journal(const std::string& path, const std::string& fingerprint) {
    JournalState st;
    std::ifstream in(path, std::ios::binary);
    if (!in) return st;
    std::string line;
    if (!std::getline(in, line) || in.eof()) { // torn or empty first line: start over
        in.close();
        std::filesystem::remove(path);
        return st;
    }
    if (line != fingerprint)
        throw UsageError("'" + path + "' is the journal of a run with other inputs or options (" +
                         difference(line, fingerprint) +
                         "); rerun with the same inputs and options, or remove it to start over");
    st.exists = true;
    std::uint64_t good_end = static_cast<std::uint64_t>(in.tellg());
    DocumentResult r;
    while (std::getline(in, line)) {
        if (in.eof()) break; // no newline: torn by the kill
        if (!io::parse_result_line(line, r).empty() || r.seq == static_cast<std::size_t>(-1)) break;
        if (st.last_seq != static_cast<std::size_t>(-1) && r.seq <= st.last_seq) break;
        st.last_seq = r.seq;
        ++st.records;
        good_end = static_cast<std::uint64_t>(in.tellg());
    }
    in.close();
    std::error_code ec;
    if (std::filesystem::file_size(path, ec) != good_end) {
        std::filesystem::resize_file(path, good_end, ec);
        if (ec) throw OutputError("cannot truncate '" + path + "': " + ec.message());
    }
    return st;
}

JournalWriter::JournalWriter(const std::string& path, const std::string& fingerprint, bool append) : path_(path) {
    // Before open (libstdc++ ignores pubsetbuf after it); not zeroed: its pages are touched only
    // as they fill, so a short run does not fault in 256 KB.
    buffer_ = std::make_unique_for_overwrite<char[]>(io::kFileBufferBytes);
    out_.rdbuf()->pubsetbuf(buffer_.get(), static_cast<std::streamsize>(io::kFileBufferBytes));
    out_.open(path, append ? std::ios::binary | std::ios::app : std::ios::binary | std::ios::trunc);
    if (!out_) write_failed(path);
    fd_ = ::open(path.c_str(), O_WRONLY | O_CLOEXEC);
    if (fd_ < 0) write_failed(path);
    if (!append) {
        out_ << fingerprint << '\n';
        sync();
    }
    io::set_batched_flush(out_); // the writer's per-line flush becomes a check
    writer_ = io::make_writer(io::Format::jsonl, out_);
    flushed_ = synced_ = Clock::now();
}

JournalWriter::~JournalWriter() {
    if (fd_ >= 0) ::close(fd_);
}

void JournalWriter::write(const DocumentResult& r) {
    try {
        writer_->document(r); // one line, into the 256 KB buffer (written when full)
    } catch (const OutputError&) {
        write_failed(path_); // name the journal, not "the output"
    }
    if (!out_) write_failed(path_);
    const auto now = Clock::now();
    if (now - synced_ >= kSyncEvery) {
        sync();
    } else if (now - flushed_ >= kFlushEvery) {
        out_.flush();
        if (!out_) write_failed(path_);
        flushed_ = now;
    }
}

void JournalWriter::sync() {
    out_.flush();
    if (!out_ || ::fsync(fd_) != 0) write_failed(path_);
    flushed_ = synced_ = Clock::now();
}

} // namespace gt::batch
