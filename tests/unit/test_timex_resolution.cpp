// Resolution against the DCT (issue #3): the year of a month or day without one (nearest, the
// tense breaking near-ties), tense detection across clauses and quotes, the quarter that
// "a year ago" compares with.
#include "test_timex_helpers.hpp"

#include <catch2/catch.hpp>

using gt::test::dct;
using gt::test::find;
using gt::test::value;

TEST_CASE("timex: a day without a year is the one nearest the DCT", "[timex]") {
    // a deadline a week ahead, though the sentence is in the past tense
    CHECK(value("The service ruled Wednesday that he must be returned to his father by Jan. 14.", "Jan. 14",
                "2000-01-07") == "2000-01-14");
    CHECK(value("They said they would fight the decision to repatriate the child by Jan. 14.", "Jan. 14",
                "2000-01-15") == "2000-01-14");
    CHECK(value("The offer was extended to Nov. 16.", "Nov. 16", "1989-10-30") == "1989-11-16");
    CHECK(value("The stock fell from $8 a share on Oct. 9.", "Oct. 9", "1989-10-26") == "1989-10-09");
    CHECK(value("Meissner gave no reason for the Jan. 14 deadline.", "Jan. 14", "2000-01-05") == "2000-01-14");
    // across the new year, both ways
    CHECK(value("Aid arrived on Dec. 30.", "Dec. 30", "2018-01-03") == "2017-12-30");
    CHECK(value("Talks resume on Jan. 3.", "Jan. 3", "2017-12-28") == "2018-01-03");
}

TEST_CASE("timex: a month without a year: nearest, the tense breaking near-ties", "[timex]") {
    // six months either way: the past tense decides
    CHECK(value("Snipers injured doctors in November in Vancouver.", "November", "1999-05-06") == "1998-11");
    // the same month said in the future tense
    CHECK(value("Elections will be held in November.", "November", "1999-05-06") == "1999-11");
    // next month, though the sentence is in the past tense
    CHECK(value("NATO has decided to admit Poland in early March.", "early March", "1999-02-10") == "1999-03");
    // an explicit future is trusted up to a year ahead
    CHECK(value("Elections will be held in December.", "December", "2018-01-15") == "2018-12");
    // ... but a deadline takes the nearer reading
    CHECK(value("The talks are supposed to conclude by May.", "May", "1998-03-22") == "1998-05");
    // no tense: the nearest
    CHECK(value("A vote in February, officials said.", "February", "2017-12-10") == "2018-02");
}

TEST_CASE("timex: the tense of the expression's own clause", "[timex]") {
    // "saying ... will" opens another clause
    CHECK(value("The ambassadors issued a joint statement Friday saying their entry into NATO will bring peace.",
                "Friday", "1999-03-13") == "1999-03-12");
    // the quoted words have their own tense
    CHECK(find("''They will send agents,'' said Sergio Navarro, a businessman who spent part of Sunday night "
               "with protesters.",
               "Sunday night", dct("2000-04-17"))
              .value == "2000-04-16TNI");
    // plans: "is to", "planning to"
    CHECK(value("The stock is to resume trading in Paris Tuesday.", "Tuesday", "1989-10-27") == "1989-10-31");
    CHECK(value("Protesters were planning to drive around the airport on Monday.", "Monday", "2000-01-07") ==
          "2000-01-10");
    // a lower-case word before a full stop ends the sentence ("write-down."); "U.S." does not
    CHECK(value("Investors realized that the thrift would be forced to take a big write-down. The decline "
                "accelerated from $8 a share on Oct. 9.",
                "Oct. 9", "1989-10-26") == "1989-10-09");
    CHECK(value("The U.S. Army will attack on Monday.", "Monday", "2017-09-09") == "2017-09-11");
}

TEST_CASE("timex: year-ago comparisons keep the quarter reported on", "[timex]") {
    const char* d = "1989-11-02";
    const char* text = "Net fell in the third quarter, compared with a year-earlier loss of $2 million. "
                       "The year-ago quarter was weak. Sales were lower than a year ago.";
    CHECK(value(text, "year-earlier", d) == "1988-Q3");
    CHECK(value(text, "The year-ago quarter", d) == "1988-Q3");
    CHECK(value(text, "a year ago", d) == "1988-Q3"); // not 1987: the year-ago quarter is no new focus
}

TEST_CASE("timex: the future", "[timex]") {
    CHECK(value("Talks may resume in the future.", "the future", "2017-09-09") == "FUTURE_REF");
    CHECK(find("It matters to the future of the region.", "the future", dct("2017-09-09")).type == "NONE");
}

TEST_CASE("timex: last/next with a day, the week of a day", "[timex]") {
    CHECK(value("He was shot to death last Oct. 23 at his home.", "last Oct. 23", "1999-04-19") == "1998-10-23");
    CHECK(value("Talks resume next May 5.", "next May 5", "2017-09-09") == "2018-05-05");
    CHECK(value("The case may be resolved in a hearing the week of March 6.", "the week of March 6", "2000-02-24") ==
          "2000-W10");
}

TEST_CASE("timex: N units later is a duration counted from the story's event", "[timex]") {
    const char* d = "1989-10-30";
    auto f = find("The gap closes slowly. Three days later, the index recovered.", "Three days", dct(d));
    CHECK(f.type == "DURATION");
    CHECK(f.value == "P3D");
    CHECK(value("A day earlier, scores of trucks crossed.", "A day earlier", d) == "<not found: A day earlier>");
    CHECK(value("A day earlier, scores of trucks crossed.", "A day", d) == "P1D");
    // a year earlier in a report: the comparison period, a date
    CHECK(value("Third-quarter profit was $5 million, up from $4 million a year earlier.", "a year earlier", d) ==
          "1988-Q3");
    // ago stays anchored to the DCT
    CHECK(value("He left two days ago.", "two days ago", d) == "1989-10-28");
}

TEST_CASE("timex: plans of the past and 'ahead of'", "[timex]") {
    const char* d = "1989-10-30"; // a Monday
    CHECK(find("The bid had been due to expire Friday evening.", "Friday evening", dct(d)).value == "1989-10-27TEV");
    CHECK(value("The offer was scheduled to expire Friday.", "Friday", d) == "1989-10-27");
    CHECK(value("The offer is scheduled to expire Friday.", "Friday", d) == "1989-11-03");
    CHECK(value("Traders squared positions ahead of the weekend.", "the weekend", d) == "1989-W44-WE");
}

TEST_CASE("timex: compound durations without a number", "[timex]") {
    auto f = find("Lawyers emerged from their third day-long meeting.", "day-long", dct("2000-04-03"));
    CHECK(f.type == "DURATION");
    CHECK(f.value == "P1D");
    CHECK(find("It is a decades-long battle.", "decades-long", dct("2000-04-03")).value == "PXE");
    CHECK(find("a 6-year-old boy", "6-year-old", dct("2000-04-03")).type == "NONE");
}

TEST_CASE("timex: until / as soon as a weekday", "[timex]") {
    CHECK(find("Officials postponed until Tuesday morning any action on the case.", "Tuesday morning", dct("2000-03-30"))
              .value == "2000-04-04TMO");
    CHECK(find("The service has given the relatives until 9 a.m. Tuesday to sign.", "9 a.m. Tuesday", dct("2000-04-03"))
              .value == "2000-04-04T09:00");
    CHECK(value("The group could leave as soon as Tuesday.", "Tuesday", "2000-04-03") == "2000-04-04");
    // a firm past: the weekday before the DCT
    CHECK(value("Until Thursday, they had not called him a suspect.", "Thursday", "1999-05-07") == "1999-05-06");
}

TEST_CASE("timex: year end, a year before a noun, in the past", "[timex]") {
    const char* d = "1989-10-26";
    CHECK(value("It plans to cut 6,000 jobs by year end.", "year end", d) == "1989");
    CHECK(value("Rules should be in place by year's end.", "year's end", d) == "1989");
    CHECK(value("The year ending June 30 was weak.", "year", d) == "<not found: year>");
    CHECK(value("Sanctions were imposed after its 1990 invasion of Kuwait.", "1990", d) == "1990");
    CHECK(value("It is an item in the company's 1989 operating results.", "1989", d) == "1989");
    CHECK(find("The army sent 1990 troops.", "1990", dct(d)).type == "NONE");
    CHECK(value("Commanders have indicated in the past that they could deploy.", "the past", d) == "PAST_REF");
    CHECK(value("Prices rose over the past two weeks.", "the past two weeks", d) == "P2W");
}

TEST_CASE("timex: now that, the last half of a year", "[timex]") {
    const char* d = "1989-10-26";
    CHECK(value("Aqaba is Iraq's only outlet now that a noose has tightened.", "now", d) == "PRESENT_REF");
    CHECK(value("Earnings will be lower for the last half of 1989.", "the last half of 1989", d) == "1989-H2");
    CHECK(value("Sales rose in the final quarter of 1988.", "the final quarter of 1988", d) == "1988-Q4");
    CHECK(value("Sales rose last quarter.", "last quarter", d) == "1989-Q3");
}

TEST_CASE("timex: a possessive weekday names a reported event", "[timex]") {
    const char* d = "2000-01-07"; // a Friday
    CHECK(value("They said they would look for ways to get around Wednesday's ruling.", "Wednesday", d) ==
          "2000-01-05");
    CHECK(value("Shares rose ahead of Sunday's vote.", "Sunday", d) == "2000-01-09");
}

TEST_CASE("timex: parts of the day with a day or 'mid'", "[timex]") {
    const char* d = "1989-11-02";
    CHECK(find("In London at mid-afternoon yesterday, shares were up.", "mid-afternoon yesterday", dct(d)).value ==
          "1989-11-01TAF");
    CHECK(find("By mid afternoon, official sources said.", "mid afternoon", dct(d)).value == "1989-11-02TAF");
    CHECK(find("They held late-night talks.", "late-night", dct(d)).type == "NONE");
    CHECK(value("Over the next couple of years we will grow.", "the next couple of years", d) == "P2Y");
}

TEST_CASE("timex: today as a name or as nowadays", "[timex]") {
    const char* d = "1998-03-31";
    CHECK(find("This is VOA Today.", "Today", dct(d)).type == "NONE");
    CHECK(find("He told USA Today that he would run.", "Today", dct(d)).type == "NONE");
    CHECK(find("It is for today's youth what the blockade was.", "today", dct(d)).type == "NONE");
    CHECK(value("The offer, advertised in today's editions, expires.", "today", d) == "1998-03-31");
    CHECK(value("Today, the army entered the town.", "Today", d) == "1998-03-31");
}
