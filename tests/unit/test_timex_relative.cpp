// Relative expressions against the DCT: deictic days, weekdays and tense, months and year
// boundaries, last/this/next units, ago, modifiers, seasons, ranges; no DCT.
#include "test_timex_helpers.hpp"

#include <catch2/catch.hpp>

using gt::test::dct;
using gt::test::find;
using gt::test::value;

TEST_CASE("timex: yesterday, today, tomorrow, tonight", "[timex]") {
    const char* d = "2017-01-01";
    CHECK(value("He arrived yesterday.", "yesterday", d) == "2016-12-31");
    CHECK(value("He arrives today.", "today", d) == "2017-01-01");
    CHECK(value("He leaves tomorrow.", "tomorrow", d) == "2017-01-02");
    CHECK(find("He leaves tonight.", "tonight", dct(d)).value == "2017-01-01TNI");
    CHECK(find("Shelling began last night.", "last night", dct(d)).value == "2016-12-31TNI");
    CHECK(value("Officials are now in control.", "now", d) == "PRESENT_REF");
}

TEST_CASE("timex: weekdays follow the tense", "[timex]") {
    const char* d = "2017-09-09"; // a Saturday
    CHECK(value("The city was liberated by the army on Tuesday.", "Tuesday", d) == "2017-09-05");
    CHECK(value("Borodavkin said on Saturday that talks were held.", "Saturday", d) == "2017-09-09");
    CHECK(value("The ministers will meet on Tuesday in Geneva.", "Tuesday", d) == "2017-09-12");
    CHECK(value("Talks are scheduled for Monday.", "Monday", d) == "2017-09-11");
    CHECK(value("He arrived last Friday.", "last Friday", d) == "2017-09-08"); // the latest before the DCT
    CHECK(value("He arrived last Friday.", "last Friday", "2017-09-08") == "2017-09-01");
    CHECK(value("He arrives next Friday.", "next Friday", d) == "2017-09-15");
    CHECK(find("Shelling resumed on Sunday night.", "Sunday night", dct(d)).value == "2017-09-03TNI");
    CHECK(find("Markets close on Mondays.", "Mondays", dct(d)).value == "XXXX-WXX-1");
    CHECK(find("The paper comes out every Tuesday.", "every Tuesday", dct(d)).type == "SET");
}

TEST_CASE("timex: weekdays across a year boundary", "[timex]") {
    CHECK(value("The town fell on Friday.", "Friday", "2017-01-02") == "2016-12-30");
    CHECK(value("Talks will resume on Monday.", "Monday", "2016-12-31") == "2017-01-02");
}

TEST_CASE("timex: months take their year from the DCT and the tense", "[timex]") {
    CHECK(value("The operation to liberate east Aleppo ended in January.", "January", "2017-09-09") == "2017-01");
    CHECK(value("The offensive began in December.", "December", "2018-01-15") == "2017-12");
    CHECK(value("Elections will be held in December.", "December", "2018-01-15") == "2018-12");
    CHECK(value("Elections will be held in January.", "January", "2017-12-15") == "2018-01");
    CHECK(value("Fighting broke out in late September.", "late September", "2017-10-02") == "2017-09");
    CHECK(value("The siege was broken in mid-September.", "mid-September", "2017-10-02") == "2017-09");
    CHECK(value("It happened last April.", "last April", "2017-09-09") == "2017-04");
    CHECK(value("It happens next March.", "next March", "2017-09-09") == "2018-03");
    CHECK(value("It happened in June last year.", "June last year", "2017-09-09") == "2016-06");
    CHECK(value("Aid arrived on 3 September.", "3 September", "2017-09-09") == "2017-09-03");
    CHECK(value("Aid arrived on Dec. 30.", "Dec. 30", "2018-01-03") == "2017-12-30");
    CHECK(find("You may go.", "may", dct("2017-09-09")).type == "NONE");
}

TEST_CASE("timex: last, this and next units", "[timex]") {
    const char* d = "2017-09-09";
    CHECK(value("It rained last week.", "last week", d) == "2017-W35");
    CHECK(value("It rains this week.", "this week", d) == "2017-W36");
    CHECK(value("It rained last month.", "last month", d) == "2017-08");
    CHECK(value("It rained earlier this month.", "earlier this month", d) == "2017-09");
    CHECK(value("It rained last year.", "last year", d) == "2016");
    CHECK(value("It will rain next year.", "next year", d) == "2018");
    CHECK(value("It rained this year.", "this year", d) == "2017");
    CHECK(value("Talks failed over the weekend.", "the weekend", "2017-09-11") == "2017-W36-WE");
    // ISO weeks at a year boundary: 1 January 2016 is in week 53 of 2015
    CHECK(value("It rained this week.", "this week", "2016-01-01") == "2015-W53");
    CHECK(value("It rained last week.", "last week", "2017-01-02") == "2016-W52");
}

TEST_CASE("timex: ago and later", "[timex]") {
    const char* d = "2017-09-09";
    CHECK(value("It was destroyed two days ago.", "two days ago", d) == "2017-09-07");
    CHECK(value("It was destroyed three weeks ago.", "three weeks ago", d) == "2017-W33");
    CHECK(value("It was destroyed five months ago.", "five months ago", d) == "2017-04");
    CHECK(value("It was destroyed 10 years ago.", "10 years ago", d) == "2007");
    CHECK(value("It was destroyed nearly four years ago.", "nearly four years ago", d) == "2013");
    CHECK(value("It ended a few years ago.", "a few years ago", d) == "PAST_REF");
    CHECK(value("It was destroyed ten days ago.", "ten days ago", "2017-03-05") == "2017-02-23");
    CHECK(value("It was destroyed ten days ago.", "ten days ago", "2016-03-05") == "2016-02-24"); // leap year
}

TEST_CASE("timex: seasons", "[timex]") {
    CHECK(value("The offensive of this summer failed.", "this summer", "2017-09-09") == "2017-SU");
    CHECK(value("It failed last winter.", "last winter", "2017-09-09") == "2016-WI");
    CHECK(value("It happened in the spring of 2015.", "the spring of 2015", "2017-09-09") == "2015-SP");
}

TEST_CASE("timex: ranges", "[timex]") {
    const char* d = "2017-09-09";
    auto tx = gt::timex::tag("Talks ran from 5 to 7 September in Astana.", dct(d));
    REQUIRE(tx.size() == 2);
    CHECK(tx[0].text == "5");
    CHECK(tx[0].value == "2017-09-05");
    CHECK(tx[1].value == "2017-09-07");
    auto tx2 = gt::timex::tag("Talks ran on September 5-7 in Astana.", dct(d));
    REQUIRE(tx2.size() == 2);
    CHECK(tx2[1].text == "7");
    CHECK(tx2[1].value == "2017-09-07");
    auto tx3 = gt::timex::tag("Fighting raged between May and July.", dct(d));
    REQUIRE(tx3.size() == 2);
    CHECK(tx3[0].value == "2017-05");
    CHECK(tx3[1].value == "2017-07");
}

TEST_CASE("timex: without a DCT values stay underspecified", "[timex]") {
    gt::Dct none;
    CHECK(find("It ended in January.", "January", none).value == "XXXX-01");
    CHECK(find("The city was liberated on Tuesday.", "Tuesday", none).value == "XXXX-WXX-2");
    CHECK(find("He arrived yesterday.", "yesterday", none).value == "XXXX-XX-XX");
    CHECK(find("It rained last week.", "last week", none).value == "XXXX-WXX");
    CHECK(find("It happened on 5 September 2017.", "5 September 2017", none).value == "2017-09-05");
}
