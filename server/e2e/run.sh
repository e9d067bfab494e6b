#!/bin/sh
# Browser test of the web UI (see ui.test.mjs): builds annals, codes the
# built-in sample articles into a fresh database, serves it on a free
# loopback port with writes enabled, and runs the test with Debian's
# chromium. Needs: go, node, npm, chromium (apt-get install -y chromium).
# Screenshots go to $OUT (default out/screenshots under the repository).
set -eu
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
out=${OUT:-$root/out/screenshots}
tmp=$(mktemp -d)
pid=
cleanup() {
	if [ -n "$pid" ]; then kill "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true; fi
	rm -rf "$tmp"
}
trap cleanup EXIT
trap 'exit 1' INT TERM HUP PIPE

(cd "$root" && go build -o "$tmp/annals" ./cmd/annals)
"$tmp/annals" ingest -q --db "$tmp/demo.db" "$root/samples"
token="e2e-$$-$(date +%s)-not-a-secret"
touch "$tmp/serve.out"
"$tmp/annals" serve --db "$tmp/demo.db" --addr 127.0.0.1:0 --ingest-token "$token" >"$tmp/serve.out" 2>"$tmp/serve.err" &
pid=$!
url=
for _ in $(seq 1 100); do
	url=$(sed -n 's|.* at \(http://[^ ]*/\) .*|\1|p' "$tmp/serve.out" || true)
	[ -n "$url" ] && break
	kill -0 "$pid" 2>/dev/null || { cat "$tmp/serve.err" >&2; exit 1; }
	sleep 0.1
done
[ -n "$url" ] || { echo "run.sh: annals serve did not start" >&2; cat "$tmp/serve.err" >&2; exit 1; }
if [ ! -d "$here/node_modules/playwright-core" ]; then
	(cd "$here" && npm ci --no-audit --no-fund --silent)
fi
status=0
BASE_URL=$url TOKEN=$token OUT=$out node "$here/ui.test.mjs" || status=$?
if [ "$status" -ne 0 ]; then
	echo "run.sh: server log:" >&2
	cat "$tmp/serve.err" >&2
fi
exit "$status"
