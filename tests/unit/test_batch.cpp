// The batch engine (src/batch/runner.hpp) over a toy per-document function.
#include "test_batch_helpers.hpp"

#include "batch/runner.hpp"
#include "io/event_reader.hpp"

#include <catch2/catch.hpp>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <csignal>
#include <iostream>
#include <mutex>
#include <thread>
#include <sys/wait.h>
#include <unistd.h>

using namespace batch_test;
using gt::io::Format;

TEST_CASE("batch: output is byte-identical for 1 and 4 jobs in every format", "[batch]") {
    ::setenv("SOURCE_DATE_EPOCH", "1500000000", 1);
    const fs::path d = tmp_dir("jobs");
    write_corpus(d / "corpus.jsonl", 120);
    for (Format f : {Format::jsonl, Format::geojson, Format::geojsonseq, Format::csv}) {
        std::ostringstream log;
        auto s1 = gt::batch::run_batch(options(d / "corpus.jsonl", d / "one.out", f, 1), toy, log);
        auto s4 = gt::batch::run_batch(options(d / "corpus.jsonl", d / "four.out", f, 4), toy, log);
        CHECK(s1.documents == 120);
        CHECK(s4.documents == 120);
        CHECK(s1.events == s4.events);
        CHECK(s1.failed == 0);
        const std::string a = slurp(d / "one.out"), b = slurp(d / "four.out");
        CHECK(!a.empty());
        CHECK(a == b);
        CHECK(!fs::exists(d / "one.out.partial.jsonl"));
        CHECK(log.str().empty());
    }
    // JSONL lines carry seq, input and line; ids in input order
    std::ostringstream log;
    gt::batch::run_batch(options(d / "corpus.jsonl", d / "one.jsonl", Format::jsonl, 4), toy, log);
    std::ifstream in(d / "one.jsonl");
    gt::io::ResultReader reader(in, "one.out");
    gt::DocumentResult r;
    std::size_t n = 0;
    while (reader.next(r)) {
        CHECK(r.seq == n);
        CHECK(r.doc_id == "d" + std::to_string(n));
        CHECK(r.line == n + 1);
        ++n;
    }
    CHECK(n == 120);
}

TEST_CASE("batch: --resume after kill -9 gives exactly the uninterrupted output", "[batch]") {
    const fs::path d = tmp_dir("resume");
    write_corpus(d / "corpus.jsonl", 300);
    std::ostringstream log;
    gt::batch::run_batch(options(d / "corpus.jsonl", d / "full.jsonl", Format::jsonl, 3), toy, log);
    const std::string expected = slurp(d / "full.jsonl");
    gt::batch::run_batch(options(d / "corpus.jsonl", d / "full.geojson", Format::geojson, 1), toy, log);
    const std::string expected_geojson = slurp(d / "full.geojson");

    for (int kill_at : {0, 1, 137, 299}) {
        const Format f = kill_at == 137 ? Format::geojson : Format::jsonl;
        const fs::path out = d / ("cut" + std::to_string(kill_at) + (f == Format::jsonl ? ".jsonl" : ".geojson"));
        const std::string victim = "d" + std::to_string(kill_at);
        const pid_t pid = ::fork();
        REQUIRE(pid >= 0);
        if (pid == 0) {
            std::ostringstream child_log;
            auto dies = [&](const gt::Document& doc) {
                // Killed late, the run has written earlier chunks to its journal: wait until it
                // holds records besides its first line (the chunks before are never blocked, so
                // this ends; no sleep whose length a busy machine could outrun)
                if (kill_at == 299 && doc.id == victim) {
                    const fs::path journal = out.string() + ".partial.jsonl";
                    for (int i = 0; i < 6000; ++i) {
                        std::string j = slurp(journal);
                        if (std::count(j.begin(), j.end(), '\n') >= 2) break;
                        ::usleep(10'000);
                    }
                }
                if (doc.id == victim) ::raise(SIGKILL);
                return toy(doc);
            };
            gt::batch::run_batch(options(d / "corpus.jsonl", out, f, 3), dies, child_log);
            ::_exit(0);
        }
        int status = 0;
        ::waitpid(pid, &status, 0);
        REQUIRE(WIFSIGNALED(status));
        CHECK(WTERMSIG(status) == SIGKILL);
        REQUIRE(fs::exists(fs::path(out.string() + ".partial.jsonl")));
        CHECK(!fs::exists(out));
        if (kill_at == 137) { // a torn last line, as a kill in the middle of a write leaves it
            std::ofstream j(out.string() + ".partial.jsonl", std::ios::app | std::ios::binary);
            j << "{\"id\":\"d9";
        }
        // without --resume the journal is refused
        CHECK_THROWS_AS(gt::batch::run_batch(options(d / "corpus.jsonl", out, f, 2), toy, log), gt::UsageError);
        auto o = options(d / "corpus.jsonl", out, f, 2);
        o.resume = true;
        o.quiet = false;
        std::ostringstream resume_log;
        auto s = gt::batch::run_batch(o, toy, resume_log);
        CHECK(s.documents == 300);
        if (kill_at == 299) CHECK(resume_log.str().find("resumed from the journal") != std::string::npos);
        CHECK(slurp(out) == (f == Format::jsonl ? expected : expected_geojson));
        CHECK(!fs::exists(fs::path(out.string() + ".partial.jsonl")));
    }
}

TEST_CASE("batch: --dedup merges one incident reported by two documents", "[batch]") {
    const fs::path d = tmp_dir("dedup");
    spit(d / "two.jsonl", "{\"id\":\"a\",\"date\":\"2017-09-05\",\"source\":\"A\",\"text\":\"A clash at the bridges\"}\n"
                          "{\"id\":\"b\",\"date\":\"2017-09-06\",\"source\":\"B\",\"text\":\"A clash at the bridges\"}\n"
                          "{\"id\":\"c\",\"date\":\"2017-09-20\",\"source\":\"C\",\"text\":\"A clash at the bridges\"}\n");
    std::ostringstream log;
    auto o = options(d / "two.jsonl", d / "out.jsonl", Format::jsonl, 2);
    o.dedup = true;
    auto s = gt::batch::run_batch(o, toy, log);
    CHECK(s.documents == 3);
    CHECK(s.events == 2);
    std::ifstream in(d / "out.jsonl");
    gt::io::ResultReader reader(in, "out");
    gt::DocumentResult r;
    REQUIRE(reader.next(r));
    REQUIRE(r.events.size() == 1);
    CHECK(r.events[0].doc_ids == std::vector<std::string>{"a", "b"});
    CHECK(r.events[0].notes == "line 1 | also reported by B (b): \"A clash at the bridges\"");
    REQUIRE(reader.next(r));
    CHECK(r.events.empty());
    REQUIRE(reader.next(r));
    CHECK(r.events.size() == 1);
}

TEST_CASE("batch: --resume refuses a journal of other inputs", "[batch]") {
    const fs::path d = tmp_dir("resume-other");
    write_corpus(d / "a.jsonl", 5);
    write_corpus(d / "b.jsonl", 6);
    spit(d / "out.jsonl.partial.jsonl", "{\"geotimeline_journal\":1,\"inputs\":[]}\n");
    std::ostringstream log;
    auto o = options(d / "a.jsonl", d / "out.jsonl", Format::jsonl, 1);
    o.resume = true;
    CHECK_THROWS_WITH(gt::batch::run_batch(o, toy, log), Catch::Contains("other inputs or options"));
    o.output = "-";
    CHECK_THROWS_AS(gt::batch::run_batch(o, toy, log), gt::UsageError);
}

TEST_CASE("batch: shards 0/3, 1/3, 2/3 merged equal a single run", "[batch]") {
    ::setenv("SOURCE_DATE_EPOCH", "1500000000", 1);
    const fs::path d = tmp_dir("shards");
    write_corpus(d / "corpus.jsonl", 100);
    std::ostringstream log;
    gt::batch::run_batch(options(d / "corpus.jsonl", d / "single.jsonl", Format::jsonl, 2), toy, log);
    gt::batch::run_batch(options(d / "corpus.jsonl", d / "single.geojson", Format::geojson, 2), toy, log);
    std::vector<gt::DocumentResult> all;
    std::size_t total = 0;
    for (unsigned i = 0; i < 3; ++i) {
        auto o = options(d / "corpus.jsonl", d / ("shard" + std::to_string(i) + ".jsonl"), Format::jsonl, 2);
        o.shard_index = i;
        o.shard_count = 3;
        auto s = gt::batch::run_batch(o, toy, log);
        CHECK(s.documents > 10); // FNV-1a spreads 100 ids over 3 shards
        total += s.documents;
        std::ifstream in(o.output);
        gt::io::ResultReader reader(in, o.output);
        gt::DocumentResult r;
        while (reader.next(r)) all.push_back(r);
    }
    CHECK(total == 100);
    gt::batch::write_results(all, Format::jsonl, (d / "merged.jsonl").string(), false);
    gt::batch::write_results(all, Format::geojson, (d / "merged.geojson").string(), false);
    CHECK(slurp(d / "merged.jsonl") == slurp(d / "single.jsonl"));
    CHECK(slurp(d / "merged.geojson") == slurp(d / "single.geojson"));
}

TEST_CASE("batch: a bad document goes to the errors file and the run goes on", "[batch]") {
    const fs::path d = tmp_dir("isolation");
    spit(d / "mixed.jsonl", "{\"id\":\"ok1\",\"date\":\"2017-09-01\",\"text\":\"Protesters marched\"}\n"
                            "{\"id\":\"broken\",\"text\":\n"
                            "{\"id\":\"big\",\"text\":\"" + std::string(300, 'x') + "\"}\n"
                            "{\"id\":\"nul\",\"text\":\"a\\u0000b\"}\n"
                            "{\"id\":\"boom\",\"text\":\"throw\"}\n"
                            "{\"id\":\"ok2\",\"date\":\"2017-09-02\",\"text\":\"A clash\"}\n");
    spit(d / "binary.txt", std::string("\x7f" "ELF\0\0\x01\x02", 8));
    spit(d / "fine.txt", "A clash at dawn\n");
    auto o = options(d / "mixed.jsonl", d / "out.jsonl", Format::jsonl, 2);
    o.inputs.push_back((d / "binary.txt").string());
    o.inputs.push_back((d / "missing.txt").string());
    o.inputs.push_back((d / "fine.txt").string());
    o.errors_path = (d / "errors.jsonl").string();
    o.max_doc_bytes = 200;
    o.quiet = false;
    auto fn = [](const gt::Document& doc) {
        if (doc.text == "throw") throw std::runtime_error("toy failure");
        return toy(doc);
    };
    std::ostringstream log;
    auto s = gt::batch::run_batch(o, fn, log);
    CHECK(s.documents == 9);
    CHECK(s.failed == 6);
    CHECK(s.events == 3);
    const std::string errors = slurp(d / "errors.jsonl");
    CHECK(errors.find("\"line\":2,\"id\":\"broken\",\"reason\":\"not JSON") != std::string::npos);
    CHECK(errors.find("\"line\":3,\"id\":\"big\",\"reason\":\"larger than --max-doc-bytes") != std::string::npos);
    CHECK(errors.find("\"id\":\"nul\",\"reason\":\"text contains NUL") != std::string::npos);
    CHECK(errors.find("\"id\":\"boom\",\"reason\":\"processing failed: toy failure\"") != std::string::npos);
    CHECK(errors.find("binary.txt\",\"line\":null,\"id\":\"binary.txt\",\"reason\":\"contains NUL bytes") != std::string::npos);
    CHECK(errors.find("missing.txt\",\"line\":null,\"id\":\"missing.txt\",\"reason\":\"cannot open") != std::string::npos);
    std::size_t lines = 0;
    for (char c : errors) lines += c == '\n';
    CHECK(lines == 6);
    const std::string out = slurp(d / "out.jsonl");
    CHECK(out.find("\"id\":\"ok1\"") != std::string::npos);
    CHECK(out.find("\"id\":\"ok2\"") != std::string::npos);
    CHECK(out.find("\"id\":\"fine.txt\"") != std::string::npos);
    CHECK(log.str().find("mixed.jsonl:2 (id broken): not JSON") != std::string::npos);
    CHECK(log.str().find("9 documents (6 failed), 3 events") != std::string::npos);
}

TEST_CASE("batch: a directory is read recursively, sorted, without hidden and binary files", "[batch]") {
    const fs::path d = tmp_dir("dir");
    fs::create_directories(d / "corpus" / "b");
    fs::create_directories(d / "corpus" / ".git");
    spit(d / "corpus" / "b" / "two.txt", "A clash\n");
    spit(d / "corpus" / "a.txt", "Protesters marched\n");
    spit(d / "corpus" / "c.jsonl", "{\"id\":\"j1\",\"text\":\"one\"}\n{\"id\":\"j2\",\"text\":\"two\"}\n");
    spit(d / "corpus" / ".hidden.txt", "A clash\n");
    spit(d / "corpus" / ".git" / "HEAD", "ref\n");
    spit(d / "corpus" / "image.png", std::string("\x89PNG\0\0", 6));
    std::ostringstream log;
    auto o = options(d / "corpus", d / "out.jsonl", Format::jsonl, 2);
    auto s = gt::batch::run_batch(o, toy, log);
    CHECK(s.documents == 4);
    CHECK(s.skipped_files == 1);
    std::ifstream in(d / "out.jsonl");
    gt::io::ResultReader reader(in, "out");
    std::vector<std::string> ids;
    gt::DocumentResult r;
    while (reader.next(r)) ids.push_back(r.doc_id);
    CHECK(ids == std::vector<std::string>{"a.txt", "two.txt", "j1", "j2"});
}

namespace {
/// Records what was flushed: the text up to each sync().
class FlushRecorder : public std::stringbuf {
  public:
    std::vector<std::string> flushed;
    int sync() override {
        flushed.push_back(str());
        return 0;
    }
};
} // namespace

TEST_CASE("batch: filter mode writes to stdout and flushes every document", "[batch]") {
    const fs::path d = tmp_dir("filter");
    write_corpus(d / "corpus.jsonl", 20);
    FlushRecorder rec;
    std::streambuf* old = std::cout.rdbuf(&rec);
    std::ostringstream log;
    gt::batch::BatchSummary s;
    try {
        s = gt::batch::run_batch(options(d / "corpus.jsonl", "-", Format::jsonl, 3), toy, log);
    } catch (...) {
        std::cout.rdbuf(old);
        throw;
    }
    std::cout.rdbuf(old);
    CHECK(s.documents == 20);
    // every document line was flushed on its own: some flush ends right after it
    const std::string all = rec.str();
    std::size_t pos = 0, docs = 0;
    while ((pos = all.find('\n', pos)) != std::string::npos) {
        ++pos;
        ++docs;
        bool seen = false;
        for (const std::string& f : rec.flushed) seen = seen || f.size() == pos;
        CHECK(seen);
    }
    CHECK(docs == 20);
    CHECK(!fs::exists(d / "-.partial.jsonl"));
}

namespace {
/// Standard output shared by threads: counts the document lines flushed so far. Every call
/// holds one lock, so the count stays exact whichever threads write and flush (the test
/// failed about 1 run in 30 counting 13 lines of 12, unlocked).
class LineCounter : public std::streambuf {
  public:
    std::atomic<std::size_t> flushed_lines{0};

  protected:
    int overflow(int c) override {
        std::lock_guard<std::mutex> lock(m_);
        if (c != EOF) pending_.push_back(static_cast<char>(c));
        return c;
    }
    std::streamsize xsputn(const char* s, std::streamsize n) override {
        std::lock_guard<std::mutex> lock(m_);
        pending_.append(s, static_cast<std::size_t>(n));
        return n;
    }
    int sync() override {
        std::lock_guard<std::mutex> lock(m_);
        flushed_lines += static_cast<std::size_t>(std::count(pending_.begin(), pending_.end(), '\n'));
        pending_.clear();
        return 0;
    }

  private:
    std::mutex m_;
    std::string pending_;
};

/// Standard input fed line by line, as a pipe from a slow producer: before giving line k+1 it
/// waits (at most 10 s, once) until the output holds the lines of the k documents given so far.
class SlowInput : public std::streambuf {
  public:
    SlowInput(std::vector<std::string> lines, const LineCounter& out) : lines_(std::move(lines)), out_(out) {}
    std::vector<std::size_t> waited_for; // documents whose output had not come in time

  protected:
    int underflow() override {
        if (next_ >= lines_.size()) return EOF;
        const auto until = std::chrono::steady_clock::now() + std::chrono::seconds(10);
        while (waited_for.empty() && out_.flushed_lines.load() < next_ && std::chrono::steady_clock::now() < until)
            std::this_thread::sleep_for(std::chrono::milliseconds(1));
        if (out_.flushed_lines.load() < next_) waited_for.push_back(next_);
        current_ = lines_[next_++] + "\n";
        setg(current_.data(), current_.data(), current_.data() + current_.size());
        return traits_type::to_int_type(current_[0]);
    }

  private:
    std::vector<std::string> lines_;
    const LineCounter& out_;
    std::size_t next_ = 0;
    std::string current_;
};
} // namespace

TEST_CASE("batch: filter mode writes each document before more input comes (Spark, Hadoop)", "[batch]") {
    const fs::path d = tmp_dir("stdin");
    write_corpus(d / "corpus.jsonl", 12);
    std::vector<std::string> lines;
    {
        std::ifstream in(d / "corpus.jsonl");
        for (std::string line; std::getline(in, line);) lines.push_back(line);
    }
    for (unsigned jobs : {1u, 3u}) {
        LineCounter out;
        SlowInput in(lines, out);
        std::streambuf* old_out = std::cout.rdbuf(&out);
        std::streambuf* old_in = std::cin.rdbuf(&in);
        std::ostringstream log;
        gt::batch::BatchSummary s;
        try {
            s = gt::batch::run_batch(options("-", "-", Format::jsonl, jobs), toy, log);
        } catch (...) {
            std::cout.rdbuf(old_out);
            std::cin.rdbuf(old_in);
            throw;
        }
        std::cout.rdbuf(old_out);
        std::cin.rdbuf(old_in);
        std::cin.clear();
        CHECK(s.documents == 12);
        CHECK(out.flushed_lines.load() == 12);
        // no document's output waited for the next line of input
        CHECK(in.waited_for.empty());
    }
}

TEST_CASE("batch: the JSONL output copied from the journal equals the one rendered from it", "[batch]") {
    // Without --errors and --dedup the JSONL output is the journal's lines copied; with them it is
    // rendered from the results read back. Both must give the same bytes and the same counts.
    const fs::path d = tmp_dir("copy");
    write_corpus(d / "corpus.jsonl", 40);
    {
        std::ofstream f(d / "corpus.jsonl", std::ios::app | std::ios::binary);
        f << "{\"id\":\"bad\",\"text\":\n"
          << "{\"id\":\"u\",\"date\":\"2017-09-01\",\"text\":\"Protesters \\u00e9 \\\"quoted\\\" \\ud83d\\ude00 tab\\t end\"}\n";
    }
    std::ostringstream log;
    auto copied = gt::batch::run_batch(options(d / "corpus.jsonl", d / "copied.jsonl", Format::jsonl, 2), toy, log);
    auto o = options(d / "corpus.jsonl", d / "rendered.jsonl", Format::jsonl, 2);
    o.errors_path = (d / "errors.jsonl").string();
    auto rendered = gt::batch::run_batch(o, toy, log);
    CHECK(copied.documents == 42);
    CHECK(copied.failed == 1);
    CHECK(copied.documents == rendered.documents);
    CHECK(copied.failed == rendered.failed);
    CHECK(copied.events == rendered.events);
    CHECK(slurp(d / "copied.jsonl") == slurp(d / "rendered.jsonl"));
    CHECK(slurp(d / "errors.jsonl").find("\"id\":\"bad\"") != std::string::npos);
}

TEST_CASE("batch: filter mode on a pipe writes each document before the next line is written", "[batch]") {
    // Standard input is a real pipe here (file descriptor 0), read through the source's own
    // buffer: documents already in it are processed by chunks, but a chunk is handed on as soon
    // as no further line has come, so no output waits for the producer.
    const fs::path d = tmp_dir("pipe");
    write_corpus(d / "corpus.jsonl", 10);
    std::vector<std::string> lines;
    {
        std::ifstream in(d / "corpus.jsonl");
        for (std::string line; std::getline(in, line);) lines.push_back(line);
    }
    int fds[2];
    REQUIRE(::pipe(fds) == 0);
    const int saved = ::dup(STDIN_FILENO);
    REQUIRE(saved >= 0);
    REQUIRE(::dup2(fds[0], STDIN_FILENO) == STDIN_FILENO);
    ::close(fds[0]);
    LineCounter out;
    std::vector<std::size_t> waited_for;
    std::thread producer([&] {
        for (std::size_t k = 0; k < lines.size(); ++k) {
            const auto until = std::chrono::steady_clock::now() + std::chrono::seconds(10);
            while (waited_for.empty() && out.flushed_lines.load() < k && std::chrono::steady_clock::now() < until)
                std::this_thread::sleep_for(std::chrono::milliseconds(1));
            if (out.flushed_lines.load() < k) waited_for.push_back(k);
            const std::string line = lines[k] + "\n";
            if (::write(fds[1], line.data(), line.size()) != static_cast<ssize_t>(line.size())) break;
        }
        ::close(fds[1]);
    });
    std::streambuf* old_out = std::cout.rdbuf(&out);
    std::ostringstream log;
    gt::batch::BatchSummary s;
    std::exception_ptr error;
    try {
        s = gt::batch::run_batch(options("-", "-", Format::jsonl, 2), toy, log);
    } catch (...) {
        error = std::current_exception();
    }
    std::cout.rdbuf(old_out);
    producer.join();
    ::dup2(saved, STDIN_FILENO);
    ::close(saved);
    std::cin.clear();
    if (error) std::rethrow_exception(error);
    CHECK(s.documents == 10);
    CHECK(out.flushed_lines.load() == 10);
    CHECK(waited_for.empty());
}
