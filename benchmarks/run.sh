#!/usr/bin/env bash
# Runs StepProof on every benchmark workload and prints one JSON line per workload, in the same format as
# ../shared/bench/peer/run.sh (the peer interpreter aws-local-stepfunctions), so both can be compared.
#   benchmarks/run.sh [--workloads DIR] [--warmup N] [--runs N]      (defaults ../shared/bench/workloads, 3, 5)
#   benchmarks/run.sh --jmh [JMH args…]                              (the JMH micro-benchmarks, e.g. ReadValidateBenchmark)
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -B -q -ntp -pl benchmarks -am -DskipTests package dependency:build-classpath \
  -Dmdep.outputFile=target/classpath.txt -Dmdep.includeScope=runtime >&2
CP="benchmarks/target/classes:$(cat benchmarks/target/classpath.txt)"
if [ "${1:-}" = "--jmh" ]; then
  shift
  exec java -cp "$CP" org.openjdk.jmh.Main "$@"
fi
args=("$@")
case " ${args[*]-} " in *" --workloads "*) ;; *) args+=(--workloads ../shared/bench/workloads) ;; esac
exec java -Xss8m -cp "$CP" dev.stepproof.benchmarks.WorkloadBench "${args[@]}"
