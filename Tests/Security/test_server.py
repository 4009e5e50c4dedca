"""The dev server under attack, on loopback only: traversal attempts get 404 and never read outside
the output folder; oversized request lines and headers are refused; slow and half-open clients do
not block others. (The load test — 200 connections for 30 s with wrk — is in
Scripts/test.d/69-server-load.sh.) Every loop here is bounded in count and time.

Run: SITEGEN_BIN=.build/release/sitegen python3 -m unittest discover -s Tests/Security -p 'test_server.py' -v
"""
import os
import re
import shutil
import socket
import subprocess
import tempfile
import time
import unittest

BINARY = os.environ.get("SITEGEN_BIN", ".build/release/sitegen")
REPO = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
SECRET = "sitegen-secret-marker-7f3a"


def serves():
    """Whether this build has `sitegen serve` (listed among the subcommands)."""
    if not os.access(BINARY, os.X_OK):
        return False
    result = subprocess.run([BINARY, "--help"], capture_output=True, text=True)
    return re.search(r"^  serve ", result.stdout, re.M) is not None


class Server:
    """`sitegen serve` on 127.0.0.1 with a free port, over a copy of the sample site."""

    def __init__(self):
        self.root = tempfile.mkdtemp(prefix="sitegen-serve-")
        for name in ["Content", "Templates", "sitegen.yml"]:
            source = os.path.join(REPO, name)
            if os.path.isdir(source):
                shutil.copytree(source, os.path.join(self.root, name))
            elif os.path.exists(source):
                shutil.copy(source, self.root)
        # Files just outside the output folder that a traversal would reach.
        with open(os.path.join(self.root, "secret.txt"), "w") as f:
            f.write(SECRET)
        self.log = open(os.path.join(self.root, "serve.log"), "w+")
        self.process = subprocess.Popen(
            [BINARY, "serve", "--root", self.root, "--host", "127.0.0.1", "--port", "0", "--no-watch"],
            stdout=self.log, stderr=subprocess.STDOUT)
        deadline = time.time() + 120
        self.port = None
        while time.time() < deadline and self.port is None:
            time.sleep(0.2)
            self.log.seek(0)
            match = re.search(r"http://127\.0\.0\.1:(\d+)/", self.log.read())
            if match:
                self.port = int(match.group(1))
            if self.process.poll() is not None:
                break
        if self.port is None:
            self.stop()
            raise RuntimeError("sitegen serve did not start")

    def rss_kb(self):
        with open(f"/proc/{self.process.pid}/status") as f:
            return int(re.search(r"VmRSS:\s+(\d+)", f.read()).group(1))

    def stop(self):
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(10)
            except subprocess.TimeoutExpired:
                self.process.kill()
        self.log.close()
        shutil.rmtree(self.root, ignore_errors=True)


def raw_request(port, data, timeout=5.0):
    """Sends bytes as they are (no client-side normalisation) and returns the whole response."""
    with socket.create_connection(("127.0.0.1", port), timeout=timeout) as sock:
        sock.sendall(data)
        chunks = []
        try:
            while True:
                chunk = sock.recv(65536)
                if not chunk:
                    break
                chunks.append(chunk)
                if sum(map(len, chunks)) > 8 * 1024 * 1024:
                    break
        except (socket.timeout, ConnectionResetError):
            pass
    return b"".join(chunks)


def get(port, target, timeout=5.0, extra=b""):
    return raw_request(port, b"GET " + target + b" HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n" + extra + b"\r\n",
                       timeout)


def status(response):
    match = re.match(rb"HTTP/1\.[01] (\d{3})", response)
    return int(match.group(1)) if match else None


@unittest.skipUnless(serves(), "sitegen serve is not in this build (pending the serve branch)")
class ServerAttackTests(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.server = Server()
        cls.port = cls.server.port

    @classmethod
    def tearDownClass(cls):
        cls.server.stop()

    def assertAlive(self):
        self.assertEqual(status(get(self.port, b"/")), 200)

    def test_serves_pages(self):
        response = get(self.port, b"/")
        self.assertEqual(status(response), 200)
        self.assertIn(b"<html", response)

    def test_traversal_is_refused(self):
        attempts = [b"/../secret.txt", b"/../../../../../../etc/passwd", b"/%2e%2e/secret.txt", b"/%2e%2e%2fsecret.txt",
                    b"/..%2fsecret.txt", b"/..%5csecret.txt", b"/%2e%2e%5csecret.txt", b"/..\\secret.txt",
                    b"/assets/../../secret.txt", b"/assets/%2e%2e/%2e%2e/secret.txt", b"/%252e%252e/secret.txt",
                    b"//etc/passwd", b"/secret.txt%00.html", b"/%00", b"/index.html%00", b"/./../secret.txt",
                    b"/%c0%ae%c0%ae/secret.txt", b"/..;/secret.txt", b"http://127.0.0.1/../secret.txt",
                    b"/../public/../secret.txt", b"/.%2e/secret.txt"]
        for target in attempts:
            with self.subTest(target=target):
                response = get(self.port, target)
                self.assertNotIn(SECRET.encode(), response)
                self.assertNotIn(b"root:x:0:0", response)
                self.assertIn(status(response), (400, 404), response[:200])
        self.assertAlive()

    def test_nul_byte_in_the_request_line(self):
        response = raw_request(self.port, b"GET /index.html\x00/../../secret.txt HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n")
        self.assertNotIn(SECRET.encode(), response)
        self.assertIn(status(response), (None, 400, 404))
        self.assertAlive()

    def test_oversized_request_line_is_refused(self):
        started = time.time()
        response = get(self.port, b"/" + b"a" * 200_000)
        self.assertEqual(status(response), 400, response[:200])
        self.assertLess(time.time() - started, 3, "an oversized request line must be refused at once")
        self.assertAlive()

    def test_oversized_headers_are_refused(self):
        big = b"X-Big: " + b"b" * 200_000 + b"\r\n"
        many = b"".join(b"X-H%d: v\r\n" % i for i in range(20_000))
        for extra in (big, many):
            started = time.time()
            response = get(self.port, b"/", extra=extra, timeout=10)
            self.assertEqual(status(response), 400, response[:200])
            self.assertLess(time.time() - started, 3, "oversized headers must be refused at once")
        self.assertAlive()

    def test_silent_and_slowloris_connections_are_closed(self):
        """A connection must send a whole request head within 10 s; the server then hangs up."""
        silent = socket.create_connection(("127.0.0.1", self.port), timeout=20)
        slow = socket.create_connection(("127.0.0.1", self.port), timeout=20)
        try:
            slow.sendall(b"GET / HTTP/1.1\r\nHost: 127.0.0.1\r\n")
            started = time.time()
            for _ in range(6):  # a header byte every 2 s: never a complete head
                time.sleep(2)
                try:
                    slow.sendall(b"X")
                except OSError:
                    break
            for sock in (silent, slow):
                self.assertEqual(sock.recv(65536), b"", "the server should have closed the connection")
            self.assertLess(time.time() - started, 20)
        finally:
            silent.close()
            slow.close()
        self.assertAlive()

    def test_slow_and_half_open_clients_do_not_block_others(self):
        idle, slow = [], []
        try:
            for _ in range(50):  # connect and say nothing
                idle.append(socket.create_connection(("127.0.0.1", self.port), timeout=5))
            for _ in range(50):  # a request line, then nothing more (slowloris)
                sock = socket.create_connection(("127.0.0.1", self.port), timeout=5)
                sock.sendall(b"GET / HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Slow: ")
                slow.append(sock)
            for sock in slow[:10]:
                sock.shutdown(socket.SHUT_WR)  # half-closed
            started = time.time()
            for _ in range(20):
                self.assertEqual(status(get(self.port, b"/", timeout=5)), 200)
            self.assertLess(time.time() - started, 10, "20 requests took too long beside slow clients")
        finally:
            for sock in idle + slow:
                sock.close()

    def test_only_get_and_head(self):
        response = raw_request(self.port, b"POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 3\r\nConnection: close\r\n\r\nabc")
        self.assertIn(status(response), (405, 413))
        self.assertAlive()


if __name__ == "__main__":
    unittest.main()
