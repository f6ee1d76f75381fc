# cmake --install: man pages and shell completions from the command list (issue #16).
add_test(NAME "cli: install (man pages render, bash/zsh/fish completions installed and complete every command and option)"
  COMMAND ${CMAKE_COMMAND} "-DBUILD_DIR=${PROJECT_BINARY_DIR}" "-DSOURCE_DIR=${PROJECT_SOURCE_DIR}"
          "-DWORKDIR=${CMAKE_CURRENT_BINARY_DIR}/tmp" -P "${CMAKE_CURRENT_SOURCE_DIR}/cli/install_docs.cmake")
set_tests_properties("cli: install (man pages render, bash/zsh/fish completions installed and complete every command and option)"
  PROPERTIES RUN_SERIAL TRUE TIMEOUT 300)
