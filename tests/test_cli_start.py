"""The command line starts light: ``incmap --help`` and argument errors load no data library.

Issue 15 asks for ``incmap --help`` in <= 0.5 s and argument errors before any data is loaded;
the time itself is measured by ``bench/serve_start.py`` (never in a test). What keeps it fast is
testable: building the command tree imports none of the heavy libraries (pandas and numpy alone
take about a second), so a command module importing one at its top shows here.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
HEAVY = ("pandas", "numpy", "shapely", "pyproj", "geopandas", "pyogrio", "folium", "flask")


def _run(code: str) -> str:
    done = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True,
                          timeout=120, check=True)
    return done.stdout.strip()


def test_building_the_command_tree_imports_no_heavy_library():
    loaded = _run("import sys, incmap; print(','.join(m for m in %r if m in sys.modules))" % (HEAVY,))
    assert loaded == "", f"importing incmap loads {loaded}: import it inside the command instead"


def test_help_of_every_command_group_imports_no_heavy_library():
    code = (
        "import sys, incmap\n"
        "names = sorted(incmap.cli.commands)\n"
        "for name in names:\n"
        "    try:\n"
        "        incmap.cli.main(args=[name, '--help'], prog_name='incmap', standalone_mode=False)\n"
        "    except SystemExit:\n"
        "        pass\n"
        "print(len(names), ','.join(m for m in %r if m in sys.modules))\n" % (HEAVY,)
    )
    count, _, loaded = _run(code).splitlines()[-1].partition(" ")
    assert int(count) >= 10  # every group was asked, not none
    assert loaded == "", f"a command's --help loads {loaded}"


def test_store_package_loads_its_backends_on_first_use():
    code = ("import sys, geo.store as s\n"
            "light = 'pandas' not in sys.modules\n"
            "s.GeoPackageStore, s.StoreError\n"
            "print(light, 'pandas' in sys.modules, s.is_postgres_url('postgresql://x/y'))")
    assert _run(code) == "True True True"
