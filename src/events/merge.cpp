#include "events/extract.hpp"

#include "core/acled.hpp"

#include "geo/geodesy.hpp"

#include <algorithm>
#include <string>
#include <string_view>
#include <vector>

namespace gt::events {

namespace {

bool is_country(const PlaceMention& p) { return p.feature.rfind("A.PCL", 0) == 0 || p.id.rfind("country:", 0) == 0; }
bool is_adm1(const PlaceMention& p) { return p.feature == "A.ADM1"; }

/// 0 country, 1 first-level division, 2 other region, 3 town or finer.
int specificity(const PlaceMention& p) {
    if (!p.resolved) return -1;
    if (is_country(p)) return 0;
    if (is_adm1(p)) return 1;
    if (p.precision == GeoPrecision::region) return 2;
    return 3;
}

/// "15 km southwest of Aleppo" refines "Aleppo" (or "near Aleppo"): a place given at a stated
/// distance from the other's own place.
bool refines(const PlaceMention& x, const PlaceMention& y) {
    if (!x.relative || x.offset_km <= 0 || (y.relative && y.offset_km > 0)) return false;
    return x.anchor_id == (y.relative ? y.anchor_id : y.id);
}

bool places_compatible(const Found& x, const Found& y) {
    const auto &a = x.place.get(), &b = y.place.get();
    if (x.place_fallback || y.place_fallback || !a.resolved || !b.resolved) return true;
    if (a.id == b.id) return true;
    if (a.country != b.country) return false;
    if (is_country(a) || is_country(b)) return true;
    if ((is_adm1(a) || is_adm1(b)) && a.admin1_code == b.admin1_code) return true;
    return geo::distance_m({a.lat, a.lon}, {b.lat, b.lon}) < 5000.0;
}

bool dates_compatible(const Found& x, const Found& y) {
    if (x.date_from_dct || y.date_from_dct) {
        // The DCT stands in for a date not stated: any stated date up to a week before it.
        const Found& d = x.date_from_dct ? x : y;
        const Found& o = x.date_from_dct ? y : x;
        if (o.date_from_dct) return true;
        long dd = 0, od = 0;
        if (!parse_iso_day(d.when.date, dd) || !parse_iso_day(o.when.end, od)) return true;
        return od <= dd + 1 && od >= dd - 7;
    }
    return dates_overlap(x.when, y.when);
}

bool same_kind(const EventReport& a, const EventReport& b) {
    if (a.event_type != b.event_type) return false;
    if (a.sub_event_type == b.sub_event_type) return true;
    // The most specific sub-event wins for explosions (a "blast" that was a "suicide bomb").
    if (a.event_type == acled::explosions)
        return a.sub_event_type == acled::remote_explosive || b.sub_event_type == acled::remote_explosive;
    return acled::is_territory(a.sub_event_type) && acled::is_territory(b.sub_event_type);
}

void absorb(Found& into, Found&& f) {
    EventReport& e = into.event;
    EventReport& o = f.event;
    bool other_better = o.confidence > e.confidence;
    // Place: a stated one over a fallback, the more specific one.
    bool take_place = (into.place_fallback && !f.place_fallback) ||
                      (into.place_fallback == f.place_fallback &&
                       (specificity(f.place.get()) > specificity(into.place.get()) ||
                        refines(f.place.get(), into.place.get())));
    if (take_place) {
        into.place = std::move(f.place);
        into.place_fallback = f.place_fallback;
    }
    // Date: a stated one over the DCT, the finer one.
    if ((into.date_from_dct && !f.date_from_dct) ||
        (into.date_from_dct == f.date_from_dct && f.when.precision < into.when.precision)) {
        into.when = f.when;
        into.date_from_dct = f.date_from_dct;
        e.date_text = o.date_text;
    }
    // Deaths: the larger count; a stated number over a vague plural ("dozens"), the more
    // conservative report (ACLED)
    if (into.vague_deaths != f.vague_deaths && e.fatalities > 0 && o.fatalities > 0) {
        if (into.vague_deaths) {
            e.fatalities = o.fatalities;
            into.vague_deaths = false;
        }
    } else {
        if (o.fatalities > e.fatalities) into.vague_deaths = f.vague_deaths;
        e.fatalities = std::max(e.fatalities, o.fatalities);
    }
    if (e.actor1.name.empty() && !o.actor1.name.empty()) e.actor1 = o.actor1;
    if (e.actor2.name.empty() && !o.actor2.name.empty() && o.actor2.name != e.actor1.name) e.actor2 = o.actor2;
    if (e.event_type == acled::explosions && e.sub_event_type == acled::remote_explosive &&
        o.sub_event_type != e.sub_event_type)
        acled::set_type(e, e.event_type, o.sub_event_type, o.cameo);
    if (e.event_type == acled::battles && !e.actor1.name.empty() && o.sub_event_type != e.sub_event_type &&
        acled::is_territory(o.sub_event_type))
        acled::set_territory_taken(e);
    if (other_better) {
        e.evidence = o.evidence;
        e.trigger = o.trigger;
    }
    e.confidence = std::min(0.97, std::max(e.confidence, o.confidence) + 0.03);
}

/// "... targeted a convoy, killing scores of volunteers. ... Fifteen volunteers were killed in the
/// strike.": a report that states a number of dead for an incident of one type, and a vague
/// quantity ("scores", "dozens", "hundreds") for another record of that type at a compatible
/// place that it did not merge with (another day's report of it), gives the count as the stated
/// number: the vague one is an estimate, of those deaths or of a tally, and no count of its own
/// (ACLED codes the stated figure). A vague count elsewhere ("dozens were killed in Idlib") stays.
/// Only the `window` records on either side are compared, so a book-length document stays linear
/// (issue #15); an article's records are all within it.
void vague_after_stated(Founds& kept, std::size_t window) {
    const std::size_t n = kept.size();
    for (std::size_t i = 0; i < n; ++i) {
        EventReport& e = kept[i].event;
        if (!kept[i].vague_deaths || e.fatalities <= 0) continue;
        for (std::size_t j = i > window ? i - window : 0; j < std::min(n, i + window + 1); ++j) {
            const EventReport& o = kept[j].event;
            if (j == i || kept[j].vague_deaths || o.fatalities <= 0 || o.event_type != e.event_type ||
                !places_compatible(kept[i], kept[j]))
                continue;
            e.fatalities = -1;
            kept[i].vague_deaths = false;
            break;
        }
    }
}

/// A demonstration and its violent turn told apart ("students protested in Matiakoali ... and
/// forced their way into the town hall"; "residents staged a demonstration ... and burned the
/// house of the gendarme"): one event, a Violent demonstration, as ACLED codes a demonstration
/// at its most violent. The protest is peaceful or met with intervention; excessive force
/// and mob violence stay events of their own.
bool protest_turned_violent(const EventReport& protest, const EventReport& riot) {
    constexpr std::string_view violent = "Violent demonstration";
    return protest.event_type == acled::protests && protest.sub_event_type != acled::excessive_force &&
           riot.event_type == acled::riots && riot.sub_event_type == violent;
}

} // namespace

std::vector<Event> merge_events(Founds found, const std::string& doc_id, std::string_view text) {
    // The incidents kept are moved to the front of `found`, in order (keep_in_place).
    Founds& kept = found;
    // An incident of one type is looked for among the last `window` incidents of that type the
    // document told (the earliest that fits): an article tells a handful, so all of them; a
    // book-length document or a corpus run into one text stays linear in its length
    // (issue #15: the merge compared every event with every incident kept before).
    constexpr std::size_t window = 128;
    std::vector<std::pair<std::string, std::vector<std::size_t>>> by_type; // indices into kept
    // The index of a type's group, made when first asked (an index, not a reference: making a
    // group may move the others).
    auto group = [&](std::string_view type) {
        auto t = std::find_if(by_type.begin(), by_type.end(), [&](const auto& g) { return g.first == type; });
        if (t == by_type.end()) t = by_type.emplace(by_type.end(), std::string(type), std::vector<std::size_t>{});
        return static_cast<std::size_t>(t - by_type.begin());
    };
    keep_in_place(found, [&](Found& f, std::size_t slot) {
        // a demonstration's violent turn, either told first: one Violent demonstration
        const bool riot = f.event.event_type == acled::riots, protest = f.event.event_type == acled::protests;
        if (riot || protest) {
            const std::size_t pi = group(acled::protests), ri = group(acled::riots); // (both made, then held)
            auto& riots = by_type[ri].second;
            auto& other = riot ? by_type[pi].second : riots;
            for (std::size_t j = other.size() > window ? other.size() - window : 0; j < other.size(); ++j) {
                Found& k = kept[other[j]];
                const bool turned = riot ? protest_turned_violent(k.event, f.event) : protest_turned_violent(f.event, k.event);
                // (a fallback place too must lie in the other's country: one crowd, one place)
                const auto &kp = k.place.get(), &fp = f.place.get();
                const bool countries = !kp.resolved || !fp.resolved || kp.country == fp.country;
                if (!turned || !countries || !places_compatible(k, f) || !dates_compatible(k, f)) continue;
                if (riot) { // the protest told first takes the riot's type and crowd
                    acled::set_type(k.event, f.event.event_type, f.event.sub_event_type, f.event.cameo);
                    if (!f.event.actor1.name.empty()) k.event.actor1 = f.event.actor1;
                    riots.push_back(other[j]);
                    other.erase(other.begin() + static_cast<std::ptrdiff_t>(j));
                }
                absorb(k, std::move(f));
                return false;
            }
        }
        auto& of_type = by_type[group(f.event.event_type.view())].second;
        for (std::size_t j = of_type.size() > window ? of_type.size() - window : 0; j < of_type.size(); ++j) {
            Found& k = kept[of_type[j]];
            if (same_kind(k.event, f.event) && places_compatible(k, f) && dates_compatible(k, f)) {
                absorb(k, std::move(f));
                return false;
            }
        }
        of_type.push_back(slot);
        return true;
    });
    vague_after_stated(kept, window);
    std::vector<Event> out;
    out.reserve(kept.size());
    std::size_t n = 0;
    // Each record is freed as its event is moved out: the candidates and the events are not
    // held whole at once (a big document's candidates are its largest block of memory).
    for (; !kept.empty(); kept.pop_front()) {
        Found& k = kept.front();
        Event e;
        static_cast<EventReport&>(e) = std::move(k.event);
        if (e.evidence.begin_byte <= e.evidence.end_byte && e.evidence.end_byte <= text.size())
            e.evidence.text = text.substr(e.evidence.begin_byte, e.evidence.end_byte - e.evidence.begin_byte);
        e.location = k.place.get();
        e.doc_id = doc_id;
        e.date = k.when.date.str();
        e.date_start = k.when.start.str();
        e.date_end = k.when.end.str();
        e.time_precision = k.when.precision;
        if (k.date_from_dct) e.date_text.clear();
        e.event_id = doc_id + "-" + std::to_string(++n);
        e.doc_ids = {doc_id};
        std::string where = e.location.resolved ? e.location.name.str() : std::string("unknown place");
        e.notes = e.sub_event_type + " (" + e.trigger + ") at " + where + (e.date.empty() ? "" : " on " + e.date);
        if (e.fatalities >= 0) e.notes += ", " + std::to_string(e.fatalities) + " killed";
        out.push_back(std::move(e));
    }
    return out;
}

} // namespace gt::events
