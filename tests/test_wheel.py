"""The built wheel, installed into a fresh venv, runs ``incmap`` with its bundled files.

The project comes from the wheel, not the checkout: the wheel is built from a
copy of the sources, installed with ``--no-deps --no-index`` into a venv made
without the checkout on any path, and every command runs from an empty
directory. Only the third-party dependencies are borrowed from the running
environment (a ``.pth`` line: its editable install of the project is not
activated that way), so the test needs no network.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import sysconfig
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


def _run(cmd, cwd, env, timeout=300):
    out = subprocess.run([str(c) for c in cmd], cwd=cwd, env=env, capture_output=True, text=True,
                         timeout=timeout)
    return out


@pytest.fixture(scope="module")
def wheel_venv(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("wheel")
    src = tmp / "src"
    shutil.copytree(ROOT, src, ignore=shutil.ignore_patterns(
        ".git", ".venv", "__pycache__", "*.egg-info", "build", "dist", ".pytest_cache", "tests",
        "bench"))
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "INCMAP_DATA",
                                                            "INCMAP_STORE")}
    built = _run([sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation",
                  "-w", tmp / "dist", src], tmp, env)
    assert built.returncode == 0, built.stdout + built.stderr
    wheel = next((tmp / "dist").glob("syria_incident_map-*.whl"))
    venv = tmp / "venv"
    made = _run([sys.executable, "-m", "venv", "--without-pip", venv], tmp, env)
    assert made.returncode == 0, made.stderr
    python = venv / "bin" / "python"
    installed = _run([sys.executable, "-m", "pip", "--python", python, "install", "--no-deps",
                      "--no-index", wheel], tmp, env)
    assert installed.returncode == 0, installed.stdout + installed.stderr
    site = _run([python, "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
                tmp, env).stdout.strip()
    deps = {sysconfig.get_paths()["purelib"], sysconfig.get_paths()["platlib"]}
    (Path(site) / "_incmap_test_deps.pth").write_text("\n".join(sorted(deps)) + "\n")
    work = tmp / "elsewhere"
    work.mkdir()
    env.update(XDG_DATA_HOME=str(tmp / "xdg"), XDG_CACHE_HOME=str(tmp / "cache"))
    return venv, work, env


@pytest.mark.slow
def test_the_project_comes_from_the_wheel_with_its_bundled_files(wheel_venv):
    venv, work, env = wheel_venv
    code = ("import geo, layers.assets as a, geo.control as c, pathlib, sys\n"
            "print(geo.__file__)\n"
            "missing = [str(p) for p in a.asset_paths() if not p.is_file()]\n"
            "control = sorted(p.name for p in pathlib.Path(c.BUNDLED_DIR).glob('*.csv'))\n"
            "print(missing, control)\n")
    out = _run([venv / "bin" / "python", "-c", code], work, env)
    assert out.returncode == 0, out.stderr
    first, second = out.stdout.splitlines()
    assert first.startswith(str(venv)), f"the project was imported from {first}, not the wheel"
    assert second.startswith("[] [") and "periods.csv" in second, second
    page = _run([venv / "bin" / "python", "-c",
                 "from server import create_app; c = create_app().test_client(); "
                 "r = c.get('/static/vendor/leaflet/leaflet.js'); print(r.status_code, len(r.data))"],
                work, env)
    assert page.returncode == 0 and page.stdout.split()[0] == "200", page.stdout + page.stderr


@pytest.mark.slow
def test_incmap_runs_from_the_wheel(wheel_venv, shared_dir):
    venv, work, env = wheel_venv
    incmap = venv / "bin" / "incmap"
    helped = _run([incmap, "--help"], work, env)
    assert helped.returncode == 0 and "Typical session" in helped.stdout, helped.stderr
    status = _run([incmap, "--data", shared_dir / "data", "data", "status"], work, env)
    assert status.returncode == 0, status.stdout + status.stderr
    assert "5251 features" in status.stdout
    control = _run([incmap, "--data", shared_dir / "data", "control", "--lat", "36.50", "--lon",
                    "37.48", "--date", "2023-07-09"], work, env)
    assert control.returncode == 0, control.stderr
    assert "(SNA)" in control.stdout and "C1199" in control.stdout
    # Installed anywhere, with no data beside it: one line saying what to run.
    bare = _run([incmap, "serve"], work, env)
    assert bare.returncode == 1
    assert len(bare.stderr.strip().splitlines()) == 1 and "Run: incmap data install" in bare.stderr
