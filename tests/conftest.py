"""Shared fixtures: the real reference data from ../shared/data (or $INCMAP_DATA)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"


@pytest.fixture(scope="session")
def data():
    from geo.reference.datadir import resolve

    return resolve(os.environ.get("INCMAP_DATA"))


@pytest.fixture(scope="session")
def ref(data):
    from geo.reference import load

    return load(data)


@pytest.fixture(scope="session")
def gaz(data):
    from geo.gazetteer import Gazetteer

    return Gazetteer.load(data)


@pytest.fixture(scope="session")
def index(data):
    """The bundled control dataset's index (memoised by ``ControlIndex.load`` too)."""
    from geo.control import ControlIndex
    return ControlIndex.load(data)


@pytest.fixture(scope="session")
def fronts(index):
    """The historic front lines of the bundled control dataset."""
    from geo.control.fronts import HistoricFronts
    return HistoricFronts.build(index)


@pytest.fixture(scope="session")
def shared_dir() -> Path:
    return SHARED


# -- the incident store, in both backends ---------------------------------------------------
POSTGRES_ENV = "INCMAP_TEST_POSTGRES"
BACKENDS = ("gpkg", "postgis")


@pytest.fixture(scope="session")
def postgres_url():
    """A fresh database with PostGIS for the store tests.

    On the server of ``$INCMAP_TEST_POSTGRES`` (a URL where the tests may create a database;
    ``.ci/run`` starts one), else on a throw-away cluster started here. With neither, the
    PostGIS tests fail saying what to install: they are never skipped.
    """
    from geo.store.pgcluster import INSTALL_HINT, TemporaryCluster, find_bindir, scratch_database

    try:
        import psycopg
    except ImportError:
        pytest.fail(f"the PostGIS store tests need psycopg 3: {INSTALL_HINT}")
    admin = os.environ.get(POSTGRES_ENV)
    cluster = None
    if not admin:
        if find_bindir() is None:
            pytest.fail(f"the PostGIS store tests need a PostgreSQL server: {INSTALL_HINT}")
        cluster = TemporaryCluster().start()
        admin = cluster.url
    try:
        with scratch_database(admin, f"incmap_test_{os.getpid()}") as url:
            yield url
    except psycopg.Error as exc:
        pytest.fail(f"cannot prepare a PostGIS test database on {admin}: {exc}; {INSTALL_HINT}")
    finally:
        if cluster:
            cluster.stop()


@pytest.fixture(params=BACKENDS)
def backend(request) -> str:
    """Each store test runs against the GeoPackage and the PostGIS backend."""
    return request.param


@pytest.fixture
def make_store(backend, tmp_path, request):
    """``make_store(name)``: a new, empty store of the test's backend (a file, or a schema)."""
    import uuid

    from geo.store import open_store
    from geo.store.pgcluster import schema_url

    opened = []

    def make(name: str = "incidents"):
        if backend == "gpkg":
            target = tmp_path / f"{name}.gpkg"
        else:
            import psycopg

            url = request.getfixturevalue("postgres_url")
            schema = f"t_{uuid.uuid4().hex[:16]}"
            with psycopg.connect(url, autocommit=True) as conn:
                conn.execute(f'CREATE SCHEMA "{schema}"')
            target = schema_url(url, schema)
        store = open_store(target)
        opened.append(store)
        return store

    yield make
    for store in opened:
        store.close()
