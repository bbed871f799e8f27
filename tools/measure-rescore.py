#!/usr/bin/env python3
"""Wall-clock time of "Rangfolge neu berechnen" (re-scoring every open backlog item), against a running portal.

Usage: tools/measure-rescore.py [base_url] [runs] [--weights] [--user NAME] [--password SECRET]

Signs in as the strategy office through Keycloak's login form (the portal's OpenID Connect sign-in; the one-time
code that staff accounts are asked for comes from scripts/otp.sh), opens
/backlog/manage/index.xhtml and posts its JSF form "ranking" with the button "ranking:rescore", `runs` times
(default 5). A JSF postback needs the form's hidden fields: the view state (jakarta.faces.ViewState) and,
because the portal runs PrimeFaces in CSP mode, the page's CSP nonce as `primefaces.nonce` (PrimeFaces'
core.js adds it to every form a browser submits; PrimeFaces refuses a postback without it with
"CSP nonce mismatch", shown as 400). The nonce is read from the page's `PrimeFaces.csp.init('…')` script.
Each run reloads the page (not timed), then times the POST including the answer, which renders the whole
table `office-items` again; a plain GET of the page is timed too, so the rendering share can be told apart.
With --weights, saving weights as a new version on /backlog/manage/weights.xhtml (which re-ranks as well) is
timed the same way, up to the redirect it answers with; each save changes them (reach exponent 0.5 and 1.5,
impact exponent 2 and 1 in turn), so that ranks really move (backlog_ranking_run.ranks_changed tells how many).
"""
import html.parser, http.cookiejar, re, statistics, sys, time, urllib.error, urllib.parse, urllib.request

args = [a for a in sys.argv[1:]]


def option(name, default):
    if name in args:
        i = args.index(name)
        value = args[i + 1]
        del args[i:i + 2]
        return value
    return default


USER = option("--user", "strategy-office")
PASSWORD = option("--password", "demo")
WEIGHTS = "--weights" in args
if WEIGHTS:
    args.remove("--weights")
BASE = args[0].rstrip("/") if args else "http://localhost:8080"
RUNS = int(args[1]) if len(args) > 1 else 5
PAGE = "/backlog/manage/index.xhtml"
WEIGHTS_PAGE = "/backlog/manage/weights.xhtml"


class Forms(html.parser.HTMLParser):
    """The forms of a page (action, fields with their values, submit buttons) and the office-items table."""

    def __init__(self):
        super().__init__()
        self.forms, self.form = {}, None
        self.in_table, self.in_row, self.cell, self.cells, self.rows = False, False, None, [], []
        self.text = []

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "form":
            self.form = {"action": a.get("action", ""), "fields": {}, "buttons": {}}
            self.forms[a.get("id") or a.get("name") or "form%d" % len(self.forms)] = self.form
        elif tag in ("input", "button") and self.form is not None and a.get("name"):
            kind = (a.get("type") or ("submit" if tag == "button" else "text")).lower()
            if kind == "submit":
                self.form["buttons"][a["name"]] = a.get("value", "")
            elif kind not in ("checkbox", "radio") or "checked" in a:
                self.form["fields"][a["name"]] = a.get("value", "")
        elif tag == "table" and a.get("id") == "office-items":
            self.in_table = True
        elif tag == "tr" and self.in_table:
            self.in_row, self.cells = True, []
        elif tag == "td" and self.in_row:
            self.cell = []

    def handle_endtag(self, tag):
        if tag == "form":
            self.form = None
        elif tag == "table" and self.in_table:
            self.in_table = False
        elif tag == "td" and self.cell is not None:
            self.cells.append("".join(self.cell).strip())
            self.cell = None
        elif tag == "tr" and self.in_row:
            self.in_row = False
            if self.cells:
                self.rows.append(self.cells)

    def handle_data(self, data):
        if self.cell is not None:
            self.cell.append(data)
        self.text.append(data)


def parse(body):
    parser = Forms()
    parser.feed(body)
    return parser


class NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, req, fp, code, msg, headers, newurl):
        return None


class LoopbackIsSecure(http.cookiejar.DefaultCookiePolicy):
    """Keycloak marks its login cookies Secure even over http; browsers still send them to http://localhost
    (a loopback address counts as a secure context), Python's cookie jar does not, unless told so."""

    def return_ok_secure(self, cookie, request):
        host = urllib.parse.urlsplit(request.get_full_url()).hostname
        return host in ("localhost", "127.0.0.1", "::1") or super().return_ok_secure(cookie, request)


cookies = http.cookiejar.CookieJar(LoopbackIsSecure())
browser = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(cookies))
poster = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(cookies), NoRedirect)


def fetch(url, data=None, opener=browser):
    """GET (or POST data) following redirects; answers (final url, status, body)."""
    body = urllib.parse.urlencode(data).encode() if data is not None else None
    try:
        with opener.open(urllib.request.Request(url, data=body, headers={"Accept-Language": "de"}), timeout=600) as r:
            return r.geturl(), r.status, r.read().decode("utf-8", "replace")
    except urllib.error.HTTPError as e:
        return e.geturl(), e.code, e.read().decode("utf-8", "replace")


def nonce_of(body):
    match = re.search(r"PrimeFaces\.csp\.init\('([^']+)'\)", body) or re.search(r'<script[^>]*\snonce="([^"]+)"', body)
    return match.group(1) if match else None


def postback(page_url, body, form_id, button, extra=None, opener=browser):
    """Posts a JSF form of the page as a browser would: its fields, the button, the CSP nonce."""
    form = parse(body).forms.get(form_id)
    if form is None:
        sys.exit("no form %r on %s" % (form_id, page_url))
    data = dict(form["fields"])
    if button not in form["buttons"]:
        sys.exit("no button %r in form %r on %s" % (button, form_id, page_url))
    data[button] = form["buttons"][button]
    nonce = nonce_of(body)
    if nonce and "primefaces.nonce" not in data:
        data["primefaces.nonce"] = nonce
    data.update(extra or {})
    return fetch(urllib.parse.urljoin(page_url, form["action"]), data, opener)


def otp_code():
    """The staff account's current one-time code, as ./portal otp computes it (scripts/otp.sh)."""
    import os, subprocess
    otp = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "scripts", "otp.sh")
    return subprocess.run([otp, USER], check=True, capture_output=True, text=True).stdout[:6]


def sign_in():
    url, status, body = fetch(BASE + "/signin?next=" + urllib.parse.quote(PAGE))
    for _ in range(4):
        forms = parse(body).forms
        if "kc-form-login" in forms:
            form = forms["kc-form-login"]
            data = dict(form["fields"], username=USER, password=PASSWORD)
            url, status, body = fetch(urllib.parse.urljoin(url, form["action"]), data)
        elif "kc-otp-login-form" in forms:  # staff accounts: the realm asks for a one-time code
            form = forms["kc-otp-login-form"]
            url, status, body = fetch(urllib.parse.urljoin(url, form["action"]), dict(form["fields"], otp=otp_code()))
        elif "kc-oauth" in body and any("accept" in f["buttons"] for f in forms.values()):  # Keycloak consent
            name, form = next((n, f) for n, f in forms.items() if "accept" in f["buttons"])
            url, status, body = fetch(urllib.parse.urljoin(url, form["action"]), dict(form["fields"], accept="Yes"))
        elif "/platform/consent.xhtml" in url and "consent" in forms:  # the portal's privacy consent
            url, status, body = postback(url, body, "consent", "consent:accept")
        else:
            break
    if status != 200 or not url.startswith(BASE + PAGE) or "ranking" not in parse(body).forms:
        sys.exit("sign-in as %s failed: %s %s" % (USER, status, url))


def ranked_rows(body):
    rows = parse(body).rows
    ranked = [r for r in rows if r and r[0].rstrip(" *").isdigit()]
    return len(rows), len(ranked)


def show(name, times):
    print("%-34s %s  median %6.0f ms" % (name, " ".join("%6.0f" % t for t in times), statistics.median(times)))


sign_in()
print("signed in as %s at %s" % (USER, BASE))
gets, posts, saves = [], [], []
for run in range(RUNS):
    started = time.perf_counter()
    url, status, body = fetch(BASE + PAGE)
    gets.append((time.perf_counter() - started) * 1000)
    if status != 200:
        sys.exit("GET %s answered %d" % (PAGE, status))
    started = time.perf_counter()
    url, status, body = postback(url, body, "ranking", "ranking:rescore")
    posts.append((time.perf_counter() - started) * 1000)
    if status != 200 or "ranking" not in parse(body).forms:
        sys.exit("rescore run %d answered %d at %s:\n%s" % (run + 1, status, url, body[:2000]))
    rows, ranked = ranked_rows(body)
    print("run %d: rescore %7.0f ms (page GET %5.0f ms); items listed %d, ranked %d"
          % (run + 1, posts[-1], gets[-1], rows, ranked))
if WEIGHTS:
    for run in range(RUNS):
        url, status, body = fetch(BASE + WEIGHTS_PAGE)
        started = time.perf_counter()
        url, status, body = postback(url, body, "weights", "weights:save",
                                     {"weights:note": "measure-rescore.py run %d" % (run + 1),
                                      "weights:reachWeight": "0.5" if run % 2 == 0 else "1.5",
                                      "weights:impactWeight": "2" if run % 2 == 0 else "1"}, poster)
        saves.append((time.perf_counter() - started) * 1000)
        if status not in (302, 303):
            sys.exit("weight save run %d answered %d (expected a redirect):\n%s" % (run + 1, status, body[:2000]))
        print("run %d: weight save + re-rank %7.0f ms" % (run + 1, saves[-1]))
print()
show("rescore POST (ms)", posts)
show("page GET, same table (ms)", gets)
if saves:
    show("weight save POST (ms)", saves)
