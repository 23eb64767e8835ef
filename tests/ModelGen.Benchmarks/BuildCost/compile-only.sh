#!/usr/bin/env bash
# Times the C# compiler alone over folders of .cs files (e.g. the --dump output, or an edited copy of it), with the
# command line the SDK gives a fresh net10.0 class library: same references, options and analyzers, no MSBuild.
# Rounds are interleaved so that load from other work falls on every folder alike; prints median wall and CPU seconds.
#
#   tests/ModelGen.Benchmarks/BuildCost/compile-only.sh [--runs N] [--no-analyzers] FOLDER...
#
# Example: the generated 2026-08 code against an empty folder (the compiler's start-up and the project's own file),
# and against a copy edited to try a change of the generated code before changing the emitters:
#   dotnet run -c Release --project tests/ModelGen.Benchmarks -- --dump /tmp/dump
#   mkdir /tmp/none; cp -r /tmp/dump/openrouter-2026-08.snake_case /tmp/edited   # then edit /tmp/edited
#   tests/ModelGen.Benchmarks/BuildCost/compile-only.sh /tmp/none /tmp/dump/openrouter-2026-08.snake_case /tmp/edited
set -euo pipefail
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

# A class library as `dotnet new classlib` writes it; its detailed build log holds the compiler's command line.
mkdir "$work/Consumer"
cat > "$work/Consumer/Consumer.csproj" <<'PROJECT'
<Project Sdk="Microsoft.NET.Sdk">
  <PropertyGroup>
    <TargetFramework>net10.0</TargetFramework>
    <ImplicitUsings>enable</ImplicitUsings>
    <Nullable>enable</Nullable>
  </PropertyGroup>
</Project>
PROJECT
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
  for folder in "${folders[@]}"; do
    files=("$folder"/*.cs)
    /usr/bin/time -f '%e %U %S' -o "$work/time" dotnet exec "$csc_dll" @"$work/options.rsp" /out:"$work/out.dll" \
      "$work/Consumer/Edited.cs" "$global_usings" ${files[@]+"${files[@]}"} > "$work/compile.log" 2>&1 \
      || { echo "compile of $folder failed:" >&2; grep -m5 'error' "$work/compile.log" >&2; exit 1; }
    read -r wall user system < "$work/time"
    echo "$folder $wall $(echo "$user + $system" | bc)" >> "$work/times"
    echo "round $round: $folder wall ${wall}s" >&2
  done
done

median() { sort -n | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
printf '%-60s %12s %12s\n' "folder (analyzers: $analyzers, $runs runs)" "wall median" "CPU median"
for folder in "${folders[@]}"; do
  wall=$(awk -v f="$folder" '$1 == f { print $2 }' "$work/times" | median)
  cpu=$(awk -v f="$folder" '$1 == f { print $3 }' "$work/times" | median)
  printf '%-60s %11.2fs %11.2fs\n' "$folder" "$wall" "$cpu"
done
