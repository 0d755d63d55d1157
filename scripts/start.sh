#!/usr/bin/env bash
# Starts Supportdesk from its packaged jar with a class-data-sharing archive (AppCDS, as Spring Boot
# documents it for Java 17): the jar is extracted once into target/app, one training run records the
# classes a start with the same arguments loads (it exits when the application context is refreshed,
# on a throwaway data directory), and every later start maps them from the archive instead of loading and verifying them
# from the jar. It takes about 40 % off the CPU a start takes (docs/performance.md, "Start-up"). The archive is made
# again when the jar is newer than it, or when the JDK changes (the JVM refuses an archive of another).
#
# Usage: ./mvnw -q package -DskipTests && scripts/start.sh [application arguments]
#   e.g. scripts/start.sh --spring.profiles.active=demo
# JAVA_OPTS adds JVM options (default -Xmx1g). Everything else is configured as for java -jar.
set -euo pipefail

jar="$(ls target/supportdesk-*.jar 2>/dev/null | grep -v -- '-plain' | head -1 || true)"
[ -n "$jar" ] || { echo "error: no target/supportdesk-*.jar: run ./mvnw -q package -DskipTests first" >&2; exit 1; }
app=target/app
archive="$app/supportdesk.jsa"
extracted="$app/$(basename "$jar")"
java_opts=(${JAVA_OPTS:--Xmx1g})
jdk="$(java -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.vm.version = //p')"

if [ ! -f "$archive" ] || [ "$jar" -nt "$archive" ] || [ "$(cat "$app/jdk" 2>/dev/null)" != "$jdk" ]; then
  echo "Preparing the class-data-sharing archive (once per jar and JDK, about half a minute)..." >&2
  rm -rf "$app"
  java -Djarmode=tools -jar "$jar" extract --destination "$app" >/dev/null
  # the training run takes the same arguments but listens on a free port (a port given twice would be read
  # as "8080,0", and the real one may be taken by a running instance)
  training_args=()
  for arg in "$@"; do
    case "$arg" in --server.port=*) ;; *) training_args+=("$arg") ;; esac
  done
  training="$(mktemp -d)"
  trap 'rm -rf "$training"' EXIT
  SUPPORTDESK_DATA_DIR="$training" java "${java_opts[@]}" -XX:ArchiveClassesAtExit="$archive" \
    -Dspring.context.exit=onRefresh -Xlog:cds=off -Xlog:cds+dynamic=off -jar "$extracted" \
    ${training_args[@]+"${training_args[@]}"} --server.port=0 >"$app/training.log" 2>&1 || { echo "error: the training run failed, see $app/training.log" >&2; exit 1; }
  echo "$jdk" >"$app/jdk"
  rm -rf "$training"
  trap - EXIT
fi

exec java "${java_opts[@]}" -XX:SharedArchiveFile="$archive" -Xlog:cds=off -Xlog:cds+dynamic=off -jar "$extracted" "$@"
