#!/usr/bin/env python3
"""Checks tenderlint-server's page in a real browser: headless Chromium (Debian package
"chromium"), driven over the DevTools protocol with nothing but Python's standard library.

It starts the server on a free port with the school-transport template, loads the page,
walks it with the Tab key (the focus order must be: skip link, file, template, result,
button), uploads a corpus DOCX through the file field, submits, waits for the report to appear
in the page, and fails on any console error or exception. With --screenshots it writes
docs/server-upload.png and docs/server-report.png. .ci/run installs Chromium when it is missing and always calls it.
"""
import base64, json, os, shutil, socket, struct, subprocess, sys, tempfile, time, urllib.request

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def png_ink(data):
    """The share of pixels that are not near-white in a PNG (8-bit RGB or RGBA, as Chromium
    writes them): a frame whose document did not render is blank."""
    import zlib
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    position, idat, width, height, kind = 8, b"", 0, 0, 0
    while position < len(data):
        length, name = struct.unpack(">I4s", data[position:position + 8])
        chunk = data[position + 8:position + 8 + length]
        if name == b"IHDR":
            width, height, depth, kind = struct.unpack(">IIBB", chunk[:10])
            assert depth == 8 and kind in (2, 6), "unexpected PNG format"
        elif name == b"IDAT":
            idat += chunk
        position += 12 + length
    channels = 4 if kind == 6 else 3
    raw = zlib.decompress(idat)
    stride = width * channels
    previous = bytearray(stride)
    ink = 0
    for row in range(height):
        start = row * (stride + 1)
        kind_of_filter, line = raw[start], bytearray(raw[start + 1:start + 1 + stride])
        for i in range(stride):
            left = line[i - channels] if i >= channels else 0
            up = previous[i]
            corner = previous[i - channels] if i >= channels else 0
            if kind_of_filter == 1:
                line[i] = (line[i] + left) & 0xFF
            elif kind_of_filter == 2:
                line[i] = (line[i] + up) & 0xFF
            elif kind_of_filter == 3:
                line[i] = (line[i] + (left + up) // 2) & 0xFF
            elif kind_of_filter == 4:
                estimate = left + up - corner
                a, b, c = abs(estimate - left), abs(estimate - up), abs(estimate - corner)
                line[i] = (line[i] + (left if a <= b and a <= c else up if b <= c else corner)) & 0xFF
        for x in range(0, stride, channels):
            if min(line[x], line[x + 1], line[x + 2]) < 200:
                ink += 1
        previous = line
    return ink / max(1, width * height)


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_for(url, seconds=30):
    deadline = time.time() + seconds
    while time.time() < deadline:
        try:
            with urllib.request.urlopen(url, timeout=2) as response:
                return response.read()
        except Exception:
            time.sleep(0.2)
    raise SystemExit(f"{url} did not answer within {seconds} s")


class DevTools:
    """A minimal WebSocket client (RFC 6455, client side) speaking the DevTools protocol."""

    def __init__(self, url):
        host, rest = url[len("ws://"):].split("/", 1)
        hostname, port = host.split(":")
        self.sock = socket.create_connection((hostname, int(port)), timeout=60)
        key = base64.b64encode(os.urandom(16)).decode()
        self.sock.sendall((f"GET /{rest} HTTP/1.1\r\nHost: {host}\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
                           f"Sec-WebSocket-Key: {key}\r\nSec-WebSocket-Version: 13\r\n\r\n").encode())
        response = b""
        while b"\r\n\r\n" not in response:
            response += self.sock.recv(1)
        if b" 101 " not in response.split(b"\r\n")[0]:
            raise SystemExit(f"DevTools refused the connection: {response[:200]!r}")
        self.next_id = 0
        self.events = []

    def _recv_exact(self, count):
        data = b""
        while len(data) < count:
            chunk = self.sock.recv(count - len(data))
            if not chunk:
                raise SystemExit("DevTools connection closed")
            data += chunk
        return data

    def _recv_message(self):
        message = b""
        while True:
            head = self._recv_exact(2)
            final, opcode, length = head[0] & 0x80, head[0] & 0x0F, head[1] & 0x7F
            if length == 126:
                length = struct.unpack(">H", self._recv_exact(2))[0]
            elif length == 127:
                length = struct.unpack(">Q", self._recv_exact(8))[0]
            payload = self._recv_exact(length)
            if opcode == 0x8:
                raise SystemExit("DevTools closed the connection")
            if opcode in (0x9, 0xA):
                continue
            message += payload
            if final:
                return json.loads(message.decode())

    def send(self, method, **params):
        self.next_id += 1
        payload = json.dumps({"id": self.next_id, "method": method, "params": params}).encode()
        header = bytes([0x81])
        length = len(payload)
        if length < 126:
            header += bytes([0x80 | length])
        elif length < 65536:
            header += bytes([0x80 | 126]) + struct.pack(">H", length)
        else:
            header += bytes([0x80 | 127]) + struct.pack(">Q", length)
        mask = os.urandom(4)
        self.sock.sendall(header + mask + bytes(b ^ mask[i % 4] for i, b in enumerate(payload)))
        while True:
            message = self._recv_message()
            if message.get("id") == self.next_id:
                if "error" in message:
                    raise SystemExit(f"{method}: {message['error']}")
                return message.get("result", {})
            self.events.append(message)

    def evaluate(self, expression):
        result = self.send("Runtime.evaluate", expression=expression, returnByValue=True, awaitPromise=True)
        if "exceptionDetails" in result:
            raise SystemExit(f"script failed: {expression}: {result['exceptionDetails']}")
        return result["result"].get("value")

    def wait_for_event(self, method, seconds=30):
        deadline = time.time() + seconds
        while time.time() < deadline:
            for index, event in enumerate(self.events):
                if event.get("method") == method:
                    return self.events.pop(index)
            self.events.append(self._recv_message())
        raise SystemExit(f"no {method} within {seconds} s")

    def errors(self):
        found = []
        for event in self.events:
            method, params = event.get("method"), event.get("params", {})
            if method == "Runtime.exceptionThrown":
                found.append(params["exceptionDetails"].get("text", "exception"))
            elif method == "Runtime.consoleAPICalled" and params.get("type") == "error":
                found.append(" ".join(str(a.get("value", "")) for a in params.get("args", [])))
            elif method == "Log.entryAdded" and params["entry"].get("level") == "error":
                found.append(params["entry"].get("text", ""))
        return found

    def screenshot(self, path, full_page):
        params = {"format": "png"}
        if full_page:
            metrics = self.send("Page.getLayoutMetrics")
            size = metrics.get("cssContentSize") or metrics["contentSize"]
            params["clip"] = {"x": 0, "y": 0, "width": 1280, "height": min(size["height"], 2400), "scale": 1}
            params["captureBeyondViewport"] = True
        data = self.send("Page.captureScreenshot", **params)["data"]
        with open(path, "wb") as file:
            file.write(base64.b64decode(data))


def main():
    screenshots = "--screenshots" in sys.argv
    browser = shutil.which("chromium") or shutil.which("chromium-browser")
    if not browser:
        raise SystemExit("chromium is needed: apt-get install chromium")
    server_binary = subprocess.run(["swift", "build", "--show-bin-path"], cwd=ROOT, capture_output=True, text=True,
                                   check=True).stdout.strip() + "/tenderlint-server"
    work = tempfile.mkdtemp(prefix="tenderlint-page-")
    templates = os.path.join(work, "mallar")
    os.makedirs(templates)
    shutil.copy(os.path.join(ROOT, "Corpus/mall-skolskjuts/mall.md"), os.path.join(templates, "Skolskjuts Dalarna.md"))
    shutil.copy(os.path.join(ROOT, "Corpus/mall-skolskjuts/mall.yml"), os.path.join(templates, "Skolskjuts Dalarna.yml"))
    port, debug_port = free_port(), free_port()
    environment = dict(os.environ, TENDERLINT_RULES=os.path.join(ROOT, "Rules"))
    server = subprocess.Popen([server_binary, "--port", str(port), "--templates", templates], env=environment,
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    chrome = None
    try:
        wait_for(f"http://127.0.0.1:{port}/healthz")
        chrome = subprocess.Popen([browser, "--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--hide-scrollbars",
                                   f"--remote-debugging-port={debug_port}", f"--user-data-dir={work}/profile",
                                   "--window-size=1280,900", "about:blank"],
                                  stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        pages = json.loads(wait_for(f"http://127.0.0.1:{debug_port}/json/list"))
        page = next(p for p in pages if p.get("type") == "page")
        tools = DevTools(page["webSocketDebuggerUrl"])
        for domain in ("Page", "Runtime", "Log", "DOM"):
            tools.send(f"{domain}.enable")
        tools.send("Emulation.setDeviceMetricsOverride", width=1280, height=900, deviceScaleFactor=1, mobile=False)
        tools.send("Page.navigate", url=f"http://127.0.0.1:{port}/")
        tools.wait_for_event("Page.loadEventFired")

        # Keyboard: Tab walks the page in reading order.
        order = []
        for _ in range(6):
            for kind in ("rawKeyDown", "keyUp"):
                tools.send("Input.dispatchKeyEvent", type=kind, key="Tab", code="Tab", windowsVirtualKeyCode=9)
            order.append(tools.evaluate("document.activeElement.id || document.activeElement.className || "
                                        "document.activeElement.tagName"))
        expected = ["skip", "fil", "mall", "format", "skicka"]
        if order[:5] != expected:
            raise SystemExit(f"focus order {order[:5]}, expected {expected}")
        if tools.evaluate("getComputedStyle(document.getElementById('skicka'), ':focus-visible').outlineStyle") is None:
            raise SystemExit("no focus style")
        if screenshots:
            tools.evaluate("document.activeElement.blur(); window.scrollTo(0, 0)")
            tools.screenshot(os.path.join(ROOT, "docs/server-upload.png"), full_page=False)

        # Upload a corpus DOCX through the real file field and submit.
        document = tools.send("DOM.getDocument")["root"]["nodeId"]
        field = tools.send("DOM.querySelector", nodeId=document, selector="#fil")["nodeId"]
        sample = os.path.join(ROOT, "Corpus/skolskjuts-nordanby/upphandlingsdokument.docx")
        tools.send("DOM.setFileInputFiles", files=[sample], nodeId=field)
        tools.evaluate("document.getElementById('fil').dispatchEvent(new Event('change'))")
        tools.evaluate("document.getElementById('mall').value = 'Skolskjuts Dalarna'")
        tools.evaluate("document.getElementById('granska').requestSubmit()")
        deadline = time.time() + 60
        while time.time() < deadline:
            shown = tools.evaluate("!document.getElementById('resultat').hidden && "
                                   "document.getElementById('rapport').srcdoc.includes('class=\"finding')")
            failure = tools.evaluate("document.getElementById('fel').textContent")
            if failure:
                raise SystemExit(f"the page showed an error: {failure}")
            if shown:
                break
            time.sleep(0.25)
        else:
            raise SystemExit("the report did not appear within 60 s")
        heading = tools.evaluate("document.getElementById('resultat-rubrik').textContent")
        focused = tools.evaluate("document.activeElement.id")
        if focused != "resultat-rubrik":
            raise SystemExit(f"focus did not move to the result (it is on {focused!r})")
        time.sleep(2)  # let the frame load and paint the report (and its own script run)
        # The report must be painted in its frame, not only handed to it.
        tools.evaluate("window.scrollTo(0, document.getElementById('rapport').offsetTop)")
        box = tools.evaluate("(function () { var r = document.getElementById('rapport').getBoundingClientRect(); "
                             "return [r.left + window.scrollX, r.top + window.scrollY, r.width, Math.min(r.height, 400)]; })()")
        shot = tools.send("Page.captureScreenshot", format="png",
                          clip={"x": box[0] + 2, "y": box[1] + 2, "width": box[2] - 4, "height": box[3] - 4, "scale": 1})
        ink = png_ink(base64.b64decode(shot["data"]))
        if os.environ.get("TENDERLINT_SAVE_FRAME"):
            open(os.environ["TENDERLINT_SAVE_FRAME"], "wb").write(base64.b64decode(shot["data"]))
        if ink < 0.01:
            raise SystemExit(f"the report frame is blank ({ink:.2%} of its pixels are not white)")
        errors = tools.errors()
        if errors:
            raise SystemExit("console errors: " + "; ".join(errors))
        if screenshots:
            tools.evaluate("window.scrollTo(0, document.getElementById('resultat').offsetTop - 24)")
            tools.screenshot(os.path.join(ROOT, "docs/server-report.png"), full_page=False)
            print("wrote docs/server-upload.png and docs/server-report.png")
        version = json.loads(wait_for(f"http://127.0.0.1:{debug_port}/json/version"))["Browser"]
        print(f"Server page: {version} loaded it, the Tab order is {' → '.join(order[:5])}, "
              f"the upload showed «{heading}» with the report painted in its frame ({ink:.0%} ink), no console errors")
    finally:
        if chrome:
            chrome.terminate()
            chrome.wait()
        server.terminate()
        server.wait()
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
