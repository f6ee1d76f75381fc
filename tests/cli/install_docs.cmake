# `cmake --install` of the build tree into a temporary prefix: the man pages (one per command,
# rendered by man, or groff where man is missing) and the bash, zsh and fish completions land in
# the standard places, the installed binary runs, and the bash completion completes commands and
# extract's options (completion_bash.sh), zsh's and fish's offer every command and option
# (completion_shells.sh).
set(prefix "${WORKDIR}/install-docs")
file(REMOVE_RECURSE "${prefix}")
execute_process(COMMAND "${CMAKE_COMMAND}" --install "${BUILD_DIR}" --prefix "${prefix}"
  RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "cmake --install: exit ${rc}\n${out}\n${err}")
endif()
set(failures "")
set(man1 "${prefix}/share/man/man1")
foreach(f geotimeline.1 geotimeline-extract.1 geotimeline-gazetteer-lookup.1
          ../../bash-completion/completions/geotimeline ../../zsh/site-functions/_geotimeline
          ../../fish/vendor_completions.d/geotimeline.fish)
  if(NOT EXISTS "${man1}/${f}")
    string(APPEND failures "not installed: ${man1}/${f}\n")
  endif()
endforeach()
# One page per command of the command list.
execute_process(COMMAND "${prefix}/bin/geotimeline" help --list RESULT_VARIABLE rc OUTPUT_VARIABLE list)
if(NOT rc EQUAL 0)
  string(APPEND failures "the installed geotimeline does not run (exit ${rc})\n")
endif()
string(REGEX MATCHALL "(^|\n)[^\t\n]+" paths "${list}")
foreach(p IN LISTS paths)
  string(STRIP "${p}" p)
  string(REPLACE " " "-" page "${p}")
  if(NOT EXISTS "${man1}/geotimeline-${page}.1")
    string(APPEND failures "no man page for '${p}' (geotimeline-${page}.1)\n")
  endif()
endforeach()
# The page renders, with its name, synopsis, options (with value names) and examples.
set(ENV{MANWIDTH} 80)
set(ENV{MANPAGER} cat)
set(ENV{PAGER} cat)
find_program(MAN man)
if(MAN)
  execute_process(COMMAND "${MAN}" -l "${man1}/geotimeline-extract.1" RESULT_VARIABLE rc OUTPUT_VARIABLE page ERROR_VARIABLE err)
else()
  execute_process(COMMAND groff -man -Tutf8 -ww "${man1}/geotimeline-extract.1" RESULT_VARIABLE rc OUTPUT_VARIABLE page ERROR_VARIABLE err)
endif()
string(REGEX REPLACE ".\b" "" page "${page}") # overstrike bold and underline
string(REPLACE "‐" "-" page "${page}")
foreach(want "NAME\n +geotimeline-extract - Dated, geocoded events" "SYNOPSIS\n +geotimeline extract \\[OPTIONS\\] INPUT\\.\\.\\."
             "\n +-o, --output FILE\n" "\n +--format FORMAT\n" "EXAMPLES\n +geotimeline extract " "EXIT STATUS")
  if(NOT rc EQUAL 0 OR NOT page MATCHES "${want}")
    string(APPEND failures "man -l geotimeline-extract.1 (exit ${rc}): no '${want}'\n")
  endif()
endforeach()
if(NOT err STREQUAL "")
  string(APPEND failures "rendering geotimeline-extract.1 warns: ${err}\n")
endif()
# The bash completion, sourced as bash-completion would.
set(ENV{GT_BIN} "${prefix}/bin/geotimeline")
execute_process(COMMAND bash "${SOURCE_DIR}/tests/cli/completion_bash.sh"
                        "${prefix}/share/bash-completion/completions/geotimeline"
  RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
if(NOT rc EQUAL 0)
  string(APPEND failures "bash completion:\n${out}${err}\n")
endif()
# The zsh and fish completions against the command list and each command's --help (as text,
# and by what the shells offer where they are installed: completion_shells.sh).
execute_process(COMMAND bash "${SOURCE_DIR}/tests/cli/completion_shells.sh"
                        "${prefix}/share/zsh/site-functions/_geotimeline"
                        "${prefix}/share/fish/vendor_completions.d/geotimeline.fish"
  RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
if(NOT rc EQUAL 0)
  string(APPEND failures "zsh/fish completions:\n${out}${err}\n")
endif()
file(REMOVE_RECURSE "${prefix}")
if(failures)
  message(FATAL_ERROR "${failures}")
endif()
