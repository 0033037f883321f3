#!/usr/bin/env bash
# Builds StepProof and runs its JMH benchmarks. Arguments go to JMH (e.g. a benchmark regex, -f 1 -wi 3).
# Example: benchmarks/run.sh ReadValidateBenchmark
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -B -q -ntp -pl benchmarks -am -DskipTests package dependency:build-classpath \
  -Dmdep.outputFile=target/classpath.txt -Dmdep.includeScope=runtime
CP="benchmarks/target/classes:$(cat benchmarks/target/classpath.txt)"
exec java -cp "$CP" org.openjdk.jmh.Main "$@"
