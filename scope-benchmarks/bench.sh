#!/usr/bin/env bash
# Runs Scopegate's JMH suite (scope-benchmarks/target/benchmarks.jar) from the repository root.
#
#   scope-benchmarks/bench.sh full    the whole suite with -prof gc and CPU time (about 40 minutes on 2 cores);
#                                     writes scope-benchmarks/results/ and regenerates BENCHMARKS.md
#   scope-benchmarks/bench.sh quick   one fork, short iterations, same profilers (under 3 minutes);
#                                     writes scope-benchmarks/target/quick/ (BENCHMARKS.md there)
#   scope-benchmarks/bench.sh smoke   every benchmark once, in process, stopping at the first error
#                                     (a benchmark whose implementations disagree fails its setup), and the
#                                     memory measurement once; for CI
#
# quick and full also measure the compiled rules' memory (RuleMemory, JOL) after JMH and add it to
# run.properties, from which the report takes the memory target.
#
# Further arguments go to JMH, e.g. `bench.sh quick TokenPathBenchmark -p scenario=ONE_ALLOWED`.
# Uses $JAVA_HOME/bin/java when JAVA_HOME is set.
set -euo pipefail
cd "$(dirname "$0")/.."

java="${JAVA_HOME:+$JAVA_HOME/bin/}java"
jar=scope-benchmarks/target/benchmarks.jar
mode="${1:-}"
[ $# -gt 0 ] && shift

usage() {
  echo "usage: scope-benchmarks/bench.sh full|quick|smoke [JMH options]" >&2
  exit 2
}

[ -n "$mode" ] || usage
if [ ! -f "$jar" ]; then
  echo "bench.sh: $jar is missing; build it first: ./mvnw -B -pl scope-benchmarks -am package" >&2
  exit 2
fi

# The compiled rules' retained memory (JOL), as run-description lines: memory.rules.bytes=...
memory() {
  "$java" -cp "$jar" dev.scopegate.benchmarks.RuleMemory 2>/dev/null | grep '^memory\.'
}

case "$mode" in
  smoke)
    log=$(mktemp)
    if "$java" -jar "$jar" -f 0 -bm ss -wi 0 -i 1 -foe true "$@" >"$log" 2>&1; then
      echo "bench.sh smoke: $(grep -c '^# Benchmark:' "$log") benchmark runs passed"
      rm -f "$log"
      if ! bytes=$(memory | grep '^memory\.rules\.bytes='); then
        echo "bench.sh smoke: the memory measurement (RuleMemory) failed" >&2
        exit 1
      fi
      echo "bench.sh smoke: compiled rules of 1,000 routes over 1,024 scopes: ${bytes#memory.rules.bytes=} bytes"
      exit 0
    fi
    failed=$(grep '^# Benchmark:' "$log" | tail -n 1 | sed 's/^# Benchmark: //')
    params=$(grep '^# Parameters:' "$log" | tail -n 1 | sed 's/^# Parameters: //')
    cause=$(grep -m 1 -E '^(\s*Suppressed: |Caused by: |)[a-zA-Z.]+(Exception|Error): ' "$log" | sed 's/^\s*Suppressed: //')
    echo "bench.sh smoke: $failed ${params:+$params }failed: ${cause:-see the output below}" >&2
    tail -n 40 "$log" >&2
    rm -f "$log"
    exit 1
    ;;
  quick)
    out=scope-benchmarks/target/quick
    report=$out/BENCHMARKS.md
    jmh=(-f 1 -wi 1 -w 400ms -i 2 -r 200ms -prof gc -prof dev.scopegate.benchmarks.CpuTimeProfiler)
    ;;
  full)
    out=scope-benchmarks/results
    report=BENCHMARKS.md
    jmh=(-prof gc -prof dev.scopegate.benchmarks.CpuTimeProfiler)
    ;;
  *)
    usage
    ;;
esac

mkdir -p "$out"
results=$out/benchmarks.json
args=("${jmh[@]}" -rf json -rff "$results" "$@")
# Read the commit before run.properties (a tracked file) is rewritten, or the tree always looks dirty.
commit="$(git rev-parse --short HEAD)$(git diff --quiet HEAD -- 2>/dev/null || echo ' (uncommitted changes)')"
{
  echo "command=java -jar $jar ${args[*]}"
  echo "date=$(date -u '+%Y-%m-%d %H:%M')"
  echo "commit=$commit"
  echo "cpu=$(grep -m 1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ *//')"
  echo "cores=$(nproc)"
  echo "os=$(uname -srm)"
  echo "loadBefore=$(cut -d' ' -f1-3 /proc/loadavg)"
} >"$out/run.properties"

"$java" -jar "$jar" "${args[@]}" | tee scope-benchmarks/target/bench-"$mode".log

echo "loadAfter=$(cut -d' ' -f1-3 /proc/loadavg)" >>"$out/run.properties"
memory >>"$out/run.properties" || echo "bench.sh: the memory measurement (RuleMemory) failed; the report shows it as not measured" >&2
"$java" -cp "$jar" dev.scopegate.benchmarks.report.Report "$results" "$out/run.properties" "$report"
echo "bench.sh: wrote $results and $report"
