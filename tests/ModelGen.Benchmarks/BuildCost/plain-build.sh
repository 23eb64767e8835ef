#!/usr/bin/env bash
# What a folder of C# costs in the user's build, with no generator: each folder's .cs files become plain sources of a
# net10.0 class library (as `dotnet new classlib` writes it), and each round edits the project's own file and times
# `dotnet build` in a fresh process (no build servers, no node reuse), as --build-cost does for the generator's
# projects. Rounds are interleaved; prints median wall and CPU seconds and each folder's per-round ratio to the first.
#
#   tests/ModelGen.Benchmarks/BuildCost/plain-build.sh [--runs N] FOLDER...
#
# Used to bound what a change to the generated code could gain before making it: dump the output, edit copies of it
# (say, strip every converter), and build them against an empty folder:
#   dotnet run -c Release --project tests/ModelGen.Benchmarks -- --dump /tmp/dump
#   mkdir /tmp/none; tests/ModelGen.Benchmarks/BuildCost/plain-build.sh /tmp/none /tmp/dump/openrouter-2026-08.snake_case /tmp/edited
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
runs=3
folders=()
while [ $# -gt 0 ]; do
  case "$1" in
    --runs) runs=$2; shift 2 ;;
    *) folders+=("$(cd "$1" && pwd)"); shift ;;
  esac
done
[ ${#folders[@]} -gt 0 ] || { echo "usage: $0 [--runs N] FOLDER..." >&2; exit 2; }

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 MSBUILDDISABLENODEREUSE=1 DOTNET_CLI_USE_MSBUILD_SERVER=0 UseSharedCompilation=false

source "$here/rounds.sh"

# One project per folder, compiling that folder's files where they are.
for i in "${!folders[@]}"; do
  mkdir "$work/P$i"
  library_project "$work/P$i/P$i.csproj" "${folders[$i]}"
  echo "namespace P$i; public static class Edited { public const int Value = 0; }" > "$work/P$i/Class1.cs"
  dotnet build "$work/P$i" --disable-build-servers -tl:off -nologo -v:q > "$work/first.log" 2>&1 \
    || { echo "first build of ${folders[$i]} failed:" >&2; grep -m5 'error' "$work/first.log" >&2; exit 1; }
done

for round in $(seq "$runs"); do
  for i in "${!folders[@]}"; do
    echo "namespace P$i; public static class Edited { public const int Value = $round; }" > "$work/P$i/Class1.cs"
    timed "$round" "$i" "$work/build.log" dotnet build "$work/P$i" --no-restore --disable-build-servers -tl:off -nologo -v:q
  done
done
report "folder ($runs runs, medians)"
