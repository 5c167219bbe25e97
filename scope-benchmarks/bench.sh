#!/usr/bin/env bash
# Runs Scopegate's JMH suite (scope-benchmarks/target/benchmarks.jar) from the repository root.
#
#   scope-benchmarks/bench.sh full    the whole suite with -prof gc and CPU time (about 40 minutes on 2 cores);
#                                     writes scope-benchmarks/results/ and regenerates BENCHMARKS.md
#   scope-benchmarks/bench.sh quick   one fork, short iterations, same profilers (under 3 minutes);
#                                     writes scope-benchmarks/target/quick/ (BENCHMARKS.md there)
#   scope-benchmarks/bench.sh cli     only the command-line timing (bin/scope lint on Okta's document, 7 fresh
#                                     JVMs under /usr/bin/time -v); replaces its lines in
#                                     scope-benchmarks/results/run.properties and regenerates BENCHMARKS.md
#   scope-benchmarks/bench.sh smoke   every benchmark once, in process, stopping at the first error
#                                     (a benchmark whose implementations disagree fails its setup), and the
#                                     memory measurement once; for CI
#
# quick and full also measure the compiled rules' memory (RuleMemory, JOL) and time the command-line
# tool after JMH, and add both to run.properties, from which the report takes those targets.
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
  echo "usage: scope-benchmarks/bench.sh full|quick|cli|smoke [JMH options]" >&2
  exit 2
}

[ -n "$mode" ] || usage
if [ ! -f "$jar" ]; then
  echo "bench.sh: $jar is missing; build it first: ./mvnw -B -pl scope-benchmarks -am package" >&2
  exit 2
fi

# The commit measured, marked " (uncommitted changes)" when the tree differs from it; the files a
# run writes itself (scope-benchmarks/results/ and BENCHMARKS.md) do not count.
measured_commit() {
  echo "$(git rev-parse --short HEAD)$(git diff --quiet HEAD -- . ':(exclude)BENCHMARKS.md' ':(exclude)scope-benchmarks/results' 2>/dev/null || echo ' (uncommitted changes)')"
}

# The compiled rules' retained memory (JOL), as run-description lines: memory.rules.bytes=...
memory() {
  "$java" -cp "$jar" dev.scopegate.benchmarks.RuleMemory 2>/dev/null | grep '^memory\.'
}

# bin/scope lint on Okta's 3.5 MB OpenAPI document, each run a fresh JVM timed by /usr/bin/time -v,
# as run-description lines: cli.lint.wall, cli.lint.cpu (user + system) and cli.lint.rssKiB list
# one value per run. The first run is not timed: it builds the jar if needed and records the
# class-data-sharing archive the timed runs map, as any user's first run does.
cli_timing() {
  local spec=../shared/realworld-specs/okta-management.yaml runs=7 t status wall cpu rss
  if [ ! -f "$spec" ]; then
    echo "bench.sh: $spec is missing; the command-line timing is not measured" >&2
    return 1
  fi
  if [ ! -x /usr/bin/time ]; then
    echo "bench.sh: /usr/bin/time is missing (Debian package 'time'); the command-line timing is not measured" >&2
    return 1
  fi
  status=0
  bin/scope lint "$spec" >/dev/null || status=$?
  if [ "$status" -gt 1 ]; then
    echo "bench.sh: bin/scope lint $spec failed (exit $status); the command-line timing is not measured" >&2
    return 1
  fi
  t=$(mktemp)
  wall=() cpu=() rss=()
  for _ in $(seq "$runs"); do
    /usr/bin/time -v -o "$t" bin/scope lint "$spec" >/dev/null 2>&1 || true
    wall+=("$(awk -F': ' '/Elapsed \(wall clock\)/ { n = split($2, p, ":"); s = 0; for (i = 1; i <= n; i++) s = s * 60 + p[i]; printf "%.2f", s }' "$t")")
    cpu+=("$(awk -F': ' '/User time/ { u = $2 } /System time/ { y = $2 } END { printf "%.2f", u + y }' "$t")")
    rss+=("$(awk -F': ' '/Maximum resident set size/ { print $2 }' "$t")")
  done
  rm -f "$t"
  echo "cli.lint.command=bin/scope lint $spec"
  echo "cli.lint.bytes=$(wc -c <"$spec" | tr -d ' ')"
  echo "cli.lint.date=$(date -u '+%Y-%m-%d %H:%M')"
  echo "cli.lint.commit=$(measured_commit)"
  echo "cli.lint.wall=${wall[*]}"
  echo "cli.lint.cpu=${cpu[*]}"
  echo "cli.lint.rssKiB=${rss[*]}"
}

case "$mode" in
  cli)
    out=scope-benchmarks/results
    lines=$(cli_timing)
    { grep -v '^cli\.' "$out/run.properties"; echo "$lines"; } >"$out/run.properties.new"
    mv "$out/run.properties.new" "$out/run.properties"
    echo "$lines"
    "$java" -cp "$jar" dev.scopegate.benchmarks.report.Report "$out/benchmarks.json" "$out/run.properties" BENCHMARKS.md
    echo "bench.sh: wrote $out/run.properties and BENCHMARKS.md"
    exit 0
    ;;
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
commit="$(measured_commit)"
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
cli_timing >>"$out/run.properties" || echo "bench.sh: the report shows the command-line timing as not measured" >&2
"$java" -cp "$jar" dev.scopegate.benchmarks.report.Report "$results" "$out/run.properties" "$report"
echo "bench.sh: wrote $results and $report"
