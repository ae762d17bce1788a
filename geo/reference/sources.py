"""Who made the data the project uses, under which licence, and how to credit them.

The one table of attributions: the reference layers (:mod:`geo.reference.layers`),
the exports' metadata (:mod:`geo.export`), the web map's attribution line and the
README all say what this table says.

>>> SOURCES["ocha"].license
'CC BY 3.0 IGO'
>>> credit_line(["ocha", "ucdp"]).startswith("OCHA (CC BY 3.0 IGO)")
True
"""

from __future__ import annotations

from dataclasses import asdict, dataclass

__all__ = ["Source", "SOURCES", "credit_line"]


@dataclass(frozen=True)
class Source:
    """A publisher of data the project reads or ships, and how to credit it."""

    key: str
    name: str
    license: str
    text: str
    url: str

    @property
    def attribution(self) -> str:
        """One sentence: what they made, then the licence."""
        return f"{self.text}, {self.license}"

    def to_dict(self) -> dict:
        out = asdict(self)
        del out["key"]
        return out


SOURCES: dict[str, Source] = {s.key: s for s in (
    Source("ocha", "OCHA", "CC BY 3.0 IGO",
           "Administrative boundaries, P-codes and populated places: OCHA Common "
           "Operational Datasets (COD-AB / COD-PP) for the Syrian Arab Republic, via the "
           "Humanitarian Data Exchange",
           "https://data.humdata.org/dataset/cod-ab-syr"),
    Source("opensyria", "OpenSyria", "CC BY 4.0",
           "Administrative aliases: OpenSyria", "https://github.com/opensyria"),
    Source("geonames", "GeoNames", "CC BY 4.0",
           "Place names: GeoNames (geonames.org)", "https://www.geonames.org/"),
    Source("ucdp", "UCDP", "CC BY 4.0",
           "UCDP Georeferenced Event Dataset. Sundberg, Ralph and Erik Melander (2013) "
           "'Introducing the UCDP Georeferenced Event Dataset', Journal of Peace "
           "Research 50(4); and the GED codebook",
           "https://ucdp.uu.se/downloads/"),
    Source("wikipedia", "Wikipedia contributors", "CC BY-SA 4.0",
           "Control marks used to build the bundled control dataset (the "
           "controlling force columns): Wikipedia contributors",
           "https://en.wikipedia.org/wiki/Template:Syrian_civil_war_detailed_map"),
    Source("snhr", "Syrian Network for Human Rights (SNHR)", "© SNHR",
           "Incidents read from the monthly reports of the Syrian Network for Human "
           "Rights; each record cites its report and sentence",
           "https://snhr.org/"),
    Source("acled", "ACLED", "ACLED terms of use",
           "Armed Conflict Location & Event Data Project (ACLED); acleddata.com",
           "https://acleddata.com/"),
)}


def credit_line(keys) -> str:
    """A short credit line for a page or a file footer: ``Name (licence)`` joined by ``; ``."""
    return "; ".join(f"{SOURCES[k].name} ({SOURCES[k].license})" for k in keys)
