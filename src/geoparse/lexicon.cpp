#include "geoparse/lexicon.hpp"

#include "text/word_set.hpp"

#include <initializer_list>
#include <string_view>
#include <unordered_map>
#include <unordered_set>

namespace gt::geoparse::lex {

namespace {

using Set = text::WordSet;

Set make(std::initializer_list<std::string_view> words) { return Set(words.begin(), words.end()); }

const Set& titles() {
    static const Set s = make({
        "president", "pres", "vice", "mr", "mrs", "ms", "miss", "dr", "prof", "professor", "gen", "general",
        "lt", "lieutenant", "col", "colonel", "capt", "captain", "maj", "major", "sgt", "sergeant", "adm",
        "admiral", "brig", "brigadier", "cmdr", "commander", "marshal", "minister", "secretary", "sen",
        "senator", "rep", "representative", "congressman", "congresswoman", "gov", "governor", "mayor",
        "judge", "justice", "king", "queen", "prince", "princess", "sheikh", "sheik", "emir", "pope", "sir",
        "lord", "lady", "dame", "chancellor", "premier", "ambassador", "envoy", "rev", "reverend", "father",
        "imam", "ayatollah", "rabbi", "bishop", "archbishop", "cardinal", "pastor", "sultan", "duke",
        "duchess", "earl", "baron", "tsar", "emperor", "spokesman", "spokeswoman", "spokesperson", "chairman",
        "chairwoman", "chief", "ceo", "coach", "striker", "midfielder", "defender", "goalkeeper", "actor",
        "actress", "singer", "rapper", "author", "inspector", "detective", "constable", "superintendent",
        "officer", "deputy", "dean", "mp", "mep", "councillor", "councilor", "councilman", "councilwoman", "attorney",
        "lawyer", "jr", "sr", "saint", "mullah", "hajji", "comrade", "mister", "madam", "madame", "monsieur",
        "herr", "frau", "senor", "senora", "don", "uncle", "aunt", "nurse", "doctor", "trooper", "private",
        "corporal", "cpl", "pvt", "sgt", "officer", "agent", "director", "manager", "founder", "president elect",
    });
    return s;
}

const Set& given_names() {
    static const Set s = make({
#include "geoparse/given_names.inc"
    });
    return s;
}

const Set& surnames() {
    static const Set s = make({
#include "geoparse/surnames.inc"
    });
    return s;
}

const Set& kin_words() {
    static const Set s = make({
        "wife", "husband", "son", "daughter", "brother", "sister", "mother", "father", "girlfriend",
        "boyfriend", "fiancee", "fiance", "widow", "widower", "grandson", "granddaughter",
        "grandmother", "grandfather", "nephew", "niece", "cousin", "stepson", "stepdaughter",
        "stepfather", "stepmother", "sons", "daughters", "brothers", "sisters", "parents",
    });
    return s;
}

const Set& common() {
    static const Set s = make({
        // adjectives of faith and language that the gazetteer knows only as small places
        "english", "catholic", "christian", "muslim", "jewish", "islamic", "protestant", "orthodox",
        "gothic", "roman", "latin", "sunni", "shiite", "shia", "evangelical",
        // function words
        "a", "an", "the", "and", "or", "but", "if", "of", "in", "on", "at", "to", "for", "by", "with",
        "from", "as", "is", "it", "its", "be", "was", "were", "are", "been", "has", "have", "had", "do",
        "does", "did", "not", "no", "yes", "so", "than", "then", "that", "this", "these", "those", "there",
        "here", "he", "she", "we", "they", "you", "i", "me", "him", "her", "us", "them", "my", "his", "our",
        "their", "your", "who", "whom", "whose", "which", "what", "when", "where", "why", "how", "all",
        "any", "some", "each", "every", "both", "few", "many", "much", "more", "most", "other", "such",
        "only", "own", "same", "very", "can", "will", "would", "shall", "should", "may", "might", "must",
        "could", "also", "just", "now", "about", "after", "before", "over", "under", "again", "once",
        "while", "during", "since", "until", "into", "through", "between", "against", "among", "within",
        "without", "up", "down", "out", "off", "above", "below", "near", "per", "via", "still", "yet",
        "even", "ever", "never", "always", "often", "already", "however", "meanwhile", "although",
        "though", "because", "according", "despite", "instead", "last", "next", "first", "second",
        "third", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "hundred",
        "thousand", "million", "billion", "new", "old", "good", "bad", "best", "better", "big", "small",
        "great", "little", "long", "high", "low", "top", "early", "late", "young", "real", "free", "full",
        "hot", "cold", "nice", "fine", "fair", "happy", "hope", "love", "life", "live", "man", "men",
        "woman", "women", "boy", "girl", "child", "children", "people", "person", "family", "home",
        "house", "police", "army", "force", "forces", "troops", "war", "peace", "fire", "water", "power",
        "energy", "market", "bank", "trade", "money", "price", "tax", "oil", "gas", "food", "health",
        "school", "college", "court", "law", "party", "union", "state", "states", "city", "town", "village",
        "county", "district", "region", "province", "country", "world", "earth", "sun", "moon", "star",
        "sea", "river", "lake", "mountain", "island", "beach", "park", "street", "road", "bridge", "hill",
        "valley", "field", "forest", "garden", "station", "port", "harbour", "harbor", "centre", "center",
        "north", "south", "east", "west", "central", "time", "day", "days", "week", "month", "year",
        "years", "today", "tomorrow", "yesterday", "morning", "evening", "night", "news", "report", "said",
        "says", "say", "told", "added", "asked", "called", "made", "make", "take", "taken", "give", "given",
        "go", "going", "get", "got", "come", "see", "seen", "read", "reading", "split", "mobile", "bath",
        "ash", "cork", "derby", "dover", "molotov", "march", "august", "june", "july", "january", "february", "april",
        "september", "october", "november", "december", "monday", "tuesday", "wednesday", "thursday",
        "friday", "saturday", "sunday", "spring", "summer", "autumn", "fall", "winter", "christmas",
        "easter", "why", "hello", "welcome", "thanks", "please", "photo", "video", "image", "source",
        "sources", "update", "updated", "breaking", "exclusive", "analysis", "opinion", "comment", "editor",
        "staff", "reporter", "press", "media", "story", "stories", "page", "post", "office", "service",
        "team", "club", "group", "company", "business", "industry", "office", "board", "council",
        "committee", "government", "ministry", "department", "agency", "authority", "security", "defence",
        "defense", "military", "rebels", "rebel", "militants", "fighters", "attack", "strike", "strikes",
        "siege", "talks", "end", "hold", "held", "deal", "plan", "vote", "election", "elections", "win",
        "won", "lose", "lost", "kill", "killed", "dead", "death", "deaths", "help", "aid", "support",
        "open", "close", "closed", "rise", "fall", "record", "stock", "stocks", "sale", "sales", "buy",
        "sell", "job", "jobs", "work", "worker", "workers", "pay", "paid", "cost", "costs", "net", "total",
        "rain", "snow", "storm", "wind", "flood", "heat", "weather", "climate", "mars", "venus", "ball",
        "game", "games", "cup", "league", "match", "final", "round", "race", "goal", "goals", "score",
        "player", "players", "fans", "star", "stars", "king", "queen", "god", "church", "mosque", "temple",
        "hospital", "university", "airport", "prison", "camp", "base", "zone", "area", "areas", "land",
        "border", "borders", "coast", "bay", "cape", "point", "rock", "stone", "iron", "gold",
        "silver", "salt", "sand", "wood", "green", "red", "blue", "white", "black", "brown", "grey", "gray",
        "pink", "orange", "golden", "royal", "union", "liberty", "victory", "independence", "republic",
        "kingdom", "empire", "federal", "national", "international", "global", "local", "public",
        "private", "social", "human", "rights", "justice", "freedom", "democracy", "church", "faith",
        "truth", "chance", "luck", "fortune", "paradise", "eden", "bliss", "harmony", "unity", "concord",
        "providence", "progress", "enterprise", "commerce", "industry", "friendship", "welfare", "success",
        "why", "pass", "gap", "mills", "mill", "springs", "falls", "ridge", "grove", "heights", "plains",
        "junction", "crossing", "landing", "ferry", "fort", "castle", "tower", "hall", "manor", "court",
        "police", "media", "deal", "sport", "sports", "art", "arts", "music", "film", "films", "movie",
        "man", "guy", "dad", "mom", "mum", "baby", "kids", "friend", "friends", "dog", "cat", "horse",
        "bear", "eagle", "wolf", "fox", "deer", "lion", "tiger", "buffalo", "bird", "fish", "duck",
        "chicken", "apple", "cherry", "banana", "lemon", "pepper", "rice", "sugar", "tea",
        "coffee", "wine", "beer", "bread", "corn", "cotton", "tobacco", "paper", "glass", "steel", "coal",
        "carbon", "diamond", "pearl", "crystal", "ocean", "sky", "cloud", "shadow", "light", "dark",
        "darkness", "start", "stop", "wait", "watch", "look", "listen", "speak", "talk", "call", "send",
        "visit", "travel", "trip", "tour", "way", "ways", "door", "gate", "wall", "walls", "line", "lines",
        "side", "edge", "corner", "center", "middle", "inside", "outside", "beyond", "behind", "across",
        "along", "around", "upon", "toward", "towards", "unless", "whether", "either", "neither", "nor",
        "another", "anything", "nothing", "something", "everything", "everyone", "someone", "anyone",
        "nobody", "latest", "recent", "former", "current", "future", "past", "present", "several",
        "various", "certain", "major", "minor", "key", "main", "chief", "senior", "junior", "general",
        "special", "official", "officials", "leader", "leaders", "head", "member", "members", "section",
        "part", "parts", "half", "quarter", "number", "numbers", "amount", "level", "rate", "rates",
        "data", "information", "research", "study", "science", "technology", "internet", "online",
        "digital", "phone", "mobile", "network", "system", "program", "programme", "project", "projects",
        "policy", "issue", "issues", "problem", "crisis", "case", "cases", "trial", "charges", "charge",
        "arrest", "arrested", "crime", "victim", "victims", "bomb", "blast", "explosion", "shot", "shooting",
        "gun", "guns", "weapon", "weapons", "missile", "missiles", "drone", "drones", "jet", "jets",
        "plane", "planes", "ship", "ships", "car", "cars", "bus", "train", "truck", "boat", "convoy",
    });
    return s;
}

const Set& connectors() {
    static const Set s = make({
        "of", "the", "de", "del", "della", "di", "da", "do", "dos", "das", "du", "des", "la", "le", "les",
        "los", "las", "dei", "degli", "delle",
        "el", "al", "ad", "ar", "as", "ash", "at", "az", "ez", "es", "an", "en", "ul", "on", "upon", "und",
        "am", "im", "an der", "y", "e", "van", "von", "der", "den", "het", "op", "aan", "sur", "sous",
        "sul", "sull", "and", "bin", "ibn", "bint", "abu", "umm", "bani", "beni", "et", "in", "el",
        // Arabic and Persian "and" inside a district's name: "Khabb wa ash Sha'af", "Kuran wa
        // Munjan"
        "wa", "va",
    });
    return s;
}

const Set& locatives() {
    static const Set s = make({
        "in", "near", "outside", "from", "to", "at", "into", "towards", "toward", "across", "around",
        "inside", "throughout", "via", "through", "across", "within", "entered", "reached", "visited",
        "captured", "seized", "retook", "liberated", "besieged", "shelled", "bombed", "struck", "hit",
        "stormed", "outskirts", "north", "south", "east", "west", "northeast", "northwest", "southeast",
        "southwest", "between", "and", "of", "along", "beyond", "nearby", "based",
    });
    return s;
}

const Set& org_words() {
    static const Set s = make({
        "observatory", "university", "supreme", "chamber", "congress", "college", "institute", "police", "times", "post", "herald",
        "tribune", "journal", "gazette", "news", "airlines", "airways", "council", "committee", "ministry",
        "department", "bank", "fc", "united", "city", "rovers", "wanderers", "club", "corp", "corporation",
        "inc", "ltd", "company", "group", "party", "front", "army", "forces", "force", "guard", "brigade",
        "brigades", "battalion", "movement", "federation", "association", "society", "foundation",
        "agency", "authority", "commission", "court", "parliament", "assembly", "senate", "congress",
        "government", "administration", "office", "service", "services", "network", "radio", "tv",
        "television", "press", "review", "daily", "telegraph", "standard", "express", "mail", "star",
        "sun", "chronicle", "observer", "guardian", "insider", "today", "magazine", "hospital", "school",
        "academy", "museum", "stadium", "airport", "center", "centre", "church", "mosque", "cathedral",
        "hotel", "fund", "exchange", "stock", "board", "union", "league", "cup", "open", "grand", "prix",
        "gp", "state", "democrats", "republicans", "coalition", "alliance", "council", "tigers", "lions",
        "eagles", "giants", "kings", "bulls", "warriors", "rangers", "celtic", "athletic", "olympic",
        "monitor", "monitors", "monitoring", "house",
    });
    return s;
}

// Organisations whose whole name is also a place's ("Red Cross", North Carolina).
const Set& org_names() {
    static const Set s = make({
        "red cross", "red crescent", "white helmets", "amnesty international",
        // climate phenomena named like villages in Mexico and Spain
        "el nino", "la nina",
    });
    return s;
}

const Set& agencies() {
    static const Set s = make({
        "sana", "afp", "ap", "nna", "irna", "isna", "tass", "ria", "wafa", "qna", "kuna", "spa",
        "mena", "ansa", "dpa", "efe", "upi", "fars", "anha", "ina", "bna", "wam", "petra", "sna",
        "mna", "ani", "pti", "apa", "bbc", "cnn", "rt", "ntv", "trt", "ipa", "sputnik", "xinhua",
    });
    return s;
}

const Set& modifiers() {
    static const Set s = make({
        "north", "south", "east", "west", "northern", "southern", "eastern", "western", "central",
        "northeastern", "northwestern", "southeastern", "southwestern", "upper", "lower", "greater",
        "rural", "downtown", "inner", "outer", "mid", "middle", "far", "near", "western", "old", "new",
        "capital", // "the Syrian Capital Damascus"
    });
    return s;
}

const std::unordered_map<std::string_view, char>& settlements() {
    static const std::unordered_map<std::string_view, char> m = {
        {"city", 'P'},     {"town", 'P'},     {"village", 'P'},   {"settlement", 'P'}, {"capital", 'P'},
        {"hamlet", 'P'},   {"suburb", 'P'},   {"port", 'P'},      {"locality", 'P'},   {"municipality", 'P'},
        {"province", 'A'}, {"governorate", 'A'}, {"region", 'A'}, {"district", 'A'},   {"area", 'A'},
        {"country", 'A'},  {"state", 'A'},
    };
    return m;
}

const Set& location_verbs() {
    static const Set s = make({
        "lies", "lie", "lay", "lying", "located", "situated", "sits", "sit", "stands", "is", "are", "was",
        "lays", "found", "positioned", "placed", "set", "some", "roughly",
    });
    return s;
}

// Words after a country's name that make it a modifier of a thing, not a place: currencies and
// markets ("the US dollar", "the Lebanese pound", "UK gilts").
const Set& currency_words() {
    static const Set s = make({
        "dollar", "dollars", "euro", "euros", "pound", "pounds", "sterling", "rupee", "rupees",
        "dinar", "dinars", "lira", "rial", "rials", "riyal", "riyals", "ruble", "rubles", "rouble",
        "roubles", "yuan", "renminbi", "yen", "peso", "pesos", "franc", "francs", "shilling",
        "shillings", "naira", "rand", "won", "hryvnia", "kyat", "taka", "cedi", "birr", "currency",
        "treasuries", "treasury", "bonds", "gilts", "stocks", "shares", "equities", "futures",
    });
    return s;
}

// The head words of a named site or institution that a place's name opens ("Colchester General
// Hospital", "Manila Cathedral", "Seoul Central District Court"): the whole name is shown at
// the town (docs/geoparse.md, "Recognition", named sites). No natural feature's word: "the
// Moscow River" is no place at the town.
const Set& facility_words() {
    static const Set s = make({
        "university", "college", "school", "academy", "hospital", "clinic", "cathedral", "church",
        "chapel", "basilica", "abbey", "mosque", "temple", "synagogue", "castle", "palace", "court",
        "courthouse", "centre", "center", "stadium", "arena", "airport", "museum", "gallery",
        "gardens", "library", "theatre", "theater", "hotel", "armory", "armoury", "complex",
        "embassy", "consulate", "park", "hall", "prison", "zoo", "cup",
    });
    return s;
}

const Set& border_words() {
    static const Set s = make({"border", "borders", "frontier", "frontiers", "borderline", "boundary"});
    return s;
}

const Set& party_words() {
    static const Set s = make({"party", "parties", "supporters", "supporter", "primaries", "loyalists",
                               "partisans", "candidate", "candidates", "aspirant", "aspirants", "dal"});
    return s;
}

// Words after or before "X-Y" that make it a route between two places ("the Kano-Zaria
// highway", "the axis Djibo-Mentao").
const Set& route_words() {
    static const Set s = make({
        "road", "roads", "highway", "motorway", "expressway", "route", "axis", "corridor", "front",
        "frontline", "border", "railway", "pipeline", "bridge", "line", "stretch", "track", "trunk",
    });
    return s;
}

// Words after a name that make it a part of a town ("Jardim do Trevo neighborhood"), and before
// it ("Colonia Los Olivos", "Barrio San Juan").
const Set& part_of_town_words() {
    static const Set s = make({
        "neighborhood", "neighbourhood", "neighborhoods", "neighbourhoods", "boulevard", "avenue",
        "street", "square", "roundabout", "intersection", "quarter", "comunidad", "colony",
        "estate", "slum", "ward", "bazaar", "mall", "stadium", "campus", "junction",
    });
    return s;
}

// A site on a town's roads after its name in lower case ("the Zahle roundabout", "the Naameh
// highway", "the Khaldeh triangle"): the site is at or by the town, as a note codes it (a
// street or an avenue is not one: streets are named after places elsewhere, "Baghdad street").
const Set& site_words() {
    static const Set s = make({
        "roundabout", "square", "junction", "intersection", "triangle", "bridge", "crossing",
        "crossroads", "checkpoint", "highway", "road", "motorway", "expressway", "bypass",
        "interchange", "flyover", "overpass", "tollgate", "toll",
    });
    return s;
}

// A part of a town after "X's Y" ("Beirut's Hamra district", "Nairobi's Kibera area").
const Set& town_part_words() {
    static const Set s = make({
        "district", "neighbourhood", "neighborhood", "area", "quarter", "suburb", "sector",
        "locality", "ward", "slum", "estate", "township", "camp",
    });
    return s;
}

const Set& place_offices() {
    static const Set s = make({
        "mayor", "governor", "gov", "premier", "senator", "sen", "sheriff", "councillor", "councilor",
        "councilman", "councilwoman", "congressman", "congresswoman", "assemblyman",
        "assemblywoman", "commissioner", "alderman", "supervisor", "deputies",
    });
    return s;
}

const Set& feature_words() {
    static const Set s = make({
        "forest", "river", "lake", "mountains", "mountain", "hills", "valley", "island", "islands",
        "park", "reserve", "dam", "desert", "delta", "bay", "creek", "falls", "canyon", "beach",
        "coast", "peninsula", "plateau", "gorge", "swamp", "wetlands", "national", "lagoon",
    });
    return s;
}

const Set& part_of_town_prefixes() {
    static const Set s = make({"colonia", "barrio", "bairro", "fraccionamiento", "vila", "rua",
                               "calle", "avenida", "jardim"});
    return s;
}

const Set& hedges() {
    static const Set s = make({
        "about", "some", "around", "nearly", "approximately", "approx", "roughly", "almost", "over",
        "under", "barely", "just", "only", "less", "more", "than", "circa", "ca", "estimated", "an",
        "a", "up", "to",
    });
    return s;
}

} // namespace

bool is_title(std::string_view w) noexcept { return titles().count(w) != 0; }
bool is_common_word(std::string_view w) noexcept { return common().count(w) != 0; }
bool is_given_name(std::string_view w) noexcept { return given_names().count(w) != 0; }
bool is_surname(std::string_view w) noexcept { return surnames().count(w) != 0; }
bool is_kin_word(std::string_view w) noexcept { return kin_words().count(w) != 0; }
bool is_name_connector(std::string_view w) noexcept { return connectors().count(w) != 0; }
bool is_locative(std::string_view w) noexcept { return locatives().count(w) != 0; }
bool is_org_word(std::string_view w) noexcept { return org_words().count(w) != 0; }
bool is_org_name(std::string_view key) noexcept { return org_names().count(key) != 0; }
bool is_place_modifier(std::string_view w) noexcept { return modifiers().count(w) != 0; }
bool is_location_verb(std::string_view w) noexcept { return location_verbs().count(w) != 0; }
bool is_agency_acronym(std::string_view w) noexcept { return agencies().count(w) != 0; }
bool is_hedge(std::string_view w) noexcept { return hedges().count(w) != 0; }
bool is_currency_word(std::string_view w) noexcept { return currency_words().count(w) != 0; }
bool is_border_word(std::string_view w) noexcept { return border_words().count(w) != 0; }
bool is_facility_word(std::string_view w) noexcept { return facility_words().count(w) != 0; }
bool is_party_word(std::string_view w) noexcept { return party_words().count(w) != 0; }
std::string_view compass_head(std::string_view w) noexcept {
    static const std::unordered_map<std::string_view, std::string_view> m = {
        {"north", "north"}, {"south", "south"}, {"east", "east"},   {"west", "west"},
        {"nord", "north"},  {"sud", "south"},   {"est", "east"},    {"ouest", "west"},
        {"norte", "north"}, {"sur", "south"},   {"sul", "south"},   {"este", "east"},
        {"leste", "east"},  {"oeste", "west"},  {"centre", "centre"}, {"center", "center"},
    };
    auto it = m.find(w);
    return it == m.end() ? std::string_view() : it->second;
}
bool is_part_of_town_word(std::string_view w) noexcept { return part_of_town_words().count(w) != 0; }
bool is_site_word(std::string_view w) noexcept { return site_words().count(w) != 0; }
bool is_town_part_word(std::string_view w) noexcept { return town_part_words().count(w) != 0; }
bool is_feature_word(std::string_view w) noexcept { return feature_words().count(w) != 0; }
bool is_natural_feature_word(std::string_view w) noexcept {
    return is_feature_word(w) && w != "park" && w != "reserve" && w != "dam" && w != "national";
}
bool is_place_office(std::string_view w) noexcept { return place_offices().count(w) != 0; }
// The last word of a longer name of a feature, street, site or part of a building ("the Nile
// Delta", "Fire Island", "Hampton Avenue", "the US Federal Reserve", "the West Wing").
bool is_name_head_word(std::string_view w) noexcept {
    static const Set extra = make({"wing", "metro", "turf", "bend", "drive", "lane", "parade"});
    return is_feature_word(w) || is_part_of_town_word(w) || is_facility_word(w) || extra.count(w) != 0;
}
// The people who speak or work for an institution, after its name ("White House aides",
// "a White House spokesman", "White House chief of staff").
bool is_role_noun(std::string_view w) noexcept {
    static const Set s = make({
        "aide", "aides", "adviser", "advisers", "advisor", "advisors", "official", "officials",
        "spokesman", "spokeswoman", "spokesperson", "spokespeople", "staff", "staffer", "staffers",
        "chief", "chiefs", "press", "correspondent", "correspondents", "counsel", "lawyer",
        "lawyers", "reporter", "reporters", "physician", "doctor", "source", "sources", "insiders",
        "insider", "communications", "secretary", "deputy", "officer", "officers",
    });
    return s.count(w) != 0;
}
bool is_route_word(std::string_view w) noexcept { return route_words().count(w) != 0; }
bool is_part_of_town_prefix(std::string_view w) noexcept {
    return part_of_town_prefixes().count(w) != 0;
}

// Local units the text names a village's level by, besides settlement nouns and parts of towns.
const Set& local_unit_words() {
    static const Set s = make({"community", "communities", "township", "subdistrict", "sub-district", "tehsil",
                               "taluka", "chiefdom", "cercle", "commune", "sector", "camp", "council"});
    return s;
}

bool is_level_word(std::string_view w) noexcept {
    return settlement_noun(w) != 0 || is_part_of_town_word(w) || local_unit_words().count(w) != 0;
}

char settlement_noun(std::string_view w) noexcept {
    const auto& m = settlements();
    auto it = m.find(w);
    return it == m.end() ? 0 : it->second;
}

double unit_km(std::string_view w, std::string_view& unit) noexcept {
    if (w == "km" || w == "kms" || w == "kilometres" || w == "kilometers" || w == "kilometre" ||
        w == "kilometer" || w == "klicks") {
        unit = "km";
        return 1.0;
    }
    if (w == "mi" || w == "mile" || w == "miles") {
        unit = "mi";
        return 1.609344;
    }
    if (w == "m" || w == "metres" || w == "meters" || w == "metre" || w == "meter") {
        unit = "m";
        return 0.001;
    }
    if (w == "nmi" || w == "nm") {
        unit = "nmi";
        return 1.852;
    }
    return 0;
}

} // namespace gt::geoparse::lex
