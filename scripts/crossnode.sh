#!/usr/bin/env bash
# ./portal crossnode [ROUNDS]: a need submitted on node 1 is found by the search of node 2 (issue #23: within 5 s).
# Against the portal of ./portal up (domain1, 8080) and a second node (./portal node2 up, 18080; started here and
# stopped again if it was not running). Each round signs in on node 1 as the demo citizen (Keycloak's form, as a
# person would), submits a need whose title carries a word made up for the round, and from the moment node 1
# answered the submission asks node 2's needs search for that word every 0.2 s, as an anonymous visitor (so
# through node 2's page cache too), until the need's title is on the page. Prints one line per round and the
# slowest; exit code 1 if a round took longer than the limit (CROSSNODE_LIMIT_SECONDS, 5) or failed.
set -euo pipefail
source "$(dirname "$0")/lib.sh"
ROUNDS=${1:-5}
[[ "$ROUNDS" =~ ^[0-9]+$ ]] || die "usage: ./portal crossnode [ROUNDS]"
LIMIT=${CROSSNODE_LIMIT_SECONDS:-5}
NODE1="http://localhost:$STACK_HTTP_PORT"
NODE2="http://localhost:$NODE2_HTTP_PORT"

[ "$(readiness_report "$NODE1")" = UP ] || die "no portal on $NODE1: run ./portal up first"
started_node2=no
if [ "$(readiness_report "$NODE2")" != UP ]; then
    "$ROOT/scripts/node2.sh" up >"$LOGS/crossnode-node2.log" 2>&1 || die "node 2 did not start (see $LOGS/crossnode-node2.log)"
    started_node2=yes
fi
tmp=$(mktemp -d)
cleanup() { rm -rf "$tmp"; [ "$started_node2" = no ] || "$ROOT/scripts/node2.sh" down >/dev/null 2>&1 || true; }
trap cleanup EXIT

# the search index of node 2 is built in the background after its start: wait for it (health says "index warming")
for _ in $(seq 1 300); do
    curl -fsS --max-time 5 "$NODE2/health/ready" 2>/dev/null | grep -q '"state" *: *"ready"' && break
    sleep 1
done

# sign in on node 1 (as verify_portal does)
curl -sS -L --max-time 30 -c "$tmp/jar" -b "$tmp/jar" -o "$tmp/login" "$NODE1/signin?next=%2F" >/dev/null
action=$(grep -o '<form[^>]*kc-form-login[^>]*>' "$tmp/login" | grep -o 'action="[^"]*"' | sed 's/^action="//; s/"$//; s/&amp;/\&/g')
[ -n "$action" ] || die "no Keycloak sign-in form behind $NODE1/signin"
curl -sS -L --max-time 30 -c "$tmp/jar" -b "$tmp/jar" -o "$tmp/after" --data-urlencode username=citizen \
    --data-urlencode password=demo --data credentialId= "$action" >/dev/null
grep -q 'action="[^"]*/signout"' "$tmp/after" || die "the demo citizen was not signed in on node 1"

# field NAME FILE: the value of the form input NAME (or the form's action for NAME=action, the nonce for nonce)
field() {
    python3 - "$1" "$2" <<'EOF'
import html, re, sys
name, page = sys.argv[1], open(sys.argv[2], encoding="utf-8").read()
if name == "action":
    m = re.search(r'<form[^>]*id="submit"[^>]*>', page)
    m = m and re.search(r'action="([^"]*)"', m.group(0))
elif name == "nonce":
    m = re.search(r"PrimeFaces\.csp\.init\('([^']+)'\)", page)
else:
    m = next((re.search(r'value="([^"]*)"', t) for t in re.findall(r'<input[^>]*>', page) if f'name="{name}"' in t), None)
print(html.unescape(m.group(1)) if m else "")
EOF
}

worst=0; failed=0
for round in $(seq 1 "$ROUNDS"); do
    word="Querpruefung$(od -An -N6 -tx1 /dev/urandom | tr -d ' \n' | tr '0-9' 'g-p')"
    title="Knotentest $word"
    curl -sS --max-time 30 -c "$tmp/jar" -b "$tmp/jar" -o "$tmp/form" "$NODE1/needs/submit.xhtml"
    view=$(field jakarta.faces.ViewState "$tmp/form"); post=$(field action "$tmp/form"); nonce=$(field nonce "$tmp/form")
    [ -n "$view" ] && [ -n "$post" ] || { echo "round $round: no submission form on node 1"; failed=1; continue; }
    landed=$(curl -sS -L --max-time 30 -c "$tmp/jar" -b "$tmp/jar" -o "$tmp/sent" -w '%{url_effective}' \
        -F submit=submit -F "submit:title=$title" \
        -F "submit:description=Ein Anliegen aus ./portal crossnode: wird es auf dem zweiten Knoten gefunden? $word" \
        -F submit:field=ADMINISTRATION -F submit:submitterType=CITIZEN -F submit:organisation= -F submit:district=Mitte \
        -F submit:website= -F submit:send=Absenden -F "jakarta.faces.ViewState=$view" -F "primefaces.nonce=$nonce" \
        "$NODE1${post#"$NODE1"}")
    [[ "$landed" == *"/needs/need.xhtml"* ]] || { echo "round $round: the submission did not end on the need's page ($landed)"; failed=1; continue; }
    start=$(date +%s%N); found=no
    while [ $(( ($(date +%s%N) - start) / 1000000 )) -lt $((LIMIT * 4000)) ]; do
        if curl -sS --max-time 5 "$NODE2/needs/index.xhtml?q=$word" 2>/dev/null | grep -q "$word"; then found=yes; break; fi
        sleep 0.2
    done
    ms=$(( ($(date +%s%N) - start) / 1000000 ))
    [ "$ms" -gt "$worst" ] && worst=$ms
    if [ "$found" = yes ] && [ "$ms" -le $((LIMIT * 1000)) ]; then
        echo "round $round: submitted on node 1, found by node 2's search after $ms ms"
    else
        echo "round $round: node 2's search found it: $found, after $ms ms (limit ${LIMIT} s)"; failed=1
    fi
done
echo "crossnode: $ROUNDS rounds, slowest $worst ms, limit ${LIMIT} s: $([ $failed = 0 ] && echo met || echo NOT met)"
exit $failed
