#!/bin/sh
# Starts the example service on http://localhost:8080, with a development key pair made on first use
# (target/dev-keys). Then, in another terminal, token.sh prints a token to call it with.
set -eu
. "$(dirname "$0")/env.sh"
java "$here/DevToken.java" keys "$here/target/dev-keys"
cd "$here"
exec "$root/mvnw" -B -q -Dmaven.repo.local="$repo" -Dmaven.repo.local.tail="${MAVEN_REPO_TAIL:-$HOME/.m2/repository}" spring-boot:run
