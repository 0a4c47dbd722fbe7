#!/usr/bin/env python3
"""A real SMTP server on loopback for ardoise's email tests (aiosmtpd, Debian package python3-aiosmtpd).

Usage: smtp-sink.py DIRECTORY
Listens on 127.0.0.1 on a free port and prints "READY <port>" once it accepts connections.
Each message it receives is written, before the server answers 250, as DIRECTORY/<n>.eml (the
bytes received), DIRECTORY/<n>.json (the envelope and the message as Python's email package
parses it: decoded headers, text body, attachments) and DIRECTORY/<n>-<attachment name> for
each attachment. Stops on SIGTERM or when its standard input closes.
"""
import email
import email.policy
import json
import os
import signal
import socket
import sys
import threading

from aiosmtpd.controller import Controller


class Sink:
    def __init__(self, directory):
        self.directory = directory
        self.count = 0
        self.lock = threading.Lock()

    async def handle_DATA(self, server, session, envelope):
        with self.lock:
            self.count += 1
            number = self.count
        raw = envelope.original_content or envelope.content
        message = email.message_from_bytes(raw, policy=email.policy.default)
        body = message.get_body(preferencelist=("plain",))
        summary = {
            "mail_from": envelope.mail_from,
            "rcpt_tos": envelope.rcpt_tos,
            "headers": {name: str(value) for name, value in message.items()},
            "raw_headers": raw.replace(b"\r\n", b"\n").split(b"\n\n")[0].decode("ascii", "replace"),
            "content_type": message.get_content_type(),
            "body": body.get_content() if body is not None else None,
            "attachments": [],
        }
        for part in message.iter_attachments():
            name = part.get_filename() or "attachment"
            data = part.get_content()
            path = os.path.join(self.directory, "%d-%s" % (number, os.path.basename(name)))
            with open(path, "wb") as output:
                output.write(data if isinstance(data, bytes) else data.encode())
            summary["attachments"].append({"filename": name, "content_type": part.get_content_type(),
                                           "size": len(data), "path": path})
        with open(os.path.join(self.directory, "%d.eml" % number), "wb") as output:
            output.write(raw)
        temporary = os.path.join(self.directory, ".%d.json.tmp" % number)
        with open(temporary, "w", encoding="utf-8") as output:
            json.dump(summary, output, ensure_ascii=False, indent=1)
        os.rename(temporary, os.path.join(self.directory, "%d.json" % number))
        return "250 Message accepted for delivery"


def free_port():
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def main():
    directory = sys.argv[1]
    os.makedirs(directory, exist_ok=True)
    controller = Controller(Sink(directory), hostname="127.0.0.1", port=free_port())
    controller.start()
    print("READY %d" % controller.port, flush=True)
    stop = threading.Event()
    signal.signal(signal.SIGTERM, lambda *_: stop.set())
    threading.Thread(target=lambda: (sys.stdin.read(), stop.set()), daemon=True).start()
    stop.wait()
    controller.stop()


if __name__ == "__main__":
    main()
