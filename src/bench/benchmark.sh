#!/usr/bin/env bash
# Benchmarks (not tests): ingest vs a bare Tika parse on ~500 replicated sample PDFs (every round
# of either in a fresh JVM), with peak RSS, then diff and search-by-code medians on synthetic data.
# Prints figures; asserts nothing.
#   src/bench/benchmark.sh [files=500] [rounds=3]
set -euo pipefail
cd "$(dirname "$0")/../.."
files=${1:-500}
rounds=${2:-3}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

./mvnw -q -B -DskipTests package test-compile
./mvnw -q -B dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile="$work/cp.txt" >/dev/null
cp="target/test-classes:target/classes:$(cat "$work/cp.txt")"

echo "building a corpus of $files PDFs from sample-docs/*.pdf (each made distinct by a trailing comment)"
mkdir -p "$work/corpus"
mapfile -t pdfs < <(ls sample-docs/*.pdf)
for ((i = 0; i < files; i++)); do
  src=${pdfs[$((i % ${#pdfs[@]}))]}
  out=$(printf '%s/corpus/%04d-%s' "$work" "$i" "$(basename "$src")")
  cat "$src" > "$out"
  printf '\n%%copy %d\n' "$i" >> "$out"
done

export OMP_THREAD_LIMIT=1
# Both sides are measured the same way: each round is a fresh JVM doing one pass over the corpus,
# as a nightly run does (a warm JVM's later rounds would flatter whichever side got them).
: > "$work/tika.txt"
for ((r = 1; r <= rounds; r++)); do
  line=$(java -Xmx512m -cp "$cp" com.policyledger.bench.TikaBaseline "$work/corpus" | grep '^tika round')
  echo "${line/round:/round $r:}"
  grep -o '[0-9.]* pages/s' <<<"$line" | head -1 | cut -d' ' -f1 >> "$work/tika.txt"
done

: > "$work/ingest.txt"
for ((r = 1; r <= rounds; r++)); do
  /usr/bin/time -f 'peak RSS %M KB' -o "$work/rss-$r.txt" \
    java -Xmx512m -jar target/policyledger.jar ingest "$work/corpus" --policyledger.data-dir="$work/data-$r" \
    > "$work/ingest-$r.txt" 2>&1
  line=$(grep '^ingest finished' "$work/ingest-$r.txt")
  echo "ingest round $r: ${line#ingest finished: }; $(cat "$work/rss-$r.txt")"
  grep -o '[0-9.]* pages/s' <<<"$line" | head -1 | cut -d' ' -f1 >> "$work/ingest.txt"
  grep '^time:' "$work/ingest-$r.txt" || true
done

median() { sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }
tika=$(median < "$work/tika.txt")
ingest=$(median < "$work/ingest.txt")
rss=$(cat "$work"/rss-*.txt | awk '{print $3}' | median)
echo "----"
echo "bare Tika median: $tika pages/s"
echo "ingest median:    $ingest pages/s"
echo "ratio ingest / bare Tika: $(awk -v a="$ingest" -v b="$tika" 'BEGIN {printf "%.2f", a / b}') (target >= 0.8)"
echo "ingest peak RSS median: $((rss / 1024)) MB (-Xmx512m)"
echo "----"
java -Xmx512m -cp "$cp" com.policyledger.bench.QueryBenchmark
