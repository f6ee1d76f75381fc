// Recognition, the candidate scan (docs/geoparse.md, "Recognition"): the longest gazetteer name
// over the n-grams from a token, by the exact key, the loose key, the ezafe and respelt forms.

#include "geoparse/recognition.hpp"

#include <cstring>

namespace gt::geoparse::detail {

// The keys of the n-grams from token i, back to back in `key` (key_lens: the length after each
// word; last_words: each n-gram's last token): capitalised words and name connectors of the same
// sentence, at most max_ngram words. Returns the number of words.
std::size_t Recognition::ngram_keys(std::size_t i, std::size_t* last_words) {
    const Tok& first = t[i];
    std::size_t klen = 0, words = 0;
    for (std::size_t j = i; j < n && words < max_ngram; ++j) {
        const Tok& k = t[j];
        if (k.sentence != first.sentence) break;
        if (!k.word) {
            // a dot glued to an abbreviation inside a name ("St. Louis")
            if (a.text.substr(k.begin, k.end - k.begin) == "." && !k.space_before && j + 1 < n &&
                t[j + 1].word && t[j + 1].cap)
                continue;
            // a comma before a dotted abbreviation ("Washington, D.C.")
            if (a.text.substr(k.begin, k.end - k.begin) == "," && !k.space_before && j > i &&
                j + 1 < n && t[j + 1].word && t[j + 1].caps &&
                a.surface(t[j + 1].begin, t[j + 1].end).find('.') != std::string_view::npos)
                continue;
            break;
        }
        if (j > i) {
            std::string_view nm = a.norm(j);
            bool capital = k.cap || k.caps || has_upper_ascii(a.surface(k.begin, k.end));
            if (!capital && !lex::is_name_connector(nm)) break;
            if (t[j - 1].possessive) break;
            if (klen + 1 + k.norm_len > text::max_name_bytes) break;
            key[klen++] = ' ';
        }
        std::memcpy(key + klen, a.norms.data() + k.norm_off, k.norm_len);
        klen += k.norm_len;
        last_words[words] = j;
        key_lens[words] = klen;
        ++words;
    }
    return words;
}

// The longest n-gram with an exact key (sets c.len, c.last, c.info).
void Recognition::longest_exact(Candidate& c, const std::size_t* last_words, std::size_t words) {
    const Tok& first = t[c.i];
    for (std::size_t w = words; w-- > 0;) {
        std::size_t last = last_words[w];
        const Tok& lt = t[last];
        // a name does not end on a lower-case connector ("Deir ez")
        if (w > 0 && !(lt.cap || lt.caps || has_upper_ascii(a.surface(lt.begin, lt.end)))) continue;
        // a dotted abbreviation: inner dots ("U.S.", "D.C.") or four letters and more
        // ("Calif.")
        std::string_view sf = a.surface(first.begin, lt.end);
        std::size_t dot = sf.find('.');
        bool dotted = dot != std::string_view::npos && (dot + 1 < sf.size() || key_lens[w] >= 4);
        bool abbrev_ok = dotted || key_lens[w] >= 4 || (first.caps && (w == 0 || lt.caps)) ||
                         (w == 0 && state_abbreviation_form(c.i));
        KeyInfo info = memo.exact(idx, {key, key_lens[w]}, abbrev_ok);
        if (info.any) {
            c.len = w + 1;
            c.last = last;
            c.info = info;
            return;
        }
    }
}

// Whether token `tok`, word `k` of a loose n-gram, reads as a date's word: a month or weekday
// ("On June" is not 'Ayn Janna), but after the first word a short form only before a number
// ("Kabul Jan 5"): "Zinda Jan", "Nad Ali", "Deh Sat" are names.
bool Recognition::date_word(std::size_t tok, std::size_t k) const {
    std::string_view kn = a.norm(tok);
    if (!is_month_or_day(kn)) return false;
    if (k == 0 || kn.size() > 4) return true;
    return tok + 1 < n && t[tok + 1].number;
}

// Whether tokens [i, last] stand where the text states a level of its own hierarchy: followed
// by a division word ("Budgam district, J&K", "in Aravalli district (Gujarat)"), or right after
// an opening parenthesis or a comma that follows a settlement or division word and closed by
// punctuation ("Sehwan town (Jamshor, Sindh)"), or the first level of "in X, Y" ("in Mogoke,
// Mandalay", "near Caltzontzon, Michoacan"). There a spelling variant is looked for in any
// country; ranking keeps it only inside the container the text states (docs/geoparse.md).
bool Recognition::level_slot(std::size_t i, std::size_t last) const {
    const std::size_t e = last + 1;
    if (e < n && t[e].word && t[e].sentence == t[i].sentence &&
        division_word(a.norm(e)) != gazetteer::DivisionLevel::none && a.norm(e) != "countryside")
        return true;
    // the first level of "in X, Y": a locative before the name, a comma and a capitalised
    // name after it ("in Mogoke, Mandalay, Myanmar", "in Digobi, Assam, India")
    if (i >= 1 && t[i - 1].word && !t[i - 1].cap && t[i - 1].sentence == t[i].sentence &&
        lex::is_locative(a.norm(i - 1)) && e + 1 < n && !t[e].word &&
        a.surface(t[e].begin, t[e].end) == "," && t[e + 1].word && t[e + 1].cap &&
        t[e + 1].sentence == t[i].sentence)
        return true;
    if (i < 2 || t[i - 1].word || !t[i - 2].word || t[i - 2].sentence != t[i].sentence) return false;
    std::string_view sep = a.surface(t[i - 1].begin, t[i - 1].end);
    std::string_view pv = a.norm(i - 2);
    bool settlement = lex::settlement_noun(pv) || division_word(pv) != gazetteer::DivisionLevel::none;
    bool closed = e >= n || !t[e].word;
    if ((sep == "(" || sep == ",") && settlement && closed) return true;
    // a middle level of a chain of commas, "X, Y, Z" ("near the statue, Pyapone, Ayeyarwady,
    // Myanmar"): a level of the text's hierarchy, whose container ranking then asks for
    return sep == "," && e + 1 < n && !t[e].word && a.surface(t[e].begin, t[e].end) == "," && t[e + 1].word &&
           t[e + 1].cap && t[e + 1].sentence == t[i].sentence;
}

// The transliteration key, for a longer name (up to three words besides its articles) than any
// exact one ("Deir Ezzor" beats a place named "Deir"; "Al Jabal Al Akhdhar" is Libya's Al
// Jabal al Akhdar, not a town named Al Jubayl).
void Recognition::longest_loose(Candidate& c, const std::size_t* last_words, std::size_t words) {
    const std::size_t i = c.i;
    for (std::size_t w = words; w-- > c.len;) {
        std::size_t last = last_words[w];
        const Tok& lt = t[last];
        if (w > 0 && !(lt.cap || lt.caps || has_upper_ascii(a.surface(lt.begin, lt.end))))
            continue;
        if (key_lens[w] < 4) continue; // (the last test of the n-gram only: the cheapest first)
        std::size_t articles = 0;
        for (std::size_t k = 0; k <= w; ++k)
            articles += gazetteer::is_article(a.norm(last_words[k])) ? 1 : 0;
        if (w + 1 - articles > 3) continue;
        // (a name opening with a lower-case article, "al-Hassakeh", is no common word);
        // no word of a longer one is a common word or a month ("On June")
        if (w == 0 && !c.article &&
            (lex::is_common_word(a.norm(i)) || a.lower_words.count(a.norm(i))))
            break;
        bool plain_words = true;
        for (std::size_t k = 0; k <= w && w > 0 && plain_words; ++k) {
            std::string_view kn = a.norm(last_words[k]);
            if ((lex::is_common_word(kn) && !(k == 0 && c.article)) || date_word(last_words[k], k))
                plain_words = false;
        }
        if (!plain_words) continue;
        if (memo.loose(idx, {key, key_lens[w]}, level_slot(i, last))) {
            c.len = w + 1;
            c.last = last;
            c.loose = true;
            c.info = KeyInfo{};
            c.info.any = c.info.own = true;
            c.info.demonym_only = c.info.abbrev_only = false;
            return;
        }
    }
}

namespace {

// The ezafe of a Persian name as GeoNames writes it ("-e", "-ye") in the n-gram key `k` of
// `len` bytes whose first word has `head` bytes, written into `out` (its length returned, 0
// when the form does not apply): form 0, an "i" glued to the first word ("Nahri Saraj":
// "nahr e saraj"); form 1, none written after a first word of at most five letters ("Ab
// Kamari": "ab e kamari"); form 2, written "-i-"
// ("Dahana-i-Ghuri": "dahana ye ghuri").
std::size_t ezafe_form(int form, const char* k, std::size_t len, std::size_t head, char* out) {
    std::string_view key(k, len);
    if (len + 3 > text::max_name_bytes) return 0;
    if (form == 0 || form == 1) {
        if (head >= len || head < 2 || key[head] != ' ') return 0;
        if (form == 0 && (head < 4 || key[head - 1] != 'i')) return 0;
        // (the first word of a compound without its ezafe is a short noun: ab, sar, deh, pul,
        // qala, bagh, kuh, chah, band ...)
        if (form == 1 && head > 5) return 0;
        std::size_t keep = form == 0 ? head - 1 : head;
        std::memcpy(out, k, keep);
        std::memcpy(out + keep, " e", 2);
        std::memcpy(out + keep + 2, k + head, len - head);
        return len + keep + 2 - head;
    }
    std::size_t at = key.find(" i ");
    if (at == std::string_view::npos) return 0;
    std::memcpy(out, k, at);
    std::memcpy(out + at, " ye ", 4);
    std::memcpy(out + at + 4, k + at + 3, len - at - 3);
    return len + 1;
}

} // namespace

// "Nahri Saraj district", "Dashti Archi", "Ab Kamari", "Dahana-i-Ghuri": English writes the
// Persian ezafe as an "i" glued to the first word, as "-i-" or not at all; GeoNames as "-e" or
// "-ye" ("Nahr-e Saraj", "Dasht-e Archi", "Ab-e Kamari", "Dahanah-ye Ghori"). When no key of
// two or three words matched (or only the first word did), the name is looked up in those
// forms, exactly or under the loose key ("Koshki Kohna": Kushk-e Kuhnah); "Nahri" is no Nohar,
// "Dashti" no Dashti in Iran. The key then holds the form the index knows.
void Recognition::longest_ezafe(Candidate& c, const std::size_t* last_words, std::size_t words) {
    const std::size_t head = t[c.i].norm_len;
    // (no compound opens with an article or a word of the language: "The Islamic State")
    const std::string_view first = a.norm(c.i);
    if (gazetteer::is_article(first) || lex::is_common_word(first)) return;
    for (std::size_t w = std::min<std::size_t>(words, 3); w-- > 0;) {
        const Tok& lt = t[last_words[w]];
        if (!(lt.cap || lt.caps)) continue;
        for (int form = 0; form < 3; ++form) {
            char variant[text::max_name_bytes + 8];
            std::size_t len = ezafe_form(form, key, key_lens[w], head, variant);
            if (len == 0 || (form < 2 && w == 0)) continue;
            KeyInfo info = memo.exact(idx, {variant, len}, false);
            bool loose = !info.own && memo.loose(idx, {variant, len});
            if (!info.own && !loose) continue;
            std::memcpy(key, variant, len);
            key_lens[w] = len;
            c.len = w + 1;
            c.last = last_words[w];
            c.loose = loose;
            c.ezafe = true;
            if (loose) {
                c.info = KeyInfo{};
                c.info.any = c.info.own = true;
                c.info.demonym_only = c.info.abbrev_only = false;
            } else {
                c.info = info;
            }
            return;
        }
    }
}

// "Al-Rai", "al-Tanf": English writes the Arabic article "al" before a sun letter as it is
// spelt, GeoNames as it is said ("Ar Ra'i", "At Tanf"). When nothing matched from token i and
// the name opens with "al" and a word of a sun letter, the assimilated article is looked up
// exactly, the place's own name only: a short name's transliteration key ("r" for "Rai") is too
// short for the loose lookup, which finds the longer ones ("Al-Sukhnah": As Sukhnah).
void Recognition::longest_assimilated(Candidate& c, const std::size_t* last_words, std::size_t words) {
    // (every n-gram from token i opens with the same word: "al" first, the cheapest test)
    if (words == 0 || key_lens[0] < 2 || key[0] != 'a' || key[1] != 'l') return;
    // (not inside a longer name: "Tahrir al-Sham", "Ahrar al-Sham" are groups, not Ash Sha'm)
    const std::size_t i = c.i;
    if (i > 0 && t[i - 1].word && t[i - 1].sentence == t[i].sentence &&
        (t[i - 1].cap || t[i - 1].caps || has_upper_ascii(a.surface(t[i - 1].begin, t[i - 1].end))))
        return;
    for (std::size_t w = std::min<std::size_t>(words, 3); w-- > 0;) {
        const Tok& lt = t[last_words[w]];
        if (!(lt.cap || lt.caps || has_upper_ascii(a.surface(lt.begin, lt.end)))) continue;
        std::string_view k(key, key_lens[w]);
        if (k.size() < 5 || k.substr(0, 3) != "al ") continue;
        std::size_t cons = k[3] == 's' && k[4] == 'h' ? 2 : (k[3] == 't' || k[3] == 'd') && k[4] == 'h' ? 2 : 1;
        const char s0 = k[3];
        if (s0 != 't' && s0 != 'd' && s0 != 'r' && s0 != 'z' && s0 != 's' && s0 != 'n') continue;
        char variant[text::max_name_bytes + 8];
        if (k.size() + cons > text::max_name_bytes) continue;
        std::size_t len = 0;
        variant[len++] = 'a';
        std::memcpy(variant + len, k.data() + 3, cons);
        len += cons;
        std::memcpy(variant + len, k.data() + 2, k.size() - 2);
        len += k.size() - 2;
        KeyInfo info = memo.exact(idx, {variant, len}, false);
        if (!info.own) continue;
        std::memcpy(key, variant, len);
        key_lens[w] = len;
        c.len = w + 1;
        c.last = last_words[w];
        c.info = info;
        c.ezafe = true; // (looked up as the index knows it)
        return;
    }
}

// Longest n-gram with an exact key, then with a loose one, from token i.
Recognition::Candidate Recognition::longest(std::size_t i, bool article) {
    Candidate c;
    c.i = i;
    c.article = article;
    std::size_t last_words[max_ngram];
    std::size_t words = ngram_keys(i, last_words);
    longest_exact(c, last_words, words);
    if (c.len < 3) longest_loose(c, last_words, words);
    if (c.len <= 1) longest_ezafe(c, last_words, words);
    if (c.len == 0 || (c.len == 1 && words > 1 && gazetteer::is_article(a.norm(i))))
        longest_assimilated(c, last_words, words);
    if (c.len <= 1) longest_respelt(c);
    return c;
}

// A level of the text's hierarchy: a name before a comma or an opening bracket and another
// capitalised name ("Elwak, Mandera"), before a settlement or division word ("Elwak town"),
// after an opening bracket, or in a level slot (level_slot); also a settlement's name stated
// as such ("the border town of Elwak"), one before "in" and a capitalised name ("Elwak in
// Mandera county") and the last of "X, Y." ("in Mbarambate, Garbatulla.").
bool Recognition::hierarchy_level(std::size_t i, std::size_t last) const {
    if (level_slot(i, last)) return true;
    const std::size_t e = last + 1;
    if (i > 0 && !t[i - 1].word && a.surface(t[i - 1].begin, t[i - 1].end) == "(") return true;
    if (stated_settlement(i, last)) return true;
    if (e >= n || t[e].sentence != t[i].sentence) return false;
    if (t[e].word && a.norm(e) == "in" && e + 1 < n && t[e + 1].word && t[e + 1].cap &&
        t[e + 1].sentence == t[i].sentence)
        return true;
    if (t[e].word) return lex::settlement_noun(a.norm(e)) != 0;
    std::string_view sep = a.surface(t[e].begin, t[e].end);
    return (sep == "," || sep == "(") && e + 1 < n && t[e + 1].word && t[e + 1].cap &&
           t[e + 1].sentence == t[i].sentence;
}

// "the town of Elwak", "the village of Garbatulla": a settlement word and "of" before the
// name; "Mbarambate, Garbatulla.": the last name of a comma-joined pair closing its sentence.
bool Recognition::stated_settlement(std::size_t i, std::size_t last) const {
    if (i >= 2 && t[i - 1].word && a.norm(i - 1) == "of" && t[i - 2].word &&
        t[i - 2].sentence == t[i].sentence && lex::settlement_noun(a.norm(i - 2)) != 0)
        return true;
    const std::size_t e = last + 1;
    bool closes = e >= n || t[e].sentence != t[i].sentence ||
                  (!t[e].word && a.surface(t[e].begin, t[e].end) == ".");
    return closes && i >= 2 && !t[i - 1].word && a.surface(t[i - 1].begin, t[i - 1].end) == "," &&
           t[i - 2].word && t[i - 2].cap && !t[i - 2].sentence_start;
}

// Takes `variant` as the name of tokens [c.i, last] when the gazetteer knows it as some
// place's own name.
bool Recognition::respelt_key(Candidate& c, std::size_t last, std::string_view variant) {
    KeyInfo info = memo.exact(idx, variant, false);
    if (!info.own || info.demonym_only) return false;
    std::memcpy(key, variant.data(), variant.size());
    c.len = last - c.i + 1;
    key_lens[c.len - 1] = variant.size();
    c.last = last;
    c.loose = false;
    c.respelt = true;
    c.info = info;
    return true;
}

namespace {

// "al margeb" -> "al marqeb": each "g" after the article written "q" (not in "gh", "ng"), as
// Libyan, Gulf and Sudanese Arabic speak and English often writes the qaf ("Garabulli",
// Qarabulli; "Almargeb", Al Marqab). False when the key has none.
bool g_as_q(char* k, std::size_t len, std::size_t from) {
    bool changed = false;
    for (std::size_t j = from; j < len; ++j)
        if (k[j] == 'g' && (j + 1 >= len || k[j + 1] != 'h') && (j == 0 || k[j - 1] != 'n')) {
            k[j] = 'q';
            changed = true;
        }
    return changed;
}

bool vowel(char ch) { return ch == 'a' || ch == 'e' || ch == 'i' || ch == 'o' || ch == 'u'; }

} // namespace

// "Aljfara" (Al Jifarah), "Almargeb" (Al Marqab), "Elobeid" (El Obeid): an Arabic article glued
// to the name, read apart under the loose key, also with a "g" for the qaf (g_as_q), when no key
// matched the word or only the loose key did, less closely. The span is respelt: it stays only
// where the document supports it (respelt_supported).
bool Recognition::respelt_article(Candidate& c, std::string_view w) {
    // (the sun-letter forms glued, "Arraqqa", "Ezzor", are the loose key's own; a vowel after
    // the article is no glued article: "Alabama", "Elena")
    const std::string_view head = w.substr(0, 2);
    if ((head != "al" && head != "el") || w.size() < 6 || vowel(w[2])) return false;
    char variant[text::max_name_bytes + 8];
    const std::size_t len = w.size() + 1;
    std::memcpy(variant, w.data(), 2);
    variant[2] = ' ';
    std::memcpy(variant + 3, w.data() + 2, w.size() - 2);
    // (the form spelt closer to an own name, the qaf's when both are as close: "al marqeb" for
    // Al Marqab, not "al margeb" for Murghab)
    char qform[text::max_name_bytes + 8];
    std::memcpy(qform, variant, len);
    std::size_t gap = loose_gap(idx, {variant, len});
    std::size_t qgap = g_as_q(qform, len, 3) ? loose_gap(idx, {qform, len}) : SIZE_MAX;
    // (read apart only when closer than the whole word read loosely: "Elgharbia" is Gharbia,
    // not Algarrobo)
    if (std::min(gap, qgap) >= (c.loose ? loose_gap(idx, w) : SIZE_MAX)) return false;
    std::memcpy(key, qgap <= gap ? qform : variant, len);
    key_lens[0] = len;
    c.len = 1;
    c.last = c.i;
    c.loose = c.respelt = true;
    c.info = KeyInfo{};
    c.info.any = c.info.own = true;
    c.info.demonym_only = c.info.abbrev_only = false;
    return true;
}

namespace {

// The key with each doubled letter written once ("garba tulla" -> "garba tula"); 0 when it
// has none.
std::size_t undoubled(std::string_view k, char* out) {
    std::size_t len = 0;
    for (std::size_t j = 0; j < k.size(); ++j)
        if (j == 0 || k[j] != k[j - 1] || k[j] == ' ') out[len++] = k[j];
    return len == k.size() ? 0 : len;
}

} // namespace

// "Garbatulla" (Garba Tula), "Elwak" (El Wak), "Mirpurkhas" (Mirpur Khas), "Sar Jangal"
// (Sarjangal), "Mai Duguri" (Maiduguri): a name the gazetteer does not know as written (or only
// under another spelling; its first word alone when joined),
// at a level of the text's hierarchy, read split in two words or its two words joined. Only a
// capitalised word that is no word of the language; the span stays only in a document naming
// the place's country (finish).
void Recognition::longest_respelt(Candidate& c) {
    const std::size_t i = c.i;
    const std::string_view w = a.norm(i);
    auto plain = [&](std::size_t k) {
        std::string_view nk = a.norm(k);
        return t[k].word && t[k].cap && !t[k].caps && !person[k] && nk.find(' ') == std::string_view::npos &&
               !lex::is_common_word(nk) && !a.lower_words.count(nk);
    };
    if ((c.len == 1 && !c.loose && (i + 1 >= n || !t[i + 1].cap)) || !plain(i)) return;
    char variant[text::max_name_bytes + 8];
    // two words joined: "Sar Jangal" -> "sarjangal", "Mai Duguri" -> "maiduguri" (exactly; also
    // when the first word alone is some place's name)
    if (i + 1 < n && t[i + 1].cap && t[i + 1].sentence == t[i].sentence && t[i + 1].space_before &&
        w.size() + a.norm(i + 1).size() < text::max_name_bytes && hierarchy_level(i, i + 1) && plain(i + 1)) {
        std::string_view w2 = a.norm(i + 1);
        std::memcpy(variant, w.data(), w.size());
        std::memcpy(variant + w.size(), w2.data(), w2.size());
        if (respelt_key(c, i + 1, {variant, w.size() + w2.size()})) return;
    }
    // one word split in two: "elwak" -> "el wak", "garbatulla" -> "garba tulla", its doubled
    // letters written once too ("garba tula"); not a name the gazetteer knows as written
    if ((c.len == 1 && !c.loose) || w.size() < 5 || w.size() > 24 || !hierarchy_level(i, i)) return;
    if ((c.len == 0 || c.loose) && respelt_article(c, w)) return;
    char single[text::max_name_bytes + 8];
    for (std::size_t k = 2; k + 2 <= w.size(); ++k) {
        std::memcpy(variant, w.data(), k);
        variant[k] = ' ';
        std::memcpy(variant + k + 1, w.data() + k, w.size() - k);
        if (respelt_key(c, i, {variant, w.size() + 1})) return;
        std::size_t sl = undoubled({variant, w.size() + 1}, single);
        if (sl > 0 && respelt_key(c, i, {single, sl})) return;
    }
}

} // namespace gt::geoparse::detail
