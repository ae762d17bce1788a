"""The bundled control dataset before 2016 and after 2025: well-known places on dates.

Each expectation was written from a public source (named beside it; the keys are defined
in geo/data/control/SOURCES.md) before it was checked against the dataset. Points are
community coordinates from the OCHA gazetteer; east Aleppo, which has no community point
of its own, is given as km east and north of Aleppo (C1007), as the drawn areas give it.
"""

from __future__ import annotations

import datetime as dt
import json

import pytest

from geo.data.control import build as B

OPPOSITION = ("OPP", "HTS_OPP")


def _point(gaz, pcode, offset=None):
    if offset is None:
        p = gaz.get(pcode)
        return p.lon, p.lat
    return B.vertex_point(f"{pcode}@{offset[0]},{offset[1]}", gaz)


CASES = [
    # east Aleppo (Masaken Hanano / al-Shaar side): opposition from Jul 2012 (history-brief)
    ("C1007", (3.5, 0.5), "2013-06-01", OPPOSITION),
    ("C1007", None, "2013-06-01", ("GOV",)),                     # west Aleppo: regime
    ("C5710", None, "2013-05-01", ("OPP",)),                     # Raqqa: opposition from 4-6 Mar 2013
    ("C5710", None, "2014-06-01", ("ISIS",)),                    # Raqqa: ISIS from 13-14 Jan 2014
    ("C5710", None, "2012-06-01", ("GOV",)),
    ("C1946", None, "2015-03-01", ("SDF",)),                     # Kobani relieved 26 Jan 2015
    ("C1946", None, "2013-06-01", ("SDF",)),                     # YPG from 19 Jul 2012
    ("C5792", None, "2015-05-01", ("ISIS",)),                    # Tell Abyad (kurdwatch-2015)
    ("C5792", None, "2015-08-01", ("SDF",)),
    ("C3871", None, "2015-02-01", ("GOV",)),                     # Idlib city (sohr-2015-idlib)
    ("C3871", None, "2015-05-01", OPPOSITION),
    ("C4199", None, "2015-04-01", ("GOV",)),                     # Jisr al-Shughur, 25 Apr 2015
    ("C4199", None, "2015-06-01", OPPOSITION),
    ("C2889", None, "2015-04-01", ("GOV",)),                     # Palmyra, 20-21 May 2015
    ("C2889", None, "2015-06-01", ("ISIS",)),
    ("C2733", None, "2013-03-01", ("OPP",)),                     # al-Qusayr (wp-qusayr-2013)
    ("C2733", None, "2013-07-01", ("GOV",)),
    ("C3480", None, "2013-06-01", ("GOV",)),                     # Latakia city
    ("C5221", None, "2014-06-01", ("GOV",)),                     # Tartous
    ("C2338", None, "2014-06-01", ("OPP",)),                     # Douma, Eastern Ghouta
    ("C2416", None, "2013-06-01", ("OPP",)),                     # Yabroud until 16 Mar 2014
    ("C2416", None, "2014-06-01", ("GOV",)),
    ("C4988", None, "2014-06-01", ("SDF",)),                     # Ras al-Ain, YPG from 17 Jul 2013
    ("C1366", None, "2014-06-01", ("SDF",)),                     # Afrin, YPG from Jul 2012
    ("C1767", None, "2014-06-01", ("ISIS",)),                    # Manbij, ISIS from Jan 2014
    ("C5192", None, "2015-01-01", ("ISIS",)),                    # al-Mayadin (isw-2014-deir)
    ("C1001", None, "2012-01-01", ("GOV",)),                     # Damascus
    ("C6002", None, "2015-06-01", ("OPP",)),                     # Busra al-Sham, Mar 2015
    # 2026 (SOURCES.md, Jan - Feb 2026)
    ("C5710", None, "2026-02-01", ("TRANSITIONAL",)),            # Raqqa: government from 18 Jan
    ("C5929", None, "2026-02-01", ("TRANSITIONAL",)),            # Tabqa
    ("C1240", None, "2026-02-01", ("TRANSITIONAL",)),            # Deir Hafer, 17 Jan 2026
    ("C5175", None, "2026-02-01", ("TRANSITIONAL",)),            # Hajin, east bank of Deir ez-Zor
    ("C4564", None, "2026-02-10", ("SDF",)),                     # Qamishli: SDF, security square
    ("C1946", None, "2026-02-10", ("SDF",)),                     # Kobani
    ("C1767", None, "2026-02-10", ("TRANSITIONAL",)),            # Manbij
    # Damascus districts (news-2017-qaboun; neighbourhood points of the OCHA gazetteer)
    ("C10011011", None, "2014-06-01", ("OPP",)),                 # Jobar: rebels 2013 - Mar 2018
    ("C10011011", None, "2017-10-01", ("OPP",)),
    ("C10011011", None, "2018-06-01", ("GOV",)),                 # evacuated 24-25 Mar 2018
    ("C10011012", None, "2015-06-01", ("OPP",)),                 # Qaboun: until 14 May 2017
    ("C10011012", None, "2017-07-01", ("GOV",)),
    ("C10011013", None, "2014-06-01", ("OPP",)),                 # Barzeh: until May 2017
    ("C10011013", None, "2017-07-01", ("GOV",)),
    ("C10011027", None, "2014-06-01", ("GOV",)),                 # the old city: regime
    ("C4639", None, "2014-06-01", ("ISIS",)),                    # Tal Hamis (kurdwatch-2015-tallhamis)
    ("C4639", None, "2015-06-01", ("SDF",)),                     # YPG from 26-27 Feb 2015
    # ISIS in the north of Aleppo, Jan 2014 - 2016 (ap-2016-manbij, history-brief)
    ("C1202", None, "2014-06-01", ("ISIS",)),                    # al-Bab
    ("C1202", None, "2015-10-01", ("ISIS",)),
    ("C2227", None, "2014-06-01", ("ISIS",)),                    # Jarabulus: ISIS to 24 Aug 2016
    ("C2227", None, "2016-06-01", ("ISIS",)),
    ("C1767", None, "2015-06-01", ("ISIS",)),                    # Manbij: ISIS to 12 Aug 2016
    ("C1767", None, "2016-09-01", ("SDF",)),
    ("C1564", None, "2014-06-01", ("OPP",)),                     # Azaz: rebels after ISIS left (Mar 2014)
    ("C6268", None, "2014-10-01", OPPOSITION),                   # Quneitra crossing: rebels from Aug 2014
    # 2026 after the January offensive and the 30 January agreement (carried forward, low)
    ("C5710", None, "2026-06-01", ("TRANSITIONAL",)),            # Raqqa
    ("C5929", None, "2026-06-01", ("TRANSITIONAL",)),            # Tabqa
    ("C5175", None, "2026-06-01", ("TRANSITIONAL",)),            # Hajin, Deir ez-Zor east bank
    ("C4446", None, "2026-06-01", ("TRANSITIONAL",)),            # al-Shaddadi
    ("C4519", None, "2026-06-01", ("TRANSITIONAL",)),            # al-Hol
    ("C4360", None, "2026-06-01", ("SDF",)),                     # Hasakah: SDF, security square
    ("C1946", None, "2026-06-01", ("SDF",)),                     # Kobani
]


@pytest.mark.parametrize("pcode, offset, day, want", CASES)
def test_well_known_places(index, gaz, pcode, offset, day, want):
    a = index.control_at(*_point(gaz, pcode, offset), day)
    assert a.force in want, (pcode, offset, day, a.force, a.unit, a.note)
    assert not a.stale


# Places held by two sides at once: the answer names both (the main force and ``forces``).
SPLIT = [
    ("C4360", "2014-06-01", "GOV", "SDF"),        # Hasakah city: regime quarters and the YPG
    ("C4564", "2014-06-01", "SDF", "GOV"),        # Qamishli: the YPG and the regime's square
    ("C5086", "2015-06-01", "GOV", "ISIS"),       # Deir ez-Zor city: regime west, ISIS east
    ("C5086", "2016-06-01", "GOV", "ISIS"),
    ("C5993", "2014-06-01", "GOV", "OPP"),        # Daraa: al-Mahatta regime, al-Balad rebels
    ("C1564", "2013-11-01", "ISIS", "OPP"),       # Azaz under ISIS, Sep 2013 - Feb 2014
    ("C4360", "2026-06-01", "SDF", "TRANSITIONAL"),
    ("C6268", "2026-06-01", "ISRAEL", "TRANSITIONAL"),
]


@pytest.mark.parametrize("pcode, day, main, other", SPLIT)
def test_split_places_name_both_sides(index, gaz, pcode, day, main, other):
    a = index.control_at(*_point(gaz, pcode), day)
    assert a.force == main and other in a.forces, (pcode, day, a.forces, a.unit)
    assert not a.stale and a.confidence in ("low", "medium")


def test_damascus_districts_are_drawn_areas(index, gaz):
    """Jobar, Qaboun and Barzeh answer from their own areas; the city centre does not."""
    jobar = index.control_at(*_point(gaz, "C10011011"), "2016-06-01")
    qaboun = index.control_at(*_point(gaz, "C10011012"), "2017-03-01")   # the 2017 offensive
    centre = index.control_at(*_point(gaz, "C1001"), "2016-06-01")
    assert jobar.unit == "area:damascus-jobar" and jobar.source == "news-2017-qaboun"
    assert qaboun.unit == "area:damascus-qaboun-barzeh" and qaboun.contested
    assert set(qaboun.forces) == {"OPP", "GOV"}
    assert centre.force == "GOV" and not centre.unit.startswith("area:")


def test_sheikh_maqsoud_2026(index, gaz):
    # area:aleppo-sdf-neighbourhoods: SDF until the Jan 2026 assault, government from 11 Jan
    from geo.control.dataset import ControlDataset

    ds = ControlDataset.read(B.HERE)
    rows = sorted((p.valid_from, p.force) for p in ds.periods
                  if p.unit == "area:aleppo-sdf-neighbourhoods" and p.valid_from.year == 2026)
    assert [f for _, f in rows][:2] == ["SDF", "TRANSITIONAL"]


def test_coverage_and_last_verified():
    cov = json.loads((B.HERE / "coverage.json").read_text(encoding="utf-8"))
    assert cov == {"first": "2011-03-15", "last": B.COVERAGE[1].isoformat(),
                   "last_verified": B.LAST_VERIFIED.isoformat()}
    assert B.LAST_VERIFIED < B.COVERAGE[1]


def test_after_last_verified_is_low_and_says_so(index, gaz):
    late = index.control_at(*_point(gaz, "C4564"), "2026-06-01")
    assert not late.stale and late.force != "UNKNOWN"
    assert late.confidence == "low" and "not verified after" in late.note
    after = index.control_at(*_point(gaz, "C4564"), B.COVERAGE[1] + dt.timedelta(days=1))
    assert after.stale


def test_early_periods_never_overstated(data, gaz):
    periods, *_ = B.build(gaz=gaz, data=data)
    import csv
    import io

    rows = [r for r in csv.DictReader(io.StringIO(periods)) if r["valid_from"] < "2016-01-01"]
    assert len(rows) > 150
    assert not [r for r in rows if r["source"] == "author" and r["confidence"] == "high"]
    assert not [r for r in rows if r["source"] == B.SNAPSHOT_SOURCE]
    assert min(r["valid_from"] for r in rows) == "2011-03-15"


def test_every_source_key_is_named_in_sources_md():
    """Each ``source`` of an authored period is a key that SOURCES.md explains."""
    import csv

    text = (B.HERE / "SOURCES.md").read_text(encoding="utf-8")
    with (B.HERE / "authored_periods.csv").open(encoding="utf-8") as f:
        keys = {r["source"] for r in csv.DictReader(f)}
    assert keys and not [k for k in sorted(keys) if f"`{k}`" not in text]
