#!/usr/bin/env python3
"""Load test of tenderlint-server on 127.0.0.1: N uploads of a corpus document from C
concurrent clients (default 2 000 from 16), bounded in time. Reports failed requests,
throughput, p50/p99 latency and the server's peak memory (VmHWM). Uses the release build:
swift build -c release --product tenderlint-server.

    python3 Scripts/load-test.py [--requests 2000] [--clients 16] [--file Corpus/...docx] [--format json]
"""
import argparse, http.client, os, socket, subprocess, sys, threading, time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_until_up(port):
    for _ in range(300):
        try:
            probe = http.client.HTTPConnection("127.0.0.1", port, timeout=2)
            probe.request("GET", "/healthz")
            if probe.getresponse().status == 200:
                return
        except OSError:
            pass
        time.sleep(0.1)
    raise SystemExit("the server did not start")


def peak_memory_mb(pid):
    with open(f"/proc/{pid}/status") as status:
        for line in status:
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    return float("nan")


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--requests", type=int, default=2000)
    parser.add_argument("--clients", type=int, default=16)
    parser.add_argument("--file", default="Corpus/hemtjanst/upphandlingsdokument.docx")
    parser.add_argument("--format", default="json")
    parser.add_argument("--time-limit", type=float, default=900)
    args = parser.parse_args()

    binary = os.path.join(ROOT, ".build/release/tenderlint-server")
    if not os.path.exists(binary):
        raise SystemExit("build it first: swift build -c release --product tenderlint-server")
    port = free_port()
    env = dict(os.environ, TENDERLINT_RULES=os.path.join(ROOT, "Rules"))
    server = subprocess.Popen([binary, "--port", str(port)], env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    body = open(os.path.join(ROOT, args.file), "rb").read()
    name = os.path.basename(args.file)
    latencies, failures, lock = [], [], threading.Lock()
    remaining = [args.requests]
    deadline = time.time() + args.time_limit
    try:
        wait_until_up(port)

        def client():
            connection = http.client.HTTPConnection("127.0.0.1", port, timeout=120)
            while True:
                with lock:
                    if remaining[0] == 0 or time.time() > deadline:
                        return
                    remaining[0] -= 1
                started = time.perf_counter()
                try:
                    connection.request("POST", f"/api/lint?filename={name}&format={args.format}", body=body,
                                       headers={"Content-Type": "application/octet-stream"})
                    response = connection.getresponse()
                    response.read()
                    status = response.status
                except Exception as error:  # a dropped connection is a failure too
                    status = repr(error)
                    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=120)
                elapsed = time.perf_counter() - started
                with lock:
                    latencies.append(elapsed)
                    if status != 200:
                        failures.append(status)

        started = time.perf_counter()
        threads = [threading.Thread(target=client) for _ in range(args.clients)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        wall = time.perf_counter() - started
        peak = peak_memory_mb(server.pid)
    finally:
        server.terminate()
        server.wait()
    latencies.sort()
    def percentile(p):
        return latencies[min(len(latencies) - 1, int(p / 100 * len(latencies)))] * 1000
    done = len(latencies)
    print(f"{done} uploads of {name} ({len(body) / 1024:.0f} kB, --format {args.format}) from {args.clients} clients "
          f"in {wall:.1f} s on {os.cpu_count()} cores: {done / wall:.1f} requests/s, "
          f"p50 {percentile(50):.0f} ms, p99 {percentile(99):.0f} ms, failed {len(failures)}, "
          f"server peak memory {peak:.0f} MB")
    if failures or done < args.requests:
        raise SystemExit(f"{len(failures)} failed, {args.requests - done} not sent: {failures[:5]}")
    graceful_shutdown(binary, env)


def graceful_shutdown(binary, env):
    """SIGTERM while a large upload is being linted: the answer still comes, then the server exits 0."""
    import signal
    port = free_port()
    server = subprocess.Popen([binary, "--port", str(port)], env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    text = b"".join(open(os.path.join(ROOT, "Corpus", folder, "upphandlingsdokument.md"), "rb").read()
                    for folder in ("hemtjanst", "it-utrustning", "livsmedel", "stadtjanster")) * 30
    result = {}
    wait_until_up(port)

    def upload():
        connection = http.client.HTTPConnection("127.0.0.1", port, timeout=120)
        connection.request("POST", "/api/lint?filename=stort.md", body=text)
        response = connection.getresponse()
        result["status"] = response.status
        result["bytes"] = len(response.read())

    thread = threading.Thread(target=upload)
    started = time.perf_counter()
    thread.start()
    time.sleep(0.3)
    server.send_signal(signal.SIGTERM)
    thread.join()
    code = server.wait(timeout=60)
    if result.get("status") != 200 or code != 0:
        raise SystemExit(f"graceful shutdown: answer {result}, exit status {code}")
    print(f"graceful shutdown: SIGTERM 0.3 s into a {len(text) / 1e6:.1f} MB upload; its answer came "
          f"({result['bytes'] / 1e6:.1f} MB of JSON, {time.perf_counter() - started:.1f} s after the upload began), "
          f"then the server exited 0")


if __name__ == "__main__":
    main()
