#!/usr/bin/env python3
"""`repere serve` under load, on loopback only: usage serve_load.py REPERE PROJECT [options].

Starts `repere serve --port 0 -C PROJECT` and measures, one after the other:

1. pages and search shards with `wrk` (installed with apt-get when missing): requests/s and
   latency percentiles, over URLs taken from a `repere build` of the same project;
2. live reload: CLIENTS Server-Sent Events clients connected while SAVES saves of one article
   happen; every client must receive every event, in order; then they disconnect, and the
   server's RSS and open file descriptors (/proc/PID) are compared with before;
3. slow clients: IDLE connections that send nothing and DRIP connections that send a request a
   byte at a time, while a normal request is timed and `wrk` runs again; then how long until
   the server has closed them (its request timeout).

Prints a Markdown report. Every loop is bounded in count and time; all traffic goes to 127.0.0.1.
"""
import argparse, os, random, re, selectors, shutil, signal, socket, statistics, subprocess, sys, tempfile, threading, time

parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
parser.add_argument("repere")
parser.add_argument("project")
parser.add_argument("--duration", type=int, default=10, help="seconds of each wrk run (default 10)")
parser.add_argument("--connections", type=int, default=16, help="wrk connections (default 16)")
parser.add_argument("--threads", type=int, default=1, help="wrk threads (default 1: the machine has 2 cores)")
parser.add_argument("--clients", type=int, default=200, help="live-reload clients (default 200)")
parser.add_argument("--saves", type=int, default=50, help="saves while they listen (default 50)")
parser.add_argument("--rounds", type=int, default=2, help="live-reload rounds, to tell growth from a leak (default 2)")
parser.add_argument("--save-interval", type=float, default=0.25, help="seconds between saves (default 0.25)")
parser.add_argument("--idle", type=int, default=500, help="connections that send nothing (default 500)")
parser.add_argument("--drip", type=int, default=100, help="connections that send a request a byte at a time (default 100)")
args = parser.parse_args()


def note(text):
    print(text, file=sys.stderr, flush=True)


def ensure_wrk():
    if shutil.which("wrk"):
        return
    note("installing wrk (Debian package)")
    sudo = [] if os.geteuid() == 0 else ["sudo"]
    subprocess.run(sudo + ["apt-get", "install", "-y", "-q", "wrk"], check=True, stdout=subprocess.DEVNULL)


def site_files(work):
    """Output paths of a build of the project: the pages and search files to request."""
    out = os.path.join(work, "site")
    subprocess.run([args.repere, "build", "-q", "--no-cache", "-C", args.project, "-o", out], check=True,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    files = []
    for folder, _, names in os.walk(out):
        files += [os.path.relpath(os.path.join(folder, n), out) for n in names]
    shutil.rmtree(out)
    return sorted(files)


class Server:
    def __init__(self):
        self.process = subprocess.Popen([args.repere, "serve", "--port", "0", "-C", args.project],
                                        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        deadline = time.time() + 600
        line = self.process.stdout.readline()
        while "Serving" not in line:
            if not line or time.time() > deadline:
                sys.exit("serve did not start: " + self.process.stderr.read()[-2000:])
            line = self.process.stdout.readline()
        self.port = int(re.search(r":(\d+)/", line).group(1))
        self.pid = self.process.pid

    def status(self, key):
        with open(f"/proc/{self.pid}/status") as f:
            return int(next(l for l in f if l.startswith(key)).split()[1]) // 1024

    def fds(self):
        return len(os.listdir(f"/proc/{self.pid}/fd"))

    def stop(self):
        self.process.send_signal(signal.SIGINT)
        try:
            self.process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()


def get(port, path, timeout=30):
    """One request on a new connection: (status line, seconds)."""
    start = time.perf_counter()
    with socket.create_connection(("127.0.0.1", port), timeout=timeout) as s:
        s.sendall(f"GET {path} HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n".encode())
        data = b""
        while chunk := s.recv(1 << 16):
            data += chunk
    return data.split(b"\r\n", 1)[0].decode(), time.perf_counter() - start


def wrk(port, paths, work, name):
    """wrk over `paths` in turn (a Lua script): requests/s and latency percentiles."""
    script = os.path.join(work, f"{name}.lua")
    with open(script, "w") as f:
        f.write("paths = {" + ",".join('"/' + p.replace('"', '\\"') + '"' for p in paths) + "}\n")
        f.write("i = 0\nrequest = function()\n  i = i % #paths + 1\n  return wrk.format('GET', paths[i])\nend\n")
        f.write("done = function(summary, latency, requests)\n"
                "  io.write(string.format('RESULT %d %d %d %d %.1f %.1f %.1f %.1f\\n', summary.requests, summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout, summary.errors.status, summary.duration, latency:percentile(50), latency:percentile(99), latency.max, summary.bytes / summary.requests))\n"
                "end\n")
    out = subprocess.run(["nice", "wrk", "-t", str(args.threads), "-c", str(args.connections), "-d", f"{args.duration}s",
                          "--timeout", "10s", "-s", script, f"http://127.0.0.1:{port}/"],
                         check=True, capture_output=True, text=True).stdout
    requests, errors, bad, micros, p50, p99, worst, size = next(l for l in out.splitlines() if l.startswith("RESULT")).split()[1:]
    return {"rps": int(requests) / (int(micros) / 1e6), "p50": float(p50) / 1000, "p99": float(p99) / 1000,
            "max": float(worst) / 1000, "errors": int(errors), "non2xx": int(bad), "bytes": float(size)}


def wrk_row(label, r):
    return (f"| {label} | {r['rps']:,.0f} | {r['p50']:.2f} | {r['p99']:.2f} | {r['max']:.1f} | "
            f"{r['bytes'] / 1024:.1f} | {r['errors']} / {r['non2xx']} |")


def connect_events(port, n):
    """n live-reload clients, each past the response headers and the first comment."""
    clients = []
    for _ in range(n):
        s = socket.create_connection(("127.0.0.1", port), timeout=30)
        s.sendall(b"GET /_repere/live-reload HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n")
        clients.append(s)
    buffers = {s: b"" for s in clients}
    deadline = time.time() + 60
    for s in clients:
        while b"repere live reload" not in buffers[s]:
            if time.time() > deadline:
                sys.exit("a live-reload client got no stream")
            buffers[s] += s.recv(4096)
        s.setblocking(False)
    return clients


def reload_events(data):
    """The `reload` events' data (generation and pages) in a chunked event stream."""
    text = re.sub(rb"\r\n[0-9a-f]+\r\n", b"", data).decode("utf-8", "replace")  # chunk sizes out
    return [tuple(l[6:] for l in block.split("\n") if l.startswith("data: "))
            for block in text.split("\n\n") if "event: reload" in block.split("\n")]


def live_reload(server, edit):
    time.sleep(2)  # earlier connections closed
    fds0, rss0 = server.fds(), server.status("VmRSS")
    clients = connect_events(server.port, args.clients)
    received = {s: b"" for s in clients}
    selector = selectors.DefaultSelector()
    for s in clients:
        selector.register(s, selectors.EVENT_READ)
    fds1, rss1 = server.fds(), server.status("VmRSS")

    def pump(seconds):
        end = time.time() + seconds
        while (left := end - time.time()) > 0:
            for key, _ in selector.select(left):
                try:
                    received[key.fileobj] += key.fileobj.recv(1 << 16)
                except BlockingIOError:
                    pass

    page = "/" + edit[: -len(".md")] + "/"
    path = os.path.join(args.project, "content", edit)
    with open(path, encoding="utf-8") as f:
        original = f.read()
    try:
        for i in range(args.saves):
            with open(path, "a", encoding="utf-8") as f:
                f.write(f"\nCharge {i} {time.time_ns()}\n")
            pump(args.save_interval)
        # Then until the events stop (the last save's rebuild is announced), at most 120 s.
        deadline, total = time.time() + 120, -1
        while time.time() < deadline and total != sum(map(len, received.values())):
            total = sum(map(len, received.values()))
            pump(3)
    finally:
        with open(path, "w", encoding="utf-8") as f:
            f.write(original)
    events = [reload_events(received[s]) for s in clients]
    rss_peak = server.status("VmRSS")
    same = sum(e == events[0] for e in events)
    naming = sum(page in e for e in events[0])
    for s in clients:
        s.close()
    # Disconnected clients are noticed at the next write: a heartbeat comes within 10 s, and the
    # write after the peer's close fails (two heartbeats at most).
    settle_deadline = time.time() + 40
    while server.fds() > fds0 and time.time() < settle_deadline:
        time.sleep(0.5)
    settled = time.time() - (settle_deadline - 40)
    time.sleep(2)
    return {"events": len(events[0]), "naming": naming, "same": same, "fds": (fds0, fds1, server.fds()),
            "rss": (rss0, rss1, rss_peak, server.status("VmRSS")), "settled": settled}


def slow_clients(server, pages, work):
    fds0 = server.fds()
    idle = [socket.create_connection(("127.0.0.1", server.port), timeout=30) for _ in range(args.idle)]
    drip = [socket.create_connection(("127.0.0.1", server.port), timeout=30) for _ in range(args.drip)]
    request = f"GET /{pages[0]} HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n".encode()
    stop, sent = threading.Event(), [0]
    start = time.time()

    def trickle():  # a byte every 0.5 s on each drip connection
        while sent[0] < len(request) and not stop.wait(0.5 if sent[0] else 0):
            for s in drip:
                try:
                    s.send(request[sent[0]:sent[0] + 1])
                except OSError:
                    pass
            sent[0] += 1

    closed_at = [None]

    def watch():  # when the server has closed them all, seen from the clients (end of stream)
        sel, open_ = selectors.DefaultSelector(), set(idle + drip)
        for c in open_:
            sel.register(c, selectors.EVENT_READ)
        while open_ and time.time() - start < 60:
            for key, _ in sel.select(0.1):
                try:
                    data = key.fileobj.recv(1 << 16, socket.MSG_DONTWAIT)
                except BlockingIOError:
                    continue
                except OSError:
                    data = b""
                if not data:
                    sel.unregister(key.fileobj)
                    open_.discard(key.fileobj)
        if not open_:
            closed_at[0] = time.time() - start

    dripper, watcher = threading.Thread(target=trickle), threading.Thread(target=watch)
    dripper.start()
    watcher.start()
    time.sleep(1)
    held_fds = server.fds()
    times = []
    for i in range(20):
        status, seconds = get(server.port, "/" + pages[i % len(pages)])
        assert status.endswith("200 OK"), status
        times.append(seconds)
        time.sleep(0.05)
    under = wrk(server.port, pages[:200], work, "pages-slow")
    watcher.join()
    stop.set()
    dripper.join()
    for s in idle + drip:
        s.close()
    return {"held_fds": held_fds, "fds0": fds0, "get_ms": (statistics.median(times) * 1000, max(times) * 1000),
            "wrk": under, "closed_at": closed_at[0],
            "drip_bytes": sent[0]}


def main():
    ensure_wrk()
    work = tempfile.mkdtemp(prefix="repere-serve-load-")
    try:
        files = site_files(work)
        rng = random.Random(42)
        content = os.path.join(args.project, "content")
        articles = sorted(os.path.relpath(os.path.join(folder, n), content) for folder, _, names in os.walk(content)
                          for n in names if n.endswith(".md") and n != "index.md" and not n.startswith("_"))
        articles = [a for a in articles if a.startswith(("faq/", "tutorials/")) and a[: -len(".md")] + "/index.html" in files]
        pages = [a[: -len(".md")] + "/" for a in rng.sample(articles, min(200, len(articles)))]
        shards = [f for f in files if f.startswith("search/")]
        shards = rng.sample(shards, min(200, len(shards)))
        edit = next(a for a in articles if a.startswith("faq/"))
        server = Server()
        try:
            note(f"serve on port {server.port}: {server.status('VmRSS')} MiB, {server.fds()} fds")
            rows = [wrk_row(f"pages ({len(pages)} articles in turn)", wrk(server.port, pages, work, "pages")),
                    wrk_row(f"search shards ({len(shards)} files in turn)", wrk(server.port, shards, work, "shards"))]
            note("live reload")
            reloads = [live_reload(server, edit) for _ in range(args.rounds)]
            note("slow clients")
            slow = slow_clients(server, pages, work)
            rss_end = server.status("VmRSS")
        finally:
            server.stop()
        n = len(files)
        print(f"`{' '.join(sys.argv)}`, {n:,} files served, wrk -t{args.threads} -c{args.connections} -d{args.duration}s\n")
        print("| requests | requests/s | p50 ms | p99 ms | max ms | KiB/response | socket errors / non-2xx |")
        print("|---|---:|---:|---:|---:|---:|---:|")
        print("\n".join(rows))
        for i, r in enumerate(reloads, 1):
            print(f"\nLive reload, round {i}: {args.clients} clients, {args.saves} saves {args.save_interval} s apart: "
                  f"{r['events']} reload events ({r['naming']} naming the edited page); "
                  f"{r['same']} of {args.clients} clients received all of them, in the same order.")
            print(f"- open fds: {r['fds'][0]} before, {r['fds'][1]} connected, {r['fds'][2]} after they disconnected "
                  f"(back within {r['settled']:.1f} s)")
            print(f"- RSS MiB: {r['rss'][0]} before, {r['rss'][1]} connected, {r['rss'][2]} after the saves, "
                  f"{r['rss'][3]} after they disconnected")
        s = slow
        print(f"\nSlow clients: {args.idle} sending nothing and {args.drip} sending a request a byte at a time "
              f"({s['held_fds']} fds held, {s['fds0']} before).")
        print(f"- a request on a new connection meanwhile: median {s['get_ms'][0]:.1f} ms, max {s['get_ms'][1]:.1f} ms (20 requests)")
        print("- wrk meanwhile: " + wrk_row("pages", s["wrk"]))
        closed = f"{s['closed_at']:.1f} s" if s["closed_at"] is not None else "not within 60 s"
        print(f"- the server had closed all {args.idle + args.drip} of them {closed} after they connected "
              f"({s['drip_bytes']} bytes dripped on each)")
        print(f"- RSS at the end: {rss_end} MiB")
    finally:
        shutil.rmtree(work, ignore_errors=True)


main()
