#!/usr/bin/env bash
# Start-up and memory figures of the embedded stack (docs/benchmarks.md):
#   - seconds from `./mvnw -Pstart` to the portal's first answer on / and to /health/ready = 200
#   - the WAR's deploy time as Payara reports it, during the full start and alone (a second Payara Micro
#     deploying the same WAR while everything else is at rest)
#   - resident memory (RSS, with child processes) of each process after 60 s at rest
# Usage: bash src/bench/startup.sh   (warm machine: run `./mvnw -Pstart` once before, so that downloads and
# Keycloak's one-off build are done). Uses ports 8080/8180/5433/9998 and 8090; stops everything it started.
set -euo pipefail
cd "$(dirname "$0")/../.."
export JAVA_HOME=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}
LOG=$(mktemp /tmp/portal-startup.XXXX.log)
DATA=.portal-data/dev

./mvnw -q -o package -DskipTests >/dev/null          # build first: the figure is about starting, not compiling
start=$(date +%s.%N)
setsid ./mvnw -o -Pstart >"$LOG" 2>&1 &
launcher=$!
trap 'kill -TERM -- -$launcher 2>/dev/null || true' EXIT

first_answer=""
ready=""
while [ -z "$ready" ]; do
    now=$(date +%s.%N)
    if [ -z "$first_answer" ] && curl -s -o /dev/null -m 2 http://localhost:8080/ ; then
        first_answer=$(echo "$now - $start" | bc)
    fi
    if [ "$(curl -s -o /dev/null -w '%{http_code}' -m 2 http://localhost:8080/health/ready)" = 200 ]; then
        ready=$(echo "$now - $start" | bc)
    fi
    if ! kill -0 $launcher 2>/dev/null; then echo "the stack did not start:"; tail -30 "$LOG"; exit 1; fi
    if (( $(echo "$now - $start > 600" | bc) )); then echo "not ready after 600 s"; exit 1; fi
    sleep 0.5
done
deploy_full=$(grep -o 'portal was successfully deployed in [0-9,]* milliseconds' $DATA/logs/payara.log | tail -1 | grep -o '[0-9,]*' | tr -d ,)

sleep 60
rss() {   # RSS in MB of a process and all its descendants
    local total=0 p
    for p in $1 $(pgrep -P "$1" 2>/dev/null; for c in $(pgrep -P "$1" 2>/dev/null); do pgrep -P "$c" 2>/dev/null; done); do
        total=$(( total + $(ps -o rss= -p "$p" 2>/dev/null || echo 0) ))
    done
    echo $(( total / 1024 ))
}
pid_of() { grep -o "$1 starting (pid [0-9]*" "$LOG" | tail -1 | grep -o '[0-9]*$'; }
pg_pid=$(head -1 $DATA/postgres/postmaster.pid)
payara_mb=$(rss "$(pid_of payara)"); keycloak_mb=$(rss "$(pid_of keycloak)"); tika_mb=$(rss "$(pid_of tika-server)"); pg_mb=$(rss "$pg_pid")

# the WAR alone: a second Payara Micro deploys it while the stack is at rest
alone_log=$(mktemp /tmp/portal-deploy-alone.XXXX.log)
DB_URL=jdbc:postgresql://localhost:5433/portal DB_USER=portal_app DB_PASSWORD=portal_app DB_OWNER_USER=portal DB_OWNER_PASSWORD=portal \
OIDC_ISSUER=http://localhost:8180/realms/hoalac TIKA_URL=http://localhost:9998 \
"$JAVA_HOME/bin/java" -Xmx768m -Djava.io.tmpdir="$(mktemp -d)" -jar target/stack/payara-micro.jar --deploy target/portal.war \
    --contextroot / --port 8090 --nocluster --disablephonehome >"$alone_log" 2>&1 &
alone=$!
until grep -q 'successfully deployed in' "$alone_log" || ! kill -0 $alone 2>/dev/null; do sleep 1; done
deploy_alone=$(grep -o 'portal was successfully deployed in [0-9,]* milliseconds' "$alone_log" | grep -o '[0-9,]*' | tr -d ,)
kill -TERM $alone; wait $alone 2>/dev/null || true

cat <<REPORT
| figure | value |
| --- | --- |
| run command to the portal's first answer on / | ${first_answer%.*}.$(echo "${first_answer#*.}" | cut -c1) s |
| run command to /health/ready = 200 (everything up) | ${ready%.*}.$(echo "${ready#*.}" | cut -c1) s |
| WAR deploy time during the full start (Payara's figure) | ${deploy_full} ms |
| WAR deploy time alone (second Payara Micro, stack at rest) | ${deploy_alone} ms |
| WAR size | $(( $(stat -c %s target/portal.war) / 1024 )) KB |
| RSS at rest: Payara Micro (portal) | ${payara_mb} MB |
| RSS at rest: Keycloak | ${keycloak_mb} MB |
| RSS at rest: tika-server (with its forked child) | ${tika_mb} MB |
| RSS at rest: PostgreSQL (all backends) | ${pg_mb} MB |
REPORT
