// The batch engine against the ways to lose an output (issue #15, docs/robustness.md): two runs
// on one output, a journal removed under a run, inputs that cannot seek (FIFOs, pipes).
#include "test_batch_helpers.hpp"

#include "batch/output_lock.hpp"
#include "batch/runner.hpp"

#include <catch2/catch.hpp>

#include <algorithm>
#include <csignal>
#include <cstdio>
#include <iostream>
#include <thread>
#include <fcntl.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

using namespace batch_test;
using gt::io::Format;

namespace {

/// Reads one byte from `fd` (blocks until it comes or the other end closes).
bool wait_byte(int fd) {
    char c = 0;
    ssize_t n;
    do n = ::read(fd, &c, 1);
    while (n < 0 && errno == EINTR);
    return n == 1;
}

void send_byte(int fd) {
    const char c = 1;
    REQUIRE(::write(fd, &c, 1) == 1);
}

} // namespace

TEST_CASE("batch: a second run on the same output fails (exit 2) and touches nothing", "[batch][robust]") {
    const fs::path d = tmp_dir("lock");
    write_corpus(d / "corpus.jsonl", 40);
    std::ostringstream log;
    gt::batch::run_batch(options(d / "corpus.jsonl", d / "expected.jsonl", Format::jsonl, 2), toy, log);
    const std::string expected = slurp(d / "expected.jsonl");
    const fs::path out = d / "out.jsonl", journal = out.string() + ".partial.jsonl";
    spit(out, "a complete previous output\n");

    int started[2], release[2];
    REQUIRE(::pipe(started) == 0);
    REQUIRE(::pipe(release) == 0);
    const pid_t pid = ::fork();
    REQUIRE(pid >= 0);
    if (pid == 0) {
        // The first run (a Slurm task still running): blocks in document d20 until released.
        ::close(started[0]);
        ::close(release[1]);
        auto blocks = [&](const gt::Document& doc) {
            if (doc.id == "d20") {
                const char c = 1;
                if (::write(started[1], &c, 1) != 1 || !wait_byte(release[0])) ::_exit(3);
            }
            return toy(doc);
        };
        auto o = options(d / "corpus.jsonl", out, Format::jsonl, 2);
        o.resume = true;
        std::ostringstream child_log;
        try {
            gt::batch::run_batch(o, blocks, child_log);
        } catch (...) {
            ::_exit(2);
        }
        ::_exit(0);
    }
    ::close(started[1]);
    ::close(release[0]);
    REQUIRE(wait_byte(started[0])); // the first run holds the lock and is inside its run
    REQUIRE(fs::exists(journal));
    const std::string journal_before = slurp(journal);

    // The second run (the requeued task, --resume as scripts/slurm passes it), and one
    // without --resume: both refused before touching the output or the journal.
    for (bool resume : {true, false}) {
        auto o = options(d / "corpus.jsonl", out, Format::geojson, 2);
        o.resume = resume;
        try {
            gt::batch::run_batch(o, toy, log);
            FAIL("the second run was not refused");
        } catch (const gt::UsageError& e) {
            const std::string what = e.what();
            CHECK(what.find("another run is writing '" + out.string() + "'") != std::string::npos);
            CHECK(what.find("pid " + std::to_string(pid)) != std::string::npos);
            CHECK(e.exit_code() == 2);
        }
        CHECK(slurp(out) == "a complete previous output\n");
        CHECK(slurp(journal) == journal_before);
    }

    send_byte(release[1]); // the first run goes on and completes
    int status = 0;
    REQUIRE(::waitpid(pid, &status, 0) == pid);
    REQUIRE(WIFEXITED(status));
    CHECK(WEXITSTATUS(status) == 0);
    CHECK(slurp(out) == expected);
    CHECK(!fs::exists(journal));
    CHECK(!fs::exists(gt::batch::lock_path(out.string())));
    ::close(started[0]);
    ::close(release[1]);

    // Once it is done, the next run on that output goes ahead.
    auto o = options(d / "corpus.jsonl", out, Format::jsonl, 2);
    o.resume = true;
    CHECK(gt::batch::run_batch(o, toy, log).documents == 40);
    CHECK(slurp(out) == expected);
}

TEST_CASE("batch: a symbolic link at the lock file's name is refused", "[batch][robust]") {
    const fs::path d = tmp_dir("lock-symlink");
    write_corpus(d / "corpus.jsonl", 3);
    spit(d / "victim", "keep\n");
    fs::create_symlink(d / "victim", d / "out.jsonl.lock");
    std::ostringstream log;
    CHECK_THROWS_AS(gt::batch::run_batch(options(d / "corpus.jsonl", d / "out.jsonl", Format::jsonl, 1), toy, log),
                    gt::OutputError);
    CHECK(slurp(d / "victim") == "keep\n");
    CHECK(!fs::exists(d / "out.jsonl"));
}

TEST_CASE("batch: a journal removed or emptied under the run never replaces the output", "[batch][robust]") {
    const fs::path d = tmp_dir("journal-gone");
    write_corpus(d / "corpus.jsonl", 30);
    for (Format f : {Format::jsonl, Format::geojson}) {
        for (bool remove : {true, false}) {
            const fs::path out = d / (f == Format::jsonl ? "out.jsonl" : "out.geojson");
            const fs::path journal = out.string() + ".partial.jsonl";
            spit(out, "a complete previous output\n");
            // The last document's processing removes the journal, or puts an empty file there
            // (what another process starting over would leave).
            auto meddles = [&](const gt::Document& doc) {
                if (doc.id == "d29") {
                    fs::remove(journal);
                    if (!remove) spit(journal, "");
                }
                return toy(doc);
            };
            std::ostringstream log;
            CHECK_THROWS_AS(gt::batch::run_batch(options(d / "corpus.jsonl", out, f, 1), meddles, log),
                            gt::OutputError);
            CHECK(slurp(out) == "a complete previous output\n");
            fs::remove(journal);
        }
    }
}

namespace {

const std::string kBom = "\xEF\xBB\xBF";

/// Three JSONL documents, each one event of the toy function.
std::string three_documents() {
    std::string s;
    for (int i = 0; i < 3; ++i)
        s += "{\"id\":\"p" + std::to_string(i) + "\",\"date\":\"2017-09-09\",\"text\":\"A clash near town " +
             std::to_string(i) + "\"}\n";
    return s;
}

/// Writes `bytes` to `fd` in small pieces (a pipe's reader sees them arrive apart), then closes it.
void write_slowly(int fd, const std::string& bytes) {
    for (std::size_t i = 0; i < bytes.size(); i += 7) {
        const std::size_t n = std::min<std::size_t>(7, bytes.size() - i);
        if (::write(fd, bytes.data() + i, n) != static_cast<ssize_t>(n)) break;
    }
    ::close(fd);
}

/// The documents of a JSONL output.
std::size_t output_documents(const fs::path& out) {
    const std::string s = slurp(out);
    return static_cast<std::size_t>(std::count(s.begin(), s.end(), '\n'));
}

} // namespace

TEST_CASE("batch: JSONL from a FIFO is read as from a file, with or without a byte order mark", "[batch][robust]") {
    const fs::path d = tmp_dir("fifo");
    for (const std::string& lead : {std::string(), kBom}) {
        const fs::path fifo = d / "fifo.jsonl", out = d / "out.jsonl";
        fs::remove(fifo);
        REQUIRE(::mkfifo(fifo.c_str(), 0600) == 0);
        std::thread writer([&] {
            const int fd = ::open(fifo.c_str(), O_WRONLY | O_CLOEXEC); // waits for the reader
            if (fd >= 0) write_slowly(fd, lead + three_documents());
        });
        std::ostringstream log;
        gt::batch::BatchSummary s;
        try {
            s = gt::batch::run_batch(options(fifo, out, Format::jsonl, 2), toy, log);
        } catch (...) {
            writer.join();
            throw;
        }
        writer.join();
        CHECK(s.documents == 3);
        CHECK(s.failed == 0);
        CHECK(s.events == 3);
        CHECK(output_documents(out) == 3);
        CHECK(slurp(out).find("\"error\"") == std::string::npos);
    }
}

TEST_CASE("batch: a FIFO with no JSONL name is sniffed as standard input is", "[batch][robust]") {
    // /dev/stdin, <(zcat corpus.jsonl.gz): a pipe has no extension to go by; JSONL when its
    // first non-blank character is '{' (after a byte order mark), else one text document.
    const fs::path d = tmp_dir("fifo-sniff");
    for (const std::string& content : {kBom + "\n  " + three_documents(), std::string("A clash near town\n")}) {
        const fs::path fifo = d / "stream", out = d / "out.jsonl";
        fs::remove(fifo);
        REQUIRE(::mkfifo(fifo.c_str(), 0600) == 0);
        std::thread writer([&] {
            const int fd = ::open(fifo.c_str(), O_WRONLY | O_CLOEXEC);
            if (fd >= 0) write_slowly(fd, content);
        });
        std::ostringstream log;
        gt::batch::BatchSummary s;
        try {
            s = gt::batch::run_batch(options(fifo, out, Format::jsonl, 2), toy, log);
        } catch (...) {
            writer.join();
            throw;
        }
        writer.join();
        const bool jsonl = content[0] != 'A';
        CHECK(s.documents == (jsonl ? 3u : 1u));
        CHECK(s.failed == 0);
        CHECK(s.events == (jsonl ? 3u : 1u));
        CHECK(slurp(out).find(jsonl ? "\"id\":\"p2\"" : "\"id\":\"stream\"") != std::string::npos);
    }
}

TEST_CASE("batch: JSONL on standard input through a pipe, with or without a byte order mark", "[batch][robust]") {
    const fs::path d = tmp_dir("stdin-pipe");
    for (const std::string& lead : {std::string(), kBom}) {
        int fds[2];
        REQUIRE(::pipe(fds) == 0);
        const int saved = ::dup(STDIN_FILENO);
        REQUIRE(saved >= 0);
        REQUIRE(::dup2(fds[0], STDIN_FILENO) == STDIN_FILENO);
        ::close(fds[0]);
        std::thread writer([&] { write_slowly(fds[1], lead + three_documents()); });
        std::ostringstream log;
        gt::batch::BatchSummary s;
        std::exception_ptr error;
        try {
            s = gt::batch::run_batch(options("-", d / "out.jsonl", Format::jsonl, 2), toy, log);
        } catch (...) {
            error = std::current_exception();
        }
        writer.join();
        ::dup2(saved, STDIN_FILENO);
        ::close(saved);
        std::cin.clear();
        if (error) std::rethrow_exception(error);
        CHECK(s.documents == 3);
        CHECK(s.failed == 0);
        CHECK(output_documents(d / "out.jsonl") == 3);
    }
}

TEST_CASE("batch: --max-doc-bytes holds while reading a device, a FIFO or standard input", "[batch][robust]") {
    const fs::path d = tmp_dir("limit-stream");
    // /dev/zero never ends: read up to the limit, then refused.
    auto o = options("/dev/zero", d / "out.jsonl", Format::jsonl, 1);
    o.max_doc_bytes = 1000;
    std::ostringstream log;
    auto s = gt::batch::run_batch(o, toy, log);
    CHECK(s.documents == 1);
    CHECK(s.failed == 1);
    CHECK(slurp(d / "out.jsonl").find("larger than --max-doc-bytes (more than 1000 bytes") != std::string::npos);

    // A text FIFO longer than the limit: refused; one within it: read whole.
    std::signal(SIGPIPE, SIG_IGN); // the writer of the refused FIFO sees its reader go
    for (std::size_t size : {std::size_t{5000}, std::size_t{900}}) {
        const fs::path fifo = d / "fifo.txt";
        fs::remove(fifo);
        REQUIRE(::mkfifo(fifo.c_str(), 0600) == 0);
        std::thread writer([&] {
            const int fd = ::open(fifo.c_str(), O_WRONLY | O_CLOEXEC);
            if (fd >= 0) write_slowly(fd, "A clash near town\n" + std::string(size - 18, 'x'));
        });
        auto f = options(fifo, d / "fifo-out.jsonl", Format::jsonl, 1);
        f.max_doc_bytes = 1000;
        gt::batch::BatchSummary r;
        try {
            r = gt::batch::run_batch(f, toy, log);
        } catch (...) {
            writer.join();
            throw;
        }
        writer.join();
        CHECK(r.documents == 1);
        CHECK(r.failed == (size > 1000 ? 1u : 0u));
        CHECK(r.events == (size > 1000 ? 0u : 2u));
    }
    std::signal(SIGPIPE, SIG_DFL);
}
