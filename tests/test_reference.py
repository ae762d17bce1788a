"""The reference layers load from the real data, with the known quirks fixed."""

import os
import subprocess
import sys

import pytest

from geo.errors import DataError
from geo.reference.datadir import resolve
from geo.reference import QADMOUS_RECODE


def test_layer_counts(ref):
    assert len(ref.adm1) == 14
    assert len(ref.adm2) == 62
    assert len(ref.adm3) == 272
    assert len(ref.communities) == 5251
    assert len(ref.neighbourhoods) == 64
    assert ref.communities.crs.to_epsg() == 4326


def test_every_community_has_a_real_parent_chain(ref):
    com = ref.communities
    assert com["adm3_pcode"].isin(ref.adm3.index).all()
    assert com["adm2_pcode"].isin(ref.adm2.index).all()
    assert com["adm1_pcode"].isin(ref.adm1.index).all()
    # The sub-district code's district is the community's district.
    assert (com["adm3_pcode"].str[:6] == com["adm2_pcode"]).all()


def test_qadmous_recoding(ref):
    com = ref.communities
    assert not com["adm3_pcode"].isin(list(QADMOUS_RECODE)).any()
    qadmous = com[com["adm3_pcode"] == "SY100602"]
    assert len(qadmous) == 26 and (qadmous["adm2_pcode"] == "SY1006").all()


def test_kafr_nouran_typo_fixed_and_kept_as_alias(ref):
    assert ref.communities.loc["C1041", "name_en"] == "Kafr Nouran"
    aliases = ref.aliases[ref.aliases["pcode"] == "C1041"]["alias"].tolist()
    assert "Kafr Thoran" in aliases


def test_arabic_names_are_clean(ref):
    names = ref.communities["name_ar"]
    assert not names.str.contains("\u0640").any(), "tatweel left in a name"
    assert not names.str.contains("_").any(), "a two-name field was not split"
    assert (names.str.len() > 0).all()


def test_explicit_data_dir_that_is_wrong_is_an_error_not_a_fallback(tmp_path):
    with pytest.raises(DataError) as err:
        resolve(tmp_path / "nothing-here")
    assert "incmap data install" in str(err.value)
    (tmp_path / "admin").mkdir()
    with pytest.raises(DataError) as err:
        resolve(tmp_path)
    assert "Missing required layers" in str(err.value) and "adm1" in str(err.value)


def test_damaged_layer_is_reported_by_status(tmp_path, data):
    import shutil

    for layer_path in ("admin", "gazetteer"):
        shutil.copytree(data.root / layer_path, tmp_path / layer_path)
    damaged = tmp_path / "admin" / "syr_adm2_ocha_codab_20201217.geojson"
    damaged.chmod(0o644)
    damaged.write_text('{"type": "FeatureCollection", "features": [')
    from geo.reference.datadir import DataDir

    status = {r["layer"]: r for r in DataDir(tmp_path).status()}
    assert status["adm1"]["ok"] and not status["adm2"]["ok"]
    assert str(damaged) in status["adm2"]["error"]


def test_cli_data_status_and_missing_data_message(tmp_path):
    env = {**os.environ, "XDG_CACHE_HOME": str(tmp_path / "cache")}
    ok = subprocess.run([sys.executable, "-m", "incmap", "data", "status"], capture_output=True,
                        text=True, env=env)
    assert ok.returncode == 0, ok.stderr
    assert "communities" in ok.stdout and "5251 features" in ok.stdout
    bad = subprocess.run([sys.executable, "-m", "incmap", "--data", str(tmp_path / "x"), "data",
                          "status"], capture_output=True, text=True, env=env)
    assert bad.returncode != 0
    assert "Traceback" not in bad.stderr and "incmap data install" in bad.stderr
