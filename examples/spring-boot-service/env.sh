# Sourced by run.sh and test.sh: builds Scopegate's modules into a Maven repository of this example's
# own (target/local-repo; ~/.m2 is only read), so that the example builds against them as a user's
# project builds against a release.
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
repo="$here/target/local-repo"
maven() {
  "$root/mvnw" -B -q -Dmaven.repo.local="$repo" -Dmaven.repo.local.tail="${MAVEN_REPO_TAIL:-$HOME/.m2/repository}" "$@"
}
echo "== building Scopegate's starter into $repo" >&2
maven -f "$root/pom.xml" install -pl scope-spring-boot-starter -am -DskipTests -Djacoco.skip=true \
  -Dmaven.javadoc.skip=true -Dmaven.source.skip=true -Dpit.skip=true >&2
