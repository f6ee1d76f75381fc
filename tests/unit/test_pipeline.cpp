// The event pipeline's triage (events::process): documents that can neither report an incident
// nor state a distance skip geoparsing and date tagging, and their results are the same as
// without the triage. Runs the full gazetteer index of the build.
#include "core/shared_str.hpp"
#include "events/extract.hpp"
#include "events/pipeline.hpp"
#include "events/words.hpp"
#include "gazetteer/index.hpp"
#include "geoparse/geoparser.hpp"
#include "io/event_reader.hpp"
#include "io/jsonl_reader.hpp"
#include "io/writers.hpp"
#include "text/segment.hpp"

#include <catch2/catch.hpp>

#include <algorithm>
#include <cstdint>
#include <fstream>
#include <iterator>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

using namespace gt;

namespace {

const gazetteer::Index& full_index() {
    static const gazetteer::Index idx = gazetteer::Index::open(GT_FULL_INDEX);
    return idx;
}

const events::Lexicon& lexicon() {
    static const events::Lexicon lx = events::Lexicon::load(GT_LEXICON);
    return lx;
}

bool may_report(const std::string& text) {
    return events::may_report(events::make_words(text), lexicon());
}

bool may_state_distance(const std::string& text) {
    return geoparse::may_state_distance(text, text::segment(text));
}

std::string slurp(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

std::string jsonl(const DocumentResult& r) {
    std::string out;
    io::append_document(io::Format::jsonl, r, out);
    return out;
}

Document doc(std::string id, std::string text, std::string date = "2017-09-09") {
    Document d;
    d.id = std::move(id);
    d.text = std::move(text);
    d.date = std::move(date);
    return d;
}

} // namespace

TEST_CASE("pipeline triage: which words may make an event or a claim", "[pipeline]") {
    // a business story: no cue, no word of killing, no distance ("5 mln" is no unit)
    const std::string business =
        "Shares of Acme Corp rose 5 pct to 12 dlrs on Monday after the company said first "
        "quarter profit climbed to 5 mln dlrs from 3.2 mln a year ago.";
    CHECK_FALSE(may_report(business));
    CHECK_FALSE(may_state_distance(business));
    // a cue's first word alone is not enough ("end" of "end of the siege" is no incident here)
    CHECK_FALSE(may_report("The fiscal year will end on June 30, the company said."));
    CHECK(may_report("Government forces broke the siege of Deir ez-Zor on Tuesday."));
    CHECK(may_report("Ten people were killed in Homs."));
    CHECK(may_report("The death toll rose to 32."));
    CHECK(may_report("Syrian and Russian jets struck the town."));
    // distances as the claim finder reads them: a number, then a unit in the token or after it
    CHECK(may_state_distance("Deir ez-Zor lies 140 km south east of Raqqa."));
    CHECK(may_state_distance("The town is 140km from Raqqa."));
    CHECK(may_state_distance("The village lies 5 miles west of the border."));
    CHECK(may_state_distance("It lies 2,500 kilometres away."));
    CHECK_FALSE(may_state_distance("The plant makes 140 tonnes a day."));
    CHECK_FALSE(may_state_distance("No number and km apart."));
}

TEST_CASE("pipeline triage: the same results as without it", "[pipeline]") {
    events::PipelineOptions off;
    off.triage = false;
    const events::Pipeline with(full_index(), lexicon());
    const events::Pipeline without(full_index(), lexicon(), off);
    const geoparse::Geoparser gp(full_index());

    std::vector<Document> docs = {
        doc("seed", slurp(GT_EXAMPLES "/deir-ez-zor-2017-09-09.txt")),
        doc("homs", slurp(GT_TEST_DATA "/events/homs.txt"), "2016-05-03"),
        doc("business", "Shares of Acme Corp rose 5 pct to 12 dlrs on Monday in New York, the "
                        "company said on Tuesday."),
        // a distance stated without any incident: a claim, so the document is geoparsed
        doc("claim-only", "Deir ez-Zor lies 140 km south east of Raqqa, the agency said."),
        doc("claim-glued", "Deir ez-Zor is 140km from Raqqa."),
        // an incident in a headline run into a dateline: the cue is found before the split
        doc("dateline", "Air strikes kill 12 in Aleppo Monitor AFP Thursday 14 Jul 2016 Air strikes "
                        "killed 12 people in Aleppo on Wednesday.", "2016-07-14"),
        doc("deaths-only", "Twelve people died in Homs on Monday, the governor said.", "2016-05-03"),
        doc("possessive", "Aleppo's 5 m's and Raqqa's markets were quiet."),
        doc("empty", ""),
    };
    std::ifstream in(GT_TEST_DATA "/events/docs.jsonl");
    for (std::string line; std::getline(in, line);) {
        Document d;
        if (io::parse_document_line(line, d).empty()) docs.push_back(std::move(d));
    }
    REQUIRE(docs.size() >= 11);

    std::size_t skipped = 0, with_events = 0, with_claims = 0;
    for (const auto& d : docs) {
        INFO(d.id);
        DocumentResult a = events::process(d, with), b = events::process(d, without);
        CHECK(jsonl(a) == jsonl(b));
        CHECK(a.events.size() == b.events.size());
        CHECK(a.claims.size() == b.claims.size());
        // skipped: no cue word and no stated distance, though the text names places (the
        // result keeps no place mentions: they are freed once the events are made)
        if (!may_report(d.text) && !may_state_distance(d.text) && !gp.parse(d.text).empty()) ++skipped;
        if (!a.events.empty()) ++with_events;
        if (!a.claims.empty()) ++with_claims;
    }
    // the triage skipped the business story, and the others were fully analysed
    CHECK(skipped == 1);
    CHECK(with_events >= 4);
    CHECK(with_claims >= 2);
}

TEST_CASE("pipeline: a big document's words made again after the geoparser give the same result as held",
          "[pipeline]") {
    // Over remake_words_bytes the words are dropped before the geoparser and the date tagger
    // and made again for the event rules (issue #15): the same result as words held throughout,
    // for documents of several countries, kinds of report and layouts run together.
    events::PipelineOptions held;
    held.remake_words_bytes = static_cast<std::size_t>(-1);
    const events::Pipeline remade(full_index(), lexicon());
    const events::Pipeline kept(full_index(), lexicon(), held);
    std::vector<std::string> parts = {slurp(GT_EXAMPLES "/deir-ez-zor-2017-09-09.txt")};
    for (const char* name : {"homs", "dateline", "background", "near", "relative", "places-helmand",
                             "places-hodeidah", "places-sonpur", "places-cabo", "type-protest", "type-riot",
                             "type-civilians", "weekend", "last-week", "open-news-explain"})
        parts.push_back(slurp(std::string(GT_TEST_DATA "/events/") + name + ".txt"));
    std::ifstream in(GT_TEST_DATA "/events/docs.jsonl");
    for (std::string line; std::getline(in, line);) {
        Document d;
        if (io::parse_document_line(line, d).empty()) parts.push_back(d.text);
    }
    for (const auto& p : parts) REQUIRE_FALSE(p.empty());
    std::string big;
    for (std::size_t i = 0; big.size() <= remade.options().remake_words_bytes; ++i)
        big += parts[i % parts.size()] + "\n\n";
    for (const std::string& text : {big, parts[0]}) { // (a small one: its words are held either way)
        const Document d = doc("big", text, "2017-09-09");
        const DocumentResult a = events::process(d, remade), b = events::process(d, kept);
        REQUIRE(a.error.empty());
        CHECK(jsonl(a) == jsonl(b));
        CHECK(a.events.size() >= (text.size() > 100000 ? 10u : 1u)); // (repeats merge in the document)
    }
}

TEST_CASE("pipeline: a document bigger than section_bytes is read in sections, its offsets and ids the whole "
          "text's",
          "[pipeline]") {
    // Over section_bytes a document is read in sections cut at paragraph breaks (issue #15):
    // each event's sentence and each claim's statement must still be found at their offsets in
    // the whole text (bytes and code points), event ids run in order over the sections, and
    // the sections together give the events of their documents read apart.
    events::PipelineOptions small;
    small.section_bytes = 300;
    const events::Pipeline sectioned(full_index(), lexicon(), small);
    const events::Pipeline whole(full_index(), lexicon());
    // incidents of other kinds, places and days (none merges with another), and a claim
    const std::vector<std::string> parts = {
        "Gunmen killed three villagers in Maiduguri on 1 March, police in Borno said.",
        "Saudi-led coalition air strikes hit Hodeidah on 3 March, killing 4 people.",
        "Thousands of students protested in Dhaka on 5 March against the new law.",
        "À Alep, élan. Deir ez-Zor lies 140 km south east of Raqqa.",
        "Rebels captured the town of Saraqib on 7 March after heavy fighting.",
        "A roadside bomb killed two soldiers in Lashkar Gah, Helmand, on 9 March.",
        "Police arrested 12 opposition activists in Nairobi on 11 March after a rally.",
        "Troops shelled rebel positions near Goma on 13 March, the army said.",
        "Rioters burned tyres and threw stones at police in Lagos on 15 March.",
        "Militants abducted two aid workers near Gao on 17 March, officials said.",
    };
    std::string text;
    for (const auto& p : parts) text += p + "\n\n";
    REQUIRE(text.size() > 2 * small.section_bytes);
    const DocumentResult r = events::process(doc("big", text, "2017-09-09"), sectioned);
    REQUIRE(r.error.empty());
    REQUIRE(r.events.size() >= 6);
    REQUIRE(!r.claims.empty());
    const auto points = [&](std::size_t bytes) {
        return static_cast<std::uint32_t>(std::count_if(text.begin(), text.begin() + static_cast<std::ptrdiff_t>(bytes),
                                                        [](char c) { return (static_cast<unsigned char>(c) & 0xC0) != 0x80; }));
    };
    for (std::size_t n = 0; n < r.events.size(); ++n) {
        const Event& e = r.events[n];
        INFO(e.evidence.text.view());
        CHECK(e.event_id == "big-" + std::to_string(n + 1));
        CHECK(text.substr(e.evidence.begin_byte, e.evidence.end_byte - e.evidence.begin_byte) == e.evidence.text.view());
        CHECK(e.evidence.start == points(e.evidence.begin_byte));
        CHECK(e.evidence.end == points(e.evidence.end_byte));
        if (e.location.end > 0) CHECK(text.substr(e.location.begin, e.location.end - e.location.begin) == e.location.text.view());
    }
    for (const auto& c : r.claims) CHECK(text.substr(c.begin, c.end - c.begin) == c.text);
    // nothing is lost at a cut: every part that reports an event read as its own document has
    // one read from its place in the sections (the cuts fall at paragraph breaks, every part
    // being under half a section)
    std::size_t at = 0;
    for (const auto& p : parts) {
        REQUIRE(p.size() < small.section_bytes / 2);
        INFO(p);
        if (!events::process(doc("part", p, "2017-09-09"), whole).events.empty())
            CHECK(std::any_of(r.events.begin(), r.events.end(), [&](const Event& e) {
                return e.evidence.begin_byte >= at && e.evidence.end_byte <= at + p.size();
            }));
        at += p.size() + 2;
    }
}

TEST_CASE("pipeline: every spatial claim reaches the result once, whether or not the words are kept for events",
          "[pipeline]") {
    // process() moves the geoparser's claims into the result (no second copy held through the
    // event rules) and releases the words before the geoparser when no event is wanted (no cue,
    // or open news): the claims must be those the geoparser finds, in its order.
    const events::Pipeline p(full_index(), lexicon());
    const geoparse::Geoparser gp(full_index());
    struct Case {
        Document d;
        events::Verdict verdict;
        bool events;
    };
    const std::vector<Case> cases = {
        {doc("no-cue", "Deir ez-Zor lies 140 km south east of Raqqa, the agency said. Homs is 160 km "
                       "north of Damascus."),
         events::Verdict::no_cue, false},
        {doc("open-news", "Shares of Acme Corp rose 5 pct on Monday after its attack on the market. "
                          "Profit, revenue, dividend and earnings per share climbed in the quarter, the "
                          "company said; its plant in Homs lies 160 km north of Damascus."),
         events::Verdict::open_news, false},
        {doc("events", "Gunmen killed 12 people in Aleppo on Monday. Deir ez-Zor lies 140 km south east "
                       "of Raqqa."),
         events::Verdict::events, true},
    };
    for (const auto& c : cases) {
        INFO(c.d.id);
        events::Explanation x;
        const DocumentResult r = events::process(c.d, p, &x);
        CHECK(r.error.empty());
        CHECK(x.verdict == c.verdict);
        CHECK(r.events.empty() == !c.events);
        const auto want = gp.parse_document(c.d.text, text::segment(c.d.text)).claims;
        REQUIRE_FALSE(want.empty());
        REQUIRE(r.claims.size() == want.size());
        for (std::size_t i = 0; i < want.size(); ++i) {
            CHECK(r.claims[i].text == want[i].text);
            CHECK(r.claims[i].verdict == want[i].verdict);
            CHECK(r.claims[i].subject.name == want[i].subject.name);
        }
    }
}

TEST_CASE("a place mention is small: its gazetteer fields are handles shared by every mention of the entry",
          "[pipeline][memory]") {
    // issue #15: a PlaceMention was 384 bytes with nine std::strings, seven of them copies of
    // its gazetteer entry's fields (131.7 MB for the 333,000 places of 10 MB of text)
    static_assert(sizeof(SharedStr) == sizeof(void*));
    static_assert(sizeof(PlaceMention) <= 152, "a PlaceMention grew back: keep gazetteer fields and text SharedStr");
    static_assert(sizeof(SpatialClaim) <= 528); // two mentions (992 bytes before)
    const geoparse::Geoparser gp(full_index());
    const std::vector<std::string> texts = {
        "Gunmen attacked Aleppo on Monday. Aid reached Aleppo and Homs; Aleppo was quiet by night.",
        "Police in Maiduguri said Maiduguri and Kano were calm, and Maiduguri's market reopened.",
        "Fighting near Kabul spread to Kandahar. Kabul airport closed; Kandahar and Kabul were tense.",
        "Protesters marched in Bogota. In Bogota and Medellin, Bogota's mayor spoke.",
        "Troops left Gao for Kidal, then Gao again; Kidal and Gao had no power.",
    };
    for (const auto& text : texts) {
        CAPTURE(text);
        const std::vector<PlaceMention> ms = gp.parse(text);
        std::size_t pairs = 0;
        for (std::size_t i = 0; i < ms.size(); ++i)
            for (std::size_t j = i + 1; j < ms.size(); ++j) {
                const PlaceMention &a = ms[i], &b = ms[j];
                if (!a.resolved || a.id != b.id) continue;
                ++pairs;
                CHECK(a.id.shares(b.id));
                CHECK(a.name.shares(b.name));
                CHECK(a.country.shares(b.country));
                CHECK(a.country_name.shares(b.country_name));
                CHECK(a.admin1.shares(b.admin1));
                CHECK(a.feature.shares(b.feature));
                CHECK(a.admin1_code.shares(b.admin1_code));
                if (a.text == b.text) CHECK(a.text.shares(b.text)); // the name as written, once
            }
        CHECK(pairs >= 2); // each text names a place three times
        for (const auto& m : ms)
            if (m.resolved) {
                CHECK_FALSE(m.id.empty());
                CHECK_FALSE(m.name.empty());
                CHECK(m.country.size() == 2);
            }
    }
}

TEST_CASE("an event is small: its vocabulary and quoted words are handles shared by the events that name them",
          "[pipeline][memory]") {
    // issue #15: a candidate event (events::Found) was 744 bytes with eighteen std::strings,
    // most of them copies of lexicon rows, of a few days and of words the document repeats
    // (55.5 MB of the heap peak of 10 MB of news)
    static_assert(sizeof(Actor) <= 40, "an Actor grew back: keep its name, kind, country and mention SharedStr");
    static_assert(sizeof(EventReport) <= 176, "an EventReport grew back: keep its vocabulary fields SharedStr");
    static_assert(sizeof(Evidence) <= 24, "an Evidence grew back: 32-bit offsets and a handle, empty in a candidate");
    static_assert(sizeof(events::EventDate) <= 32, "an EventDate grew back: keep its days SharedStr");
    static_assert(sizeof(events::Found) <= 248, "a candidate event grew back");
    static_assert(sizeof(Event) <= 616);
    static_assert(sizeof(TimeExpr) <= 48, "a TimeExpr grew back: keep its text and value SharedStr");
    const events::Pipeline p(full_index(), lexicon());
    // each text: two incidents of one kind by one actor on one day, in two places (not merged)
    const std::vector<Document> docs = {
        doc("sy", "Government forces shelled Homs on 3 May 2016, killing 4 people. Government forces "
                  "also shelled Hama on 3 May 2016, killing 6 people.", "2016-05-05"),
        doc("ng", "Boko Haram gunmen attacked a village near Maiduguri on Monday. On Monday Boko Haram "
                  "gunmen also attacked a market in Kano, 500 km to the west.", "2017-03-08"),
        doc("af", "The Taliban attacked a checkpoint in Kandahar on Friday, killing 3 soldiers. The "
                  "Taliban also attacked a checkpoint in Herat on Friday, killing 5 soldiers.", "2018-06-10"),
        doc("so", "Al-Shabaab militants attacked an army base in Kismayo on Tuesday. Al-Shabaab militants "
                  "attacked another army base in Baidoa on Tuesday.", "2019-01-20"),
        doc("co", "Protesters marched in Bogota on 21 November 2019. Protesters also marched in Medellin "
                  "on 21 November 2019.", "2019-11-22"),
    };
    for (const auto& d : docs) {
        INFO(d.id);
        const DocumentResult r = events::process(d, p);
        REQUIRE(r.events.size() >= 2);
        std::size_t pairs = 0;
        for (std::size_t i = 0; i < r.events.size(); ++i)
            for (std::size_t j = i + 1; j < r.events.size(); ++j) {
                const Event &a = r.events[i], &b = r.events[j];
                if (a.event_type != b.event_type) continue;
                ++pairs;
                CHECK(a.event_type.shares(b.event_type));
                if (a.sub_event_type == b.sub_event_type) CHECK(a.sub_event_type.shares(b.sub_event_type));
                if (a.cameo == b.cameo) CHECK(a.cameo.shares(b.cameo));
                if (a.actor1.name == b.actor1.name) CHECK(a.actor1.name.shares(b.actor1.name));
                if (a.actor1.kind == b.actor1.kind) CHECK(a.actor1.kind.shares(b.actor1.kind));
                if (a.actor1.country == b.actor1.country) CHECK(a.actor1.country.shares(b.actor1.country));
                if (a.actor1.mention == b.actor1.mention) CHECK(a.actor1.mention.shares(b.actor1.mention));
                if (a.trigger == b.trigger) CHECK(a.trigger.shares(b.trigger));
                if (a.date_text == b.date_text) CHECK(a.date_text.shares(b.date_text));
            }
        CHECK(pairs >= 1);
        // read back (merge, --resume): the events of the line share their values too
        DocumentResult back;
        const std::string line = jsonl(r);
        REQUIRE(io::parse_result_line(line.substr(0, line.find('\n')), back).empty());
        REQUIRE(back.events.size() == r.events.size());
        const Event &a = back.events[0], &b = back.events[1];
        CHECK(a.event_type == r.events[0].event_type);
        if (a.event_type == b.event_type) CHECK(a.event_type.shares(b.event_type));
        if (a.actor1.name == b.actor1.name) CHECK(a.actor1.name.shares(b.actor1.name));
        CHECK(a.location.country == b.location.country); // one country's places
        CHECK(a.location.country.shares(b.location.country));
        CHECK(a.location.country_name.shares(b.location.country_name));
        for (const auto& e : r.events) {
            CHECK_FALSE(e.event_type.empty());
            CHECK_FALSE(e.sub_event_type.empty());
            CHECK_FALSE(e.trigger.empty());
            CHECK(e.date.size() == 10);
            // the sentence, copied once into the event from the candidate's 32-bit offsets
            // (ASCII texts: code points and bytes agree)
            CHECK(e.evidence.text == std::string_view(d.text).substr(e.evidence.begin_byte,
                                                                     e.evidence.end_byte - e.evidence.begin_byte));
            CHECK(e.evidence.start == e.evidence.begin_byte);
            CHECK(e.evidence.end == e.evidence.end_byte);
            CHECK(e.evidence.text.view().find(e.trigger.view()) != std::string_view::npos);
        }
    }
}

TEST_CASE("an evidence offset is 32 bits: one past them saturates, it never wraps", "[pipeline][memory]") {
    const std::vector<std::pair<std::size_t, std::uint32_t>> cases = {
        {0, 0}, {1, 1}, {4096, 4096}, {10'000'000, 10'000'000}, {UINT32_MAX - 1, UINT32_MAX - 1},
        {UINT32_MAX, UINT32_MAX}, {std::size_t{UINT32_MAX} + 1, UINT32_MAX}, {std::size_t{1} << 40, UINT32_MAX},
        {SIZE_MAX, UINT32_MAX}};
    for (const auto& [in, out] : cases) {
        CAPTURE(in);
        CHECK(evidence_offset(in) == out);
    }
}

TEST_CASE("SharedStrTable gives one block for one text, and its handles outlive the table's flushes",
          "[core][memory]") {
    const std::vector<std::string> values = {"Battles", "Explosions/Remote violence", "SY", "1712",
                                             "Military Forces of Nigeria (2015-2023)", "2016-05-03",
                                             "the Syrian army", "Muḩāfaz̧at Dayr az Zawr"};
    SharedStrTable table(4);
    std::vector<SharedStr> kept;
    for (const auto& v : values) {
        CAPTURE(v);
        SharedStr a = table.get(v);
        const SharedStr b = table.get(std::string(v)); // other characters, the same text
        CHECK(a == v);
        CHECK(a.shares(b));
        CHECK(table.size() <= 4);
        kept.push_back(std::move(a));
    }
    CHECK(table.get("").empty());
    for (std::size_t i = 0; i < values.size(); ++i) CHECK(kept[i] == values[i]); // flushed twice
    CHECK(shared_vocab("Riots").shares(shared_vocab(std::string("Riot") + "s")));
    CHECK_FALSE(shared_vocab("Riots").shares(SharedStr("Riots")));
}

TEST_CASE("SharedStrTable gives the same block for a value read again among many others, flushes or not",
          "[core][memory]") {
    // values read in turn with hundreds of others (the recent values' table is small, and two
    // values may take one of its places), past the limit (the table starts again): a value read
    // again shares the block it was given while the table has not started again since
    SharedStrTable table(1000);
    std::vector<std::string> values;
    for (int i = 0; i < 3000; ++i) {
        std::string v(i % 3 == 0 ? "Battles " : i % 3 == 1 ? "" : "Civilians (Syria) ");
        v.append(std::to_string(i)).append(static_cast<std::size_t>(i % 40), 'x');
        values.push_back(std::move(v));
    }
    std::size_t shared = 0, flushed = 0;
    for (std::size_t i = 0; i < values.size(); ++i) {
        CAPTURE(values[i]);
        SharedStr a = table.get(values[i]);
        const std::size_t before = table.size();
        SharedStr b = table.get(values[i / 2]); // a value given before, with others in between
        CHECK(a == values[i]);
        CHECK(b == values[i / 2]);
        CHECK(table.size() <= 1000);
        SharedStr c = table.get(values[i]);
        if (table.size() >= before) { // no start again in between
            CHECK(c.shares(a));
            ++shared;
        } else {
            ++flushed;
        }
    }
    CHECK(shared > 2000);
    CHECK(flushed < 10);
}

TEST_CASE("SharedStr reads as the string it was made from, and its copies share one block", "[core][memory]") {
    const std::vector<std::string> values = {"", "SY", "A.ADM1", "geonames:170794", "Muḩāfaz̧at Dayr az Zawr",
                                             "Syrian Arab Republic", std::string(300, 'x'), "Ouagadougou"};
    for (const auto& v : values) {
        CAPTURE(v);
        SharedStr s = v;
        CHECK(s == v);
        CHECK(s == std::string_view(v));
        CHECK(s == v.c_str());
        CHECK(s.size() == v.size());
        CHECK(s.empty() == v.empty());
        CHECK(std::string(s.c_str()) == v);
        CHECK(static_cast<const std::string&>(s) == v);
        SharedStr copy;
        {
            SharedStr inner = s; // copies share the block and outlive the original
            copy = inner;
        }
        s = "other";
        CHECK(copy == v);
        CHECK((copy < SharedStr("zzzz")) == (v < "zzzz"));
        SharedStr again = copy;
        CHECK(again.shares(copy));
        SharedStr made = v; // made again from the characters: equal, its own block unless empty
        CHECK(made == copy);
        CHECK(made.shares(copy) == v.empty());
    }
}
