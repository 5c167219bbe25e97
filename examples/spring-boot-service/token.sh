#!/bin/sh
# Prints a token for the example service started by run.sh, signed with its development key:
#   examples/spring-boot-service/token.sh "workflow:read workflow:create"
# DEV_KEYS names another key directory (the service's test uses its own).
set -eu
here=$(cd "$(dirname "$0")" && pwd)
exec java "$here/DevToken.java" token "${DEV_KEYS:-$here/target/dev-keys}" "${1:-workflow:read}"
