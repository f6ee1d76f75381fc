// The checks of an arrest (docs/events.md, "Open news"): ACLED codes arrests of political
// weight, not those of ordinary or business crime; the arrested, the offence told and the
// article's share of police work decide.
#include "events/triggers_detail.hpp"

#include <string>
#include <vector>

namespace gt::events::detail::trig {

namespace {

// Those an arrest of political weight is made of (ACLED: politically significant arrests).
const StemSet& political_targets() {
    static const StemSet s = {"protester", "demonstrator", "activist", "opposition", "militant", "rebel",
                              "terrorist", "insurgent", "journalist", "party", "student", "guerrilla",
                              "soldier", "dissident", "separatist", "bomber", "gunman", "gunmen",
                              "fighter", "politician", "minister", "mayor", "governor", "candidate",
                              "coup", "spy", "espionage", "supporter", "militia", "judge"};
    return s;
}

// Words of office that companies and banks have too ("banking officials", "the former head of
// foreign exchange", "evaded justice"): political only when no crime is told.
const StemSet& office_targets() {
    static const StemSet s = {"leader", "member", "justice", "official", "head"};
    return s;
}

// Offences: what an ordinary or business crime is charged with ("charged with cruelty and
// negligent homicide", "after police say child pornography was found", "is being held on a
// $200,000 bond").
const StemSet& offence_words() {
    static const StemSet s = {"fraud", "embezzlement", "embezzle", "bribery", "bribe", "smuggling", "drug",
                              "cocaine", "heroin", "theft", "stolen", "robbery", "counterfeit", "laundering",
                              "swindle", "steal", "stealing", "defaulter", "insider", "murder", "homicide",
                              "manslaughter", "assault", "battery", "burglary", "burglaries", "endangerment",
                              "cruelty", "pornography", "mischief", "shoplifting", "vandalism", "trespassing",
                              "carjacking", "bond", "bail", "felony", "misdemeanor", "misdemeanour"};
    return s;
}

// Business and its people, whose arrest tells a crime beside the offences ("four industrialists",
// "the company's chairman", "insider trading").
const StemSet& business_people() {
    static const StemSet s = {"trader", "trading", "tax", "robber", "stock", "bank", "company", "shares",
                              "dealing", "executive", "chairman", "manager", "director", "industrialist",
                              "businessman"};
    return s;
}

// A party of politics, not a party of guests ("a party drug laboratory", "a birthday party"):
// written as a name ("the Labour Party"), after a word of politics ("the opposition party",
// "the ruling parties") or before its people ("party members", "party leader").
bool political_party(const std::vector<Word>& w, std::size_t i) {
    static const text::WordSet before = {"opposition", "ruling", "political", "governing", "banned",
                                         "communist", "islamist", "separatist", "nationalist", "socialist",
                                         "democratic", "main", "his", "her", "their", "its", "rival"};
    static const text::WordSet after = {"members", "member", "leader", "leaders", "leadership", "officials",
                                        "official", "supporters", "activists", "workers", "cadres", "chief",
                                        "chairman", "secretary", "spokesman", "spokeswoman", "office",
                                        "offices", "headquarters", "candidate", "candidates", "congress"};
    if (w[i].capitalised && i > 0 && !w[i].opens && !w[i - 1].punct) return true;
    if (i > 0 && !w[i].opens && in(before, w[i - 1])) return true;
    return i + 1 < w.size() && !w[i + 1].opens && in(after, w[i + 1]);
}

// A political target named in the sentence, not a sportsman ("Mixed martial arts fighter Conor
// McGregor has been arrested": a fighter of a sport is none) nor a party of guests.
bool political_named(const std::vector<Word>& w, const Span& s) {
    for (std::size_t i = s.first; i < s.last; ++i) {
        if (w[i].punct || (i >= s.cb && i < s.ce) || !political_targets().has(w[i])) continue;
        if (sport_fighter(w, i)) continue;
        if ((w[i].norm == "party" || w[i].norm == "parties") && !political_party(w, i)) continue;
        return true;
    }
    return false;
}

// How the detained are held, not an arrest made ("people are detained in overcrowded cells,
// with poor access to hygiene"): "are" or "is" before the cue and "in" a place of detention
// (cells, camps, centres, prisons, facilities, conditions) after it, with no date told.
bool detention_condition(const Found& f, const std::vector<Word>& w, const Span& s) {
    static const text::WordSet present = {"are", "is", "remain", "remains"};
    static const text::WordSet places = {"cell", "cells", "camp", "camps", "centre", "centres", "center",
                                         "centers", "prison", "prisons", "jail", "jails", "facility",
                                         "facilities", "conditions", "containers", "warehouses", "sites"};
    if (!f.event.date_text.empty() || s.cb == s.first || !in(present, w[s.cb - 1])) return false;
    if (s.ce >= s.last || w[s.ce].norm != "in") return false;
    for (std::size_t i = s.ce + 1; i < s.last && i <= s.ce + 4; ++i)
        if (in(places, w[i])) return true;
    return false;
}

// A word of office naming the arrested: political with no crime told, or written as a title
// ("the Deputy Chief Justice ... was arrested on corruption charges").
bool office_held(const std::vector<Word>& w, const Span& s, bool crime) {
    for (std::size_t i = s.first; i < s.last; ++i)
        if (!w[i].punct && (i < s.cb || i >= s.ce) && office_targets().has(w[i]) && (!crime || w[i].capitalised))
            return true;
    return false;
}

// "the number of people it was detaining without trial has dropped to 1,500": the trigger
// inside "the number of", in its clause, is a statistic, not an arrest ("a number of protesters
// were arrested", "arrested 40 more, bringing the number of detainees to 300" are arrests).
bool statistic(const std::vector<Word>& w, const Span& s) {
    const std::size_t from = clause_start(w, s);
    for (std::size_t i = s.cb; i > from + 2 && s.cb - i < 8; --i)
        if (w[i - 2].norm == "number" && w[i - 3].norm == "the" && w[i - 1].norm == "of") return true;
    return false;
}

// Crime news: an offence told in an article of police work alone (four conflict words besides
// police and arrests are needed for a conflict, or armed forces making the arrest: "regime
// security forces arrested 4 managers of Syriatel", "traffickers exchanged fire with military
// police"); "25 union members and executives were detained" tells no offence.
const StemSet& armed_arresters() {
    static const StemSet s = {"forces", "troops", "army", "military", "soldiers", "regime", "militia"};
    return s;
}

bool police_work(const std::vector<Word>& w, const Span& s, const DocContext& ctx) {
    return ctx.conflict - ctx.policing < 4 && !any(w, s, armed_arresters()) && any(w, s, offence_words());
}

// The arrest's own sentence told in the words of business, two of them or more written in lower
// case ("A former chief of foreign exchange at Volkswagen has been arrested in connection with a
// scandal which may have cost the carmaker millions of dollars"): a business crime, even in a
// digest of wire stories whose others tell of war.
bool business_sentence(const std::vector<Word>& w, const Span& s) {
    int n = 0;
    for (std::size_t i = s.first; i < s.last && n < 2; ++i)
        if (!w[i].punct && !w[i].capitalised && (i < s.cb || i >= s.ce) && business_words().has(w[i])) ++n;
    return n >= 2;
}

// A person told by age, as crime news tells the arrested ("Indian police have arrested a
// 46-year-old man for allegedly keeping his mother's body in a freezer"): "N-year-old" outside
// the cue.
bool aged_person(const std::vector<Word>& w, const Span& s) {
    for (std::size_t i = s.first + 2; i < s.last; ++i)
        if (w[i].norm == "old" && w[i - 1].norm == "year" && w[i - 2].number && same_token(w[i - 2], w[i]) &&
            (i < s.cb || i >= s.ce))
            return true;
    return false;
}

} // namespace

// The arrested: a political or armed target (the police who arrest are no sign).
std::string arrest_reason(const Found& f, const std::vector<Word>& w, const Span& s, const DocContext& ctx,
                          std::string& kept) {
    const EventReport& ev = f.event;
    if (statistic(w, s)) return "a count of the detained (the number of people held), not an arrest";
    if (detention_condition(f, w, s)) return "how the detained are held (in cells, camps, prisons), not an arrest";
    const bool business = business_sentence(w, s);
    const bool crime = business || any(w, s, offence_words()) || any(w, s, business_people());
    const bool political = political_named(w, s) || office_held(w, s, crime) ||
                           (ev.actor2.inter >= 2 && ev.actor2.inter <= 4 && !ev.actor2.name.empty());
    // (police work is weighed only for a crime told of no political target; armed forces that
    // arrest business people for no offence told make a political arrest: "regime security
    // forces arrested four managers and technicians of Syriatel Telecom")
    const bool forces_hold_business = any(w, s, armed_arresters()) && !any(w, s, offence_words());
    if (!political && crime && !forces_hold_business &&
        !(ctx.conflict_report && ctx.conflict >= 4 && !police_work(w, s, ctx) && !business))
        return "an arrest for ordinary or business crime";
    if (political) return kept = "a political or armed target", "";
    if (aged_person(w, s) && !any(w, s, armed_arresters()))
        return "a person told by age arrested by police (crime news), no political target";
    if (ctx.crime_news && crime_record(ev))
        return "an arrest in a crime story (charged, court, detectives; no word of armed conflict), no political target";
    // an article of business and police work alone: the managers arrested later in a fraud
    // story ("president Francesco Sapio and five managers were arrested last night") are the
    // same crime's, though their sentence names no offence (not armed forces arresting: "Security
    // forces arrested four managers of the telecom company")
    if (ctx.conflict - ctx.policing < 4 && ctx.business >= 2 && !any(w, s, armed_arresters()))
        return "an arrest in an article of business and police work, no political target";
    // a report whose conflict words are police work alone, with no word of armed conflict, a
    // crowd or a political case, is a police story ("the dog took the man to the ground and he
    // was arrested", "Nuiry, 53, was arrested Thursday at Kendale Lakes Elementary School"), unless
    // forces make the arrest ("regime security forces arrested 4 managers of Syriatel")
    if (ctx.conflict_report && ctx.armed == 0 && ctx.conflict - ctx.policing < 4 && !any(w, s, armed_arresters()))
        return "an arrest in a story of police work alone (no word of armed conflict, a crowd or a political case), no political target";
    if (ctx.conflict_report) return kept = "an arrest in a conflict report", "";
    return "no political or armed target in a document that is no conflict report";
}

} // namespace gt::events::detail::trig
