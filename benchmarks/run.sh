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
#   benchmarks/run.sh --scale               the scale benchmarks (ScaleBench), one JSON line each, with heap high-water
#       marks: a 10,000-state definition; the audit of 1,000 definitions; 250 KiB payloads through 1,000 states;
#       1,000 scenario cases in one generated Maven module (benchmarks/target/scale-module), through the engine
#       in-process and through `mvnw surefire:test`. The module resolves stepproof-junit from a private local
#       repository (benchmarks/target/m2, with ~/.m2 as its read-only tail), never from an install into ~/.m2.
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
if [ "${1:-}" = "--scale" ]; then
  bench() { # -Xmx, then ScaleBench's arguments
    local xmx=$1; shift
    java -XX:+UseSerialGC "-Xmx$xmx" -cp "$CP" dev.stepproof.benchmarks.ScaleBench "$@" 2> >(grep -v '^SLF4J' >&2)
  }
  bench 1g definition 10000
  bench 512m audit 1000
  bench 256m payloads 1000 250 100
  module=benchmarks/target/scale-module
  repo=(-Dmaven.repo.local="$PWD/benchmarks/target/m2" -Dmaven.repo.local.tail="$HOME/.m2/repository")
  rm -rf "$module"
  bench 256m module "$module"
  ./mvnw -B -q -ntp -o install -pl junit-extension -am -DskipTests "${repo[@]}" >&2
  ./mvnw -B -q -ntp -o -f "$module/pom.xml" test-compile "${repo[@]}" >&2
  bench 512m engine "$module"
  for run in 1 2 3; do
    start=$(date +%s%N)
    tests=$(./mvnw -B -ntp -o -f "$module/pom.xml" surefire:test "${repo[@]}" | grep -E '^\[INFO\] Tests run:' | tail -1)
    echo "{\"benchmark\":\"surefire-test\",\"run\":$run,\"wallMs\":$(( ($(date +%s%N) - start) / 1000000 )),\"summary\":\"${tests#\[INFO\] }\"}"
  done
  exit 0
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
