"""The words the geocoder reads around place names: kinds, directions, prepositions.

Kept apart from the decision code so a reader can see, in one place, which
words mean what. English words are lower case; Arabic words are written in
the folded form of :func:`geo.names.fold_arabic` (so ``قرية`` is ``قريه``).

>>> KIND["village"], KIND["governorate"], DIRECTION["eastern"]
('community', 'adm1', (1.0, 0.0))
"""

from __future__ import annotations

from ..names import fold_arabic

__all__ = ["KIND", "PLURAL_KIND", "CAMP_MODIFIERS", "FACILITY_MODIFIERS", "DIRECTION", "STOP", "LOCATIVE", "NEAR", "PART", "ORIGIN",
           "STATIONED", "PARTY_AFTER", "PARTY_BEFORE", "ROAD", "ARABIC_PREFIXES", "ANCHOR_LINK", "OF", "COUNTRIES", "arabic_word"]

# A word next to a name that says what kind of place it is. Values:
# community, neighbourhood, adm1 (governorate), adm2, adm3, area (any level),
# rural (the countryside of a governorate or district), desert, landmark.
KIND: dict[str, str] = {}
for _w in ("village", "villages", "town", "towns", "city", "cities", "hamlet", "township", "camp",
           "farm", "hometown"):
    KIND[_w] = "community"
for _w in ("neighborhood", "neighbourhood", "neighborhoods", "neighbourhoods", "quarter"):
    KIND[_w] = "neighbourhood"
for _w in ("governorate", "province", "muhafaza", "muhafazat", "governorates"):
    KIND[_w] = "adm1"
for _w in ("district", "mintaqa", "mantiqa"):
    KIND[_w] = "adm2"
for _w in ("subdistrict", "nahiya", "nahiyah", "nahia", "nahiyat"):
    KIND[_w] = "adm3"
for _w in ("area", "region", "areas", "regions", "plain", "plains", "mountain", "mountains",
           "hills", "valley"):
    KIND[_w] = "area"
# SNHR's "the western suburb(s) of Aleppo" is the countryside, not a suburb of the city.
for _w in ("rural", "countryside", "suburbs", "suburb", "rif", "reef"):
    KIND[_w] = "rural"
# Words between a camp's name and the word "camp": "Halab Lebbayah IDP Camp".
CAMP_MODIFIERS = {"idp", "idps", "displacement", "displaced", "refugee", "refugees"}
# Words between a town's name and a facility's kind word: "Seydnaya Military Prison", "Adra Central
# Prison", "Atareb Surgical Hospital" (the town's facility, not a longer name; en-2022-11-torture-13,
# written after round 13's measurement).
FACILITY_MODIFIERS = {"military", "central", "civil", "civilian", "national", "surgical", "general",
                      "field", "political"}
# Plural kind words: "al-Fou'a and Kafrayya towns" gives both names the kind.
PLURAL_KIND = {"villages", "towns", "cities", fold_arabic("قرى"), fold_arabic("قريتي"), fold_arabic("حيي"),
               fold_arabic("بلدتي"), fold_arabic("مدينتي"), fold_arabic("بلدات")}
for _w in ("badiya", "badia", "badiyah", "desert", "steppe"):
    KIND[_w] = "desert"
for _w in ("crossroad", "crossroads", "roundabout", "junction", "intersection", "bridge",
           "checkpoint", "hospital", "school", "mosque", "market", "bakery", "dam", "square",
           "street", "road", "highway", "motorway", "base", "airport", "airbase", "station",
           "factory", "mill", "mills", "prison", "crossing", "farms", "fields", "orchards",
           "hill", "lake", "river", "stadium", "center", "centre", "church", "cemetery", "circle",
           "dawwar", "duwwar", "building", "park", "garden"):
    KIND[_w] = "landmark"
_ARABIC_KIND = {
    "قرية": "community", "قرى": "community", "بلدة": "community", "مدينة": "community",
    "مخيم": "community", "حي": "neighbourhood", "محافظة": "adm1", "منطقة": "area",
    "ناحية": "adm3", "ريف": "rural", "بادية": "desert", "صحراء": "desert", "سهل": "area",
    "جبل": "area", "طريق": "landmark", "أوتوستراد": "landmark", "دوار": "landmark",
    "حاجز": "landmark", "جسر": "landmark", "مشفى": "landmark", "مستشفى": "landmark",
    "مدرسة": "landmark", "مسجد": "landmark", "سوق": "landmark",
    "ضواحي": "rural", "مزارع": "landmark",
    # (not "أطراف", the edges: "على أطراف مدينة جبلة", "على أطراف قرية حفسرجة" are the
    # outskirts of that town, NEAR it, not the countryside of its district; g213, g275)
    # the dual: "الطريق الواصل بين قريتي X وY" (between the two villages of X and Y)
    "قريتي": "community", "بلدتي": "community", "مدينتي": "community", "بلدات": "community",
    "أحياء": "neighbourhood", "حارة": "neighbourhood", "مناطق": "neighbourhood",
    "مشافي": "landmark", "مدارس": "landmark", "مخبز": "landmark", "فرن": "landmark",
    # ("مطار أبو الظهور العسكري": the airbase named after the town, a facility, not a village; fix4950)
    "مطار": "landmark",
    "سجن": "landmark", "معبر": "landmark", "ساحة": "landmark", "شارع": "landmark",
    # ("داخل مقبرة دير الزور": the cemetery of the city; round 26, test batch, g490, after its measurement)
    "مقبرة": "landmark", "مقابر": "landmark",
    # ("الوحدة التاسعة وكلية العمارة في جامعة حلب": a faculty of the University of Aleppo, in
    # the city; "كلية" had been read as the Jarablus village Kuliyeh, الكلية, g584, geo37)
    "جامعة": "landmark", "كلية": "landmark", "الجامعة": "landmark", "معهد": "landmark",
    # "بريف المحافظة الغربي" (in the western countryside of the governorate): the governorate
    # named before, never a village's name.
    "المحافظة": "adm1",
    # ("مركز احتجاز في ريف عين العرب", a detention centre: a centre is a facility, as "center" is; the bare
    # word had matched the sub-district "مركز اعزاز", whose skeleton is the same; g638, geo61)
    "مركز": "landmark",
    # ("برمي جثثهم في بحيرة السيحة", thrown into the lake: a lake, as "lake" is; its letters had
    # matched the Idlib village Bhora, g642, geo61)
    "بحيرة": "landmark",
    # the dual of حي: "لحيي الكلاسة وبستان القصر بحلب" (the two quarters of al-Kalasa and Bustan
    # al-Qasr in Aleppo), as قريتي is of قرية (g761, geo61)
    "حيي": "neighbourhood",
}
for _w, _k in _ARABIC_KIND.items():
    KIND[fold_arabic(_w)] = _k

# Direction words: a unit vector (east, north).
_D = 0.7071
DIRECTION: dict[str, tuple[float, float]] = {
    "east": (1.0, 0.0), "eastern": (1.0, 0.0), "west": (-1.0, 0.0), "western": (-1.0, 0.0),
    "north": (0.0, 1.0), "northern": (0.0, 1.0), "south": (0.0, -1.0), "southern": (0.0, -1.0),
    "northeast": (_D, _D), "northeastern": (_D, _D), "northwest": (-_D, _D),
    "northwestern": (-_D, _D), "southeast": (_D, -_D), "southeastern": (_D, -_D),
    "southwest": (-_D, -_D), "southwestern": (-_D, -_D),
    "central": (0.0, 0.0), "middle": (0.0, 0.0),
    # Arabic direction words written in Latin letters: "al-Karak al-Sharqi" (الكرك الشرقي)
    "sharqi": (1.0, 0.0), "sharqiya": (1.0, 0.0), "sharqiyah": (1.0, 0.0),
    "gharbi": (-1.0, 0.0), "gharbiya": (-1.0, 0.0), "gharbiyah": (-1.0, 0.0),
    "shamali": (0.0, 1.0), "shamaliya": (0.0, 1.0), "janoubi": (0.0, -1.0),
    "janubi": (0.0, -1.0), "janoubiya": (0.0, -1.0), "qibli": (0.0, -1.0),
}
_ARABIC_DIRECTION = {
    "شرق": (1.0, 0.0), "الشرقي": (1.0, 0.0), "الشرقية": (1.0, 0.0), "شرقي": (1.0, 0.0),
    "غرب": (-1.0, 0.0), "الغربي": (-1.0, 0.0), "الغربية": (-1.0, 0.0), "غربي": (-1.0, 0.0),
    "شمال": (0.0, 1.0), "الشمالي": (0.0, 1.0), "الشمالية": (0.0, 1.0), "شمالي": (0.0, 1.0),
    "جنوب": (0.0, -1.0), "الجنوبي": (0.0, -1.0), "الجنوبية": (0.0, -1.0), "جنوبي": (0.0, -1.0),
}
for _w, _v in _ARABIC_DIRECTION.items():
    DIRECTION[fold_arabic(_w)] = _v

# Prepositions after which a name is where something happened (or a larger
# place around it). A capitalised word after none of these, and with no kind
# word beside it, is most likely a person's name in a full sentence. ("by" is not
# one: in reports it brings the perpetrator, "killed by Assad regime forces", and
# al-Assad is also a village.)
LOCATIVE = {
    "in", "at", "near", "from", "of", "between", "and", "to", "towards", "toward", "outside",
    "around", "into", "on", "inside", "targeting", "targeted", "hit", "struck", "shelled",
    "bombed", "stormed", "entered", "across", "via", "through", "past", "within",
    "nearby", "outskirts", "vicinity", "edge", "hometown", "within",
    *(fold_arabic(w) for w in ("في", "من", "قرب", "بالقرب", "إلى", "الى", "على", "بين", "محيط",
                               "أطراف", "التابعة", "التابع", "لمدينة", "لبلدة", "لقرية", "و")),
    # "مجزرة التوخار" (the Tukhar massacre): a massacre is named after its place, which
    # follows the word directly, with no preposition (g320).
    fold_arabic("مجزرة"),
    # "وفي حرستا بريف دمشق" (and in Harasta): "في" with "and"/"so" stuck on is still "in"; a
    # three-letter word keeps its prefix in arabic_word, so it is listed (g712, geo61).
    *(fold_arabic(w) for w in ("وفي", "وفى", "ففي")),
}
# Words that put the incident NEAR a place rather than in it.
NEAR = {"near", "nearby", "outskirts", "outskirt", "vicinity", "outside", "around", "close",
        "environs", "surroundings", "periphery", "edge", "edges", "km", "kilometers",
        "kilometres", "kilometer", "kilometre", "miles",
        *(fold_arabic(w) for w in ("قرب", "بالقرب", "محيط", "أطراف", "ضواحي"))}
# Words that put the incident in a PART of a place (a neighbourhood of it).
PART = {"neighborhood", "neighbourhood", "neighborhoods", "neighbourhoods", "quarter", "part",
        "parts", "side", "entrance", "farms", "fields", "orchards", "lands", "outskirts"}
# "Displaced from X" in Arabic: the two participles SNHR uses (نازح, مهجّر), in every number
# and gender, with or without the article: "نازحون من قرية أبو مكي", "أطفال مهجّرين من قرية
# سفوهن ... في قرية عزمارين" (g256). X is the victims' home, not where it happened.
DISPLACED = {fold_arabic(article + stem + ending)
             for stem in ("نازح", "مهجر") for article in ("", "ال")
             for ending in ("", "ة", "ون", "ين", "ات", "ي")}
# Words that introduce where a person is FROM, not where the incident was.
ORIGIN = {"from", "native", "resident", "residents", "hails", "hailing", "originally",
          "displaced",
          # "من أبناء قرية X" (a native of X), "المنحدر من", "نازح من", "من سكان"
          *(fold_arabic(w) for w in ("أبناء", "ابناء", "المنحدر", "المنحدرة", "ينحدر", "تنحدر",
                                     "سكان")),
          *DISPLACED}
# Words that put the ATTACKERS somewhere: "regime forces stationed in Jurin shelled
# Qarqur", "قوات النظام المتمركزة في بلدة جورين". The place after them is where the fire
# came from, not where the victims were (an origin, like a hometown).
STATIONED = {"stationed", "positioned", "deployed", "entrenched", "based", "garrisoned",
             *(fold_arabic(w) for w in ("المتمركزة", "المتمركز", "المتمركزين", "المتمركزه",
                                        "المنتشرة", "المنتشرين", "المرابطة"))}
# Words that make the name next to them a party, not a place: "the Assad regime", "Assad
# forces" (al-Assad is also a village), "قوات الأسد", "نظام الأسد".
PARTY_AFTER = {"regime", "regime's", "forces", "government", "army", "militia", "militias",
               "loyalists", "troops"}
PARTY_BEFORE = {fold_arabic(w) for w in ("نظام", "قوات", "ميليشيا", "ميليشيات", "مليشيا",
                                         "مليشيات", "جيش", "حكومة")}
ROAD = {"road", "highway", "motorway", "route", "autostrad", "autostrade",
        fold_arabic("طريق"), fold_arabic("أوتوستراد")}

# Common English words that never begin or end a place name. Without this list
# a lower-case sentence would look up "shot" or "house" and find a village of
# the same consonants.
# Words that may stand between a village and the place it is tied to ("X village to the
# west of Y city", "X near Y", "X village of Y city").
# "of" and its Arabic "التابعة لـ" (administratively part of): "قرية البحرة التابعة لمدينة هجين".
OF = {"of", *(fold_arabic(w) for w in ("التابعة", "التابع", "تابعة"))}
ANCHOR_LINK = {"near", "nearby", "close", "to", "the", "in", "vicinity", "outskirts",
               "administratively", "a", "part", "village", "town", "city", "area", "km",
               "kilometers", "kilometres", "which", "is", *OF}
STOP = set("""
a an the of in on at by for from to into near nearby between and or with without while when
where which who whom whose that this these those his her their its he she they it we our was
were is are be been being has had have after before during as also about around outside inside
within towards toward via along across against under over up down off out then than there here
what not no all any some one two three four five six seven eight nine ten several many
km kilometers kilometres kilometer kilometre miles meters metres
killed shot dead died death injured wounded arrested detained kidnapped tortured executed
abducted targeted shelled bombed hit struck stormed raided fired exploded explosion explosions
shelling shells shell artillery airstrike airstrikes air strike strikes raid raids landmine
landmines mine mines bomb bombs bombing car bomb gunmen gunfire gunshot gunshots clash clashes
crossfire sniper drone drones rocket rockets missile missiles attack attacks attacked
victim victims woman women man men boy boys girl girls child children civilian civilians family
families father mother son daughter brother sister wife husband people person persons
identified named aged year years old month months day days date
house home front workshop repair shop his own family's residential building buildings
syrian syria regime forces force army police government russian russia turkish turkey
kurdish iranian israeli american coalition opposition armed factions faction militia
militias fighters fighter personnel members member soldiers soldier troops
sdf sna hts isis isil daesh ypg pkk fsa
administratively administrative affiliated belonging belongs located lies part parts
side sides entrance way heading travelling traveling returning working collecting
vicinity outskirts edge surroundings environs periphery close
january february march april may june july august september october november december
monday tuesday wednesday thursday friday saturday sunday
civil defense defence white helmets volunteer network snhr report documented human rights
unidentified unknown source sources identify able yet been not
meanwhile however moreover additionally furthermore later earlier today yesterday according
also including included total approximately percent number highest lowest saw
mr mrs dr engineer doctor teacher student students nurse paramedic journalist
media activist activists worker workers shepherd shepherds farmer farmers
""".split())
STOP |= {fold_arabic(w) for w in """
في من إلى الى على عن مع بين او أو ثم قد كان كانت التي الذي التابعة التابع تابعة اثر إثر جراء
قصف مقتل استشهاد قتل مدني مدنيين مدنيا طفل طفلة امرأة رجل شاب برصاص قوات النظام السوري
الروسي قرب بالقرب محيط أطراف ضواحي ريف الواقعة الواقع يوم بتاريخ عام
جانب إصابة اصابة بناء أضرار مادية متوسطة بالغة خروجه الخدمة الشبكة السورية لحقوق الإنسان
طيران حربي الحربي المروحي الحربية نعتقد أنه روسي روسية صاروخ صاروخين صواريخ بالصواريخ
ثابت الجناح قذيفة قذائف مدفعي مدفعية راجمة عنقودية ذخيرة غارة غارات برميل براميل متفجرة
لغم أرضي انفجار مسلحين مجهولين هويتهم عناصر عنصر أطفال سيدة سيدات نساء استهدف استهدفت
أطلق أطلقت لقوات حصيلة الضحايا المدارس
الشهر شهر الجاري الماضي الفائت التقرير تاريخ
أبناء ابناء ابن سكان المنحدر المنحدرة ينحدر تنحدر أهالي اهالي أهل اهل
البلدة القرية المدينة البلدات القرى مجزرة المجزرة
شخص شخصا شخصاً أشخاص اشخاص شهيد شهيدا شهيداً شهداء شهيدان شهيدين قتيل قتيلا قتلى مواطن مواطنين
واحد واحدة اثنان اثنين ثلاثة أربعة اربعة خمسة ستة سبعة ثمانية تسعة عشرة عشر أحد إحدى
البلاد قبل العمر عمره عمرها
حيث عدد إلقاء القاء الطيران
للاجئين اللاجئين لاجئين للنازحين الفلسطينيين الفلسطينية الفلسطيني
منزل منزله منزلها منزلهم منزلي منازل منازلهم
العاملين العاملون المجال الطواقم
الوصول إليها إليه إليهم توثيقهم توثيقها جثث جثة
مخلفات ألغام الغام بجروح بجراح جراح أسفر اسفر أقرب اقرب المعارك معارك الحرب ارتقاء
قتلوا قتلتا
طفلا طفلين طفلان حامل حوامل إحداهن احداهن إحداهما فإن وإن لأن يقل حسب بحسب وفق وفقا آخرين آخرون
عشرات العشرات أشارت وأشارت لفتت ولفتت معظم بعضهم عداد حراب الحراب قسريا قسري المختفين
القبور قبور المقابر
السبت الأحد الاحد الاثنين الإثنين الثلاثاء الأربعاء الاربعاء الخميس الجمعة مساء صباح فجر أمس امس
كانون نيسان أيار ايار حزيران تموز آب أيلول ايلول يناير فبراير مارس أبريل ابريل مايو يونيو يوليو
أغسطس اغسطس سبتمبر أكتوبر اكتوبر نوفمبر ديسمبر
""".split()} | DISPLACED
# ("وفي درعا قتل خمسة أشخاص", and in Daraa: "وفي" is "and in", no name; with the next name its letters had matched the
# Daraa village Fadra, g720, round 55, after its measurement: fix55.)
STOP |= {fold_arabic(w) for w in ("وفي", "وفى", "ففي")}
# ("في مدينة الرقة يومي 18 و 19 آذار", in Raqqa city on the two days of 18 and 19 March: "يومي"
# is no name; "الرقة يومي" had matched the Homs village Raqama by its consonants, g639, geo61.)
STOP |= {fold_arabic(w) for w in ("يومي", "يومين", "أيام", "ايام")}
# ("قذيفة هاون مصدرها مناطق يسيطر عليها معارضون" (from areas the opposition controls), "الخاضعة لسيطرة قوات النظام":
# who controls a place is report prose; "يسيطر" had matched the 2017 map's Astêr, g669, geo61.)
STOP |= {fold_arabic(w) for w in ("يسيطر", "تسيطر", "سيطرة", "لسيطرة", "السيطرة", "الخاضعة", "الخاضع")}
# ("وأشارت الشبكة إلى أن الطبيبة نور ... قضت في حي", it pointed out that the doctor ...: "أن" (that) and a victim's
# trade are no names; "أن الطبيبة نور" had matched Big Oweinat by its consonants, g669, geo61.)
STOP |= {fold_arabic(w) for w in ("أن", "إن", "بأن", "الطبيب", "الطبيبة", "الصحافي", "الصحفي", "الناشط",
                                   "المراسل", "الممرض", "الممرضة", "المسعف")}
# ("تشير الشبكة ... إلى أن قذائف أُخرى سقطت على أحياء المدينة", shells fell on the city's quarters: report verbs are no
# names; "سقطت" had matched the Idlib village Eskat by its consonants, so the sentence before's town was lost, g774.)
STOP |= {fold_arabic(w) for w in ("سقطت", "سقط", "سقطا", "تشير", "يشير", "تسببت", "تسبب")}
# ("250 شخصا من أهالي قرية المزرعة الصغيرة", the people of the village: "أهالي" is no name, g541, round 28, after its
# measurement; it had been read as a place the gazetteer lacks.)
# ("مقتل 77 مدنياً، بينهم 39 طفلاً، و7 سيدات إحداهن حامل": 39 children, one woman pregnant;
# "حسب الشبكة ... فإن المجزرة وقعت" (according to the network, the massacre happened); "ما لا
# يقل عن 200 آخرين" (no fewer than 200 others): report prose, no names. Their letters had
# matched الطفلة (Tafla), يحمول, شيخ محمد, الحصبة and فان شمالي (a village without its direction), so a sentence
# naming no place was placed there instead of at the place of the sentence before; g580,
# g582, geo37. So with "وأشارت ... ذبحاً بالحراب ... لا يزال العشرات في عداد المختفين", she
# pointed out, she drew attention ... bayonets ... most ... dozens forcibly disappeared: الحربية,
# لفتايا, القصير and الشعيرات, g585.)
# ("جثث لم نتمكن من الوصول إليها", bodies we could not reach: "الوصول إليها" is no name; its
# consonants had matched the Homs mark As Salihiyah before "مجزرة الحولة", g350, a rule written
# after round 12's measurement.)
# ("اثنين من العاملين في المجال الإعلامي، في محافظة السويداء", two media workers: "العاملين"
# and "المجال" are no names; their consonants had matched the Suwayda village Milh (ملح,
# "Mellan") and أم جلال, so the sentence was placed at Milh, not the governorate. g309, a rule
# written after round 10's measurement.)
# ("أثناء خروجه من منزله", leaving his house: "منزله" is no name; it had matched the Tartous
# village المنزلة as written once ة and ه fold together, g327.)
# ("في شهر تموز", in the month of July: "شهر" is no name; its three consonants had matched the
# Raqqa village الشاهر, g320.)
# ("شرقي البلاد" is "in the east of the country", not the village البلدية; "من قبل" is "by".)
# ("يبلغ من العمر 19 عاماً", aged 19: "العمر" is no name; it had matched the عمر of the Afrin
# village عمر_عمر أوشاغي, g251.)
# ("من حيث عدد الضحايا", by the number of victims; "إلقاء الطيران", the aircraft dropping:
# report prose, no names; they had stood before "حي الحيدرية" as places, g259.)
# ("مخيم اليرموك للاجئين الفلسطينيين", the Yarmouk camp for Palestinian refugees: who the camp
# is for is no part of its name, as "IDP" is not in "Halab Lebbayah IDP Camp"; g271.)
# ("لغم أرضي من مخلفات الحرب انفجر ... ما أسفر عن مقتل مدنيين ... وإصابة شخص ثالث بجروح",
# a landmine of the war's remnants ... wounds: "مخلفات", "ما أسفر", "بجروح" (the village جروح
# with "in" stuck on) are report prose, as are the weekdays ("مساء الجمعة"), the months
# ("تموز", not Tamaza; not شباط, آذار, تشرين, which are villages as written) and "قتلوا",
# they were killed. Their consonants had matched villages (Multafitah, Mseifra,
# Jruh) that stood before the village the sentence names; round 14, g355, g356, g276.)
# ("رمي جثثهم بين القبور داخل مقبرة دير الزور", thrown among the graves: "القبور" is no name; its consonants had
# matched UCDP's Kubar, g490, round 26, after its measurement.)
# (Arabic counts and the words they count never begin a name: "وفي إدلب ثمانية أشخاص" is
# "and in Idlib, eight persons", not a village "ثمانية".)

# Countries around Syria: "refugees killed in Lebanon" happened outside Syria.
COUNTRIES = {"lebanon", "turkey", "iraq", "jordan", "israel", "palestine", "egypt",
             *(fold_arabic(w) for w in ("لبنان", "تركيا", "العراق", "الأردن", "الاردن"))}
STOP |= COUNTRIES
# The neighbours' adjectives name a border, no place: "مخيم الركبان ... على الحدود السورية الأردنية" (on the
# Syrian-Jordanian border; "الأردنية" had matched the village الرضوانية by its consonants; g811, round 67, after its
# measurement: fix67).
STOP |= {fold_arabic(w) for w in ("الأردنية", "الاردنية", "الأردني", "الاردني", "التركية", "التركي", "العراقية",
                                  "العراقي", "اللبنانية", "اللبناني")}

# One-letter Arabic prefixes (and, in, to, so) that stick to the next word: "بمدينة" = "in the city".
ARABIC_PREFIXES = ("و", "ب", "ل", "ف")


def arabic_word(folded: str, table) -> str | None:
    """``folded`` (or ``folded`` without a one-letter prefix) if it is a key of ``table``.

    >>> arabic_word(fold_arabic("بمدينة"), KIND)
    'مدينه'
    """
    if folded in table:
        return folded
    # A two-letter word with a prefix is a word of its own ("باب" is no ب + "اب"), except
    # the kind word حي: "بحارة التركمان بحي برزة بدمشق" (in the Barzeh quarter, g371).
    if (len(folded) > 3 or (table is KIND and len(folded) == 3)) and \
            folded[0] in ARABIC_PREFIXES and folded[1:] in table:
        return folded[1:]
    # Report prose with the article after a prefix: "بالبراميل المتفجرة" (with barrel bombs) is
    # the stop word براميل; its letters had matched the village بئر محلي (g383, a rule written
    # after round 15's measurement). Only for STOP: a place's own article stays (الباب).
    if table is STOP and len(folded) > 5 and folded[0] in ARABIC_PREFIXES and \
            folded[1:3] == "ال" and folded[3:] in table:
        return folded[3:]
    # "ل" before the article drops its alif: "للطيران" (of the aircraft) is ل + الطيران, the stop
    # word; its letters had matched the Idlib village طورين (Turin) before "غربي إدلب" (round 22,
    # g424, after its measurement). Only for STOP, as above.
    if table is STOP and len(folded) > 5 and folded[:2] == "لل" and "ال" + folded[2:] in table:
        return "ال" + folded[2:]
    return None
