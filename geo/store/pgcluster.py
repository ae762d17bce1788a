"""A throw-away PostgreSQL cluster: for the tests, the benchmarks and a first local try.

:class:`TemporaryCluster` runs ``initdb`` in a temporary directory and ``pg_ctl start``
with the server listening **only on a Unix socket in that directory** (no TCP port),
and removes everything on :meth:`~TemporaryCluster.stop`. PostgreSQL refuses to run as
root: as root, the cluster runs as the ``postgres`` system user (``runuser``).

>>> with TemporaryCluster() as cluster, scratch_database(cluster.url, "incidents") as url:  # doctest: +SKIP
...     store = open_store(url)

From a shell, the same is (see the README):
``initdb -D DIR -A trust && pg_ctl -D DIR -o "-c listen_addresses='' -c unix_socket_directories=DIR" start``.
"""

from __future__ import annotations

import glob
import os
import shutil
import subprocess
import tempfile
from contextlib import contextmanager
from pathlib import Path
from urllib.parse import quote

from .sql import StoreError

__all__ = ["TemporaryCluster", "find_bindir", "schema_url", "database_url", "scratch_database",
           "INSTALL_HINT"]

INSTALL_HINT = ("install PostgreSQL and PostGIS (Debian/Ubuntu: apt-get install postgresql "
                "postgresql-postgis) and psycopg 3 (pip install 'psycopg[binary]'), or point "
                "INCMAP_TEST_POSTGRES at a server where the tests may create a database "
                "(postgresql://user@host/postgres)")


def find_bindir() -> Path | None:
    """The directory of ``initdb`` and ``pg_ctl``: on the PATH, else Debian's /usr/lib/postgresql."""
    found = shutil.which("initdb")
    if found and shutil.which("pg_ctl"):
        return Path(os.path.realpath(found)).parent
    for candidate in sorted(glob.glob("/usr/lib/postgresql/*/bin"),
                            key=lambda p: int(p.split("/")[-2]) if p.split("/")[-2].isdigit() else 0,
                            reverse=True):
        if os.access(os.path.join(candidate, "initdb"), os.X_OK):
            return Path(candidate)
    return None


def schema_url(url: str, schema: str) -> str:
    """``url`` with the store in ``schema`` (the libpq ``options`` parameter sets the search path).

    >>> schema_url("postgresql:///db?host=/tmp/s", "t1")
    'postgresql:///db?host=/tmp/s&options=-csearch_path%3Dt1%2Cpublic'
    """
    sep = "&" if "?" in url else "?"
    return f"{url}{sep}options={quote(f'-csearch_path={schema},public', safe='')}"


def database_url(server_url: str, name: str) -> str:
    """``server_url`` pointing at database ``name`` (its query, e.g. ``host=``, kept).

    >>> database_url("postgresql://postgres@/postgres?host=/tmp/s", "incidents")
    'postgresql://postgres@/incidents?host=/tmp/s'
    """
    from urllib.parse import urlsplit, urlunsplit

    return urlunsplit(urlsplit(server_url)._replace(path=f"/{name}"))


@contextmanager
def scratch_database(server_url: str, name: str):
    """A new database ``name`` with PostGIS on the server, dropped afterwards; yields its URL."""
    import psycopg

    with psycopg.connect(server_url, autocommit=True) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        conn.execute(f'CREATE DATABASE "{name}"')
    try:
        url = database_url(server_url, name)
        with psycopg.connect(url, autocommit=True) as conn:
            conn.execute("CREATE EXTENSION IF NOT EXISTS postgis")
        yield url
    finally:
        with psycopg.connect(server_url, autocommit=True) as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


class TemporaryCluster:
    """A PostgreSQL cluster in a temporary directory, on a Unix socket only; gone after :meth:`stop`."""

    def __init__(self, bindir: str | os.PathLike | None = None):
        found = Path(bindir) if bindir else find_bindir()
        if found is None:
            raise StoreError(f"no PostgreSQL server programs (initdb, pg_ctl) found; {INSTALL_HINT}")
        self.bindir = found
        self.dir: Path | None = None
        self.user: str | None = None  # the system user the server runs as, when we are root

    @property
    def url(self) -> str:
        """The maintenance database's URL (``postgres``)."""
        return f"postgresql://postgres@/postgres?host={quote(str(self.dir), safe='/')}"

    def _as_owner(self, *args: str) -> list[str]:
        return ["runuser", "-u", self.user, "--", *args] if self.user else list(args)

    def start(self) -> "TemporaryCluster":
        self.dir = Path(tempfile.mkdtemp(prefix="incmap-pg-"))
        if os.geteuid() == 0:
            import pwd

            try:
                owner = pwd.getpwnam("postgres")
            except KeyError:
                raise StoreError("PostgreSQL does not run as root and there is no 'postgres' "
                                 "user to run it as; create one (useradd postgres)") from None
            self.user = "postgres"
            os.chown(self.dir, owner.pw_uid, owner.pw_gid)
        data = self.dir / "data"
        run = dict(check=True, capture_output=True, text=True)
        try:
            subprocess.run(self._as_owner(str(self.bindir / "initdb"), "-D", str(data), "-A", "trust",
                                          "-U", "postgres", "-E", "UTF8", "--locale=C", "--no-sync"),
                           **run)
            options = (f"-c listen_addresses='' -c unix_socket_directories='{self.dir}' "
                       f"-c fsync=off -c max_connections=200")
            subprocess.run(self._as_owner(str(self.bindir / "pg_ctl"), "-D", str(data), "-o", options,
                                          "-l", str(self.dir / "server.log"), "-w", "start"), **run)
        except subprocess.CalledProcessError as exc:
            log = self.dir / "server.log"
            detail = (exc.stderr or exc.stdout or "").strip()
            if log.exists():
                detail += "\n" + log.read_text(errors="replace")[-2000:]
            self.stop()
            raise StoreError(f"cannot start a throw-away PostgreSQL cluster: {detail}") from None
        return self

    def stop(self) -> None:
        if self.dir is None:
            return
        data = self.dir / "data"
        if (data / "postmaster.pid").exists():
            subprocess.run(self._as_owner(str(self.bindir / "pg_ctl"), "-D", str(data), "-m", "immediate",
                                          "-w", "stop"), capture_output=True)
        shutil.rmtree(self.dir, ignore_errors=True)
        self.dir = None

    def __enter__(self) -> "TemporaryCluster":
        return self.start()

    def __exit__(self, *exc) -> None:
        self.stop()
