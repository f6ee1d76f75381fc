// Absolute dates, numeric dates, years, decades, quarters; impossible dates.
#include "test_timex_helpers.hpp"

#include <catch2/catch.hpp>

using gt::test::value;
using gt::test::find;
using gt::test::dct;

TEST_CASE("timex: written dates in common news formats", "[timex]") {
    const char* d = "2017-09-09";
    CHECK(value("It happened on 5 September 2017 in the city.", "5 September 2017", d) == "2017-09-05");
    CHECK(value("It happened on September 5, 2017.", "September 5, 2017", d) == "2017-09-05");
    CHECK(value("It happened on Sept. 5, 2017.", "Sept. 5, 2017", d) == "2017-09-05");
    CHECK(value("It happened on the 5th of September 2017.", "5th of September 2017", d) == "2017-09-05");
    CHECK(value("Published July 5 2016 by staff", "July 5 2016", d) == "2016-07-05");
    CHECK(value("Wed 05 Apr 2017", "Wed 05 Apr 2017", d) == "2017-04-05");
    CHECK(value("The vote was on Saturday, April 25, 1998 in town.", "Saturday, April 25, 1998", d) == "1998-04-25");
    CHECK(value("Prices rose in September 2016.", "September 2016", d) == "2016-09");
    CHECK(value("Prices rose in Sept. of 2016.", "Sept. of 2016", d) == "2016-09");
}

TEST_CASE("timex: a weekday fixes the year of an undated day", "[timex]") {
    CHECK(value("The vote set for Monday, Oct. 26 was cancelled.", "Monday, Oct. 26", "1998-10-25") == "1998-10-26");
}

TEST_CASE("timex: numeric dates and the day-month order", "[timex]") {
    const char* d = "2017-09-09";
    CHECK(value("date 2017-09-09 Register", "2017-09-09", d) == "2017-09-09");
    CHECK(value("Updated 03.10.2017 at noon", "03.10.2017", d) == "2017-10-03"); // dots: day first
    CHECK(value("on 13/05/2017 and", "13/05/2017", d) == "2017-05-13");          // impossible month 13
    CHECK(value("on 05/13/2017 and", "05/13/2017", d) == "2017-05-13");          // impossible month 13
    CHECK(value("on 05/04/2017 and", "05/04/2017", d) == "2017-05-04");          // slash: month first
    // the document's unambiguous dates decide: 25/12/2016 is day-first, so 05/04 is 5 April
    CHECK(value("on 25/12/2016 and on 05/04/2017 too", "05/04/2017", d) == "2017-04-05");
    CHECK(value("at 2017-09-09T19:34:00Z", "2017-09-09T19:34:00Z", d) == "2017-09-09T19:34:00Z");
    // a reading within a month of the DCT, the other not: the page's date stamp, whatever order
    // the prose writes ("September 5" votes month-first, "4 October" day-first)
    CHECK(value("05.10.2017 (updated 05.10.2017) On September 5 troops broke the siege.", "05.10.2017",
                "2017-10-05") == "2017-10-05");
    CHECK(value("Posted 10/04/2021. On 4 October police said", "10/04/2021", "2021-10-04") == "2021-10-04");
    CHECK(value("12-03-2019: On March 11 the talks ended.", "12-03-2019", "2019-03-12") == "2019-03-12");
    // both readings near the DCT, or neither: the document's order as before
    CHECK(value("On 25/12/2016 and 01/02/2017 too", "01/02/2017", "2017-01-20") == "2017-02-01");
}

TEST_CASE("timex: impossible dates are never emitted", "[timex]") {
    const char* d = "2017-09-09";
    CHECK(find("It was 31 February 2017.", "31 February 2017", dct(d)).type == "NONE");
    CHECK(find("on 2017-02-29 at", "2017-02-29", dct(d)).type == "NONE");
    CHECK(find("on 31/04/2017 at", "31/04/2017", dct(d)).type == "NONE");
    CHECK(find("It was 30 February.", "30 February", dct(d)).type == "NONE");
    for (const auto& t : gt::timex::tag("31 February 2017, 2017-02-29, 31.04.2017", dct(d)))
        CHECK(t.value.find("-02-29") == std::string::npos);
}

TEST_CASE("timex: leap years", "[timex]") {
    CHECK(value("on 29 February 2016 at", "29 February 2016", "2017-09-09") == "2016-02-29");
    CHECK(value("on 2000-02-29 at", "2000-02-29", "2017-09-09") == "2000-02-29");
    CHECK(find("on 29 February 1900 at", "29 February 1900", dct("2017-09-09")).type == "NONE");
    // "Feb. 29" without a year in a common year is left without a year rather than invented
    CHECK(value("due on Feb. 29, officials said", "Feb. 29", "2017-03-10") == "XXXX-02-29");
    CHECK(value("due on Feb. 29, officials said", "Feb. 29", "2016-03-10") == "2016-02-29");
}

TEST_CASE("timex: years, decades, centuries, quarters", "[timex]") {
    const char* d = "2017-09-09";
    CHECK(value("The war began in 2011 and", "2011", d) == "2011");
    CHECK(value("in the 1990s the town", "the 1990s", d) == "199");
    CHECK(value("in the '90s the town", "the '90s", d) == "199");
    CHECK(value("in the nineties the town", "the nineties", d) == "199");
    CHECK(value("in the early 1980s the town", "the early 1980s", d) == "198");
    CHECK(value("in the 20th century the town", "the 20th century", d) == "19");
    CHECK(value("profit in the third quarter rose", "the third quarter", d) == "2017-Q3");
    CHECK(value("in the first half of 2016 it", "the first half of 2016", d) == "2016-H1");
    CHECK(value("in fiscal 2015 it", "fiscal 2015", d) == "2015");
    CHECK(value("in nineteen ninety-seven it", "nineteen ninety-seven", d) == "1997");
    CHECK(find("He paid 2000 dollars.", "2000", dct(d)).type == "NONE");
    CHECK(find("It rose 1990 percent.", "1990", dct(d)).type == "NONE");
}
