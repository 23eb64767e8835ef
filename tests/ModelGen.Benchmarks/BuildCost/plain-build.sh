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

build() { dotnet build "$1" --disable-build-servers -tl:off -nologo -v:q "${@:2}"; }

# One project per folder; the sources stay where they are (outside the project, so the SDK's globs do not add them).
for i in "${!folders[@]}"; do
  mkdir "$work/P$i"
  cat > "$work/P$i/P$i.csproj" <<PROJECT
<Project Sdk="Microsoft.NET.Sdk">
  <PropertyGroup>
    <TargetFramework>net10.0</TargetFramework>
    <ImplicitUsings>enable</ImplicitUsings>
    <Nullable>enable</Nullable>
  </PropertyGroup>
  <ItemGroup>
    <Compile Include="${folders[$i]}/*.cs" />
  </ItemGroup>
</Project>
PROJECT
  echo "namespace P$i; public static class Edited { public const int Value = 0; }" > "$work/P$i/Class1.cs"
  build "$work/P$i" > "$work/first.log" 2>&1 || { echo "first build of ${folders[$i]} failed:" >&2; grep -m5 'error' "$work/first.log" >&2; exit 1; }
done

for round in $(seq "$runs"); do
  for i in "${!folders[@]}"; do
    echo "namespace P$i; public static class Edited { public const int Value = $round; }" > "$work/P$i/Class1.cs"
    /usr/bin/time -f '%e %U %S' -o "$work/time" bash -c "$(declare -f build); build '$work/P$i' --no-restore" > "$work/build.log" 2>&1 \
      || { echo "build of ${folders[$i]} failed:" >&2; grep -m5 'error' "$work/build.log" >&2; exit 1; }
    read -r wall user system < "$work/time"
    echo "$round $i $wall $(echo "$user + $system" | bc)" >> "$work/times"
    echo "round $round: ${folders[$i]} wall ${wall}s" >&2
  done
done

median() { sort -n | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
# The ratio of each round to the first folder's build in the same round, then the median and range of those.
ratios() { awk -v f="$1" -v c="$2" '$2 == 0 { base[$1] = $c } $2 == f { mine[$1] = $c } END { for (r in mine) print mine[r] / base[r] }' "$work/times"; }
printf '%-56s %10s %10s %22s %10s\n' "folder ($runs runs, medians)" "wall" "CPU" "wall / first (range)" "CPU / first"
for i in "${!folders[@]}"; do
  wall=$(awk -v f="$i" '$2 == f { print $3 }' "$work/times" | median)
  cpu=$(awk -v f="$i" '$2 == f { print $4 }' "$work/times" | median)
  wall_ratio=$(ratios "$i" 3 | median)
  range=$(ratios "$i" 3 | sort -n | awk 'NR == 1 { lo = $1 } { hi = $1 } END { printf "%.2f-%.2f", lo, hi }')
  cpu_ratio=$(ratios "$i" 4 | median)
  printf '%-56s %9.2fs %9.2fs %10.2f (%s) %10.2f\n' "${folders[$i]}" "$wall" "$cpu" "$wall_ratio" "$range" "$cpu_ratio"
done
