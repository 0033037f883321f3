#!/usr/bin/env bash
# Runs StepProof on every benchmark workload and prints one JSON line per workload, in the same format as
# ../shared/bench/peer/run.sh (the peer interpreter aws-local-stepfunctions), so both can be compared.
# Like the peer script, each workload runs in a fresh process. The JVM uses the serial collector: on this
# 2-core machine G1's concurrent threads compete with the (single-threaded) interpreter and made timings
# bimodal (2.6 ms or 34 ms for the same loop run); see docs/decisions.md D13.
#   benchmarks/run.sh [--workloads DIR] [--warmup N] [--warmup-seconds S] [--runs N]
#       defaults: ../shared/bench/workloads, 3 runs, 3 seconds (warm-up lasts whichever is longer), 21 timed runs
#   benchmarks/run.sh --jmh [JMH args…]     the JMH micro-benchmarks, e.g. ReadValidateBenchmark
#   benchmarks/run.sh --distributed-map [ITEMS]  a distributed Map over ITEMS (default 1,000,000) S3 items in a
#       512 MiB heap; prints wall time and heap high-water mark (DistributedMapBench)
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -B -q -ntp -pl benchmarks -am -DskipTests package dependency:build-classpath \
  -Dmdep.outputFile=target/classpath.txt -Dmdep.includeScope=runtime >&2
CP="benchmarks/target/classes:$(cat benchmarks/target/classpath.txt)"
if [ "${1:-}" = "--distributed-map" ]; then
  shift
  exec java -Xmx512m -XX:+UseSerialGC -cp "$CP" dev.stepproof.benchmarks.DistributedMapBench "$@" 2> >(grep -v '^SLF4J' >&2)
fi
if [ "${1:-}" = "--jmh" ]; then
  shift
  exec java -cp "$CP" org.openjdk.jmh.Main "$@"
fi
dir=../shared/bench/workloads
args=()
while [ $# -gt 0 ]; do
  case "$1" in
    --workloads) dir="$2"; shift 2 ;;
    *) args+=("$1"); shift ;;
  esac
done
status=0
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
for w in "$dir"/*/; do
  name=$(basename "$w")
  rm -rf "${scratch:?}"/*
  cp -r "$w" "$scratch/$name"
  java -XX:+UseSerialGC -cp "$CP" dev.stepproof.benchmarks.WorkloadBench \
    --workloads "$scratch" ${args[@]+"${args[@]}"} 2> >(grep -v '^SLF4J' >&2) || status=1
done
exit $status
