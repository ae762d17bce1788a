"""The bundled control dataset: authored CSV/GeoJSON files and their build script.

See SOURCES.md in this folder and docs/control-dataset.md; rebuild with
``python -m geo.data.control.build``.
"""
