# CLI tests of `geotimeline timex` on the project's own small inputs (tests/data/timex).
set(_tx "${CMAKE_CURRENT_SOURCE_DIR}/data/timex")

# The example article: dateline DCT, "on Saturday", "on Tuesday", "three-year", "four months",
# "in January", and the GMT +3 time line; plain output compared with the expected file.
geotimeline_cli_test(timex-article
  ARGS timex "${_tx}/article.txt"
  CHECKS "same:${_tx}/article.expected.txt")

geotimeline_cli_test(timex-article-json
  ARGS timex "${_tx}/article.txt" --json
  CHECKS "json:dct=2017-09-09" "json:dct_source=dateline" "jsonlen:timexes=7"
         "json:timexes.0.value=2017-09-09"
         "json:timexes.1.value=2017-09-09T19:34+03:00" "json:timexes.1.type=TIME"
         "json:timexes.2.text=three-year" "json:timexes.2.value=P3Y" "json:timexes.2.type=DURATION"
         "json:timexes.3.text=Saturday" "json:timexes.3.value=2017-09-09"
         "json:timexes.4.text=Tuesday" "json:timexes.4.value=2017-09-05"
         "json:timexes.4.start=350" "json:timexes.4.end=357"
         "json:timexes.5.text=four months" "json:timexes.5.value=P4M"
         "json:timexes.6.text=January" "json:timexes.6.value=2017-01")

# --date wins over the dateline
geotimeline_cli_test(timex-date-option
  ARGS timex "${_tx}/article.txt" --json --date 2017-09-16
  CHECKS "json:dct=2017-09-16" "json:dct_source=--date" "json:timexes.4.value=2017-09-12")

# No DCT: underspecified values, and the output says so
geotimeline_cli_test(timex-no-dct
  ARGS timex "${_tx}/no-dct.txt"
  CHECKS "out:DCT none" "out:XXXX-WXX-2\tTuesday" "out:XXXX-01\tJanuary")

# Standard input
geotimeline_cli_test(timex-stdin
  ARGS timex - --date 2017-01-02 --json
  STDIN "${_tx}/no-dct.txt"
  CHECKS "json:timexes.0.value=2016-12-27" "json:timexes.2.value=2017-01")

# JSONL: one output line per input line, a malformed line reported and exit 1
geotimeline_cli_test(timex-jsonl
  ARGS timex --jsonl "${_tx}/docs.jsonl"
  EXIT 1
  CHECKS "out:^.\"id\":\"d1\",\"dct\":\"2017-09-09\",\"dct_source\":\"json\",\"timexes\":..\"start\":22,\"end\":29,\"text\":\"Tuesday\",\"type\":\"DATE\",\"value\":\"2017-09-05\""
         "out:\"id\":\"d2\",\"dct\":null,\"dct_source\":\"none\""
         "out:\"value\":\"XXXX-01\""
         "out:.\"id\":null,\"line\":3,"
         "out:\"id\":\"d3\".*\"value\":\"2017-12\".*\"value\":\"2018-03\""
         "err:docs.jsonl:3: not JSON"
         "err:line.s. could not be read")

# Usage errors: exit 2
geotimeline_cli_test(timex-bad-date ARGS timex "${_tx}/article.txt" --date 2017-02-30 EXIT 2
  CHECKS "err:not a calendar day")
geotimeline_cli_test(timex-no-input ARGS timex EXIT 2 CHECKS "err:give either FILE or --jsonl")
geotimeline_cli_test(timex-missing-file ARGS timex "${_tx}/does-not-exist.txt" EXIT 1
  CHECKS "err:cannot open")

# Any bytes in, no crash: invalid UTF-8 is repaired, offsets stay in code points
geotimeline_cli_test(timex-binary
  ARGS timex "${CMAKE_CURRENT_SOURCE_DIR}/data/timex/binary.bin" --date 2017-09-09 --json
  CHECKS "json:dct=2017-09-09" "err:invalid UTF-8 repaired")

# A JSONL line with stray non-UTF-8 bytes is repaired (read as Windows-1252), not lost
geotimeline_cli_test(timex-jsonl-bad-utf8
  ARGS timex --jsonl "${_tx}/bad-utf8.jsonl"
  CHECKS "json:id=x" "json:timexes.0.value=2017-09-05" "json:timexes.0.text=Tuesday" "json:timexes.0.start=10")
