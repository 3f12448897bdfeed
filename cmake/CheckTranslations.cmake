# Runs lupdate over core/ ui/ app/ into a scratch copy of integriteit_nl.ts and fails when any
# string is unfinished: a new tr() without a Dutch translation breaks the build, not the user's day.
file(MAKE_DIRECTORY ${WORK_DIR})
set(ts ${WORK_DIR}/integriteit_nl.ts)
file(COPY_FILE ${SOURCE_DIR}/translations/integriteit_nl.ts ${ts})
execute_process(
  COMMAND ${LUPDATE} -silent -no-obsolete -locations none
          ${SOURCE_DIR}/core ${SOURCE_DIR}/ui ${SOURCE_DIR}/app -ts ${ts}
  RESULT_VARIABLE rc)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "lupdate failed (${rc})")
endif()
file(STRINGS ${ts} lines)
set(count 0)
set(previous "")
set(missing "")
foreach(line IN LISTS lines)
  if(line MATCHES "<source>(.*)</source>")
    set(previous "${CMAKE_MATCH_1}")
  endif()
  if(line MATCHES "type=\"unfinished\"")
    math(EXPR count "${count}+1")
    string(APPEND missing "\n  ${previous}")
  endif()
endforeach()
if(count GREATER 0)
  message(FATAL_ERROR "translations/integriteit_nl.ts: ${count} unfinished Dutch strings:${missing}\n"
          "Run: cmake --build build --target translations_update, then translate them.")
endif()
