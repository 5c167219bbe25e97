#!/bin/sh
# Builds scope-core and scope-catalog, then runs examples/quickstart.jsh in jshell.
set -eu
cd "$(dirname "$0")/.."
./mvnw -B -q -DskipTests package -pl scope-catalog -am >&2
core=$(ls scope-core/target/scope-core-*.jar | grep -v -- '-tests.jar' | head -n 1)
catalog=$(ls scope-catalog/target/scope-catalog-*.jar | grep -v -- '-tests.jar' | head -n 1)
exec jshell --class-path "$core:$catalog" examples/quickstart.jsh
