// Durations, sets, clock times with zones, the DCT, and robustness.
#include "test_timex_helpers.hpp"

#include <catch2/catch.hpp>

#include <random>

using gt::test::dct;
using gt::test::find;
using gt::test::value;

TEST_CASE("timex: durations", "[timex]") {
    const char* d = "2017-09-09";
    auto f = find("The army broke the three-year siege of the city.", "three-year", dct(d));
    CHECK(f.type == "DURATION");
    CHECK(f.value == "P3Y");
    CHECK(value("It began after four months of planning.", "four months", d) == "P4M");
    CHECK(value("over the past two weeks", "the past two weeks", d) == "P2W");
    CHECK(value("for nearly an hour", "nearly an hour", d) == "PT1H");
    CHECK(value("for 2 1/2 years", "2 1/2 years", d) == "P2Y6M");
    CHECK(value("for more than 48 hours", "more than 48 hours", d) == "PT48H");
    CHECK(value("a 24-hour ceasefire", "24-hour", d) == "PT24H");
    CHECK(value("for several years", "several years", d) == "PXY");
    CHECK(value("for two decades", "two decades", d) == "P20Y");
    CHECK(find("a 6-year-old boy", "6-year-old", dct(d)).type == "NONE"); // ages are not tagged
}

TEST_CASE("timex: sets", "[timex]") {
    const char* d = "2017-09-09";
    auto f = find("Convoys arrive daily.", "daily", dct(d));
    CHECK(f.type == "SET");
    CHECK(f.value == "P1D");
    CHECK(value("Convoys arrive every week.", "every week", d) == "P1W");
    CHECK(value("It grows 5 percent a year.", "a year", d) == "P1Y");
}

TEST_CASE("timex: times and zones", "[timex]") {
    const char* d = "2017-09-09";
    auto f = find("19:34 GMT +309 September 2017", "19:34 GMT +309 September 2017", dct(d));
    CHECK(f.type == "TIME");
    CHECK(f.value == "2017-09-09T19:34+03:00");
    CHECK(value("at 19:34 GMT +3 on the day", "19:34 GMT +3", d) == "2017-09-09T19:34+03:00");
    CHECK(value("at 1934 GMT the", "1934 GMT", d) == "2017-09-09T19:34Z");
    CHECK(value("at 5 p.m. EST Nov. 9 the", "5 p.m. EST Nov. 9", "1989-11-02") == "1989-11-09T17:00-05:00");
    CHECK(value("at 10:35 a.m. the", "10:35 a.m.", d) == "2017-09-09T10:35");
    CHECK(value("until noon Saturday, officials said", "noon Saturday", d) == "2017-09-09T12:00");
}

TEST_CASE("timex: a four-digit clock time told by words is no year", "[timex]") {
    // "local time", a place's time, "hours" after a word of when: a clock time, not the year 1400
    const char* d = "1987-10-20"; // a Tuesday
    CHECK(value("fired shells beginning at about 1400 Gulf time on Monday", "about 1400 Gulf time on Monday", d) ==
          "1987-10-19T14:00");
    CHECK(value("The blast happened at 1930 local time on Friday.", "1930 local time on Friday", d) ==
          "1987-10-16T19:30");
    CHECK(value("The attack began at 0600 hours on Tuesday.", "0600 hours on Tuesday", d) == "1987-10-20T06:00");
    CHECK(value("The curfew runs from 2200 hrs, police said.", "2200 hrs", d) == "1987-10-20T22:00");
    CHECK(value("Shelling resumed at 0815 Baghdad time.", "0815 Baghdad time", d) == "1987-10-20T08:15");
    // years stay years: no word of clock time, or no hour and minute in it
    CHECK(value("In 1990 elections were held.", "1990", d) == "1990");
    CHECK(value("The 1999 harvest time was short.", "1999", d) == "1999");
    CHECK(value("Ceasefire talks in 1995 Geneva time zones", "1995", d) == "1995");
}

TEST_CASE("timex: DCT order and datelines", "[timex]") {
    using gt::timex::find_dct;
    const char* seed = " date 2017-09-09 Register\n19:34 GMT +309 September 2017\n  The siege was broken.";
    auto d1 = find_dct("2017-01-02", "2016-05-05", seed);
    CHECK(d1.value == "2017-01-02");
    CHECK(d1.source == "--date");
    auto d2 = find_dct("", "2016-05-05", seed);
    CHECK(d2.value == "2016-05-05");
    CHECK(d2.source == "json");
    auto d3 = find_dct("", "", seed);
    CHECK(d3.value == "2017-09-09");
    CHECK(d3.source == "dateline");
    CHECK(find_dct("", "", "09 September 2017\nText").value == "2017-09-09");
    CHECK(find_dct("", "", "Wed 05 Apr 2017\nText").value == "2017-04-05");
    CHECK(find_dct("", "", "Published July 5 2016\nText").value == "2016-07-05");
    CHECK(find_dct("", "", "03.10.2017 | News\nText").value == "2017-10-03");
    CHECK(find_dct("", "", "19:34 GMT +3 09 September 2017\nText").value == "2017-09-09");
    auto none = find_dct("", "", "No date here.\nThe city was liberated on Tuesday.");
    CHECK(!none.known());
    CHECK(none.source == "none");
    CHECK(gt::timex::normalize_dct("2017-09-09T10:00:00Z") == "2017-09-09");
    CHECK(gt::timex::normalize_dct("2017-02-30").empty());
}

TEST_CASE("timex: any bytes in, no crash, ordered spans inside the text", "[timex]") {
    std::mt19937 rng(42);
    const std::string pieces[] = {"5", " ", "September", "-", "2017", ":", "+", "'", ".", "/",
                                  "the", "last", "\xff", "\xe2\x80\x93", "a", "year", "ago", "\n",
                                  "Tuesday", "1999999999", "0", "31", "GMT", "Feb.", "29", "mid"};
    for (int n = 0; n < 2000; ++n) {
        std::string s;
        int len = static_cast<int>(rng() % 30);
        for (int k = 0; k < len; ++k) s += pieces[rng() % (sizeof pieces / sizeof pieces[0])];
        auto tx = gt::timex::tag(s, dct(n % 2 ? "2017-09-09" : "1400-01-01"));
        std::size_t prev = 0;
        for (const auto& t : tx) {
            REQUIRE(t.begin >= prev);
            REQUIRE(t.end <= s.size());
            REQUIRE(t.begin < t.end);
            prev = t.end;
        }
    }
    CHECK_NOTHROW(gt::timex::tag("100000000 days ago and 99999 years later", dct("2017-09-09")));
}

TEST_CASE("timex: N more / additional units", "[timex]") {
    const char* d = "2000-06-01";
    CHECK(gt::test::value("He will remain for two more weeks.", "two more weeks", d) == "P2W");
    CHECK(gt::test::value("The loan may be extended for an additional year.", "an additional year", d) == "P1Y");
    CHECK(gt::test::value("The navy may use the base for 20 more years.", "20 more years", d) == "P20Y");
    CHECK(gt::test::find("He wants two more.", "two more", gt::test::dct(d)).type == "NONE");
}
