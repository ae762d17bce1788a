"""The map's interface text in Arabic: ``{English text: Arabic text}``.

The page's JavaScript asks ``IncMap.t(text)`` for each piece of interface text;
with ``#lang=ar`` in the address it gets the Arabic below and the page runs right
to left. Data (place names aside, which the gazetteer has in both languages),
sources and notes stay as recorded. :func:`missing` lists the texts of the JS
and of the page's settings that have no Arabic yet (a test keeps it empty).

>>> ARABIC["Filters"]
'عوامل التصفية'
"""

from __future__ import annotations

import re
from pathlib import Path

__all__ = ["ARABIC", "interface_texts", "missing"]

ARABIC = {
    # --- panels, tabs, buttons
    "Filters": "عوامل التصفية", "List": "القائمة", "Table": "الجدول", "Find": "البحث والتصفية",
    "Legend": "مفتاح الخريطة", "Layers": "الطبقات", "Clear filters": "مسح عوامل التصفية",
    "Search a place": "البحث عن مكان", "Search a place (English or Arabic)":
        "ابحث عن مكان (بالعربية أو الإنجليزية)",
    "No place found": "لم يُعثر على مكان", "Held by on": "الجهة المسيطرة في",
    "Note": "ملاحظة", "Show or hide the chart": "إظهار الرسم البياني أو إخفاؤه",
    "previous": "السابق", "next": "التالي", "Sort": "الترتيب", "Show": "عرض",
    "newest first": "الأحدث أولاً", "oldest first": "الأقدم أولاً",
    "most killed first": "الأكثر ضحايا أولاً", "Export this selection": "تصدير هذا الاختيار",
    "Incidents in the view": "الحوادث في العرض الحالي",
    "incidents in this view": "حادثة في هذا العرض",
    "incidents match, in this view and window": "حادثة مطابقة في هذا العرض والفترة",
    "Click to zoom in": "انقر للتكبير",
    # --- filters
    "Category": "الفئة", "Perpetrator (party)": "مرتكب الانتهاك (الطرف)", "Cause": "السبب",
    "Controlling force (at the place, that day)": "القوة المسيطرة (على المكان في ذلك اليوم)",
    "Victims": "الضحايا", "children killed": "مقتل أطفال", "women killed": "مقتل نساء",
    "Stated and computed control": "السيطرة المذكورة والمحسوبة", "any": "الكل",
    "agree": "متطابقتان", "disagree": "مختلفتان",
    # --- table
    "Tallies of the month": "حصيلة شهر", "by party and governorate (all Syria)":
        "حسب الطرف والمحافظة (كل سوريا)", "Party": "الطرف", "Total": "المجموع",
    "unplaced": "غير محدد المكان", "not recorded": "غير مسجّل",
    "No incident recorded in this month with these filters.":
        "لا حوادث مسجلة في هذا الشهر بهذه العوامل.",
    # --- chart
    "Chart by": "الرسم حسب", "party": "الطرف", "controlling force": "القوة المسيطرة",
    "Chart measure": "مقياس الرسم", "incidents per month": "الحوادث شهرياً",
    "civilians killed per month": "القتلى المدنيون شهرياً", "by party": "حسب الطرف",
    "by controlling force": "حسب القوة المسيطرة", "in all": "في المجموع",
    "Arrow keys choose a month, Enter goes there.":
        "تختار مفاتيح الأسهم شهراً، ويذهب Enter إليه.",
    "All Syria": "كل سوريا",
    "with dates too vague for a month, not charted": "بتواريخ غير محددة بشهر، غير مرسومة",
    # --- date control
    "Date": "التاريخ", "date": "التاريخ", "date slider": "شريط التاريخ",
    "one month back": "شهر إلى الوراء", "one month on": "شهر إلى الأمام",
    "incident window": "فترة الحوادث", "from": "من", "to": "إلى", "Control on": "السيطرة في",
    "past the data: stale": "بعد نهاية البيانات: قديمة", "areas": "مناطق",
    "Incidents": "الحوادث", "shown": "معروضة", "civilians killed": "قتيلاً مدنياً",
    "grouped": "مجمّعة", "Could not load": "تعذّر تحميل",
    "located only to a governorate or the country, not drawn":
        "محددة بالمحافظة أو البلد فقط، غير مرسومة",
    "incidents: 1 week around": "الحوادث: أسبوع حول التاريخ",
    "incidents: 1 month around": "الحوادث: شهر حول التاريخ",
    "incidents: 3 months around": "الحوادث: ثلاثة أشهر حول التاريخ",
    "incidents: 1 year around": "الحوادث: سنة حول التاريخ",
    "incidents: chosen interval": "الحوادث: فترة مختارة",
    # --- legend
    "Control (area colour)": "السيطرة (لون المنطقة)",
    "joint or contested (hatched, dashed outline)": "مشتركة أو متنازع عليها (مخططة، بحد متقطع)",
    "Incidents (symbol; colour = controlling force)": "الحوادث (الرمز؛ اللون = القوة المسيطرة)",
    "Size = civilians killed": "الحجم = عدد القتلى المدنيين",
    "Small faded symbols: no civilian killed. Numbered circles: groups of incidents; click to "
    "zoom in. Incidents known only to a governorate or the country are not drawn (see the "
    "choropleth).": "الرموز الصغيرة الباهتة: لا قتلى مدنيين. الدوائر المرقمة: مجموعات حوادث؛ "
                    "انقر للتكبير. الحوادث المعروفة بالمحافظة أو البلد فقط غير مرسومة (انظر "
                    "خريطة المحافظات).",
    "Incidents per governorate": "الحوادث حسب المحافظة", "Killed": "القتلى", "Window": "الفترة",
    # --- popups and tooltips
    "Place": "المكان", "P-codes": "الرموز المكانية", "Location": "دقة الموقع",
    "Civilian victims": "الضحايا المدنيون", "All deaths": "كل الوفيات", "Perpetrator": "مرتكب الانتهاك",
    "Stated control": "السيطرة المذكورة", "Computed control": "السيطرة المحسوبة",
    "Agree": "التطابق", "Source": "المصدر", "Id": "المعرّف", "Status": "الحالة", "With": "مع",
    "Period": "الفترة", "Confidence": "الثقة", "Units": "الوحدات", "held": "مسيطر عليها",
    "contested / shared": "متنازع عليها / مشتركة", "open": "مستمرة", "yes": "نعم", "no": "لا",
    "killed": "قتيلاً", "child": "طفل", "children": "أطفال", "woman": "امرأة", "women": "نساء",
    "injured": "جريحاً", "combatants included": "بما في ذلك المقاتلون", "incidents": "حوادث",
    "Incident": "حادثة", "high": "عالية", "medium": "متوسطة", "low": "منخفضة",
    "week": "أسبوع", "month": "شهر", "year": "سنة",
    "Governorate": "المحافظة",
    # --- parties, short (layers.find.PERPETRATOR_SHORT)
    "Regime": "النظام", "Russia": "روسيا", "Opposition / SNA": "المعارضة / الجيش الوطني",
    "SDF": "قسد", "Coalition": "التحالف", "HTS": "هيئة تحرير الشام", "ISIS": "داعش",
    "Transitional": "السلطات الانتقالية", "Local factions": "فصائل محلية", "Turkey": "تركيا",
    "Jordan": "الأردن", "Israel": "إسرائيل", "Landmines (unidentified)": "ألغام (مجهولة)",
    "Gunfire (unidentified)": "رصاص (مجهول)", "Bombings (unidentified)": "تفجيرات (مجهولة)",
    "Unidentified": "جهات مجهولة",
    # --- place levels
    "governorate": "محافظة", "district": "منطقة", "sub-district": "ناحية",
    "town or village": "مدينة أو قرية", "neighbourhood": "حي",
    # --- layers
    "No base map (offline)": "بلا خريطة أساس (دون اتصال)",
    "OpenStreetMap (online)": "OpenStreetMap (عبر الإنترنت)", "Control areas": "مناطق السيطرة",
    "Governorates": "المحافظات", "Districts": "المناطق", "Heatmap (killed)": "خريطة حرارية (القتلى)",
    "Places (towns, sub-districts)": "الأماكن (المدن والنواحي)",
    "Rivers and lakes": "الأنهار والبحيرات", "Roads": "الطرق",
    "Shaded relief (offline)": "تضاريس مظللة (دون اتصال)",
    "river": "نهر", "lake or reservoir": "بحيرة أو خزان", "major road": "طريق رئيسي",
    "road": "طريق",
    "Suspected hazard areas": "المناطق الخطرة المشتبه بها",
    "Historic front lines": "خطوط الجبهات السابقة",
    # --- categories (layers.incidents.CATEGORY_STYLE)
    "Killings": "عمليات القتل", "Landmine sites": "مواقع الألغام", "Massacres": "المجازر",
    "Deaths under torture": "الوفيات تحت التعذيب",
    # --- location precision (layers.incidents.PRECISION_LABEL)
    "the place itself": "المكان نفسه", "near the place": "قرب المكان",
    "district only": "المنطقة فقط", "governorate only": "المحافظة فقط",
    "a named area": "منطقة مسماة", "country only": "البلد فقط",
    # --- forces (geo.force.FORCES)
    "Syrian regime forces": "قوات النظام السوري",
    "HTS and armed opposition factions": "هيئة تحرير الشام وفصائل المعارضة المسلحة",
    "Syrian National Army and Turkish forces": "الجيش الوطني السوري والقوات التركية",
    "Syrian Democratic Forces": "قوات سوريا الديمقراطية", "Islamic State (ISIS)": "تنظيم داعش",
    "Armed opposition factions": "فصائل المعارضة المسلحة", "US-led coalition": "التحالف بقيادة الولايات المتحدة",
    "Transitional authorities": "السلطات الانتقالية", "Local forces": "القوات المحلية",
    "Israeli forces": "القوات الإسرائيلية", "Unknown": "غير معروف",
    # --- forces, short (geo.force.FORCES: hazard and front popups)
    "HTS + opposition": "الهيئة والمعارضة", "SNA / Turkey": "الجيش الوطني / تركيا",
    "Opposition": "المعارضة", "Local": "قوى محلية",
    # --- perpetrators (geo.incident.PERPETRATORS)
    "Syrian regime forces (army, security, local and foreign militias)":
        "قوات النظام السوري (الجيش والأمن والميليشيات المحلية والأجنبية)",
    "Russian forces": "القوات الروسية",
    "Armed opposition factions / Syrian National Army (SNA)": "فصائل المعارضة المسلحة / الجيش الوطني السوري",
    "Syrian Democratic Forces (SDF)": "قوات سوريا الديمقراطية (قسد)",
    "International coalition forces": "قوات التحالف الدولي",
    "Hay'at Tahrir al-Sham (HTS)": "هيئة تحرير الشام",
    "ISIS (the so-called Islamic State)": "تنظيم داعش (ما يسمى الدولة الإسلامية)",
    "Forces of the transitional authorities (from 8 Dec 2024)": "قوات السلطات الانتقالية (منذ 8 كانون الأول 2024)",
    "Local armed factions (e.g. in Suwayda)": "فصائل مسلحة محلية (مثل السويداء)",
    "Turkish forces": "القوات التركية", "Jordanian forces": "القوات الأردنية",
    "Other parties: landmines of unidentified source": "جهات أخرى: ألغام مجهولة المصدر",
    "Other parties: gunfire of unidentified source": "جهات أخرى: رصاص مجهول المصدر",
    "Other parties: bombings of unidentified source": "جهات أخرى: تفجيرات مجهولة المصدر",
    "Other parties: killings by unidentified parties": "جهات أخرى: قتل على يد جهات مجهولة",
    "Other parties": "جهات أخرى",
    # --- causes (geo.incident.CAUSES)
    "Shelling (artillery, mortar, rocket launcher)": "قصف (مدفعية، هاون، راجمات صواريخ)",
    "Airstrike (warplane, helicopter, barrel bomb)": "غارة جوية (طائرة حربية، مروحية، برميل متفجر)",
    "Drone strike": "ضربة طائرة مسيّرة", "Missile (ballistic, guided or cruise)": "صاروخ (باليستي أو موجّه أو جوّال)",
    "Anti-armour rocket (ATGM)": "صاروخ مضاد للدروع", "Gunfire (shooting, sniper, crossfire)": "إطلاق نار (رصاص، قنص، تبادل نار)",
    "Car bomb (VBIED)": "سيارة مفخخة", "Improvised explosive device": "عبوة ناسفة",
    "Suicide attack": "هجوم انتحاري", "Explosion of unidentified kind": "انفجار مجهول النوع",
    "Landmine": "لغم أرضي",
    "Explosive remnant of war (unexploded ordnance, cluster submunition)":
        "مخلفات حرب متفجرة (ذخائر غير منفجرة، ذخائر عنقودية)",
    "Torture in detention": "التعذيب في الاحتجاز", "Stabbing or beating": "طعن أو ضرب",
    "Execution": "إعدام", "Other": "أخرى",
    # --- demining planners (layers/static/incmap/hazards.js, layers.hazards)
    "Planning": "التخطيط", "Demining planning": "تخطيط إزالة الألغام",
    "Suspected hazard area": "منطقة خطرة مشتبه بها",
    "Suspected hazard areas (confidence)": "المناطق الخطرة المشتبه بها (الثقة)",
    "high: every incident located to its village": "عالية: كل حادثة محددة بقريتها",
    "medium: some located only near a place": "متوسطة: بعض الحوادث محددة قرب مكان فقط",
    "low: located only near a place (~10 km)": "منخفضة: محددة قرب مكان فقط (نحو 10 كم)",
    "Historic front line": "خط جبهة سابق",
    "Historic front lines (days as a front)": "خطوط الجبهات السابقة (عدد أيام الجبهة)",
    "under 3 months": "أقل من 3 أشهر", "3-12 months": "من 3 إلى 12 شهراً",
    "1-3 years": "من سنة إلى 3 سنوات", "more than 3 years": "أكثر من 3 سنوات",
    "landmine": "لغم أرضي", "explosive remnant": "مخلفات حرب متفجرة",
    "Civilians killed": "القتلى المدنيون", "Injured": "الجرحى", "Dates": "التواريخ",
    "best location": "أدق موقع", "Area": "المساحة", "km²": "كم²", "km": "كم",
    "Control at the incidents": "السيطرة في أماكن الحوادث",
    "Held by, over time": "الجهات المسيطرة عبر الزمن",
    "Nearest historic front": "أقرب جبهة سابقة", "Sources": "المصادر",
    "crossed by a front of": "تعبرها جبهة دامت", "km from a front of": "كم من جبهة دامت",
    "days": "يوماً", "What lies inside this area?": "ما الذي يقع داخل هذه المنطقة؟",
    "Days as a front": "عدد أيام الجبهة", "Between": "بين",
    "First … last day": "أول يوم … آخر يوم", "Length": "الطول", "Spans": "الفترات",
    "Incidents located inside": "الحوادث المحددة داخلها", "By category": "حسب الفئة",
    "By cause": "حسب السبب", "Hazard areas meeting it": "المناطق الخطرة المتقاطعة معها",
    "Historic front inside": "الجبهات السابقة داخلها", "km·days": "كم·يوم",
    "Front km·days by forces": "كم·أيام الجبهات حسب القوى", "Nearest front": "أقرب جبهة",
    "none": "لا شيء", "inside": "داخلها", "Loading…": "جارٍ التحميل…",
    "Areas are built from reported accidents only: where nothing was reported there may "
    "still be mines.": "بُنيت المناطق من الحوادث المبلَّغ عنها فقط: قد توجد ألغام حيث لم "
                      "يُبلَّغ عن شيء.",
    "Turn the layers on in the layer list; draw a box or open a hazard area to see what "
    "lies inside.": "فعّل الطبقات من قائمة الطبقات؛ ارسم مستطيلاً أو افتح منطقة خطرة لترى ما "
                    "يقع داخلها.",
    "Files": "الملفات", "hazard areas (CSV, IMSMA field names)":
        "المناطق الخطرة (CSV بأسماء حقول IMSMA)",
    "historic fronts (GeoJSON)": "الجبهات السابقة (GeoJSON)",
    "Draw an area": "ارسم منطقة", "What lies in the view?": "ما الذي يقع في العرض الحالي؟",
    "Press and drag on the map to draw a box, or tap two corners. Escape stops.":
        "اضغط واسحب على الخريطة لرسم مستطيل، أو انقر زاويتين متقابلتين. Escape للإلغاء.",
    # --- the credits under the legend (layers.page): {key} stands for a source's credit line
    "Boundaries and places: {ocha}. Control areas: this project's control dataset, built in part from "
    "{wikipedia} (see each area's source). Incidents: see each incident's source.":
        "الحدود والأماكن: {ocha}. مناطق السيطرة: مجموعة بيانات السيطرة الخاصة بهذا المشروع، "
        "مبنية جزئياً على {wikipedia} (انظر مصدر كل منطقة). الحوادث: انظر مصدر كل حادثة.",
    "Rivers, lakes, roads and relief: {naturalearth}.": "الأنهار والبحيرات والطرق والتضاريس: {naturalearth}.",
}


def interface_texts() -> set[str]:
    """Every English text the page may ask ``IncMap.t`` for: the JS's literals and the
    page's settings (categories, forces, perpetrators, causes, precisions, windows, layers)."""
    from geo.force import FORCES
    from geo.incident import CAUSES, PERPETRATORS

    from .assets import STATIC_DIR
    from .find import PERPETRATOR_SHORT
    from .context import ROADS_NAME, ContextLines, ShadedRelief
    from .hazards import PLANNING_FILES, HazardAreas, HistoricFrontLines
    from .incidents import CATEGORY_STYLE, PRECISION_LABEL
    from .legend import CONTEXT_CREDITS_TEXT, CREDITS_TEXT
    from .timecontrol import WINDOWS

    texts: set[str] = set()
    for path in sorted((STATIC_DIR / "incmap").glob("*.js")):
        texts |= set(re.findall(r"(?<![\w.])t\('([^']*)'\)", Path(path).read_text(encoding="utf-8")))
    texts |= {label for label, _ in CATEGORY_STYLE.values()}
    texts |= {f.name for f in FORCES.values()}
    texts |= {f.short for f in FORCES.values()}
    texts |= {p.name for p in PERPETRATORS.values()}
    texts |= set(CAUSES.values())
    texts |= set(PRECISION_LABEL.values())
    texts |= {w[1] for w in WINDOWS}
    texts |= set(PERPETRATOR_SHORT.values())
    texts |= {text for _, text in PLANNING_FILES}
    texts |= {layer().layer_name for layer in (HazardAreas, HistoricFrontLines)}
    texts |= {ContextLines([]).layer_name, ShadedRelief((0, 0, 1, 1)).layer_name, ROADS_NAME}
    texts |= {CREDITS_TEXT, CONTEXT_CREDITS_TEXT}
    texts |= {"No base map (offline)", "OpenStreetMap (online)", "Control areas", "Governorates",
              "Districts", "Heatmap (killed)", "Places (towns, sub-districts)", "Legend",
              "high", "medium", "low", "week", "month", "year", "governorate", "district",
              "sub-district", "town or village", "neighbourhood"}
    return texts


def missing() -> list[str]:
    """The interface texts with no Arabic (should be none)."""
    return sorted(t for t in interface_texts() if t not in ARABIC)
