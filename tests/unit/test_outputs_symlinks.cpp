// Issue #15, item 8: the files the tool creates beside an output at names another user could
// guess (temporary outputs OUT.tmp.PID.N, the index OUT.tmp.PID, the journal OUT.partial.jsonl)
// never follow a symbolic link planted there: in a world-writable directory such a link would
// make a run (as root) create or overwrite a file of the planter's choosing.
#include "test_batch_helpers.hpp"

#include "batch/runner.hpp"
#include "core/error.hpp"
#include "core/exclusive_file.hpp"
#include "gazetteer/builder.hpp"
#include "io/writers.hpp"

#include <catch2/catch.hpp>

#include <unistd.h>

using namespace batch_test;
using gt::io::Format;

namespace {

/// Plants dangling links to `target` at every name the old scheme would give this process
/// (PREFIX PID, PREFIX PID.N for N < 64).
void plant(const fs::path& prefix, const fs::path& target) {
    const std::string pid = std::to_string(::getpid());
    fs::create_symlink(target, prefix.string() + pid);
    for (int n = 0; n < 64; ++n) fs::create_symlink(target, prefix.string() + pid + "." + std::to_string(n));
}

} // namespace

TEST_CASE("outputs: a link planted at a temporary file's name is never followed", "[robust][outputs]") {
    const fs::path d = tmp_dir("symlink-tmp");
    const fs::path target = d / "target";
    plant(d / "out.geojson.tmp.", target);
    for (int run = 0; run < 3; ++run) { // (each OutputFile of the process takes a new name)
        gt::io::OutputFile out((d / "out.geojson").string());
        out.stream() << "{\"type\":\"FeatureCollection\",\"features\":[]}\n";
        out.commit();
    }
    CHECK_FALSE(fs::exists(target));
    CHECK(slurp(d / "out.geojson") == "{\"type\":\"FeatureCollection\",\"features\":[]}\n");
    // nothing but the output and the planted links
    for (const auto& e : fs::directory_iterator(d))
        CHECK((e.path().filename() == "out.geojson" || fs::is_symlink(e.symlink_status())));
}

TEST_CASE("outputs: a new file is created exclusively, never through a link", "[robust][outputs]") {
    const fs::path d = tmp_dir("exclusive");
    std::string name;
    const int fd = gt::create_exclusive_file((d / "x.tmp.").string(), name);
    REQUIRE(fd >= 0);
    ::close(fd);
    CHECK(name.rfind((d / "x.tmp.").string(), 0) == 0);
    CHECK(name.size() == (d / "x.tmp.").string().size() + 10);
    std::string other;
    const int fd2 = gt::create_exclusive_file((d / "x.tmp.").string(), other);
    REQUIRE(fd2 >= 0);
    ::close(fd2);
    CHECK(other != name);
}

TEST_CASE("outputs: a link planted at the journal's name is never followed", "[robust][outputs]") {
    const fs::path d = tmp_dir("symlink-journal");
    write_corpus(d / "corpus.jsonl", 5);
    const fs::path target = d / "target", out = d / "out.jsonl";
    fs::create_symlink(target, out.string() + ".partial.jsonl");
    std::ostringstream log;
    // without --resume: an existing journal, refused; with --resume: not a journal, refused
    CHECK_THROWS_AS(gt::batch::run_batch(options(d / "corpus.jsonl", out, Format::jsonl, 1), toy, log), gt::UsageError);
    auto o = options(d / "corpus.jsonl", out, Format::jsonl, 1);
    o.resume = true;
    CHECK_THROWS_AS(gt::batch::run_batch(o, toy, log), gt::OutputError);
    CHECK_FALSE(fs::exists(target));
    CHECK_FALSE(fs::exists(out));
    // a link to an existing file: with --resume the file is neither read as a journal nor cut
    spit(target, "not a journal\n");
    CHECK_THROWS_AS(gt::batch::run_batch(o, toy, log), gt::OutputError);
    CHECK(slurp(target) == "not a journal\n");
}

TEST_CASE("outputs: a link planted at the index's temporary name is never followed", "[robust][outputs]") {
    const fs::path d = tmp_dir("symlink-index");
    const fs::path target = d / "target";
    plant(d / "x.gtz.tmp.", target);
    gt::gazetteer::BuildOptions o;
    o.inputs = {std::string(GT_DUMP_FIXTURE)};
    o.output = (d / "x.gtz").string();
    o.quiet = true;
    std::ostringstream log;
    gt::gazetteer::build_index(o, log);
    CHECK_FALSE(fs::exists(target));
    CHECK(fs::file_size(d / "x.gtz") > 1000);
}
