"""Common given names of Syria (Arab and Kurdish), in Arabic script and their usual Latin spellings.

The victims'-name finder for names written bare (:mod:`geo.report.bare_names`) starts a name only
at one of these: "Mohammad Khaled al-Hamoud was killed", "قُتل محمد خالد الحمود". The list is the
project's own, written from knowledge of which given names are common in Syria and how SNHR and
the press spell them in Latin letters (no data set was copied): for each name, its Arabic form and
the Latin spellings seen in reports ("Mohammad", "Mohammed", "Muhammad", "Mohamed", ...).

A line is ``ARABIC: Latin Latin ...``. An Arabic form marked ``?`` is also a common word of report
prose (an adjective or a noun: "حسن" good, "أمين" secure, "ملك" king): it starts a name only
right after a verb of death or "and". A name that is also a day, a month or a time of day in
Arabic ("جمعة" Friday, "خلف" behind) is not listed in Arabic at all, only its Latin spellings, and a name
that is a month or a feast ("Ramadan", "Eid") not at all; a Latin
spelling that is an English word ("Said", "Hope") is left out. "Abd ..." ("Abdul Rahman",
"عبد الله") is a given name of two words and is read by the finder, not listed here.

>>> "محمد" in GIVEN_AR and "Muhammad" in GIVEN_LATIN and "Mhmd" not in GIVEN_LATIN
True
>>> "حسن" in AMBIGUOUS_AR and "Hassan" in GIVEN_LATIN
True
"""

from __future__ import annotations

import re

from ..names import fold_arabic

__all__ = ["GIVEN_AR", "AMBIGUOUS_AR", "GIVEN_LATIN", "given_ar"]

_LEXICON = """
محمد: Mohammad Mohammed Muhammad Mohamed Mohamad Muhammed Mouhammad Mohammd Mahmad Mohamd Mhamad
أحمد: Ahmad Ahmed Ahmet
محمود: Mahmoud Mahmud Mahmood Mahmod
مصطفى: Mustafa Moustafa Mostafa Mustapha Mostapha
خالد: Khaled Khalid Khalled
علي?: Ali Aly
عمر: Omar Umar Omer
حسن?: Hasan Hassan Hassen
حسين: Hussein Husain Hussain Hussien Hossein Husein Hosein
حسان: Hassaan Hasaan
إبراهيم: Ibrahim Ibraheem Ebrahim Brahim
يوسف: Youssef Yousef Yusuf Yousif Yusef Youcef Yousuf
عثمان: Othman Uthman Osman Outhman
عمار: Ammar Amar
عماد: Imad Emad
أيمن: Ayman Aiman Aymen
أنس: Anas
أسامة: Osama Usama Ousama Oussama Usamah
أيوب: Ayoub Ayyoub Ayub Ayoob
بلال: Bilal Belal
بكر: Bakr Bakir
باسل: Basel Basil Bassel
بشير: Bashir Basheer Bachir
بشار: Bashar Bachar Bashaar
جمال: Jamal Gamal Jamaal
جميل?: Jamil Jameel Jamel
جهاد?: Jihad Jehad
حمزة: Hamza Hamzah Hamzeh
حامد: Hamed Hamid Hameed
حمد: Hamad
حمود: Hammoud Hamoud Hamud
حازم: Hazem Hazim
حاتم: Hatem Hatim
حسام: Hussam Husam Hosam Hossam
حافظ?: Hafez Hafiz
حيدر: Haidar Haydar Hayder Heidar
خليل: Khalil Khaleel
خضر: Khodr Khader Khidr Khudr
داود: Dawood Dawoud Daoud Dawud
رامي: Rami Ramy
رائد: Raed Raid Raaed
رضوان: Radwan Redwan Ridwan
رياض: Riyad Riad Riyadh Ryad
رشيد?: Rashid Rasheed Rachid
زكريا: Zakaria Zakariya Zakariyya Zakaria
زياد: Ziad Ziyad Zeyad
زيد: Zaid Zayd Zeid
زهير: Zuhair Zouhair Zuhayr Zoher
سامر: Samer
سامي?: Sami Samy
سعيد?: Saeed Saiid Sayid Saied
سعد: Saad Sa'd
سليمان: Suleiman Sulaiman Sulayman Soleiman Sleiman Suliman
سليم?: Salim Saleem Selim
سمير: Samir Sameer
سهيل: Suhail Suhayl Sohail Souheil
شادي: Shadi Shady Chadi
شريف?: Sharif Shareef Cherif
صالح?: Saleh Salih Salah
صلاح: Salah Salaheddine
صبحي: Subhi Sobhi
طارق: Tariq Tarek Tarik Tareq
طلال: Talal
طه: Taha
عادل?: Adel Adil
عامر?: Amer Amir Aamer
عدنان: Adnan
عصام: Issam Isam Essam
عزيز?: Aziz
علاء: Alaa Ala'a Alaa'
عيسى: Issa Isa Eissa
غسان: Ghassan
فادي: Fadi Fady
فارس: Fares Faris
فراس: Firas Feras
فؤاد: Fouad Fuad Fouad
فيصل: Faisal Faysal Feisal
فايز: Fayez Faiz
فواز: Fawaz Fawwaz
قاسم: Qasim Qassem Kassem Qasem Qassim
قصي: Qusai Qussai Kusai Qusay
كامل?: Kamel Kamil
كريم?: Karim Kareem
لؤي: Louay Luay Loay Louai
ماجد: Majed Majid Maged
مالك?: Malek Malik
مأمون: Mamoun Mamun Maamoun
ماهر: Maher Mahir
مازن: Mazen Mazin
مجد?: Majd
محسن: Mohsen Muhsin
مراد?: Murad Mourad Morad
مروان: Marwan
مصعب: Musab Mosab Musaab Mousab
معاذ: Muath Moaz Muaz Mouaz Moath Muadh
معتز: Moataz Mutaz Moutaz Muataz
منذر: Munther Mounzer Munzir Monzer
منير?: Munir Mounir Moneer
مهند: Muhannad Mohannad
موسى: Mousa Musa Moussa
مؤيد: Moayed Muayad Moyaed Muayyad Moaid
مؤمن?: Moamen Momen Mumin Mu'min
ناصر?: Nasser Naser Nasir
نبيل?: Nabil Nabeel
نادر?: Nader Nadir
نزار: Nizar Nezar
نضال?: Nidal Nedal
نعيم?: Naim Naeem
هادي?: Hadi Hady
هاني: Hani Hany
هشام: Hisham Hesham Hicham
هيثم: Haitham Haytham Heitham
وائل: Wael Wa'el Wail
وسيم: Wassim Wasim Waseem
وليد: Walid Waleed
ياسر: Yasser Yaser Yasir
ياسين: Yassin Yasin Yaseen Yassine
يحيى: Yahya Yehia Yahia
يزن: Yazan
يونس: Younes Younis Yunus Yunis
يعقوب: Yaqoub Yacoub Yaqub Yakoub
أكرم?: Akram
أمجد: Amjad
أمين?: Amin Ameen
إياد: Iyad Eyad Ayad
أنور?: Anwar Anouar
أديب?: Adib Adeeb
أسعد?: Asaad As'ad
إسماعيل: Ismail Ismael Ismaeel Ismaiel
إسحاق: Ishaq Ishak
أيهم: Ayham
براء: Baraa Bara'a Baraa'
تامر: Tamer Tamir
توفيق: Tawfiq Tawfik Toufik
ثائر?: Thaer Thaier
جابر: Jaber Jabir
جعفر: Jaafar Jafar Ja'far
جلال: Jalal
خلدون: Khaldoun Khaldun
دريد: Duraid Doraid
رأفت: Raafat Rafat
ربيع?: Rabie Rabee Rabih Rabea
رعد: Raad Ra'd
سفيان: Sufyan Sofian Soufian Sofyan
سلطان?: Sultan
شاكر: Shaker Shakir
صدام?: Saddam
صهيب: Suhaib Sohaib Suhayb
ضياء: Diaa Diyaa Dia
عبادة?: Obada Ubada Obadah Ubadah
عبدو: Abdo Abdou
عزام: Azzam
عقبة?: Uqba Oqba Okba
عمرو: Amr Amro Amru
غياث: Ghiath Ghiyath Ghayath
غيث: Ghaith Ghayth Gaith
فتحي: Fathi Fathy Fethi
فهد: Fahd Fahad
قتيبة: Qutaiba Qutayba Kutaiba Qutaybah
كنان: Kenan Kinan Kanan
مثنى: Muthanna Mothanna Muthana
معن: Maan Ma'an
منصور: Mansour Mansur
مهدي: Mahdi Mehdi
نايف: Nayef Naif
نجيب: Najib Najeeb
وحيد?: Wahid Waheed
وسام: Wissam Wisam Wesam
يامن: Yamen Yamin
يمان: Yaman
زاهر: Zaher Zahir
عبود: Abboud Abbud
حمدي: Hamdi Hamdy
رشاد?: Rashad Rachad
ريان: Rayan Ryan Rayyan
سيف?: Saif Sayf Seif
شهاب: Shihab Shehab
صقر?: Saqr Saker
عاصم: Asem Asim Assem
عبيدة: Obaida Ubaida Obeida Ubaydah Obaidah
غازي?: Ghazi Ghazy
فاروق: Farouk Farouq Faruq
قيس: Qais Qays Kais Kays
كمال: Kamal Kemal
لطفي: Lutfi Lotfi
موفق: Muwaffaq Mowaffak Mouwafak
ناجي?: Naji Nagi
همام: Humam Hammam
نور?: Nour Noor Nur
نورالدين: Nour-Eddine Noureddine Nourddine
إسلام?: Islam
عرفات: Arafat
فرحان?: Farhan
حمادة: Hamada Hamadeh
عواد: Awad Awwad
خلف: Khalaf
مشعل: Mishal Mishaal Meshal
نواف: Nawaf
دحام: Daham
فرج?: Faraj
جاسم: Jasim Jassem Jassim Jasem
مرعي: Marei Mar'i
جمعة: Jumaa Jumah Jomaa Jum'a
ملحم: Mulhem Melhem
حسيب?: Hasib Haseeb
هاشم: Hashem Hashim
عبدالله: Abdullah Abdallah Abdulla Abdellah Abdollah
عبدالرحمن: Abdulrahman Abdelrahman Abdurrahman Abdalrahman
عبدالكريم: Abdulkarim Abdelkarim Abdulkareem
عبدالقادر: Abdulkader Abdulqader Abdelkader Abdulqadir
عبدالرزاق: Abdulrazzaq Abdulrazaq Abdelrazak
عبدالعزيز: Abdulaziz Abdelaziz
عبدالحميد: Abdulhamid Abdelhamid
عبدالسلام: Abdulsalam Abdelsalam Abdessalam
عبدالناصر: Abdulnasser Abdelnasser
عبدالباسط: Abdulbasit Abdelbasset Abdulbaset
عبدالمجيد: Abdulmajid Abdelmajid
عبدالغني: Abdulghani Abdelghani
عبدالرحيم: Abdulrahim Abdelrahim
عبدالإله: Abdulilah Abdelilah
عبدالهادي: Abdulhadi Abdelhadi
عبدالوهاب: Abdulwahab Abdelwahab
عبدالحكيم: Abdulhakim Abdelhakim
عبدالجليل: Abduljalil Abdeljalil
عبدالفتاح: Abdulfattah Abdelfattah
عبدالمنعم: Abdulmonem Abdelmoneim
عبدالرؤوف: Abdulraouf Abdelraouf
فاطمة: Fatima Fatma Fatimah Fatmeh Fatemeh Fatme
عائشة: Aisha Aysha Aicha Aesha Ayesha Aishah
مريم: Maryam Mariam Mariem Miriam Maryem
زينب: Zainab Zaynab Zeinab Zeynab
حنان: Hanan
ريما: Rima Reema Rema
خديجة: Khadija Khadijah Khadeeja
آمنة: Amina Aminah Amena Ameena
سارة: Sara Sarah
ليلى: Layla Laila Leila Leyla
هدى?: Huda Houda Hoda
منى?: Mona Muna
سلمى: Salma
رغد: Raghad
رهف: Rahaf
هبة?: Heba Hiba Hibah
إسراء: Israa Esraa Isra
آلاء: Aalaa Alaa'
أسماء?: Asmaa Asma
رنا: Rana
رشا: Rasha
ريم: Reem Rim
سلوى: Salwa
سعاد: Souad Suad Soaad
سميرة: Samira Sameera Samirah
نادية: Nadia Nadya
هند: Hind
وفاء?: Wafaa Wafa
ياسمين: Yasmin Yasmine Yasmeen Yasmina
شيماء: Shaimaa Shayma Shaima
دعاء?: Duaa Doaa Dua'a
رقية: Ruqaya Roqaya Ruqayya Ruqaia
سمية: Sumaya Somaya Sumayya Soumaya
حليمة: Halima Halimah
جميلة?: Jamila Jameela
نجلاء: Najlaa Najla
نسرين: Nisreen Nesreen Nasrin Nisrin
غادة: Ghada
لمى: Lama
جنى?: Jana
تسنيم: Tasnim Tasneem
بتول: Batoul Batool Batul
حلا: Hala
روان: Rawan
أمل?: Amal
إيمان?: Iman Eman
بشرى?: Bushra Boushra
خنساء: Khansaa Khansa
عبير: Abeer Abir
منار: Manar
مها: Maha
نهى?: Noha Nuha
هيفاء: Haifaa
سهام?: Siham Suham Seham
صفاء?: Safaa
عفاف: Afaf
فرح?: Farah
لبنى: Lubna Loubna
ميساء: Maysaa Maysa Maisaa
نوال: Nawal
هالة: Hala
وداد: Widad Wedad
يسرى: Yusra Yousra
زهرة?: Zahra Zahraa
كوثر: Kawthar Kawsar Kawther
آية?: Aya Ayah Aaya
ملك?: Malak
شهد?: Shahd
سدرة: Sidra Sedra
رزان: Razan
ديمة: Dima Deema
لانا: Lana
هيا?: Haya
رهام: Reham Riham
ابتسام: Ibtisam Ibtissam
انتصار?: Intisar Entesar
ختام?: Khitam
عائدة?: Aida Aaida
نجاح?: Najah
سوسن: Sawsan
رباب: Rabab
نعيمة: Naima Naeema
خلود?: Kholoud Khulud
هنادي: Hanadi
لمياء: Lamia Lamya
مروة: Marwa Marwah
ولاء?: Walaa
أماني?: Amani
رحاب?: Rehab Rihab
غفران?: Ghufran Ghofran
بيان?: Bayan
ريتاج: Ritaj
غنى?: Ghina Ghena
رؤى?: Ruaa Roaa
جود?: Joud Jud
عبلة: Abla
نزهة?: Nuzha Nozha
وردة?: Warda
صبحية: Subhiya Sobhiya
فضة?: Fidda Fedda
شمسة: Shamsa
حمدة: Hamda
عليا?: Alia Aliya Alya
شيار: Shiyar Sheyar
روجين: Rojin Rojeen
جوان: Jwan Ciwan Jiwan
بريفان: Berivan Birivan
دلشاد: Dilshad Delshad
كاوا: Kawa
آزاد: Azad
هوزان: Hozan Huzan
زوزان: Zozan
آفين: Avin Afin
هيفين: Hevin Hivin
شيرين: Shirin Shireen Sherin
سربست: Serbest Sarbast
دلوفان: Dilovan Delovan
روجدا: Rojda
سيبان: Sipan
مظلوم?: Mazloum Mazlum
بيريفان: Berivan
جيهان: Jihan Cihan Gihan
نسيم?: Nasim Naseem
ديار?: Diyar Dyar
رودي: Rodi Rody
حذيفة: Huthaifa Hudhaifa Huzaifa Hudhayfa Huthayfa Houzaifa
جواد?: Jawad Jawwad
هايل?: Hayel Hail
خليفة?: Khalifa Khalifeh Khalifah
بدر?: Badr Bader
سعود: Saud Suud Saoud
عبدو: Abdo Abdou
"""


def _read() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    arabic, ambiguous, latin = set(), set(), set()
    for line in _LEXICON.strip().splitlines():
        ar, _, spellings = line.partition(":")
        word = fold_arabic(ar.rstrip("?").strip())
        # (a day, a month or a time of day is no first name in Arabic prose; see the module doc)
        if word not in _NOT_IN_ARABIC:
            arabic.add(word)
            if ar.strip().endswith("?"):
                ambiguous.add(word)
        latin.update(spellings.split())
    return frozenset(arabic), frozenset(ambiguous), frozenset(latin)


_NOT_IN_ARABIC = frozenset(fold_arabic(w) for w in ("جمعة", "خلف"))
GIVEN_AR, AMBIGUOUS_AR, GIVEN_LATIN = _read()


def given_ar(word: str) -> tuple[bool, bool]:
    """(is ``word`` a given name, is it also a word of prose), with or without tashkeel and quotes.

    >>> given_ar("محمد"), given_ar("حسن"), given_ar("على"), given_ar("قصف")
    ((True, False), (True, True), (False, False), (False, False))
    """
    if _DIACRITICS.sub("", word) == "على":
        return False, False  # the preposition, whatever "علي" may be
    key = fold_arabic(word)  # (which drops tashkeel, tatweel and quotes)
    return key in GIVEN_AR, key in AMBIGUOUS_AR


_DIACRITICS = re.compile("[\u064B-\u065F\u0640\u0670]")
