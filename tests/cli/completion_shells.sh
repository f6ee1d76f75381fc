#!/bin/bash
# The zsh and fish completions of geotimeline (generated, installed by cmake --install) against
# the binary's own command list (`help --list`) and each command's --help: every command and
# group word, every option, the values of the options that list them (--format) and file
# completion where an option takes a FILE. First in the files' text (always), then, where zsh
# or fish is installed, by what the shell offers: fish's `complete -C`, zsh's completion
# functions run with the completion system's functions stubbed (completion_zsh.zsh).
# Usage: GT_BIN=path/to/geotimeline completion_shells.sh ZSH_FILE FISH_FILE
set -u
zsh_file=$(realpath "$1") fish_file=$(realpath "$2")
here=$(cd "$(dirname "$0")" && pwd)
failures=0
fail() { echo "$*"; failures=$((failures + 1)); }
sorted() { printf '%s\n' "$@" | sort -u | tr '\n' ' '; }
same() { # WHAT GOT WANT: the two space-separated sets are equal
    [[ $(sorted $2) == "$(sorted $3)" ]] || fail "$1: got [$(sorted $2)], expected [$(sorted $3)]"
}

# The model: the commands, and per command its options ("-o --output"), the FILE options, the
# listed values of --format.
mapfile -t paths < <("$GT_BIN" help --list | cut -f1)
[[ ${#paths[@]} -ge 10 ]] || fail "help --list gives ${#paths[@]} commands"
options() { "$GT_BIN" $1 --help | grep -oE '^  (-[a-zA-Z],)?--[a-z-]+' | tr ',' '\n' | tr -d ' '; }
file_options() { "$GT_BIN" $1 --help | grep -oE '^  (-[a-zA-Z],)?--[a-z-]+ FILE ' | grep -oE -- '--[a-z-]+'; }
format_values() { # the words before '(' of --format's description, or nothing
    "$GT_BIN" $1 --help | sed -nE 's/^  --format FORMAT +([a-z0-9, ]+) \(.*/\1/p' | sed 's/,/ /g; s/ or / /' | tr -s ' '
}
first_words=$(printf '%s\n' "${paths[@]}" | cut -d' ' -f1 | sort -u | tr '\n' ' ')
groups=$(printf '%s\n' "${paths[@]}" | grep ' ' | cut -d' ' -f1 | sort -u | tr '\n' ' ')
in_group() { printf '%s\n' "${paths[@]}" | sed -n "s/^$1 //p" | tr '\n' ' '; }
for p in "${paths[@]}"; do
    [[ -n $(options "$p") ]] || fail "'$p --help' lists no options"
done

# --- The text of the files.
fn_body() { # the zsh function of a command path
    local fn="_geotimeline_${1// /_}"
    fn=${fn//-/_}
    sed -n "/^$fn() {\$/,/^}\$/p" "$zsh_file"
}
for p in "${paths[@]}"; do
    body=$(fn_body "$p")
    [[ -n $body ]] || { fail "zsh: no function for '$p'"; continue; }
    last=${p##* }
    for o in $(options "$p"); do
        grep -qE -- "(^|['{,])$o([[,}])" <<<"$body" || fail "zsh: '$p' lacks $o"
        grep -qE -- "(^|[ ,])-l ${o#--}( |\$)|-s ${o#-}( |\$)" <(grep -F -- "-n '__fish_seen_subcommand_from $last'" "$fish_file") ||
            fail "fish: '$p' lacks $o"
    done
    for o in $(file_options "$p"); do
        grep -E -- "$o([[,}])" <<<"$body" | grep -q ':_files' || fail "zsh: '$p' $o does not complete files"
        grep -F -- "-n '__fish_seen_subcommand_from $last'" "$fish_file" | grep -E -- "-l ${o#--}( |\$)" | grep -q -- ' -r -F' ||
            fail "fish: '$p' $o does not complete files"
    done
    values=$(format_values "$p")
    if [[ -n $values ]]; then
        grep -qF -- ":($values)" <<<"$body" || fail "zsh: '$p' --format does not offer '$values'"
        grep -F -- "-n '__fish_seen_subcommand_from $last'" "$fish_file" | grep -- '-l format' | grep -qF -- "-a '$values'" ||
            fail "fish: '$p' --format does not offer '$values'"
    fi
done
for w in $first_words; do
    grep -qE "^    '$w:" <(sed -n '/^_geotimeline_() {$/,/^}$/p' "$zsh_file") || fail "zsh: command '$w' not offered"
    grep -qF -- "-n __fish_use_subcommand -a '$w'" "$fish_file" || fail "fish: command '$w' not offered"
done
for g in $groups; do
    for w in $(in_group "$g"); do
        grep -qE "^    '$w:" <(fn_body "$g") || fail "zsh: '$g $w' not offered"
        grep -qE -- "-n '__fish_seen_subcommand_from $g; and not [^']*' -a '$w'" "$fish_file" || fail "fish: '$g $w' not offered"
    done
done

# --- What the shells offer.
cd "$(mktemp -d)" || exit 1
mkdir news && touch article.txt events.geojson
if command -v zsh >/dev/null; then
    zsh -n "$zsh_file" || fail "zsh -n $zsh_file"
    zoffer() { # the names offered for WORD... (options, argument specs, commands)
        zsh -f "$here/completion_zsh.zsh" "$zsh_file" "$@" | sed -E 's/^\([^)]*\)//; s/\[.*//; s/:.*//' | grep -vxE -- '-s|-S|\*?'
    }
    for p in "${paths[@]}"; do
        same "zsh: options of '$p'" "$(zoffer geotimeline $p - | grep '^-')" "$(options "$p")"
    done
    same "zsh: commands" "$(zoffer geotimeline '')" "$first_words help version"
    same "zsh: commands after help" "$(zoffer geotimeline help '')" "$first_words help version"
    for g in $groups; do
        same "zsh: '$g' commands" "$(zoffer geotimeline $g '')" "$(in_group "$g")"
        same "zsh: 'help $g' commands" "$(zoffer geotimeline help $g '')" "$(in_group "$g")"
    done
else
    echo "(zsh is not installed: its completion checked as text only)"
fi
if command -v fish >/dev/null; then
    fish -n "$fish_file" || fail "fish -n $fish_file"
    foffer() { # the candidates fish offers for the command line LINE
        HOME=$PWD XDG_CONFIG_HOME=$PWD fish --no-config -c 'source $argv[1]; complete -C $argv[2]' "$fish_file" "$1" | cut -f1
    }
    for p in "${paths[@]}"; do
        same "fish: options of '$p'" "$(foffer "geotimeline $p -")" "$(options "$p")"
        values=$(format_values "$p")
        [[ -z $values ]] || same "fish: values of '$p --format'" "$(foffer "geotimeline $p --format ")" "$values"
    done
    same "fish: commands" "$(foffer "geotimeline ")" "$first_words help version"
    same "fish: commands after help" "$(foffer "geotimeline help ")" "$first_words"
    for g in $groups; do
        same "fish: '$g' commands" "$(foffer "geotimeline $g ")" "$(in_group "$g")"
        same "fish: 'help $g' commands" "$(foffer "geotimeline help $g ")" "$(in_group "$g")"
    done
    same "fish: extract -o FILE" "$(foffer "geotimeline extract -o ev")" "events.geojson"
    same "fish: extract --lexicon DIR" "$(foffer "geotimeline extract --lexicon n")" "news/"
    same "fish: extract INPUT" "$(foffer "geotimeline extract art")" "article.txt"
else
    echo "(fish is not installed: its completion checked as text only)"
fi
exit $((failures > 0))
