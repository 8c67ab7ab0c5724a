#!/usr/bin/env python3
"""Connector Sign-In benchmarks: each figure is the median of repeated runs, compared
with a floor measured in the same run on the same machine (docs/PERFORMANCE.md).

    tests/bench/run.sh [BUILD_DIR]          (scripts/bench.sh builds and runs it headless)

Needs a session bus with an unlocked Secret Service and a display (scripts/headless.sh).
Never prints a token: the `token` command's stdout is read and thrown away.
"""
import argparse
import base64
import hashlib
import json
import os
import platform
import secrets
import select
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.parse
import urllib.request

PROFILE = "bench"
MEMORY_PROFILE = "bench-memory"
REDIRECT_URI = "https://oauth.powerbi.com/views/oauthredirect.html"
CLIENT_ID = "connector-test-client"
KEYCHAIN_SERVICE = "Connector Sign-In"


def load():
    return round(os.getloadavg()[0], 2)


def median(values):
    return round(statistics.median(values), 1) if values else None


class Bench:
    def __init__(self, source, build, runs_fast, runs_web):
        self.source = source
        self.build = build
        self.runs_fast = runs_fast
        self.runs_web = runs_web
        self.exe = {
            "main": f"{build}/app/connector-signin",
            "login": f"{build}/ui/login/connector-signin-login",
            "standin": f"{build}/tests/session/http-login-window",
            "minimal_window": f"{build}/tests/bench/bench-minimal-window",
            "minimal_webview": f"{build}/tests/bench/bench-minimal-webview",
            "token_floor": f"{build}/tests/bench/bench-token-floor",
            "signin_memory": f"{build}/tests/bench/bench-signin-memory",
        }
        for name, path in self.exe.items():
            if not os.access(path, os.X_OK):
                sys.exit(f"bench: missing {name}: {path} (build with -DSIGNIN_BUILD_BENCH=ON)")
        self.root = tempfile.mkdtemp(prefix="signin-bench-")
        self.env = dict(os.environ)
        for var, sub in (("XDG_CONFIG_HOME", "config"), ("XDG_CONFIG_DIRS", "system"),
                         ("XDG_DATA_HOME", "data"), ("XDG_CACHE_HOME", "cache"),
                         ("XDG_STATE_HOME", "state")):
            os.makedirs(f"{self.root}/{sub}")
            self.env[var] = f"{self.root}/{sub}"
        self.env["SIGNIN_LOGIN_EXE"] = self.exe["standin"]
        self.env.pop("SIGNIN_BENCH_FIRST_PAINT", None)
        self.results = {}
        self.server = None
        self.issuer = None

    # --- the test server -------------------------------------------------------------
    def start_server(self):
        self.server = subprocess.Popen(
            ["node", f"{self.source}/tests/server/server.js", "--port", "0"],
            stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
        line = self.server.stdout.readline()
        if not line.startswith("READY "):
            sys.exit("bench: the test server did not start")
        self.issuer = line.split()[1]

    def control(self, method, path, body=None):
        data = json.dumps(body).encode() if body is not None else (b"{}" if method == "POST" else None)
        request = urllib.request.Request(self.issuer + "__test/" + path, data=data, method=method,
                                         headers={"Content-Type": "application/json"})
        with urllib.request.urlopen(request, timeout=10) as reply:
            return json.loads(reply.read())

    def stop(self):
        if self.server:
            self.server.stdin.close()
            self.server.terminate()
            self.server.wait()
        shutil.rmtree(self.root, ignore_errors=True)

    # --- process helpers ---------------------------------------------------------------
    def cli(self, *args, env=None, check=True):
        started = time.perf_counter()
        done = subprocess.run([self.exe["main"], *args], env=env or self.env, stdin=subprocess.DEVNULL,
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, timeout=120)
        elapsed = (time.perf_counter() - started) * 1000
        if check and done.returncode != 0:
            sys.exit(f"bench: connector-signin {args[0]} exited {done.returncode}: {done.stderr[-2000:]}")
        return done, elapsed

    def spawn_until(self, argv, marker, settle_s=0.0, timeout_s=60):
        """Starts argv with SIGNIN_BENCH_FIRST_PAINT=1, returns (ms from spawn to the marker
        line on stderr, RSS of the process tree in kB after settle_s, RSS of the process)."""
        env = dict(self.env, SIGNIN_BENCH_FIRST_PAINT="1")
        started = time.perf_counter()
        proc = subprocess.Popen(argv, env=env, stdin=subprocess.PIPE, stdout=subprocess.DEVNULL,
                                stderr=subprocess.PIPE, start_new_session=True)
        buffer = b""
        elapsed = None
        deadline = started + timeout_s
        try:
            while elapsed is None and time.perf_counter() < deadline:
                ready, _, _ = select.select([proc.stderr], [], [], 0.5)
                if not ready:
                    if proc.poll() is not None:
                        break
                    continue
                chunk = os.read(proc.stderr.fileno(), 65536)
                if not chunk:
                    break
                buffer += chunk
                for line in buffer.split(b"\n"):
                    if line.strip() == marker.encode():
                        elapsed = (time.perf_counter() - started) * 1000
                        break
            if elapsed is None:
                raise RuntimeError(f"{os.path.basename(argv[0])}: no '{marker}' line; stderr: "
                                   f"{buffer[-1500:].decode(errors='replace')}")
            # Keep draining stderr while settling, so the child never blocks on a full pipe.
            settle_end = time.perf_counter() + settle_s
            while time.perf_counter() < settle_end:
                ready, _, _ = select.select([proc.stderr], [], [], max(0.0, settle_end - time.perf_counter()))
                if ready and not os.read(proc.stderr.fileno(), 65536):
                    break
            return elapsed, tree_rss_kb(proc.pid), rss_kb(proc.pid)
        finally:
            try:
                os.killpg(proc.pid, signal.SIGKILL)
            except ProcessLookupError:
                pass
            proc.wait()

    def record(self, key, title, value, floor, unit, target=None, target_kind="ratio", note="",
               loads=None, samples=None, floor_samples=None):
        entry = {"title": title, "value": value, "floor": floor, "unit": unit, "note": note,
                 "load_during": loads, "samples": samples, "floor_samples": floor_samples}
        if target is not None:
            entry["target"] = target
            entry["target_kind"] = target_kind
            if target_kind == "ratio" and floor:
                entry["ratio"] = round(value / floor, 2)
                entry["met"] = entry["ratio"] <= target
            elif target_kind == "delta":
                entry["delta"] = round(value - floor, 1)
                entry["met"] = entry["delta"] <= target
            elif target_kind == "equal":
                entry["met"] = value == target
        elif floor:
            entry["ratio"] = round(value / floor, 2)
        self.results[key] = entry
        print(f"  {title}: {value} {unit} (floor {floor}) {entry.get('ratio', entry.get('delta', ''))}",
              file=sys.stderr, flush=True)

    # --- set-up ---------------------------------------------------------------------------
    def configure(self, profile):
        self.cli("configure", "--profile", profile, "--issuer", self.issuer, "--client-id", CLIENT_ID)

    def sign_in(self, profile, env=None):
        return self.cli("sign-in", "--profile", profile, env=env)

    # --- 1 + 2: start-up and idle memory ----------------------------------------------
    def startup_and_memory(self):
        real_ms, floor_ms, real_kb, floor_kb, loads = [], [], [], [], []
        for _ in range(self.runs_fast):
            loads.append(load())
            ms, _, kb = self.spawn_until([self.exe["main"]], "first-paint", settle_s=2.0)
            real_ms.append(ms)
            real_kb.append(kb)
            ms, _, kb = self.spawn_until([self.exe["minimal_window"]], "first-paint", settle_s=2.0)
            floor_ms.append(ms)
            floor_kb.append(kb)
        self.record("startup", "Start-up: process start to first paint (main window, 1 profile signed in)",
                    median(real_ms), median(floor_ms), "ms", 1.3, loads=loads,
                    samples=real_ms, floor_samples=floor_ms)
        self.record("idle_memory", "Idle memory: VmRSS 2 s after first paint (1 profile signed in)",
                    median([k / 1024 for k in real_kb]), median([k / 1024 for k in floor_kb]), "MB", 1.5,
                    loads=loads, samples=real_kb, floor_samples=floor_kb)

    # --- 3: login window --------------------------------------------------------------------
    def authorize_url(self):
        verifier = secrets.token_urlsafe(48)
        challenge = base64.urlsafe_b64encode(hashlib.sha256(verifier.encode()).digest()).rstrip(b"=").decode()
        query = urllib.parse.urlencode({
            "client_id": CLIENT_ID, "scope": "openid offline_access profile email", "response_type": "code",
            "state": secrets.token_urlsafe(16), "redirect_uri": REDIRECT_URI, "code_challenge_method": "S256",
            "code_challenge": challenge, "nonce": secrets.token_urlsafe(16)}, quote_via=urllib.parse.quote)
        return f"{self.issuer}authorize?{query}"

    def login_window(self):
        real_ms, floor_ms, real_kb, floor_kb, loads = [], [], [], [], []
        for _ in range(self.runs_web):
            loads.append(load())
            ms, tree, _ = self.spawn_until(
                [self.exe["login"], "--url", self.authorize_url(), "--redirect-uri", REDIRECT_URI,
                 "--width", "1200", "--height", "1000"], "page-loaded", settle_s=0.5)
            real_ms.append(ms)
            real_kb.append(tree)
            ms, tree, _ = self.spawn_until([self.exe["minimal_webview"], self.authorize_url()],
                                           "page-loaded", settle_s=0.5)
            floor_ms.append(ms)
            floor_kb.append(tree)
        self.record("login_window", "Login window: process start to login form loaded",
                    median(real_ms), median(floor_ms), "ms", 1.2, loads=loads,
                    samples=real_ms, floor_samples=floor_ms)
        self.record("login_window_memory", "Login window: process-tree RSS at form loaded (informative)",
                    median([k / 1024 for k in real_kb]), median([k / 1024 for k in floor_kb]), "MB",
                    loads=loads, samples=real_kb, floor_samples=floor_kb)

    # --- 4: sign-in completion ---------------------------------------------------------------
    def sign_in_completion(self):
        env = dict(self.env, QT_LOGGING_RULES="signin.*.info=true",
                   QT_MESSAGE_PATTERN="%{time process} %{category} %{message}")
        real_ms, floor_ms, wall_ms, loads = [], [], [], []
        for _ in range(self.runs_fast):
            loads.append(load())
            done, wall = self.sign_in(PROFILE, env=env)
            wall_ms.append(wall)
            caught = ended = None
            for line in done.stderr.splitlines():
                if "login window finished:" in line:
                    caught = float(line.split()[0])  # %{time process} is right-aligned
                elif "sign-in of" in line and "ended:" in line:
                    ended = float(line.split()[0])
            if caught is None or ended is None:
                sys.exit("bench: sign-in log lines not found (signin.session 'login window finished', "
                         "signin.auth 'sign-in of … ended')")
            real_ms.append((ended - caught) * 1000)
            floor = subprocess.run([self.exe["token_floor"], self.issuer], env=self.env, text=True,
                                   stdout=subprocess.PIPE, stderr=subprocess.PIPE, timeout=60)
            if floor.returncode != 0:
                sys.exit(f"bench: token floor failed: {floor.stderr}")
            floor_ms.append(float(floor.stdout.split()[1]))
        self.record("signin_completion", "Sign-in completion: redirect caught to refresh token stored",
                    median(real_ms), median(floor_ms), "ms", 1.5, loads=loads, samples=real_ms,
                    floor_samples=floor_ms,
                    note=f"whole `sign-in` with the HTTP stand-in: median {median(wall_ms)} ms")

    # --- 5: token from the cache; --version and status --json beside it --------------------------
    def against_keychain_lookup(self, *args):
        """Medians of alternating runs: `connector-signin args` and one `secret-tool lookup` of
        the cached access token, the cheapest thing a keychain-backed command can do."""
        real_ms, floor_ms, loads = [], [], []
        for _ in range(self.runs_fast):
            loads.append(load())
            _, ms = self.cli(*args)
            real_ms.append(ms)
            started = time.perf_counter()
            lookup = subprocess.run(["secret-tool", "lookup", "server", KEYCHAIN_SERVICE,
                                     "user", f"{PROFILE}/access_token"], env=self.env,
                                    stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            floor_ms.append((time.perf_counter() - started) * 1000)
            if lookup.returncode != 0:
                sys.exit("bench: secret-tool found no cached access token")
        return dict(value=median(real_ms), floor=median(floor_ms), loads=loads,
                    samples=real_ms, floor_samples=floor_ms)

    def cached_token(self):
        m = self.against_keychain_lookup("token", "--profile", PROFILE)
        self.record("cached_token", "`token` with a valid cached access token vs one `secret-tool lookup`",
                    m["value"], m["floor"], "ms", 1.5, loads=m["loads"],
                    samples=m["samples"], floor_samples=m["floor_samples"])
        for key, args in (("version", ("--version",)), ("status_json", ("status", "--json"))):
            m = self.against_keychain_lookup(*args)
            self.record(key, f"`{' '.join(args)}` vs one `secret-tool lookup` (reported)",
                        m["value"], m["floor"], "ms", loads=m["loads"],
                        samples=m["samples"], floor_samples=m["floor_samples"])

    # --- 6: refresh traffic ----------------------------------------------------------------------
    def expire_access_token(self):
        self.control("POST", "config", {"accessTokenTtl": 1})
        self.sign_in(PROFILE)
        self.control("POST", "config", {"accessTokenTtl": 3600})
        time.sleep(1.2)

    def refresh_traffic(self):
        # A sign-in at the form elsewhere (the token floor's) ends this profile's grant:
        # start from a fresh one.
        self.sign_in(PROFILE)
        per_refresh = []
        for _ in range(3):
            self.control("POST", "reset-stats")
            self.cli("refresh", "--profile", PROFILE)
            stats = self.control("GET", "stats")
            per_refresh.append({"token_requests": stats["token_requests"], "discovery": stats["discovery"],
                                "refresh_grants": stats["token"]["refresh_token"],
                                "userinfo": stats["userinfo"]})
        worst = max(r["token_requests"] + r["discovery"] + r["userinfo"] for r in per_refresh)
        self.record("refresh_requests", "Requests the server receives per `refresh` (token+discovery+userinfo)",
                    worst, 1, "requests", 1, "equal", samples=per_refresh, loads=[load()])
        grants = []
        for _ in range(3):
            self.expire_access_token()
            self.control("POST", "reset-stats")
            procs = [subprocess.Popen([self.exe["main"], "token", "--profile", PROFILE], env=self.env,
                                      stdout=subprocess.PIPE, stderr=subprocess.DEVNULL) for _ in range(8)]
            tokens = set()
            for p in procs:
                out, _ = p.communicate(timeout=120)
                if p.returncode != 0:
                    sys.exit(f"bench: a concurrent token caller exited {p.returncode}")
                tokens.add(hashlib.sha256(out.strip()).hexdigest())  # compare without keeping tokens
            stats = self.control("GET", "stats")
            grants.append({"refresh_grants": stats["token"]["refresh_token"], "reuse": stats["refresh_reuse"],
                           "distinct_tokens": len(tokens)})
        self.record("concurrent_refresh", "8 concurrent `token` callers on an expired token: refresh grants",
                    max(g["refresh_grants"] for g in grants), 1, "grants", 1, "equal", samples=grants,
                    loads=[load()])

    # --- 7: main window memory around a sign-in ---------------------------------------------------
    def memory_after_signin(self):
        before, after, loads = [], [], []
        for _ in range(max(3, self.runs_web)):
            loads.append(load())
            self.cli("sign-out", "--profile", MEMORY_PROFILE, check=False)
            done = subprocess.run([self.exe["signin_memory"], MEMORY_PROFILE, "2000"], env=self.env, text=True,
                                  stdout=subprocess.PIPE, stderr=subprocess.PIPE, timeout=120)
            if done.returncode != 0:
                sys.exit(f"bench: bench-signin-memory failed: {done.stderr[-2000:]}")
            values = dict(line.split() for line in done.stdout.splitlines() if line.strip())
            before.append(int(values["rss-before-kb"]))
            after.append(int(values["rss-after-kb"]))
        deltas = [(a - b) / 1024 for a, b in zip(after, before)]
        self.record("memory_after_signin", "Main window RSS after a sign-in vs before (login stand-in)",
                    median([a / 1024 for a in after]), median([b / 1024 for b in before]), "MB", 5.0, "delta",
                    loads=loads, samples=[round(d, 1) for d in deltas],
                    note=f"median of per-run deltas {median(deltas)} MB")

    # --- report -------------------------------------------------------------------------------------
    def machine(self):
        cpu = "unknown"
        with open("/proc/cpuinfo") as f:
            for line in f:
                if line.startswith("model name"):
                    cpu = line.split(":", 1)[1].strip()
                    break
        with open("/proc/meminfo") as f:
            ram = int(f.readline().split()[1]) // 1024
        return {"nproc": os.cpu_count(), "cpu": cpu, "ram_mb": ram, "kernel": platform.release(),
                "display": os.environ.get("DISPLAY", ""), "date": time.strftime("%Y-%m-%d %H:%M:%S %Z")}


def rss_kb(pid):
    try:
        with open(f"/proc/{pid}/status") as f:
            for line in f:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1])
    except OSError:
        pass
    return 0


def tree_rss_kb(root):
    """Sum of VmRSS over root and its descendants (WebEngine's helper processes)."""
    children = {}
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                with open(f"/proc/{entry}/stat") as f:
                    ppid = int(f.read().rsplit(")", 1)[1].split()[1])
                children.setdefault(ppid, []).append(int(entry))
            except (OSError, ValueError, IndexError):
                pass
    total, todo = 0, [root]
    while todo:
        pid = todo.pop()
        total += rss_kb(pid)
        todo.extend(children.get(pid, []))
    return total


def table(results):
    rows = [("Benchmark", "Median", "Floor", "Ratio/Δ", "Target", "Met")]
    for r in results.values():
        measure = r.get("ratio", r.get("delta", ""))
        target = r.get("target", "")
        if target != "":
            target = {"ratio": f"≤ {target}×", "delta": f"≤ +{target} {r['unit']}", "equal": f"= {target}"}[r["target_kind"]]
        met = "" if "met" not in r else ("yes" if r["met"] else "NO")
        rows.append((r["title"], f"{r['value']} {r['unit']}", f"{r['floor']} {r['unit']}", str(measure), target, met))
    widths = [max(len(str(row[i])) for row in rows) for i in range(len(rows[0]))]
    return "\n".join(" | ".join(str(c).ljust(w) for c, w in zip(row, widths)) for row in rows)


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--build-dir", required=True)
    parser.add_argument("--source-dir", default=os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__)))))
    parser.add_argument("--runs", type=int, default=9, help="runs of the fast benchmarks (>= 7)")
    parser.add_argument("--web-runs", type=int, default=5, help="runs of the WebEngine ones (>= 5)")
    parser.add_argument("--main-exe", default="",
                        help="another connector-signin to measure (e.g. an older build, for before/after)")
    parser.add_argument("--only", default="", help="comma-separated subset: startup,login,signin,token,refresh,memory")
    args = parser.parse_args()
    bench = Bench(os.path.abspath(args.source_dir), os.path.abspath(args.build_dir), args.runs, args.web_runs)
    if args.main_exe:
        bench.exe["main"] = os.path.abspath(args.main_exe)
    chosen = set(filter(None, args.only.split(","))) or {"startup", "login", "signin", "token", "refresh", "memory"}
    report = {"machine": bench.machine(), "load_at_start": list(os.getloadavg()),
              "runs": {"fast": args.runs, "webengine": args.web_runs}}
    try:
        bench.start_server()
        bench.configure(PROFILE)
        bench.configure(MEMORY_PROFILE)
        bench.sign_in(PROFILE)
        steps = [("startup", bench.startup_and_memory), ("login", bench.login_window),
                 ("signin", bench.sign_in_completion), ("token", bench.cached_token),
                 ("refresh", bench.refresh_traffic), ("memory", bench.memory_after_signin)]
        for name, step in steps:
            if name in chosen:
                print(f"bench: {name} (load {load()})", file=sys.stderr, flush=True)
                step()
    finally:
        bench.stop()
    report["load_at_end"] = list(os.getloadavg())
    report["results"] = bench.results
    out = os.path.join(args.build_dir, "bench-results.json")
    with open(out, "w") as f:
        json.dump(report, f, indent=2)
    m = report["machine"]
    print(f"\nMachine: {m['nproc']} CPUs, {m['cpu']}, {m['ram_mb']} MB RAM; load "
          f"{' '.join(f'{x:.2f}' for x in report['load_at_start'])} at start, "
          f"{' '.join(f'{x:.2f}' for x in report['load_at_end'])} at end")
    print(table(bench.results))
    print(f"\nJSON: {out}")
    return 0 if all(r.get("met", True) for r in bench.results.values()) else 1


if __name__ == "__main__":
    sys.exit(main())
