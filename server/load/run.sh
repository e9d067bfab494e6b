#!/bin/sh
# Load test of the API with wrk (Debian: apt-get install -y wrk): 50
# concurrent clients on loopback, DURATION (default 10s) per endpoint,
# p50 and p99 latency of the event list and aggregate endpoints.
#
# The database is built once from ../shared/data/news-bench with
# `annals ingest` (DB, default /tmp/annals-bench.db; the test skips when
# news-bench is absent). CACHE_TTL (default 0: off) is passed to
# `annals serve --cache-ttl`: with 0 every request queries the store.
#
#	server/load/run.sh                 # uncached
#	CACHE_TTL=5s server/load/run.sh    # with the response cache
#
# `annals serve` brings an older database up to date on open (schema 5:
# summary tables, stored event JSON; a few seconds for news-bench), so
# point DB at a copy when the original must stay readable by older builds:
#
#	cp /tmp/bench/bench.db /tmp/serveperf.db
#	CACHE_TTL=0 DB=/tmp/serveperf.db DURATION=5s server/load/run.sh
#
# The target is p99 under 100 ms on every endpoint without the cache, on
# 2 cores shared by wrk and the server; see server/README.md (Performance)
# for the figures and what makes them. Latencies on a machine busy with
# other work spread widely: note the load average with the figures.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
bench=${BENCH:-$root/../shared/data/news-bench}
db=${DB:-/tmp/annals-bench.db}
duration=${DURATION:-10s}
conns=${CONNS:-50}
ttl=${CACHE_TTL:-0}
command -v wrk >/dev/null || { echo "load: wrk is not installed (apt-get install -y wrk)" >&2; exit 1; }
tmp=$(mktemp -d)
pid=
cleanup() {
	if [ -n "$pid" ]; then kill "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true; fi
	rm -rf "$tmp"
}
trap cleanup EXIT
trap 'exit 1' INT TERM HUP PIPE
(cd "$root" && go build -o "$tmp/annals" ./cmd/annals)
if [ ! -s "$db" ]; then
	if [ ! -d "$bench" ]; then
		echo "load: SKIP: $bench is absent (set BENCH or DB)" >&2
		exit 0
	fi
	echo "load: building $db from $bench (once) ..." >&2
	"$tmp/annals" ingest -q --db "$db" "$bench"
fi
touch "$tmp/serve.out"
"$tmp/annals" serve --db "$db" --addr 127.0.0.1:0 --cache-ttl "$ttl" >"$tmp/serve.out" 2>"$tmp/serve.err" &
pid=$!
url=
for _ in $(seq 1 100); do
	url=$(sed -n 's|.* at \(http://[^ ]*\)/ .*|\1|p' "$tmp/serve.out" || true)
	[ -n "$url" ] && break
	kill -0 "$pid" 2>/dev/null || { cat "$tmp/serve.err" >&2; exit 1; }
	sleep 0.1
done
[ -n "$url" ] || { echo "load: annals serve did not start" >&2; exit 1; }
curl -fsS "$url/api/v1/stats" >&2 || true
echo >&2
printf '%-58s %10s %10s %10s %8s\n' endpoint req/s p50 p99 errors
for path in \
	'/api/v1/events?limit=100' \
	'/api/v1/events?sort=-date&limit=100' \
	'/api/v1/events?country=USA&quad=4&limit=100' \
	'/api/v1/events?text=oil&limit=50' \
	'/api/v1/aggregates/timeline?interval=month&split=quad' \
	'/api/v1/aggregates/timeline?interval=week&split=root&country=USA' \
	'/api/v1/aggregates/dyads?limit=100' \
	'/api/v1/aggregates/actors?limit=50' \
	'/api/v1/aggregates/places?limit=500'; do
	wrk -t2 -c"$conns" -d"$duration" --timeout 10s --latency "$url$path" >"$tmp/wrk.out" 2>&1 || true
	rps=$(awk '/^Requests\/sec/ {print $2}' "$tmp/wrk.out")
	p50=$(awk '$1 == "50%" {print $2}' "$tmp/wrk.out")
	p99=$(awk '$1 == "99%" {print $2}' "$tmp/wrk.out")
	errs=$(awk '/Non-2xx|Socket errors/ {gsub(/,/, ""); s = s $0 "; "} END {print (s == "" ? "0" : s)}' "$tmp/wrk.out")
	printf '%-58s %10s %10s %10s %8s\n' "$path" "$rps" "$p50" "$p99" "$errs"
done
