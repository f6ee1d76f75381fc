// Recognition, people (docs/geoparse.md, "Recognition"): a person's name whose words are places'
// names is no place. A given name followed by a listed surname (src/geoparse/surnames.inc) is a
// person's name even when the given name is a country's ("Jordan Henderson") or the surname is
// ("Michael Jordan"); a country's or division's name that is no given name before a listed
// surname is too ("Kenya Moore"; a town's is a firm's: "Dayton Hudson"); a country's given name before a name the gazetteer does not
// know at all, and a name before "Jr." ("Cuba Gooding Jr."). Same-shape places stay: a
// division after a town in it ("Florence Alabama"), a feature's or site's word ("Jordan Valley",
// "Victoria Park"), a body's name ("Manitoba Chambers of Commerce"), a place's context ("in
// Dallas Smith Park"), and the places written right after the name ("Michael Jordan in
// Chicago"). Then three paragraphs: a sports story, a celebrity item, a US local news item.
// On the full gazetteer index of the build; the non-famous people are invented.
#include <catch2/catch.hpp>

#include "test_pipeline_helpers.hpp"

#include <string>
#include <vector>

using namespace gt;
using namespace pipeline_test;


TEST_CASE("geoparse: a given name before a listed surname is a person's, whatever places they name",
          "[geoparse][places][people_places]") {
    check_none_named({
        // moves: each word was a place (a country, a division, a town of that name)
        {"Michael Jordan scored 40 points on Tuesday.", "Michael"},
        {"Michael Jordan scored 40 points on Tuesday.", "Jordan"},
        {"Georgia Smith said the plan was good.", "Georgia"},
        {"Jordan Henderson captained the side on Saturday.", "Jordan"},
        {"Jordan Henderson captained the side on Saturday.", "Henderson"},
        {"Chad Smith played the drums all night.", "Chad"},
        {"Chad Smith played the drums all night.", "Smith"},
        {"Jordan Brandt spoke on Monday.", "Jordan"},
        {"He was selected by Barry Douglas for the programme.", "Douglas"},
        {"The coach praised Israel Katz for his effort.", "Israel"},
        {"Fans cheered as Ghana's Kwame Acheampong scored twice.", "Acheampong"},
        // a country's given name before a name the gazetteer does not know at all
        {"Israel Adesanya won the fight on Saturday.", "Israel"},
        // a name before "Jr."
        {"Cuba Gooding Jr. attended the premiere.", "Cuba"},
        {"Cuba Gooding Jr. attended the premiere.", "Gooding"},
    });
    check_shown({
        // of the same shape, stays: a town before the division it lies in, two countries, a
        // feature's or site's word, a body's name, a place's context, the place after the name
        {"He drove on to Florence Alabama that night.", "Alabama", "US"},
        {"Talks between Georgia Armenia and Azerbaijan stalled.", "Armenia", "AM"},
        {"Flights linked Florence Jordan and Cairo.", "Jordan", "JO"},
        {"Settlers moved into the Jordan Valley in the spring.", "Jordan Valley", ""},
        {"The Manitoba Chambers of Commerce met in Winnipeg.", "Manitoba", "CA"},
        {"Michael Jordan scored 40 points in Chicago on Tuesday.", "Chicago", "US"},
        {"Jordan Henderson flew to Jordan for the match.", "Jordan", "JO"},
        {"Israel Katz spoke as Israel Defense Forces moved in.", "Israel", "IL"},
        {"Protesters gathered in Dallas Smith Park on Friday.", "Dallas Smith Park", "US"},
    });
}

TEST_CASE("geoparse: a country's or division's name before a listed surname is a person's",
          "[geoparse][places][people_places]") {
    check_none_named({
        // moves: the country, a town in Oklahoma, the town in Texas
        {"Kenya Moore appeared on the show on Sunday.", "Kenya"},
        {"Kenya Moore appeared on the show on Sunday.", "Moore"},
        {"The reality star Kenya Moore's new show opens today.", "Kenya"},
        {"Reporters asked Kenya Moore about the vote.", "Moore"},
        {"The rodeo rider Texas Jackson was hurt on Sunday.", "Texas"},
    });
    check_shown({
        // of the same shape, stays: a third capitalised word (a park's name), a place's context,
        // the place's bare use elsewhere, a town's name (a firm's: "Dayton Hudson"), a demonym
        {"Tourists from Houston Smith Park arrived.", "Houston Smith Park", "US"},
        {"Dayton Hudson's sales rose 4.8 pct.", "Dayton", "US"},
        {"A bill would be sent before the Spanish Cortes this summer.", "Spanish", "ES"},
        {"Kenya Moore appeared on the show. Aid flowed into Kenya on Monday.", "Kenya", "KE"},
        {"Floods hit Nairobi, Kenya on Monday.", "Kenya", "KE"},
        // a level of the text's hierarchy ("Delgado" is a listed surname)
        {"Militants attacked Natugo village (Quissanga, Cabo Delgado) on Friday.", "Cabo Delgado", "MZ"},
    });
}

TEST_CASE("geoparse: paragraphs of sports, celebrity and local news name people, not places",
          "[geoparse][places][people_places]") {
    // a sports story
    check_paragraph({
        "LIVERPOOL, England -- Jordan Henderson scored late as Liverpool beat Everton 2-1 at Anfield "
        "on Sunday. Michael Jordan, watching from the stands, said the crowd reminded him of "
        "Chicago. Henderson said the win mattered. Chad Smith of the Red Hot Chili Peppers was "
        "also there.",
        {{"LIVERPOOL", "GB"}, {"England", "GB"}, {"Chicago", "US"}},
        {"Jordan", "Henderson", "Michael", "Chad", "Smith"},
    });
    // a celebrity item
    check_paragraph({
        "LOS ANGELES (AP) -- Kenya Moore and Paris Hilton arrived together at the gala in Beverly "
        "Hills on Saturday, where Victoria Beckham presented an award. Sydney Sweeney and "
        "Florence Pugh were seen later at a party in Malibu. Moore said she would fly to Kenya "
        "next month.",
        {{"LOS ANGELES", "US"}, {"Beverly Hills", "US"}, {"Malibu", "US"}, {"Kenya", "KE"}},
        {"Paris", "Victoria", "Sydney", "Florence", "Moore"},
    });
    // a local US news item
    check_paragraph({
        "AUSTIN, Texas -- Georgia Smith, a teacher from Round Rock, told the Travis County "
        "commissioners on Tuesday that the new road would cut through her neighbourhood. Lincoln "
        "Riley, a resident of Pflugerville, agreed. Smith said the county had ignored them.",
        {{"AUSTIN", "US"}, {"Texas", "US"}, {"Round Rock", "US"}, {"Pflugerville", "US"}},
        {"Georgia", "Lincoln", "Riley", "Smith"},
    });
}
