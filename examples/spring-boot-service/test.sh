#!/bin/sh
# The example's own test, as CI runs it: Scopegate's starter built into target/local-repo, then the
# service's build and its test (a real server on loopback, tokens from DevToken.java).
set -eu
. "$(dirname "$0")/env.sh"
maven -f "$here/pom.xml" verify
echo "examples/spring-boot-service: test passed" >&2
