# CLI tests of the ACLED event types worldwide (issue #13) on our own sentences
# (tests/data/events/type-*.txt), against the full gazetteer index.
set(_ev "${CMAKE_CURRENT_SOURCE_DIR}/data/events")

# A protest broken up by the police: Protest with intervention, the crowd first.
geotimeline_cli_test(extract-type-protest-intervention
  ARGS extract "${_ev}/type-protest.txt" --gazetteer "${GT_FULL_INDEX}" --date 2020-05-06 -q
  CHECKS "jsonlen:events=1" "json:events.0.event_type=Protests"
         "json:events.0.sub_event_type=Protest with intervention"
         "json:events.0.actor1=Protesters (Kenya)" "json:events.0.actor2=Police Forces of Kenya"
         "json:events.0.inter1=6" "json:events.0.date=2020-05-04" "json:events.0.location.country=KE")

# A protest whose crowd threw stones: Riots / Violent demonstration, Rioters against the police.
geotimeline_cli_test(extract-type-violent-demonstration
  ARGS extract "${_ev}/type-riot.txt" --gazetteer "${GT_FULL_INDEX}" --date 2020-05-06 -q
  CHECKS "jsonlen:events=1" "json:events.0.event_type=Riots"
         "json:events.0.sub_event_type=Violent demonstration"
         "json:events.0.actor1=Rioters (Nigeria)" "json:events.0.inter1=5"
         "json:events.0.actor2=Police Forces of Nigeria" "json:events.0.location.country=NG")

# An unarmed victim: Violence against civilians, not a battle.
geotimeline_cli_test(extract-type-civilian-victim
  ARGS extract "${_ev}/type-civilians.txt" --gazetteer "${GT_FULL_INDEX}" --date 2020-05-06 -q
  CHECKS "jsonlen:events=1" "json:events.0.event_type=Violence against civilians"
         "json:events.0.sub_event_type=Attack" "json:events.0.actor2=Civilians (Nigeria)"
         "json:events.0.fatalities=1")

# A bomb defused: Strategic developments / Disrupted weapons use, no explosion.
geotimeline_cli_test(extract-type-disrupted-weapons
  ARGS extract "${_ev}/type-weapons.txt" --gazetteer "${GT_FULL_INDEX}" --date 2020-05-06 -q
  CHECKS "jsonlen:events=1" "json:events.0.event_type=Strategic developments"
         "json:events.0.sub_event_type=Disrupted weapons use" "json:events.0.location.country=PK")

# The words of protest, riot and rally that report nothing.
geotimeline_cli_test(extract-type-none
  ARGS extract "${_ev}/type-none.txt" --gazetteer "${GT_FULL_INDEX}" --date 2020-05-06 -q
  CHECKS "jsonlen:events=0")

# "Lynch" in a firm's name is no lynching (the active cue "lynch" is weak: an actor and a place).
geotimeline_cli_test(extract-type-lynch-name
  ARGS extract "${_ev}/type-lynch-name.txt" --gazetteer "${GT_FULL_INDEX}" --date 2020-05-06 -q
  CHECKS "jsonlen:events=0")
