"""A throwaway PostgreSQL server for the tests and benchmarks of the team library.

It uses the server binaries of Debian's ``postgresql`` package (``.ci/run`` installs it where
it is missing). PostgreSQL refuses to run as root, so under root (as CI runs) the server runs
as the ``postgres`` user that the package creates. The cluster lives in a temporary folder,
listens on 127.0.0.1 on a free port, trusts local connections (the tests sign in as any role,
whose privileges still apply) and runs without fsync, for speed. :func:`find_binaries` says
why when no server can be run here.
"""

from __future__ import annotations

import contextlib
import glob
import os
import pwd
import shutil
import socket
import subprocess
import tempfile
from collections.abc import Sequence
from pathlib import Path


class Unavailable(Exception):
    """No PostgreSQL server can be started here; the message says why."""


def find_binaries() -> Path:
    """The folder of ``initdb`` and ``pg_ctl`` (the newest installed), or Unavailable."""
    for candidate in sorted(glob.glob("/usr/lib/postgresql/*/bin"), reverse=True):
        if (Path(candidate) / "initdb").exists():
            return Path(candidate)
    found = shutil.which("initdb")
    if found:
        return Path(found).parent
    raise Unavailable(
        "PostgreSQL's server is not installed (Debian: apt-get install postgresql; CI's "
        ".ci/run installs it)"
    )


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


class Server:
    """A PostgreSQL cluster in a temporary folder: :meth:`start`, :meth:`stop`, :meth:`remove`."""

    def __init__(self) -> None:
        self.bin = find_binaries()
        self.user: str | None = None
        if os.geteuid() == 0:
            try:
                pwd.getpwnam("postgres")
            except KeyError:
                raise Unavailable(
                    "running as root, and there is no 'postgres' user to run the server as"
                ) from None
            self.user = "postgres"
        self.folder = Path(tempfile.mkdtemp(prefix="journeyline-pg-"))
        self.data = self.folder / "data"
        self.port = _free_port()
        if self.user is not None:
            entry = pwd.getpwnam(self.user)
            os.chown(self.folder, entry.pw_uid, entry.pw_gid)
        os.chmod(self.folder, 0o755)
        self._run(
            [
                str(self.bin / "initdb"),
                "-D",
                str(self.data),
                "-U",
                "postgres",
                "-A",
                "trust",
                "-E",
                "UTF8",
                "--no-sync",
                "--no-instructions",
            ]
        )

    def _run(self, argv: Sequence[str]) -> None:
        command = list(argv)
        if self.user is not None:
            command = ["runuser", "-u", self.user, "--", *command]
        done = subprocess.run(command, capture_output=True, text=True, timeout=120, check=False)
        if done.returncode != 0:
            raise Unavailable(f"{Path(argv[0]).name} failed: {(done.stderr or done.stdout)[-800:]}")

    def start(self) -> None:
        options = (
            f"-p {self.port} -k {self.folder} -c listen_addresses=127.0.0.1 "
            "-c fsync=off -c full_page_writes=off"
        )
        self._run(
            [
                str(self.bin / "pg_ctl"),
                "-D",
                str(self.data),
                "-o",
                options,
                "-l",
                str(self.folder / "server.log"),
                "-w",
                "-t",
                "60",
                "start",
            ]
        )

    def stop(self, mode: str = "fast") -> None:
        self._run([str(self.bin / "pg_ctl"), "-D", str(self.data), "-m", mode, "-w", "stop"])

    def remove(self) -> None:
        with contextlib.suppress(Unavailable):
            self.stop("immediate")
        shutil.rmtree(self.folder, ignore_errors=True)

    def url(self, database: str = "postgres", user: str = "postgres") -> str:
        return f"postgresql+psycopg://{user}@127.0.0.1:{self.port}/{database}"

    def execute(self, sql: str, database: str = "postgres") -> None:
        """Run SQL (several statements allowed) as the superuser, outside a transaction."""
        import psycopg

        with psycopg.connect(
            host="127.0.0.1", port=self.port, user="postgres", dbname=database, autocommit=True
        ) as conn:
            conn.execute(sql)  # type: ignore[arg-type]


def start_server() -> Server:
    """A started server, or Unavailable saying why not."""
    server = Server()
    try:
        server.start()
    except Unavailable:
        server.remove()
        raise
    return server
