# Shared by compile-only.sh and plain-build.sh (sourced, not run): the class library both build, timing one build of
# a folder in a round, and the table of medians and per-round ratios. Expects $work (a temporary folder) and the array
# folders.

# library_project FILE [SOURCES]: a net10.0 class library as `dotnet new classlib` writes it, compiling also the .cs
# files of the folder SOURCES when given (outside the project folder, so the SDK's default globs do not add them).
library_project() {
  local sources=""
  [ -z "${2:-}" ] || sources="
  <ItemGroup>
    <Compile Include=\"$2/*.cs\" />
  </ItemGroup>"
  cat > "$1" <<PROJECT
<Project Sdk="Microsoft.NET.Sdk">
  <PropertyGroup>
    <TargetFramework>net10.0</TargetFramework>
    <ImplicitUsings>enable</ImplicitUsings>
    <Nullable>enable</Nullable>
  </PropertyGroup>$sources
</Project>
PROJECT
}

# timed ROUND INDEX LOG COMMAND...: runs the command (output to LOG), records its wall and CPU seconds; on failure
# prints the first errors and exits.
timed() {
  local round=$1 index=$2 log=$3
  shift 3
  /usr/bin/time -f '%e %U %S' -o "$work/time" "$@" > "$log" 2>&1 \
    || { echo "build of ${folders[$index]} failed:" >&2; grep -m5 'error' "$log" >&2; exit 1; }
  local wall user system
  read -r wall user system < "$work/time"
  echo "$round $index $wall $(echo "$user + $system" | bc)" >> "$work/times"
  echo "round $round: ${folders[$index]} wall ${wall}s" >&2
}

median() { sort -n | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }

# The ratio of each round's time (column 3 wall, 4 CPU) of folder $1 to the first folder's in the same round.
ratios() { awk -v f="$1" -v c="$2" '$2 == 0 { base[$1] = $c } $2 == f { mine[$1] = $c } END { for (r in mine) print mine[r] / base[r] }' "$work/times"; }

# report TITLE: one row per folder: median wall and CPU, and the median (min-max) of the per-round ratios.
report() {
  printf '%-56s %10s %10s %22s %10s\n' "$1" "wall" "CPU" "wall / first (range)" "CPU / first"
  local i wall cpu wall_ratio range cpu_ratio
  for i in "${!folders[@]}"; do
    wall=$(awk -v f="$i" '$2 == f { print $3 }' "$work/times" | median)
    cpu=$(awk -v f="$i" '$2 == f { print $4 }' "$work/times" | median)
    wall_ratio=$(ratios "$i" 3 | median)
    range=$(ratios "$i" 3 | sort -n | awk 'NR == 1 { lo = $1 } { hi = $1 } END { printf "%.2f-%.2f", lo, hi }')
    cpu_ratio=$(ratios "$i" 4 | median)
    printf '%-56s %9.2fs %9.2fs %10.2f (%s) %10.2f\n' "${folders[$i]}" "$wall" "$cpu" "$wall_ratio" "$range" "$cpu_ratio"
  done
}
