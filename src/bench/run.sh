#!/usr/bin/env bash
# claimcheck's benchmark: start-up and throughput side by side, in one run, with wall time, CPU time
# and peak memory (medians of several runs, /usr/bin/time). See docs/benchmarks.md.
#
#   src/bench/run.sh                  # the full run: seed, then 10k, 100k and 1M claims
#   src/bench/run.sh --quick          # seed, 10k and 100k only
#   src/bench/run.sh --startup        # seed start-up and watch latencies only (about 2 minutes)
#
# BENCH_DIR (default /tmp/claimcheck-bench) keeps the generated corpora between runs.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../.."
root="$(pwd)"
work="${BENCH_DIR:-/tmp/claimcheck-bench}"
sizes=(500 5000 50000)            # articles of 20 claims: 10k, 100k and 1M claims
[[ "${1:-}" == "--quick" ]] && sizes=(500 5000)
[[ "${1:-}" == "--startup" ]] && sizes=()
mkdir -p "$work"
export CLAIMCHECK_CACHE="$work/cache"
[[ -x /usr/bin/time ]] || { echo "needs /usr/bin/time (Debian package 'time')" >&2; exit 2; }

./claimcheck --version >/dev/null   # builds the jar if needed

# sample NAME COMMAND...: one run, its wall, user and system time and peak RSS added to NAME's samples.
samples_of() { echo "$work/samples-$(printf '%s' "$1" | tr -c 'a-zA-Z0-9' '-').txt"; }
sample() {
  local name="$1"; shift
  /usr/bin/time -f "%e %U %S %M" -o "$work/one.txt" "$@" >/dev/null 2>"$work/stderr.txt" || true
  tail -1 "$work/one.txt" >> "$(samples_of "$name")"
}
# summarize NAME: records and prints the medians of NAME's samples: wall, CPU (user+sys) and peak RSS.
results=()
summarize() {
  local name="$1" samples runs wall cpu rss range
  samples="$(samples_of "$name")"
  runs=$(wc -l < "$samples")
  wall=$(awk '{print $1}' "$samples" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}')
  cpu=$(awk '{printf "%.2f\n", $2+$3}' "$samples" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}')
  rss=$(awk '{print $4}' "$samples" | sort -n | awk '{a[NR]=$1} END {printf "%d\n", a[int((NR+1)/2)]/1024}')
  range=$(awk '{print $1}' "$samples" | sort -n | awk 'NR == 1 {lo=$1} END {printf "%s-%s", lo, $1}')
  results+=("$name|$runs|$wall|$cpu|$rss")
  printf "%-44s %4s runs  wall %6ss (%s)  cpu %6ss  peak %5s MB\n" "$name" "$runs" "$wall" "$range" "$cpu" "$rss" >&2
}
# measure NAME RUNS COMMAND...: RUNS runs in a row, then their medians.
measure() {
  local name="$1" runs="$2"; shift 2
  : > "$(samples_of "$name")"
  for ((i = 0; i < runs; i++)); do sample "$name" "$@"; done
  summarize "$name"
}
ratio() { awk -v a="$1" -v b="$2" 'BEGIN {printf "%.2fx", a/b}'; }
wall_of() {
  local r n w
  for r in "${results[@]}"; do
    IFS='|' read -r n _ w _ _ <<< "$r"
    if [[ "$n" == "$1" ]]; then echo "$w"; fi
  done
  return 0
}

# Start-up: the floor, the seed with rules unchanged, and the seed after a rule change, in alternating
# runs (one of each in turn), so that the load of a shared machine weighs on all three alike.
./claimcheck verify >/dev/null            # makes the rule cache and the class-data archive
./claimcheck verify >/dev/null
rm -rf "$work/rules-changing" && cp -r rules "$work/rules-changing"
startup=("claimcheck --version" "verify seed, rules unchanged" "verify seed, after a rule change")
for name in "${startup[@]}"; do : > "$(samples_of "$name")"; done
for ((i = 0; i < 10; i++)); do
  sample "${startup[0]}" ./claimcheck --version
  sample "${startup[1]}" ./claimcheck verify
  # Each run edits a rule first (a comment is enough to change the cache key), so it compiles.
  sample "${startup[2]}" bash -c \
    'echo "// $(date +%s%N)" >> "$1/time.drl" && exec ./claimcheck verify --rules "$1"' _ "$work/rules-changing"
done
for name in "${startup[@]}"; do summarize "$name"; done
target() {
  local r; r=$(awk -v a="$(wall_of "$1")" -v b="$(wall_of "${startup[0]}")" 'BEGIN {printf "%.2f", a/b}')
  awk -v r="$r" -v t="$2" -v n="$1" 'BEGIN {printf "%s: %.2fx of --version (target at most %dx): %s\n", n, r, t, r <= t ? "met" : "not met"}'
}
target "${startup[1]}" 2
target "${startup[2]}" 4

# paired_1m CLAIMS CORPUS: parse-only and verify alternating, 3 runs each; medians of wall, CPU, peak RSS
# and peak heap (the most the heap held before a collection, from -Xlog:gc).
paired_1m() {
  local claims="$1" corpus="$2" i kind
  : > "$work/paired-parse.txt"; : > "$work/paired-verify.txt"
  for ((i = 0; i < 3; i++)); do
    for kind in parse verify; do
      local args=(bench parse "$corpus")
      [[ "$kind" == verify ]] && args=(verify --facts "$corpus" --format github --no-fail)
      CLAIMCHECK_JAVA_OPTS="${CLAIMCHECK_JAVA_OPTS:-} -Xlog:gc:file=$work/gc.log" \
        /usr/bin/time -f "%e %U %S %M" -o "$work/one.txt" ./claimcheck "${args[@]}" >/dev/null 2>"$work/stderr.txt" || true
      echo "$(tail -1 "$work/one.txt") $(grep -o '[0-9]*M->' "$work/gc.log" | sed 's/M->//' | sort -n | tail -1)" \
        >> "$work/paired-$kind.txt"
    done
  done
  local name
  for kind in parse verify; do
    [[ "$kind" == parse ]] && name="parse-only $claims claims" || name="verify $claims claims"
    local med=() col
    for col in 1 2 4 5; do
      # A run without a collection has no peak heap in its log: the median is then of the others.
      med+=("$(awk -v c="$col" '$c != "" {v = (c == 2) ? $2 + $3 : $c; print v}' "$work/paired-$kind.txt" | sort -n \
        | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}')")
    done
    results+=("$name|3|${med[0]}|${med[1]}|$((med[2] / 1024))")
    printf "%-44s    3 runs  wall %6ss  cpu %6ss  peak RSS %5s MB  peak heap %5s MB (paired)\n" "$name" "${med[0]}" \
      "${med[1]}" "$((med[2] / 1024))" "${med[3]}" >&2
    echo "$name: peak heap ${med[3]} MB" >> "$work/heaps.txt"
  done
}

# Throughput: Jackson alone over each corpus (the floor), then verify over it.
: > "$work/heaps.txt"
planted_ok=yes
for articles in "${sizes[@]}"; do
  claims=$((articles * 20))
  corpus="$work/corpus-$articles"
  [[ -f "$corpus/planted.txt" ]] || ./claimcheck bench generate --articles "$articles" --out "$corpus" >&2
  if [[ "$articles" -ge 50000 ]]; then
    # 1M claims: three paired runs, parse-only and verify alternating (the machine is shared and noisy,
    # so the two are measured side by side), with the peak heap from the GC log besides the peak RSS.
    paired_1m "$claims" "$corpus"
  else
    measure "parse-only $claims claims" 3 ./claimcheck bench parse "$corpus"
    measure "verify $claims claims" 3 ./claimcheck verify --facts "$corpus" --format github --no-fail
  fi
  ./claimcheck verify --facts "$corpus" --format github --no-fail > "$work/findings-$articles.txt"
  ./claimcheck bench planted "$corpus" "$work/findings-$articles.txt" >&2 || planted_ok=no
done

echo
echo "| case | runs | wall (median) | CPU | peak RSS | ratio |"
echo "|---|---|---|---|---|---|"
floor=$(wall_of "claimcheck --version")
for r in "${results[@]}"; do
  IFS='|' read -r name runs wall cpu rss <<< "$r"
  case "$name" in
    "verify seed"*) note="$(ratio "$wall" "$floor") of --version" ;;
    "verify "*" claims") n="${name#verify }"; note="$(ratio "$wall" "$(wall_of "parse-only $n")") of parse-only" ;;
    *) note="" ;;
  esac
  echo "| $name | $runs | $wall s | $cpu s | $rss MB | $note |"
done
if [[ ${#sizes[@]} -ge 2 ]]; then
  small=$(wall_of "verify $((sizes[0] * 20)) claims"); last=$(wall_of "verify $((sizes[-1] * 20)) claims")
  echo
  echo "scaling: $((sizes[-1] / sizes[0]))x the claims took $(ratio "$last" "$small") the time"
fi
[[ -s "$work/heaps.txt" ]] && cat "$work/heaps.txt"
[[ ${#sizes[@]} -gt 0 ]] && echo "planted errors all found: $planted_ok"

# Watch mode: from a file's save to the new report of 'verify --watch' on the seed, 20 facts edits and
# 20 rule edits (medians, p90, and the CPU time each took); goals: facts under 100 ms, rules under 400 ms.
echo
./claimcheck bench watch --edits 20
