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
def shared_dir() -> Path:
    return SHARED
