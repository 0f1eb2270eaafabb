#!/usr/bin/env bash
# Installs a figparse build tree into a temporary prefix and builds and runs
# test/consumer/main.c against the install in four ways:
#   1. CMake find_package(figparse), target figparse::figparse (shared)
#   2. the same, target figparse::figparse_static
#   3. pkg-config --cflags --libs figparse (shared)
#   4. pkg-config --static --libs figparse with -DFIGPARSE_STATIC, linking
#      libfigparse.a (checked: the program does not need libfigparse.so)
# and runs the installed command-line tool once.
#
#   run.sh BUILD_DIR
#
# Environment: CMAKE (cmake to use), CMAKE_GENERATOR, CC, CFLAGS, LDFLAGS
# (ctest passes the sanitizer flags here so the consumer loads the same
# runtime as the library), PKG_CONFIG (default pkg-config).
set -euo pipefail

if [ "$#" -ne 1 ]; then
    echo "usage: $0 BUILD_DIR" >&2
    exit 2
fi
build=$(cd "$1" && pwd)
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
cmake=${CMAKE:-cmake}
cc=${CC:-cc}
pkgconfig=${PKG_CONFIG:-pkg-config}
read -ra user_cflags <<<"${CFLAGS:-}"
read -ra user_ldflags <<<"${LDFLAGS:-}"

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
prefix=$tmp/prefix
log=$tmp/log

# Runs a command quietly; on failure shows its output and stops.
step() {
    local what=$1
    shift
    if ! "$@" >"$log" 2>&1; then
        echo "consumer: FAILED: $what" >&2
        echo "  command: $*" >&2
        cat "$log" >&2
        exit 1
    fi
    echo "consumer: ok: $what"
}

step "install into a temporary prefix" "$cmake" --install "$build" --prefix "$prefix"

# 1, 2: CMake package.
gen=()
if [ -n "${CMAKE_GENERATOR:-}" ]; then
    gen=(-G "$CMAKE_GENERATOR")
fi
step "configure with find_package(figparse)" \
    "$cmake" -S "$here" -B "$tmp/cmake" "${gen[@]}" -DCMAKE_BUILD_TYPE=Debug \
    -DCMAKE_C_COMPILER="$cc" -DCMAKE_PREFIX_PATH="$prefix"
step "build with figparse::figparse and figparse::figparse_static" \
    "$cmake" --build "$tmp/cmake"
step "run (CMake, shared)" "$tmp/cmake/consumer_shared"
step "run (CMake, static)" "$tmp/cmake/consumer_static"

# 3, 4: pkg-config.
pcfile=$(find "$prefix" -name figparse.pc -print -quit)
if [ -z "$pcfile" ]; then
    echo "consumer: FAILED: no figparse.pc under $prefix" >&2
    exit 1
fi
export PKG_CONFIG_PATH="${pcfile%/*}${PKG_CONFIG_PATH:+:$PKG_CONFIG_PATH}"
libdir=$("$pkgconfig" --variable=libdir figparse)
read -ra pc_cflags <<<"$("$pkgconfig" --cflags figparse)"
read -ra pc_libs <<<"$("$pkgconfig" --libs figparse)"
read -ra pc_static_cflags <<<"$("$pkgconfig" --static --cflags figparse)"
read -ra pc_static_libs <<<"$("$pkgconfig" --static --libs figparse)"
static_libs=()
for word in "${pc_static_libs[@]}"; do
    if [ "$word" = "-lfigparse" ]; then
        # libfigparse.so sits beside the archive: ask for the archive.
        static_libs+=("-Wl,-Bstatic" -lfigparse "-Wl,-Bdynamic")
    else
        static_libs+=("$word")
    fi
done

step "compile with pkg-config (shared)" \
    "$cc" "${user_cflags[@]}" "${pc_cflags[@]}" "$here/main.c" -o "$tmp/pc_shared" \
    "${user_ldflags[@]}" "${pc_libs[@]}"
step "run (pkg-config, shared)" env LD_LIBRARY_PATH="$libdir" "$tmp/pc_shared"

step "compile with pkg-config --static" \
    "$cc" -DFIGPARSE_STATIC "${user_cflags[@]}" "${pc_static_cflags[@]}" "$here/main.c" \
    -o "$tmp/pc_static" "${user_ldflags[@]}" "${static_libs[@]}"
if command -v readelf >/dev/null 2>&1 && readelf -d "$tmp/pc_static" | grep -q 'libfigparse'; then
    echo "consumer: FAILED: the static program still needs libfigparse.so" >&2
    readelf -d "$tmp/pc_static" >&2
    exit 1
fi
step "run (pkg-config, static)" env -u LD_LIBRARY_PATH "$tmp/pc_static"

# The installed tool finds its library through its relative RPATH.
if [ -x "$prefix/bin/figparse" ]; then
    step "run the installed figparse --version" env -u LD_LIBRARY_PATH "$prefix/bin/figparse" --version
fi
echo "consumer: all passed"
