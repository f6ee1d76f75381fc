#!/bin/bash
# The bash completion of geotimeline (generated, installed by cmake --install): sourced into a
# plain bash (no bash-completion package), its function called as bash calls it, with
# COMP_WORDS/COMP_CWORD, and the candidates checked.
# Usage: GT_BIN=path/to/geotimeline completion_bash.sh COMPLETION_FILE
set -u
source "$1" || { echo "cannot source $1"; exit 1; }
failures=0
# expect WORDS... -- CANDIDATES...: completing the last word gives exactly these candidates
# (in any order; '*' as the only candidate: any non-empty answer).
expect() {
    local words=() want=()
    while [[ $1 != -- ]]; do words+=("$1"); shift; done
    shift
    want=("$@")
    COMP_WORDS=("${words[@]}")
    COMP_CWORD=$(( ${#COMP_WORDS[@]} - 1 ))
    COMPREPLY=()
    _geotimeline
    local got
    got=$(printf '%s\n' "${COMPREPLY[@]}" | sort | tr '\n' ' ')
    local exp
    exp=$(printf '%s\n' "${want[@]}" | sort | tr '\n' ' ')
    if [[ ${#want[@]} == 1 && ${want[0]} == '*' ]]; then
        [[ ${#COMPREPLY[@]} -gt 0 ]] && return
    elif [[ $got == "$exp" ]]; then
        return
    fi
    echo "completing '${words[*]}': got [${got}], expected [${exp}]"
    failures=$((failures + 1))
}
cd "$(mktemp -d)" || exit 1
mkdir news && touch article.txt events.geojson news/a.txt

# Commands, groups and help.
expect geotimeline ex -- extract
expect geotimeline g -- geoparse gazetteer
expect geotimeline gazetteer l -- lookup
expect geotimeline gazetteer "" -- lookup info build -h --help
expect geotimeline help gaz -- gazetteer
expect geotimeline help gazetteer i -- info
expect geotimeline --v -- --version
# extract's options, and the values of those that take files, directories or a format.
expect geotimeline extract --fo -- --format
expect geotimeline extract --d -- --date --dedup
expect geotimeline extract -j -- -j
expect geotimeline extract --format k -- kml
expect geotimeline extract --format geojson -- geojson geojsonseq
expect geotimeline extract -o ev -- events.geojson
expect geotimeline extract --lexicon n -- news
expect geotimeline extract art -- article.txt
expect geotimeline extract --date "" --
expect geotimeline gazetteer lookup --c -- --country
expect geotimeline view --format "" -- html timelinejs
expect geotimeline near 1 2 --li -- --limit
# Every option of extract's --help is offered.
mapfile -t all < <("$GT_BIN" extract --help | grep -oE '^  (-[a-zA-Z],)?--[a-z-]+' | tr ',' '\n' | tr -d ' ')
if [[ ${#all[@]} -lt 10 ]]; then echo "extract --help lists ${#all[@]} options"; failures=$((failures + 1)); fi
expect geotimeline extract - -- "${all[@]}"
exit $((failures > 0))
