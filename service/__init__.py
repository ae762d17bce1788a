"""The HTTP service without any web framework (as pygeoapi keeps ``api/`` apart from its providers).

==================  ===========================================================================
``core``            Request, Result, ApiError, problem details, JSON, parameter parsing
``settings``        Settings: data dir, store path, write token, limits (from the environment)
``resources``       the lazily opened reference data, gazetteer, control index, geocoder, store
``routes``          every route, declared once: read by ``server.py`` and by ``openapi``
``control``         ``/api/control`` (one point, or a batch)
``geocode``         ``/api/geocode``
``incidents``       ``/api/incidents`` (query, one, create, replace, delete), ``/api/import``
``features``        OGC API - Features: landing, conformance, collections, items
``stats``           ``/api/stats``: the tables of a monthly report
``exports``         ``/export/{kind}.{ext}``
``mapdata``         the web map's data functions and routes (``/api/map/*``, the control snapshot)
``openapi``         the OpenAPI 3 document, from ``routes``
``app``             :class:`service.app.API`: the resources and every family behind one object
==================  ===========================================================================

Depends on ``geo`` (the geospatial core), never on ``server.py``, Flask or ``incmap``.
"""
