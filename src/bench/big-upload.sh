#!/usr/bin/env bash
# Big upload: a 200 MB file uploaded and downloaded through the API while the portal's heap is limited to 512 MB,
# against a plain `cp` of the same file. The portal must be running with that heap:
#   PORTAL_HEAP=512m ./mvnw -Pstart        (in another terminal)
#   bash src/bench/big-upload.sh
set -euo pipefail
SIZE_MB=${SIZE_MB:-200}
PORTAL=${PORTAL:-http://localhost:8080}
ISSUER=${ISSUER:-http://localhost:8180/realms/hoalac}
work=$(mktemp -d /tmp/portal-big.XXXX)
trap 'rm -rf "$work"' EXIT

head -c $((SIZE_MB * 1024 * 1024)) /dev/urandom > "$work/lon.bin"
sync
token=$(curl -s -d grant_type=password -d client_id=portal-cli -d username=bql.soan -d password=demo123 \
    "$ISSUER/protocol/openid-connect/token" | sed 's/.*"access_token":"\([^"]*\)".*/\1/')
payara=$(pgrep -f "payara-micro.jar --deploy" | head -1)

t0=$(date +%s.%N); cp "$work/lon.bin" "$work/copy.bin"; sync; t1=$(date +%s.%N)
cp_s=$(echo "$t1 - $t0" | bc)

peak=0
( while kill -0 $$ 2>/dev/null; do ps -o rss= -p "$payara"; sleep 0.2; done ) > "$work/rss.txt" &
sampler=$!
t0=$(date +%s.%N)
answer=$(curl -s -w '\n%{http_code}' -H "Authorization: Bearer $token" -F "file=@$work/lon.bin" -F category=Benchmark \
    "$PORTAL/api/documents")
t1=$(date +%s.%N)
code=$(echo "$answer" | tail -1)
[ "$code" = 201 ] || { echo "upload answered $code: $(echo "$answer" | head -c 300)"; exit 1; }
id=$(echo "$answer" | head -1 | sed 's/.*"id":\([0-9]*\).*/\1/' )
up_s=$(echo "$t1 - $t0" | bc)

t0=$(date +%s.%N)
curl -s -H "Authorization: Bearer $token" -o "$work/down.bin" "$PORTAL/api/documents/$id/versions/1/content"
t1=$(date +%s.%N)
down_s=$(echo "$t1 - $t0" | bc)
kill $sampler 2>/dev/null || true
peak=$(sort -n "$work/rss.txt" | tail -1)
same=$(cmp -s "$work/lon.bin" "$work/down.bin" && echo yes || echo NO)
heap=$(jcmd "$payara" GC.heap_info 2>/dev/null | grep -m1 -o 'total [0-9]*K, used [0-9]*K' || echo "n/a")

printf '| step (%s MB) | seconds | MB/s |\n| --- | --- | --- |\n' "$SIZE_MB"
printf '| cp (same disk) | %.2f | %.0f |\n' "$cp_s" "$(echo "$SIZE_MB / $cp_s" | bc -l)"
printf '| upload through the API (streamed to a PostgreSQL large object, SHA-256 on the way) | %.2f | %.0f |\n' "$up_s" "$(echo "$SIZE_MB / $up_s" | bc -l)"
printf '| download through the API | %.2f | %.0f |\n' "$down_s" "$(echo "$SIZE_MB / $down_s" | bc -l)"
echo
echo "downloaded bytes identical: $same; portal RSS peak during the transfer: $((peak / 1024)) MB; heap after: $heap"
