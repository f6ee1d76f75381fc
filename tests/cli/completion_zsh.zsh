# Runs the zsh completion of geotimeline (generated, installed by cmake --install) as zsh's
# completion system would, with _arguments, _describe and _files replaced by functions that
# print what they are given: one _arguments spec, or one _describe entry, a line.
# Usage: zsh -f completion_zsh.zsh COMPLETION_FILE WORD...   (the last word is being completed)
emulate zsh
file=$1
shift
_arguments() { print -rl -- "$@" }
_describe() { print -rl -- "${(@P)4}" }
_files() { }
words=("$@")
CURRENT=$#words
source $file
