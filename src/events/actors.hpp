#pragma once
// Internal to src/events: the actors of a document (actors.cpp), found once for the whole
// document before its sentences are read (docs/events.md, "Actors"): the mentions of the
// lexicon's actors and of groups it does not know, the document's country for the actors
// that name none, the crowd of a protest or riot.

#include "core/event.hpp"
#include "events/extract.hpp"

#include <cstddef>
#include <string>
#include <utility>
#include <vector>

namespace gt::events::detail {

struct ActorHit {
    std::size_t begin = 0, end = 0; // words
    Actor actor;
};

/// The document's country for generic actors: (ISO code, name in actor names).
std::pair<std::string, std::string> document_country(const Annotations& a, const Lexicon& lx);
std::vector<ActorHit> find_actors(const Annotations& a, const WordStream& ws, const Lexicon& lx, const std::vector<int>& place_at);
Actor generic_actor(const std::string& name, const std::string& kind, int inter);
/// A generic actor of the document's country (document_country()): "Civilians ({country})".
Actor country_actor(const std::string& name, const std::string& kind, int inter,
                    const std::pair<std::string, std::string>& country);
/// "claimed responsibility for", "attributed the attack to": the sentence
/// names who did an incident told before.
bool attribution(const std::vector<Word>& w, std::size_t first, std::size_t last);
/// A protest's or riot's actor1 is the crowd (ACLED): civilians who protest are protesters, the
/// state forces that break it up become actor2.
void crowd_first(EventReport& ev, const std::pair<std::string, std::string>& country);

} // namespace gt::events::detail
