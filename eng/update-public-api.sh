#!/usr/bin/env bash
# Records the current public API of every packable project in its PublicAPI.Unshipped.txt.
# Run it after a deliberate API change, then review the diff: that diff is the API review.
set -euo pipefail
cd "$(dirname "$0")/.."
for project in src/*/; do
  name=$(basename "$project")
  [ -f "$project/PublicAPI.Unshipped.txt" ] || continue
  printf '#nullable enable\n' > "$project/PublicAPI.Unshipped.txt"
  log=$(mktemp)
  dotnet build "$project/$name.csproj" -nologo -clp:NoSummary -p:TreatWarningsAsErrors=false --no-incremental >"$log" 2>&1 || true
  # Only this project's diagnostics: a build also compiles (and reports on) the projects it references.
  grep -F "[$(pwd)/${project%/}/$name.csproj]" "$log" \
    | grep -o "RS0016: Symbol '.*' is not part of the declared public API" \
    | sed -e "s/^RS0016: Symbol '//" -e "s/' is not part of the declared public API$//" \
    | LC_ALL=C sort -u >> "$project/PublicAPI.Unshipped.txt"
  rm -f "$log"
  echo "$name: $(($(wc -l < "$project/PublicAPI.Unshipped.txt") - 1)) unshipped symbols"
done
