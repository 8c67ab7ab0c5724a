# signin_add_test(<name> SOURCES ... [LIBS ...] [LABELS ...] [ENV "K=V" ...] [GUI] [TIMEOUT s])
#
# One Qt Test program per class or feature, registered with CTest. Every test gets
# the paths it may need (the node test server, the built executables) through the
# environment, so tests never guess where things are. Non-GUI tests run offscreen.
function(signin_add_test name)
    cmake_parse_arguments(T "GUI" "TIMEOUT" "SOURCES;LIBS;LABELS;ENV" ${ARGN})
    qt_add_executable(${name} ${T_SOURCES})
    target_link_libraries(${name} PRIVATE signin_core signin_testsupport Qt6::Test ${T_LIBS})
    add_test(NAME ${name} COMMAND ${name})

    set(env
        "SIGNIN_TEST_SERVER=${PROJECT_SOURCE_DIR}/tests/server/server.js"
        "SIGNIN_TESTS_DIR=${PROJECT_SOURCE_DIR}/tests"
        "SIGNIN_ARTIFACTS_DIR=${PROJECT_BINARY_DIR}/test-artifacts"
        "SIGNIN_MAIN_EXE=$<TARGET_FILE:connector-signin>"
        ${T_ENV}
    )
    if(TARGET connector-signin-login)
        list(APPEND env "SIGNIN_LOGIN_EXE=$<TARGET_FILE:connector-signin-login>")
    endif()
    if(NOT T_GUI)
        list(APPEND env "QT_QPA_PLATFORM=offscreen")
    endif()
    if(NOT T_TIMEOUT)
        set(T_TIMEOUT 120)
    endif()
    set_tests_properties(${name} PROPERTIES
        ENVIRONMENT "${env}"
        LABELS "${T_LABELS}"
        TIMEOUT ${T_TIMEOUT})
endfunction()
