#!/usr/bin/env bash
# ./portal otp USER: the current one-time code (and the authenticator-app key) of a staff demo account, computed
# here from the secret in config/keycloak/mitwirken-realm.json (RFC 6238: HMAC-SHA1, 30 s, 6 digits).
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
user=${1:-}
[ -n "$user" ] || { echo "usage: ./portal otp USER   (moderator, organizer, strategy-office, board-chair, admin)" >&2; exit 2; }
exec python3 - "$ROOT/config/keycloak/mitwirken-realm.json" "$user" <<'PY'
import base64, hashlib, hmac, json, struct, sys, time
realm, user = sys.argv[1], sys.argv[2]
secret = None
for u in json.load(open(realm, encoding="utf-8"))["users"]:
    if u["username"] == user:
        for c in u.get("credentials", []):
            if c.get("type") == "otp":
                secret = json.loads(c["secretData"])["value"].encode("utf-8")
if secret is None:
    sys.exit(f"{user}: no demo account with a one-time code (only staff accounts have one)")
now = time.time()
digest = hmac.new(secret, struct.pack(">Q", int(now // 30)), hashlib.sha1).digest()
offset = digest[-1] & 0x0F
code = (struct.unpack(">I", digest[offset:offset + 4])[0] & 0x7FFFFFFF) % 1_000_000
key = base64.b32encode(secret).decode().rstrip("=")
print(f"{code:06d}   (valid for {30 - int(now) % 30} more seconds; key for an authenticator app: {key})")
PY
