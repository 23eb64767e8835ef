#!/usr/bin/env bash
# Times the C# compiler alone over folders of .cs files (e.g. the --dump output, or an edited copy of it), with the
# command line the SDK gives a fresh net10.0 class library: same references, options and analyzers, no MSBuild.
# Rounds are interleaved so that load from other work falls on every folder alike; prints median wall and CPU seconds
# and each folder's per-round ratio to the first folder.
#
#   tests/ModelGen.Benchmarks/BuildCost/compile-only.sh [--runs N] [--no-analyzers] FOLDER...
#
# Example: the generated 2026-08 code against an empty folder (the compiler's start-up and the project's own file),
# and against a copy edited to try a change of the generated code before changing the emitters:
#   dotnet run -c Release --project tests/ModelGen.Benchmarks -- --dump /tmp/dump
#   mkdir /tmp/none; cp -r /tmp/dump/openrouter-2026-08.snake_case /tmp/edited   # then edit /tmp/edited
#   tests/ModelGen.Benchmarks/BuildCost/compile-only.sh /tmp/none /tmp/dump/openrouter-2026-08.snake_case /tmp/edited
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
runs=3
analyzers=true
folders=()
while [ $# -gt 0 ]; do
  case "$1" in
    --runs) runs=$2; shift 2 ;;
    --no-analyzers) analyzers=false; shift ;;
    *) folders+=("$(cd "$1" && pwd)"); shift ;;
  esac
done
[ ${#folders[@]} -gt 0 ] || { echo "usage: $0 [--runs N] [--no-analyzers] FOLDER..." >&2; exit 2; }

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 MSBUILDDISABLENODEREUSE=1 DOTNET_CLI_USE_MSBUILD_SERVER=0

source "$here/rounds.sh"

# A class library as `dotnet new classlib` writes it; its detailed build log holds the compiler's command line.
mkdir "$work/Consumer"
library_project "$work/Consumer/Consumer.csproj"
echo 'namespace Consumer; public static class Edited { public const int Value = 1; }' > "$work/Consumer/Edited.cs"
dotnet build "$work/Consumer" -v:d -p:UseSharedCompilation=false > "$work/build.log"
command=$(grep -m1 -E '^\s+\S+/csc(\.exe)? /noconfig' "$work/build.log" | sed -E 's/^\s+//')
[ -n "$command" ] || { echo "no compiler command line in the build log" >&2; exit 1; }
csc_dll="$(dirname "$(echo "$command" | cut -d' ' -f1)")/csc.dll"

# One option per line; the project's own sources and outputs are replaced by each folder's files and a temporary output.
cd "$work/Consumer"
echo "$command" | cut -d' ' -f2- | xargs -n1 printf '%s\n' \
  | grep -vE '^/out:|^/refout:|\.cs$' \
  | { if [ "$analyzers" = true ]; then cat; else grep -v '^/analyzer:'; fi } \
  | sed -E 's/^(.*[ ;].*)$/"\1"/' > "$work/options.rsp"
global_usings=$(ls obj/Debug/net10.0/*.GlobalUsings.g.cs)

shopt -s nullglob
for round in $(seq "$runs"); do
  for i in "${!folders[@]}"; do
    files=("${folders[$i]}"/*.cs)
    timed "$round" "$i" "$work/compile.log" dotnet exec "$csc_dll" @"$work/options.rsp" /out:"$work/out.dll" \
      "$work/Consumer/Edited.cs" "$global_usings" ${files[@]+"${files[@]}"}
  done
done
report "folder (analyzers: $analyzers, $runs runs, medians)"
