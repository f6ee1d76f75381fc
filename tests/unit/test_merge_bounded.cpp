// What `merge` holds of large inputs (issue #15): the spool of records in a temporary file
// (src/io/spool.hpp), --dedup over keys (batch::DedupStream) giving dedup_results' events, and
// GeoJSON features grouped into documents through the spool (io::ResultsOfFeatures).
#include "batch/dedup.hpp"
#include "core/error.hpp"
#include "io/result_features.hpp"
#include "io/spool.hpp"

#include <catch2/catch.hpp>

#include <cstdlib>
#include <functional>
#include <random>
#include <string>
#include <vector>

namespace {

gt::Event report(const std::string& doc, int k, double lat, double lon, const std::string& date, double conf,
                 int dead) {
    gt::Event e;
    e.event_id = doc + "-" + std::to_string(k);
    e.doc_id = doc;
    e.event_type = k % 3 ? "Explosions/Remote violence" : "Battles";
    e.date = e.date_start = e.date_end = date;
    e.location.resolved = true;
    e.location.lat = lat;
    e.location.lon = lon;
    e.confidence = conf;
    e.fatalities = dead;
    e.source = std::string("Wire ") + doc;
    e.evidence.text = std::string("Report ") + std::to_string(k) + " of " + doc + ".";
    return e;
}

// Documents of random reports on a few nearby points over a few days: many incidents told
// by several documents, some by three or more, ties of confidence, unresolved places.
std::vector<gt::DocumentResult> random_documents(unsigned seed, int docs) {
    std::mt19937 rng(seed);
    std::uniform_int_distribution<int> point(0, 5), day(1, 6), events(0, 4), conf(1, 4), dead(-1, 30);
    std::vector<gt::DocumentResult> out;
    for (int d = 0; d < docs; ++d) {
        gt::DocumentResult r;
        r.doc_id = std::string("doc-") + std::to_string(d % (docs - 3)); // a few ids twice
        const int n = events(rng);
        for (int k = 0; k < n; ++k) {
            const int p = point(rng);
            gt::Event e = report(r.doc_id, k, 35.0 + 0.05 * p, 40.0 + 0.04 * (p % 3),
                                 std::string("2017-09-0") + std::to_string(day(rng)), 0.25 * conf(rng), dead(rng));
            if (k == 3) e.location.resolved = false;
            r.events.push_back(e);
        }
        out.push_back(r);
    }
    return out;
}

} // namespace

TEST_CASE("DedupStream keeps, drops and fills the events dedup_results does, whatever order the keys came in", "[batch][merge]") {
    for (unsigned seed = 1; seed <= 20; ++seed) {
        const auto docs = random_documents(seed, 40);
        auto expected = docs;
        gt::batch::dedup_results(expected);

        // the documents added last first, as merge reads inputs in any order, then put in order
        gt::batch::DedupStream stream;
        std::vector<std::size_t> first(docs.size());
        for (std::size_t d = docs.size(); d-- > 0;) {
            first[d] = stream.size();
            for (const auto& e : docs[d].events) stream.add(e);
        }
        std::vector<std::pair<std::size_t, std::size_t>> ranges;
        for (std::size_t d = 0; d < docs.size(); ++d) ranges.emplace_back(first[d], docs[d].events.size());
        stream.reorder(ranges);
        stream.link();
        std::size_t i = 0, merged = 0;
        for (const auto& r : docs) {
            if (stream.reports(i, r.events.size()))
                for (std::size_t k = 0; k < r.events.size(); ++k) stream.report(i + k, r.events[k]);
            i += r.events.size();
        }
        i = 0;
        for (std::size_t d = 0; d < docs.size(); ++d) {
            std::vector<gt::Event> kept;
            for (gt::Event e : docs[d].events)
                if (stream.apply(i++, e)) kept.push_back(e);
            REQUIRE(kept.size() == expected[d].events.size());
            for (std::size_t k = 0; k < kept.size(); ++k) {
                const gt::Event &a = kept[k], &b = expected[d].events[k];
                CHECK(a.event_id == b.event_id);
                CHECK(a.fatalities == b.fatalities);
                CHECK(a.doc_ids == b.doc_ids);
                CHECK(a.notes == b.notes);
                merged += !a.doc_ids.empty();
            }
        }
        CHECK(merged > 0); // the documents do tell incidents more than once
    }
}

TEST_CASE("DedupDocuments gives dedup_results' documents, reading again only those whose reports merge",
          "[batch][dedup]") {
    for (unsigned seed = 21; seed <= 40; ++seed) {
        const auto docs = random_documents(seed, 60);
        auto expected = docs;
        gt::batch::dedup_results(expected);
        gt::batch::DedupDocuments dedup;
        for (const auto& r : docs) dedup.add(r);
        CHECK(dedup.documents() == docs.size());
        std::size_t passes = 0, read_again = 0;
        std::vector<gt::DocumentResult> out;
        dedup.write(
            [&](const std::function<bool(std::size_t)>& want,
                const std::function<void(std::size_t, gt::DocumentResult&)>& each) {
                ++passes;
                for (std::size_t d = 0; d < docs.size(); ++d) {
                    if (!want(d)) continue;
                    read_again += passes == 1;
                    gt::DocumentResult r = docs[d]; // as read back
                    each(d, r);
                }
            },
            [&](gt::DocumentResult& r) { out.push_back(r); });
        CHECK(passes == 2);
        CHECK(read_again > 0);
        CHECK(read_again < docs.size()); // only the documents of incidents told more than once
        REQUIRE(out.size() == expected.size());
        for (std::size_t d = 0; d < out.size(); ++d) {
            REQUIRE(out[d].events.size() == expected[d].events.size());
            for (std::size_t k = 0; k < out[d].events.size(); ++k) {
                const gt::Event &a = out[d].events[k], &b = expected[d].events[k];
                CHECK(a.event_id == b.event_id);
                CHECK(a.fatalities == b.fatalities);
                CHECK(a.doc_ids == b.doc_ids);
                CHECK(a.notes == b.notes);
            }
        }
    }
}

TEST_CASE("Spool gives back every record, in the buffer or in the file, in any order", "[io][merge]") {
    gt::io::Spool spool("holds the records of a test");
    std::vector<std::string> records;
    std::vector<gt::io::Spool::Ref> refs;
    for (int i = 0; i < 3000; ++i) { // about 3 MB: past the 1 MB buffer more than once
        records.push_back(std::string(static_cast<std::size_t>(i % 2000), static_cast<char>('a' + i % 26)) +
                          std::to_string(i));
        refs.push_back(spool.append(records.back()));
    }
    CHECK(spool.size() > (std::uint64_t{2} << 20));
    std::string got;
    for (std::size_t i = records.size(); i-- > 0;) {
        spool.read(refs[i], got);
        REQUIRE(got == records[i]);
    }
    refs.push_back(spool.append("last")); // still in the buffer after reads from the file
    spool.read(refs.back(), got);
    CHECK(got == "last");
}

TEST_CASE("Spool: a temporary file that cannot be made is an OutputError naming what it holds", "[io][merge]") {
    const char* before = std::getenv("TMPDIR");
    const std::string saved = before ? before : "";
    ::setenv("TMPDIR", "/nonexistent/geotimeline-spool-test", 1);
    gt::io::Spool spool("holds the records of a test");
    std::string failure;
    try {
        for (int i = 0; i < 2000; ++i) spool.append(std::string(1000, 'x'));
    } catch (const gt::OutputError& e) {
        failure = e.what();
    }
    if (before) ::setenv("TMPDIR", saved.c_str(), 1);
    else ::unsetenv("TMPDIR");
    CHECK(failure.find("cannot create the temporary file that holds the records of a test") != std::string::npos);
    CHECK(failure.find("set TMPDIR") != std::string::npos);
}

TEST_CASE("ResultsOfFeatures groups features spooled past the buffer into their documents", "[io][merge]") {
    gt::io::ResultsOfFeatures results("many.geojson");
    const int docs = 300, per_doc = 8;
    const std::string evidence(600, 'e'); // 300 x 8 features of about 1 KB: past the buffer
    // features by "date": a document's events are scattered through the file, claims last
    for (int k = 0; k < per_doc; ++k)
        for (int d = 0; d < docs; ++d) {
            gt::io::FeatureJson f = {{"type", "Feature"},
                                     {"geometry", {{"type", "Point"}, {"coordinates", {40.0, 35.0}}}},
                                     {"properties",
                                      {{"feature_kind", "event"},
                                       {"event_id", std::string("d") + std::to_string(d) + "-" + std::to_string(k)},
                                       {"doc_id", std::string("d") + std::to_string(d)},
                                       {"event_type", "Battles"},
                                       {"evidence", evidence}}}};
            results.add(f);
        }
    std::vector<std::string> order;
    bool in_order = true;
    results.finish([&](gt::DocumentResult& r) {
        order.push_back(r.doc_id);
        in_order = in_order && r.events.size() == per_doc;
        for (int k = 0; k < per_doc && in_order; ++k)
            in_order = r.events[static_cast<std::size_t>(k)].event_id == r.doc_id + "-" + std::to_string(k) &&
                       r.events[static_cast<std::size_t>(k)].evidence.text == evidence;
    });
    REQUIRE(order.size() == docs);
    CHECK(order.front() == "d0");
    CHECK(order.back() == "d299");
    CHECK(in_order);
}
