#!/usr/bin/env python3
"""Save → page rewritten, measured on `repere serve`: usage serve_latency.py REPERE PROJECT EDIT RUNS N.

Starts `repere serve --port 0`, listens to its Server-Sent Events, appends a unique line to
content/EDIT RUNS times, and times (a) the write → the `reload` event naming the page, (b) the
write → the page served with the new line. Prints TSV rows like bench/build.sh (median, min, max; peak RSS of the
server from /proc).
"""
import os, re, select, signal, socket, statistics, subprocess, sys, time

repere, project, edit, runs, n = sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4]), sys.argv[5]
server = subprocess.Popen([repere, "serve", "--port", "0", "-C", project], stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
try:
    line = server.stdout.readline()
    while "Serving" not in line:
        line = server.stdout.readline()
    port = int(re.search(r":(\d+)/", line).group(1))

    def get(path):
        with socket.create_connection(("127.0.0.1", port), timeout=30) as s:
            s.sendall(f"GET {path} HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n".encode())
            data = b""
            while chunk := s.recv(1 << 16):
                data += chunk
        return data.decode("utf-8", "replace")

    events = socket.create_connection(("127.0.0.1", port), timeout=60)
    events.sendall(b"GET /_repere/live-reload HTTP/1.1\r\nHost: x\r\n\r\n")
    received = events.recv(4096).decode()
    page = "/" + edit[: -len(".md")] + "/"
    to_event, to_page = [], []
    def reloads_page(text):
        """Whether a complete `reload` event in `text` names the page (or every page)."""
        for event in text.split("\n\n")[:-1]:
            lines = event.split("\n")
            if "event: reload" in lines and any(l in (f"data: {page}", "data: *") for l in lines):
                return True
        return False

    for run in range(runs):
        marker = f"Mesure {run} {time.time_ns()}"
        time.sleep(0.3)  # let the watcher settle on the previous state
        received = ""  # only events sent after this write count
        start = time.perf_counter()
        with open(os.path.join(project, "content", edit), "a") as f:
            f.write(f"\n{marker}\n")
        while not reloads_page(received):
            select.select([events], [], [], 60)
            received += events.recv(1 << 16).decode("utf-8", "replace")
        to_event.append(time.perf_counter() - start)
        if marker not in get(page):
            sys.exit(f"the page {page} does not show the edit")
        to_page.append(time.perf_counter() - start)
    with open(f"/proc/{server.pid}/status") as f:
        rss = int(next(l for l in f if l.startswith("VmHWM")).split()[1]) // 1024
    for name, values in (("repere serve: save → reload event", to_event), ("repere serve: save → new page served", to_page)):
        print(f"{name}\t{n}\t{runs}\t{statistics.median(values):.3f}\t{min(values):.3f}\t{max(values):.3f}\t{rss}\t")
finally:
    server.send_signal(signal.SIGINT)
    server.wait(timeout=30)
