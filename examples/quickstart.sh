#!/bin/sh
# Builds scope-core and scope-catalog, runs examples/quickstart.jsh in jshell against their jars,
# and checks that it prints exactly examples/quickstart.expected (CI runs every examples/*.sh).
set -eu
cd "$(dirname "$0")/.."
./mvnw -B -q -DskipTests -Dmaven.javadoc.skip=true -Dmaven.source.skip=true package -pl scope-catalog -am >&2
jar() {
  ls "$1"/target/"$1"-*.jar | grep -v -e '-tests\.jar$' -e '-sources\.jar$' -e '-javadoc\.jar$' | head -n 1
}
out=$(jshell --class-path "$(jar scope-core):$(jar scope-catalog)" examples/quickstart.jsh)
printf '%s\n' "$out"
if [ "$out" != "$(cat examples/quickstart.expected)" ]; then
  echo "quickstart.sh: the output above differs from examples/quickstart.expected:" >&2
  printf '%s\n' "$out" | diff examples/quickstart.expected - >&2 || true
  exit 1
fi
echo "quickstart.sh: output as expected" >&2
