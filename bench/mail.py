"""A mail server on loopback for `make faults`: it answers SMTP as a real one does and keeps
what it receives in memory. Bounded: every connection times out, and the server stops on exit.
"""

import socketserver
import threading
from collections.abc import Iterator
from contextlib import contextmanager

from bench.server import free_port


class _Session(socketserver.StreamRequestHandler):
    timeout = 10

    def reply(self, line: str) -> None:
        self.wfile.write(f"{line}\r\n".encode())

    def handle(self) -> None:
        self.reply("220 loopback ESMTP")
        while line := self.rfile.readline():
            command = line.decode("ascii", "replace").strip().upper()
            if command.startswith(("EHLO", "HELO")):
                self.reply("250 loopback")
            elif command == "DATA":
                self.reply("354 end with <CRLF>.<CRLF>")
                message = []
                while (data := self.rfile.readline()) not in (b".\r\n", b""):
                    message.append(data)
                self.server.messages.append(b"".join(message))
                self.reply("250 queued")
            elif command == "QUIT":
                self.reply("221 bye")
                return
            else:  # MAIL FROM, RCPT TO, RSET, NOOP
                self.reply("250 ok")


class _Server(socketserver.ThreadingTCPServer):
    daemon_threads = True
    allow_reuse_address = True
    messages: list[bytes]


@contextmanager
def mail_server() -> Iterator[_Server]:
    """An SMTP server on a free loopback port; `.messages` holds each message received."""
    server = _Server(("127.0.0.1", free_port()), _Session)
    server.messages = []
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.2})
    thread.start()
    try:
        yield server
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=5)
