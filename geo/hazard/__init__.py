"""Suspected hazard areas for demining planners, from landmine and explosive-remnant incidents.

``areas`` groups incidents and draws the areas (metres, EPSG:32637); ``product``
adds their counts, dates, control, sources, confidence and front-line exposure.
See ``docs/demining.md`` for the method and a worked example.

>>> product = build_hazards(store.query(), distance_m=500)   # doctest: +SKIP
"""

from .areas import area_id, area_polygons, group_points
from .product import (AREA_COLUMNS, DEFAULT_DISTANCE_M, INCIDENT_COLUMNS, UNIT_COLUMNS,
                      HazardParams, HazardProduct, build_hazards)

__all__ = ["build_hazards", "HazardParams", "HazardProduct", "group_points", "area_polygons",
           "area_id", "AREA_COLUMNS", "UNIT_COLUMNS", "INCIDENT_COLUMNS", "DEFAULT_DISTANCE_M"]
