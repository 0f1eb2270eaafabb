# Runs the static pipeline example on one input and compares its output with
# the expected file byte for byte; also checks the program does not need
# libfigparse.so (it is linked with libfigparse.a).
#
#   cmake -DEXE=pipeline -DINPUT=in -DEXPECTED=out [-DRC=0] [-DREADELF=readelf]
#         -P run_test.cmake
if(NOT DEFINED RC)
  set(RC 0)
endif()
execute_process(COMMAND "${EXE}"
  INPUT_FILE "${INPUT}"
  OUTPUT_VARIABLE out
  ERROR_VARIABLE err
  RESULT_VARIABLE rc)
file(READ "${EXPECTED}" expected)
if(NOT rc STREQUAL "${RC}")
  message(FATAL_ERROR "${EXE} < ${INPUT}: exit status ${rc}, expected ${RC}\n${err}")
endif()
if(NOT out STREQUAL expected)
  message(FATAL_ERROR "${EXE} < ${INPUT}: output differs from ${EXPECTED}\n"
                      "--- got:\n${out}--- expected:\n${expected}--- stderr:\n${err}")
endif()
if(READELF)
  execute_process(COMMAND "${READELF}" -d "${EXE}" OUTPUT_VARIABLE dyn RESULT_VARIABLE rrc)
  if(NOT rrc EQUAL 0)
    message(FATAL_ERROR "${READELF} -d ${EXE} failed")
  endif()
  if(dyn MATCHES "libfigparse")
    message(FATAL_ERROR "${EXE} needs libfigparse.so; it should be linked statically:\n${dyn}")
  endif()
endif()
message(STATUS "ok: ${EXE} < ${INPUT}")
