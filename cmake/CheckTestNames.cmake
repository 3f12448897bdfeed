# Fails when a Catch2 test name cannot be run by CTest: catch_discover_tests splits names at ";"
# (a CMake list) and Catch2 reads a name starting with "-" as an option, so such a test would run
# nothing and pass. Called as a CTest test with -DEXECUTABLE=<test binary>.
execute_process(COMMAND ${EXECUTABLE} --list-test-names-only
                OUTPUT_VARIABLE names RESULT_VARIABLE rc)
string(REPLACE ";" "<SEMICOLON>" names "${names}")
string(REPLACE "\n" ";" names "${names}")
set(bad "")
foreach(name IN LISTS names)
  if(name MATCHES "<SEMICOLON>" OR name MATCHES "^-")
    string(APPEND bad "\n  ${name}")
  endif()
endforeach()
if(bad)
  message(FATAL_ERROR "Test names CTest cannot run (no ';', no leading '-'):${bad}")
endif()
