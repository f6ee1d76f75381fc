# (In the checks '.' stands for the messages' ';', which separates CMake list items.)
# The command line's own words (issue #16): help, version, "did you mean", parse errors with the
# geotimeline: prefix and exit 2, numeric options checked at parse time.

# Every command's help (the list comes from the binary, so a new command is covered), and the
# command table of docs/reference.md against the same list.
foreach(_mode help docs)
  add_test(NAME "cli: commands-${_mode} (every command: short help / reference.md's command table)"
    COMMAND ${CMAKE_COMMAND} "-DBIN=${GT_BIN}" "-DMODE=${_mode}" "-DDOC=${PROJECT_SOURCE_DIR}/docs/reference.md"
            -P "${CMAKE_CURRENT_SOURCE_DIR}/cli/commands_check.cmake")
endforeach()
# The option tables of reference.md against each command's --help (generated; options_doc.cmake).
add_test(NAME "cli: commands-options-docs (reference.md's option tables = each command's --help)"
  COMMAND ${CMAKE_COMMAND} "-DBIN=${GT_BIN}" -DMODE=check "-DDOC=${PROJECT_SOURCE_DIR}/docs/reference.md"
          -P "${CMAKE_CURRENT_SOURCE_DIR}/cli/options_doc.cmake")
# The hidden generator behind them, the man pages and the completions: its own usage errors.
geotimeline_cli_test(generate-unknown ARGS generate manpages EXIT 2
  CHECKS "err:^geotimeline: generate: give 'man DIR', ")
geotimeline_cli_test(generate-options-unknown-command ARGS generate options-md extrat EXIT 2
  CHECKS "err:^geotimeline: generate options-md: no command 'extrat'")
geotimeline_cli_test(generate-man-missing-dir ARGS generate man no/such/dir EXIT 4
  CHECKS "err:^geotimeline: cannot write 'no/such/dir/geotimeline.1'")
# ... and by name, one test per command, both forms.
foreach(_cmd extract view merge geoparse timex distance near "gazetteer lookup" "gazetteer info" "gazetteer build")
  string(REPLACE " " ";" _words "${_cmd}")
  string(REPLACE " " "-" _name "${_cmd}")
  geotimeline_cli_test("short-help-${_name}" ARGS ${_words} --help
    CHECKS "out:^[A-Z][^\n]+\nUsage: geotimeline ${_cmd} \\[OPTIONS\\]" "out:\nExamples:\n  geotimeline ${_cmd} ")
  geotimeline_cli_test("help-command-${_name}" ARGS help ${_words}
    CHECKS "out:^[A-Z][^\n]+\nUsage: geotimeline ${_cmd} \\[OPTIONS\\]" "out:\nExamples:\n  geotimeline ${_cmd} ")
endforeach()
geotimeline_cli_test(help-gazetteer-group ARGS help gazetteer
  CHECKS "out:Usage: geotimeline gazetteer " "out:\n  lookup +Look a place name up")

# The top-level help: one line per command, no prose.
foreach(_form --help -h help)
  geotimeline_cli_test("top-help ${_form}" ARGS ${_form}
    CHECKS "out:^geotimeline [0-9]+\\.[0-9]+\\.[0-9]+: " "out:\nUsage: geotimeline COMMAND"
           "out:\n  extract +Dated, geocoded events" "out:\n  gazetteer lookup +Look a place name up"
           "!out:INPUT is a text file" "!out:Exit codes")
endforeach()

# Version: all three forms, the version and the index a command would use.
foreach(_form --version -V version)
  geotimeline_cli_test("version ${_form}" ARGS ${_form}
    CHECKS "out:^geotimeline [0-9]+\\.[0-9]+\\.[0-9]+\ngazetteer index: ")
endforeach()

# Unknown commands: the closest one, or the way to the list.
geotimeline_cli_test(typo-command ARGS extrat x.txt EXIT 2
  CHECKS "err:^geotimeline: unknown command 'extrat'. did you mean 'extract'\\?\n$")
geotimeline_cli_test(typo-command-swap ARGS geopasre x.txt EXIT 2
  CHECKS "err:^geotimeline: unknown command 'geopasre'. did you mean 'geoparse'\\?")
geotimeline_cli_test(typo-group-command ARGS gazetteer lokup Aleppo EXIT 2
  CHECKS "err:^geotimeline: unknown command 'gazetteer lokup'. did you mean 'gazetteer lookup'\\?")
geotimeline_cli_test(command-without-group ARGS lookup Aleppo EXIT 2
  CHECKS "err:^geotimeline: unknown command 'lookup'. did you mean 'gazetteer lookup'\\?")
geotimeline_cli_test(group-without-command ARGS gazetteer EXIT 2
  CHECKS "err:^geotimeline: 'gazetteer' needs a command: lookup, info or build. see 'geotimeline gazetteer --help'")
geotimeline_cli_test(no-command ARGS EXIT 2
  CHECKS "err:^geotimeline: no command given. run 'geotimeline help'")
geotimeline_cli_test(help-typo-command ARGS help extrat EXIT 2
  CHECKS "err:^geotimeline: unknown command 'extrat'. did you mean 'extract'\\?")
geotimeline_cli_test(help-extra-word ARGS help extract now EXIT 2
  CHECKS "err:^geotimeline: help takes a command name, not 'now'")

# Unknown options: the closest option of that command; before the command: the top-level ones.
geotimeline_cli_test(typo-option ARGS extract --frmat csv x.txt EXIT 2
  CHECKS "err:^geotimeline: extract: unknown option --frmat. did you mean --format\\?\n$")
geotimeline_cli_test(typo-option-value ARGS near 1 2 --limt=3 EXIT 2
  CHECKS "err:^geotimeline: near: unknown option --limt. did you mean --limit\\?")
geotimeline_cli_test(unknown-option ARGS distance A B --colour EXIT 2
  CHECKS "err:^geotimeline: distance: unknown option --colour. see 'geotimeline distance --help'")
geotimeline_cli_test(unexpected-argument ARGS distance A B C EXIT 2
  CHECKS "err:^geotimeline: distance: unexpected argument 'C'. see 'geotimeline distance --help'")
geotimeline_cli_test(top-level-unknown-option ARGS --verbose extract x.txt EXIT 2
  CHECKS "err:^geotimeline: unknown option --verbose before the command. geotimeline takes a command first")
geotimeline_cli_test(top-level-typo-option ARGS --versoin EXIT 2
  CHECKS "err:^geotimeline: unknown option --versoin before the command. did you mean --version\\?")
geotimeline_cli_test(option-needs-value ARGS extract x.txt --format EXIT 2
  CHECKS "err:^geotimeline: extract: --format needs a value. see 'geotimeline extract --help'")
geotimeline_cli_test(missing-argument ARGS gazetteer lookup EXIT 2
  CHECKS "err:^geotimeline: gazetteer lookup: missing argument NAME. see 'geotimeline gazetteer lookup --help'")

# Numbers checked when the command line is parsed (nothing is read or opened first).
foreach(_bad -3 0 abc 2.5)
  geotimeline_cli_test("bad-jobs ${_bad}" ARGS extract x.txt --jobs ${_bad} EXIT 2
    CHECKS "err:^geotimeline: extract: --jobs: '${_bad}' is not a whole number from 1 to 4096. see 'geotimeline extract --help'")
endforeach()
geotimeline_cli_test(bad-jobs-short ARGS extract x.txt -j -3 EXIT 2
  CHECKS "err:^geotimeline: extract: --jobs: '-3' is not a whole number")
foreach(_bad 0 -1)
  geotimeline_cli_test("bad-max-doc-bytes ${_bad}" ARGS extract x.txt --max-doc-bytes ${_bad} EXIT 2
    CHECKS "err:^geotimeline: extract: --max-doc-bytes: '${_bad}' is not a whole number >= 1")
endforeach()
geotimeline_cli_test(bad-lookup-limit ARGS gazetteer lookup Aleppo --limit 0 EXIT 2
  CHECKS "err:^geotimeline: gazetteer lookup: --limit: '0' is not a whole number from 1 to 512")
geotimeline_cli_test(bad-near-limit ARGS near 1 2 --limit 1001 EXIT 2
  CHECKS "err:^geotimeline: near: --limit: '1001' is not a whole number from 1 to 1000")
geotimeline_cli_test(bad-near-lat ARGS near north 2 EXIT 2
  CHECKS "err:^geotimeline: near: LAT: 'north' is not a number")
geotimeline_cli_test(bad-near-lon ARGS near 1 -181 EXIT 2
  CHECKS "err:^geotimeline: near: LON: longitude -181 is out of range \\(-180\\.\\.180\\)")

# Negative coordinates need no '--'; with '--', options go before it, and one after it is named.
geotimeline_cli_test(near-negative-without-dashes
  ARGS near -33.9249 18.4241 --limit 1 --json --gazetteer "${GT_FULL_INDEX}"
  CHECKS "json:0.country=ZA" "jsonlen:=1")
# '--' before negative numbers (which need none) does not hide the options after the numbers; a
# word after it that looks like an unknown option keeps POSIX's '--' (everything is an argument).
geotimeline_cli_test(near-option-after-dashes ARGS near -- -33.9 18.4 --limit 2 --json --gazetteer "${GT_FULL_INDEX}"
  CHECKS "jsonlen:=2" "json:0.country=ZA")
geotimeline_cli_test(near-option-value-after-dashes ARGS near -- -33.9 18.4 --limit=1 --json --gazetteer "${GT_FULL_INDEX}"
  CHECKS "jsonlen:=1")
geotimeline_cli_test(distance-option-after-dashes ARGS distance -- -33.92,18.42 "-34.0, 18.5" --json --gazetteer "${GT_FULL_INDEX}"
  CHECKS "json:distance_km~11.5,1.5")
geotimeline_cli_test(near-unknown-option-after-dashes ARGS near -- -33.9 18.4 --colour EXIT 2
  CHECKS "err:^geotimeline: near: unknown option --colour. see 'geotimeline near --help'")
geotimeline_cli_test(distance-negative-without-dashes
  ARGS distance -33.92,18.42 -34.0,18.5 --json --gazetteer "${GT_FULL_INDEX}"
  CHECKS "json:from.lat~-33.92,0.001" "json:distance_km~11.5,1.5")
foreach(_pt "91,0" "-90.5,10" "0,181" "-10, -200")
  geotimeline_cli_test("distance-out-of-range ${_pt}" ARGS distance "${_pt}" "0,0" EXIT 2
    CHECKS "err:^geotimeline: distance: (latitude|longitude) [-0-9.]+ in '${_pt}' is out of range \\(-(90\\.\\.90|180\\.\\.180)\\)"
           "!out:.")
endforeach()
