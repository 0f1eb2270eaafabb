# shellcheck shell=bash
# What scripts/run and scripts/test share: installing missing Debian packages
# and configuring and building a build directory. Sourced, not run.

FP_ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
FP_JOBS=2 # the project's machines have 2 cores

fp_say() { printf 'figparse: %s\n' "$*" >&2; }
fp_die() {
    fp_say "$*"
    exit 1
}

# Runs a command with its output in a log; shows the log only on failure.
#   fp_quiet WHAT COMMAND...
fp_quiet() {
    local what=$1 log rc=0
    shift
    log=$(mktemp)
    "$@" >"$log" 2>&1 || rc=$?
    if [ "$rc" -ne 0 ]; then
        cat "$log" >&2
        fp_say "FAILED ($rc): $what"
    fi
    rm -f "$log"
    return "$rc"
}

fp_have_pkg() {
    dpkg-query -W -f='${Status}' "$1" 2>/dev/null | grep -q 'install ok installed'
}

# Installs the Debian packages the build and the tests need, plus any given
# as arguments (scripts/fuzz adds clang and libclang-rt-14-dev), only those
# that are missing, with sudo when not root. Elsewhere (no dpkg) it does
# nothing and leaves it to CMake to say what it cannot find.
#   fp_install_deps [EXTRA_PACKAGE...]
fp_install_deps() {
    command -v dpkg-query >/dev/null 2>&1 || return 0
    local want=(cmake gcc g++ pkg-config libicu-dev check python3 binutils "$@")
    # The Python binding's tests: pytest, Dask's distributed, pip for the
    # offline `pip install ./python` test.
    want+=(python3-pytest python3-distributed python3-pip)
    # A comma-decimal locale for the test that the process locale changes
    # nothing (test/check_locale.c).
    want+=(locales)
    local missing=() pkg
    # Either build tool will do; ninja-build is the smaller install.
    if ! fp_have_pkg ninja-build && ! fp_have_pkg make; then
        want+=(ninja-build)
    fi
    for pkg in "${want[@]}"; do
        fp_have_pkg "$pkg" || missing+=("$pkg")
    done
    [ "${#missing[@]}" -eq 0 ] && return 0

    local sudo=()
    if [ "$(id -u)" -ne 0 ]; then
        command -v sudo >/dev/null 2>&1 ||
            fp_die "missing packages: ${missing[*]}; install them as root (apt-get install ${missing[*]})"
        sudo=(sudo)
    fi
    fp_say "installing ${missing[*]}"
    fp_quiet "apt-get update" "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update -q ||
        exit 1
    fp_quiet "apt-get install ${missing[*]}" "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive \
        apt-get install -y -q --no-install-recommends "${missing[@]}" || exit 1
}

# Makes sure de_DE.UTF-8 (a locale whose decimal mark is a comma) exists, for
# test/check_locale.c. Needs root or sudo the first time.
fp_comma_locale() {
    command -v locale >/dev/null 2>&1 || return 0
    locale -a 2>/dev/null | grep -qi '^de_DE\.utf-\?8$' && return 0
    command -v locale-gen >/dev/null 2>&1 || return 0
    local sudo=()
    [ "$(id -u)" -ne 0 ] && sudo=(sudo)
    fp_quiet "locale-gen de_DE.UTF-8" "${sudo[@]}" sh -c \
        "sed -i 's/^# *de_DE.UTF-8 UTF-8/de_DE.UTF-8 UTF-8/' /etc/locale.gen && locale-gen" || true
}

# Configures a build directory once; later builds re-run CMake by themselves
# when a CMakeLists.txt changes.
#   fp_configure DIR BUILD_TYPE [CMAKE_ARGS...]
fp_configure() {
    local dir=$1 type=$2
    shift 2
    if [ -f "$dir/build.ninja" ] || [ -f "$dir/Makefile" ]; then
        return 0
    fi
    # A configure that never finished: start again.
    rm -rf "$dir/CMakeCache.txt" "$dir/CMakeFiles"
    local gen=(-G "Unix Makefiles")
    if command -v ninja >/dev/null 2>&1; then
        gen=(-G Ninja)
    fi
    fp_quiet "configure $dir" cmake -S "$FP_ROOT" -B "$dir" "${gen[@]}" \
        -DCMAKE_BUILD_TYPE="$type" "$@"
}

# Builds a configured directory (all targets, or the ones given).
#   fp_build DIR [TARGET...]
fp_build() {
    local dir=$1 targets=()
    shift
    if [ "$#" -gt 0 ]; then
        targets=(--target "$@")
    fi
    fp_quiet "build $dir" cmake --build "$dir" -j "$FP_JOBS" "${targets[@]}"
}
