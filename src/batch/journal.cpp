#include "batch/journal.hpp"

#include "core/error.hpp"
#include "core/write_all.hpp"
#include "io/event_reader.hpp"

#include <nlohmann/json.hpp>
#include <algorithm>

#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <string_view>
#include <vector>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace gt::batch {

namespace {

using Clock = std::chrono::steady_clock;
constexpr auto kSyncEvery = std::chrono::seconds(5); // fsync at least this often

[[noreturn]] void write_failed(const std::string& path) {
    const int err = errno;
    throw OutputError("cannot write '" + path + "': " + (err ? std::strerror(err) : "write failed") +
                      " (disk full, file too large or no permission?); rerun with --resume once fixed");
}

/// The settings of the command's "config", in its order: "gazetteer=...;lexicon=...;date=...".
constexpr const char* kSettings[] = {"gazetteer", "lexicon", "date", "version"};

/// The value of `key` in a "k=v;k=v" settings string (the command's "config"), or "". A value
/// runs up to the next ";SETTING=": it may hold ';' itself (the lexicon's directories,
/// "default;user").
std::string setting(const std::string& config, const std::string& key) {
    const auto marker = [](const std::string& k) { return std::string(";").append(k).append("="); };
    std::size_t at = config.rfind(key + "=", 0) == 0 ? 0 : config.find(marker(key));
    if (at == std::string::npos) return {};
    at = config.find('=', at) + 1;
    std::size_t end = config.size();
    for (const char* other : kSettings) {
        const std::size_t next = config.find(marker(other), at);
        if (other != key && next < end) end = next;
    }
    return config.substr(at, end - at);
}

/// What a fingerprint key is on the command line.
std::string option_of(const std::string& key) {
    static const std::pair<const char*, const char*> names[] = {
        {"inputs", "the inputs (files, their sizes or dates)"}, {"shard", "--shard"},
        {"max_doc_bytes", "--max-doc-bytes"}, {"version", "the geotimeline version"},
        {"gazetteer", "--gazetteer"}, {"lexicon", "--lexicon"}, {"date", "--date"}};
    for (const auto& [k, name] : names)
        if (key == k) return name;
    return "'" + key + "'";
}

/// --lexicon's value is the list of directories read, built-in first ("default;user"): the message
/// names the directories added or left out, not the whole list ("'./lexicon' added").
std::string lexicon_change(const std::string& was, const std::string& now) {
    const auto dirs = [](const std::string& v) {
        std::vector<std::string> out;
        for (std::size_t at = 0; at <= v.size();) {
            const std::size_t end = std::min(v.find(';', at), v.size());
            if (end > at) out.push_back(v.substr(at, end - at));
            at = end + 1;
        }
        return out;
    };
    const auto a = dirs(was), b = dirs(now);
    const auto list = [](const std::vector<std::string>& from, const std::vector<std::string>& without) {
        std::string out;
        for (const auto& d : from)
            if (std::find(without.begin(), without.end(), d) == without.end())
                out.append(out.empty() ? "'" : ", '").append(d).append("'");
        return out;
    };
    const std::string added = list(b, a), dropped = list(a, b);
    std::string out = "--lexicon differs:";
    if (!added.empty()) out.append(" ").append(added).append(" added now");
    if (!dropped.empty()) out.append(added.empty() ? " " : "; ").append(dropped).append(" read by the journal's run only");
    if (added.empty() && dropped.empty()) out.append(" the same directories in another order");
    return out;
}

std::string shown(const nlohmann::json& v) {
    if (!v.is_string()) return v.dump();
    std::string s = v.get<std::string>();
    if (s.empty()) return "none";
    s.insert(s.begin(), '\'');
    s.push_back('\'');
    return s;
}

/// The first difference between two fingerprints, for the message: the option, with the
/// journal's value and this run's ("--date differs: 2017-09-09 in the journal, 2017-09-10 now").
std::string difference(const std::string& a, const std::string& b) {
    auto ja = nlohmann::json::parse(a, nullptr, false), jb = nlohmann::json::parse(b, nullptr, false);
    if (!ja.is_object() || !jb.is_object()) return "the fingerprint differs";
    for (auto it = jb.begin(); it != jb.end(); ++it) {
        if (ja.contains(it.key()) && ja[it.key()] == it.value()) continue;
        const nlohmann::json was = ja.contains(it.key()) ? ja[it.key()] : nlohmann::json();
        if (it.key() == "config" && was.is_string() && it.value().is_string()) {
            // "gazetteer=...;lexicon=...;date=...;version=...": name the setting that changed
            const std::string old_config = was.get<std::string>(), new_config = it.value().get<std::string>();
            for (const char* key : kSettings) {
                const std::string x = setting(old_config, key), y = setting(new_config, key);
                if (x != y && std::string_view(key) == "lexicon") return lexicon_change(x, y);
                if (x != y)
                    return option_of(key) + " differs: " + shown(x) + " in the journal, " + shown(y) + " now";
            }
        }
        if (it.key() == "inputs") return option_of("inputs") + " differ";
        return option_of(it.key()) + " differs: " + shown(was) + " in the journal, " + shown(it.value()) + " now";
    }
    return "the fingerprint differs";
}

} // namespace

JournalState recover_journal(const std::string& path, const std::string& fingerprint) {
    JournalState st;
    struct stat link {};
    if (::lstat(path.c_str(), &link) == 0 && !S_ISREG(link.st_mode))
        throw OutputError("the journal '" + path + "' is " +
                          (S_ISLNK(link.st_mode) ? "a symbolic link" : "not a regular file") +
                          ", not a journal this tool wrote: remove it and rerun");
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
        st.events += r.events.size();
        if (!r.error.empty()) ++st.failed;
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
    // Never through a symbolic link planted at the journal's predictable name, and a new
    // journal never over anything already there (O_EXCL; run_batch refuses an existing one
    // without --resume).
    const int flags = O_WRONLY | O_NOFOLLOW | O_CLOEXEC | (append ? O_APPEND : O_CREAT | O_EXCL);
    errno = 0;
    do fd_ = ::open(path.c_str(), flags, 0666);
    while (fd_ < 0 && errno == EINTR);
    if (fd_ < 0) {
        const int err = errno;
        throw OutputError("cannot create the journal '" + path + "': " + std::strerror(err) +
                          (err == ELOOP ? " (it is a symbolic link: remove it)"
                           : err == EEXIST ? " (something else created it meanwhile: remove it)"
                                           : "; check that the directory exists and is writable"));
    }
    if (!append) {
        write(fingerprint + "\n");
        sync();
    }
    synced_ = Clock::now();
}

JournalWriter::~JournalWriter() {
    if (fd_ >= 0) ::close(fd_);
}

void JournalWriter::write(std::string_view lines) {
    if (const int err = write_all(fd_, lines.data(), lines.size())) {
        errno = err;
        write_failed(path_);
    }
    if (Clock::now() - synced_ >= kSyncEvery) sync();
}

void JournalWriter::sync() {
    errno = 0;
    if (::fsync(fd_) != 0) write_failed(path_);
    synced_ = Clock::now();
}

} // namespace gt::batch
