"""The report reader and the geocoder on the SNHR corpus (tests/corpus/snhr, docs/corpus.md).

The whole-corpus run asserts the floors measured on the corpus (docs/corpus.md, "Figures"); the
focused tests check each reading rule on a real sentence of a *tune* text (held-out texts are
only scored, never used to write a rule; the exceptions, each said where it is tested, are the misses
of a held-out test batch read after its one measurement - rounds 6, 7, 8 and 9 - and one held-out text
seen in round 8's regression run).
"""

from __future__ import annotations

import csv
import datetime as dt
import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from geo.errors import InputError
from geo.precision import DatePrecision
from geo.report import read_report
from geo.report.arabic import (count_ar, day_named_ar, distribution_ar, find_dates_ar, find_month_ar,
                               parse_number_ar, party_figures_ar, stated_control_ar)
from geo.report.evaluate import evaluate_corpus, load_corpus
from geo.report.narration import narrated_count
from geo.report.places import place_phrases
from geo.report.tallies import figure_period, party_figures
from geo.report.text import find_dates, split_header

CORPUS = Path(__file__).parent / "corpus" / "snhr"
TEXTS = CORPUS / "texts"


@pytest.fixture(scope="module")
def geocoder(gaz):
    from geo.geocode import Geocoder

    return Geocoder(gaz)


@pytest.fixture(scope="module")
def evaluation(data):
    return evaluate_corpus(CORPUS)


# Measured on the round-2 corpus (74 texts, 62 sentences; index.csv column round = 2): see
# docs/corpus.md. Floors are the measured rates rounded down, so a regression fails and an
# improvement passes. Round 2 of issue 12 (extra places, party blocks, cumulative-only texts):
# 72/74, 81/115, 42/50, 34/42, 33/42, 40/42, 47/61, 16/17. These floors hold on those texts.
# (fixen raised tallies 108/109)
FLOORS = {"accepted": 0.97, "tallies": 0.99, "found": 0.84, "placed": 0.80, "counts": 0.78,
          "control": 0.95, "geocode": 0.77, "agreement": 0.94}
# Round 3 (the corpus grown to 120 texts, 71 sentences; per-party prose, periods by clause,
# relative dates): measured on those 120 texts 117/120, 278/299, 56/61, 44/50, 54/56, 54/56,
# and on the sentence file 56/70, 22/24. Round 4 raised them where its rules allow (the same 120
# texts: 118/120, 286/300, 57/61, 46/51, 57/57, 56/57; sentences 117/127, 39/40).
# Round 14 (party tallies, branch party): the 120 texts' tallies 287/300.
# (fixen raised tallies 293/297, geocode 608/662)
# (fixleft41: accepted 964/981 = 0.9827; fixleft41-dates: accepted 965/981 = 0.9837, found 698/745 = 0.9369)
FLOORS_ALL = {"accepted": 0.983, "tallies": 0.986, "found": 0.936, "placed": 0.90, "counts": 0.98,
              "control": 0.98, "geocode": 0.918, "agreement": 0.91}
# Round 4 (36 texts added, 15 Arabic; index.csv round = 4), after its rules: 36/36, 76/85,
# 15/24, 11/15, 14/15, 15/15. Their held-out eight were measured before any rule was written
# (docs/corpus.md, "Round 4").
# (fixen raised tallies 84/84)
FLOORS_R4 = {"accepted": 1.0, "tallies": 1.0, "found": 0.62, "placed": 0.73, "counts": 0.93,
             "control": 1.0}
# The whole corpus (156 texts) after round 4: 154/156, 362/385, 72/85, 57/66, 71/72, 71/72.
FLOORS_156 = {"accepted": 0.98, "tallies": 0.94, "found": 0.84, "placed": 0.86, "counts": 0.98,
              "control": 0.98}
# Round 4's second batch (8 texts, round = 4b), after its rules: 8/8, 34/38, 4/4, 3/4, 4/4, 4/4;
# and the whole corpus of 164 texts: 162/164, 396/423, 76/89, 59/70, 75/76, 75/76.
FLOORS_R4B = {"accepted": 1.0, "tallies": 0.89, "found": 1.0, "placed": 0.75, "counts": 1.0, "control": 1.0}
FLOORS_164 = {"accepted": 0.98, "tallies": 0.93, "found": 0.85, "placed": 0.84, "counts": 0.98,
              "control": 0.98}
# Round 4's third batch (7 Arabic texts, round = 4c), after its rules: 7/7, 44/51, 4/4, 2/2, 4/4, 4/4;
# the whole corpus of 171 texts: 169/171, 440/474, 80/93, 62/72, 79/80, 79/80.
# (round 14, party tallies: round 4c's tallies 45/51)
FLOORS_R4C = {"accepted": 1.0, "tallies": 0.882, "found": 1.0, "placed": 1.0, "counts": 1.0, "control": 1.0}
FLOORS_171 = {"accepted": 0.98, "tallies": 0.92, "found": 0.86, "placed": 0.86, "counts": 0.98,
              "control": 0.98}
# Round 5 (English; docs/corpus.md, "Round 5 (English)"): 12 texts (round = 5en) measured unseen
# at 12/12, 17/32, 6/10, 3/5, 6/6, 6/6, after its rules 12/12, 30/30, 10/10, 4/6, 10/10, 10/10;
# a second batch of 6 (round = 5enb) measured unseen after those rules at 4/6, 13/16, 0/2, -, -, -,
# after its own 5/6, 14/16, 2/2, 2/2, 2/2, 2/2; the whole corpus of 189 texts: 186/189, 484/520,
# 93/105, 69/81, 92/93, 92/93. A third batch of 4 (round = 5enc, tallies only) measured unseen after
# 5enb's rules at 4/4, 11/14, after its own 4/4, 14/14; the 193 texts: 190/193, 498/534, 93/105,
# 69/81, 92/93, 92/93.
FLOORS_R5 = {"accepted": 1.0, "tallies": 1.0, "found": 1.0, "placed": 0.66, "counts": 1.0, "control": 1.0}
# (fixen raised tallies 16/16)
FLOORS_R5B = {"accepted": 0.83, "tallies": 1.0, "found": 1.0, "placed": 1.0, "counts": 1.0, "control": 1.0}
FLOORS_R5C = {"accepted": 1.0, "tallies": 1.0}
FLOORS_193 = {"accepted": 0.98, "tallies": 0.93, "found": 0.88, "placed": 0.85, "counts": 0.98,
              "control": 0.98}
# Round 5 (Arabic): 12 Arabic texts (round = 5ar), measured unseen first (11/12, 45/60, 3/23, 1/2,
# 2/3, 3/3), after its rules: 12/12, 55/59, 18/23, 17/17, 18/18, 18/18; the whole corpus of 183
# texts after them: 182/183, 497/533, 103/116, 85/94, 103/103, 102/103.
# (round 14, party tallies: round 5ar's tallies 56/59)
# (found25: round 5ar 21/23, 20/20, 21/21, 21/21 - Mantaf of ar-2015-03-press-01 and Dhiban of ar-2025-12-news-01 found)
# (stop 40, tallies40: tallies 56/59 -> 57/57, the massacre counts of several parties)
FLOORS_R5AR = {"accepted": 1.0, "tallies": 1.0, "found": 0.913, "placed": 1.0, "counts": 1.0, "control": 1.0}
FLOORS_183 = {"accepted": 0.99, "tallies": 0.93, "found": 0.88, "placed": 0.90, "counts": 0.99,
              "control": 0.99}
# Rounds 5 (English) and 5 (Arabic) together, the 205 texts: 203/205, 555/593, 116/128, 92/103,
# 116/116, 115/116.
FLOORS_205 = {"accepted": 0.99, "tallies": 0.93, "found": 0.90, "placed": 0.89, "counts": 0.99,
              "control": 0.99}
# Round 6 (docs/corpus.md, "Round 6 (test batch)"): 17 texts (round = 6, 6 English, 11 Arabic), all
# held out and never tuned on, measured once on main's reader and geocoder (merged 12:50 UTC): all
# 14/17, 35/55, 6/7, 5/6, 4/6, 5/6; English 5/6, 7/11, 3/3, 3/3, 2/3, 3/3; Arabic 9/11, 28/44,
# 3/4, 2/3, 2/3, 2/3. The whole corpus of 222 texts: 217/222, 590/648, 122/135, 98/109, 120/122,
# 120/122. Floors at the measured rates (rounded down), so one more miss fails.
# After the measurement, round 7's reader rules (docs/corpus.md, "Round 7 (English reader)" and "Round 7
# (Arabic reader)") fixed the general causes of round 6's misses: all 15/17, 49/49, 6/7, 6/6, 6/6, 6/6;
# English 6/6, 7/7, 3/3 each; Arabic 9/11, 42/42, 3/4, 3/3 each. The 222 texts: 218/222, 604/642,
# 122/135, 99/109, 122/122, 121/122. Floors raised to these (rounded down).
FLOORS_R6 = {"accepted": 1.0, "tallies": 1.0, "found": 1.0, "placed": 0.857, "counts": 1.0, "control": 1.0}
FLOORS_R6_BY_LANGUAGE = {
    "en": {"accepted": 1.0, "tallies": 1.0, "found": 1.0, "placed": 1.0, "counts": 1.0, "control": 1.0},
    "ar": {"accepted": 1.0, "tallies": 1.0, "found": 1.0, "placed": 0.75, "counts": 1.0, "control": 1.0}}
# fix63 (the lead's decision on refar's withheld 'which led to' rule, ar-2012-06-news-01): the text is now accepted and its
# incident found (accepted 17/17, found 7/7; Arabic 11/11, 4/4), but its "مدينة درعا البلد" geocodes to Dar'a al Balad
# (C6317) where the answer gives Daraa city (C5993): placed 6/7 (Arabic 3/4). The placed floors of round 6 and of the
# corpus sets 914, 921, 926, 950 and 955 go down to the new rate because their denominator grew by this found incident
# (found rose): a miss made better ("not accepted" to "found, placed elsewhere"), not a placed incident lost.
FLOORS_222 = {"accepted": 0.995, "tallies": 0.94, "found": 0.977, "placed": 0.924, "counts": 1.0,
              "control": 0.992}
# Round 7 (English reader): six English torture and massacre reports (round = 7en-tune, tune texts),
# answers committed before the reader ran: main's reader 6/6, 12/19, 1/1, 1/1, 0/1, 1/1; after round 7's
# rules 6/6, 12/12, 1/1, 1/1, 1/1, 1/1. Round 7 (Arabic reader): 5 Arabic tune texts (round 7ar-tune), the
# same way: 4/5, 8/18, 1/1, 1/1, 0/1, 1/1 before; 5/5, 20/21, 1/1, 1/1, 1/1, 1/1 after. With both (merged):
# the 228 texts (7en-tune) 224/228, 616/654, 123/136, 100/110, 123/123, 122/123; the 227 texts (7ar-tune)
# 223/227, 624/663, 123/136, 100/110, 123/123, 122/123.
FLOORS_R7EN = {"accepted": 1.0, "tallies": 1.0, "found": 1.0, "placed": 1.0, "counts": 1.0, "control": 1.0}
FLOORS_228 = {"accepted": 0.995, "tallies": 0.941, "found": 0.977, "placed": 0.925, "counts": 1.0,
              "control": 0.992}
# (round 14, party tallies: round 7ar's tallies 20/20)
FLOORS_R7AR = {"accepted": 1.0, "tallies": 1.0, "found": 1.0, "placed": 1.0, "counts": 1.0, "control": 1.0}
FLOORS_227 = {"accepted": 0.995, "tallies": 0.941, "found": 0.977, "placed": 0.925, "counts": 1.0,
              "control": 0.992}
# Round 7 (test batch): 19 texts (10 Arabic), all held out, answers committed before any run, read once
# by the final code of the merge of en7, ar7 and geocode7 (docs/corpus.md "Round 7 (test batch)"): 16/19,
# 14/23, 3/3, 1/3, 2/3, 3/3 - unseen figures, not tuned on. The whole corpus of 252 texts: 245/252,
# 650/698, 127/140, 102/114, 126/127, 126/127. After the measurement, one rule from its misses (a dual noun
# named long before the dual verb: tests/test_arabic_tallies.py) made counts 3/3 (the 252 texts 127/127).
# Round 8 (English reader) wrote rules from round 7's English misses (so round 7 is no longer untouched):
# round 7 after them 16/19, 17/22, 3/3, 3/3, 3/3, 3/3 (English 9/9, 13/14, 2/2 each); the 252 texts
# 245/252, 654/697, 127/140, 104/114, 127/127, 126/127. Floors raised to these (rounded down).
# With round 8's Arabic rules too (merged): round 7 19/19, 25/27, 3/3, 3/3, 3/3, 3/3; the 252 texts
# 248/252, 662/702, 127/140, 104/114, 127/127, 126/127 (663/702 with round 8b's English rules).
FLOORS_R7 = {"accepted": 1.0, "tallies": 0.925, "found": 1.0, "placed": 1.0, "counts": 1.0, "control": 1.0}
FLOORS_252 = {"accepted": 0.996, "tallies": 0.944, "found": 0.978, "placed": 0.927, "counts": 1.0,
              "control": 0.992}
# Round 8 (English reader): six English tune texts (round = 8en-tune: torture reports with a year's
# total and the month's share or a title's party share, a June 2021 monthly, two Jabal al Zaweya news
# posts), answers committed before any code ran on them: 6/6, 9/12, 2/2, 2/2, 1/2, 2/2 before round 8's
# rules, 6/6, 11/11, 2/2, 2/2, 2/2, 2/2 after. The 258 texts: 251/258, 665/708, 129/142, 106/116,
# 129/129, 128/129.
FLOORS_R8EN = {"accepted": 1.0, "tallies": 1.0, "found": 1.0, "placed": 1.0, "counts": 1.0, "control": 1.0}
# Round 8 (Arabic reader): six Arabic tune texts (round 8ar-tune: number words, a massacre press article, a
# torture restatement, a landmine report, two arrest reports), answers committed before any run: main's reader
# 4/6 accepted, 10/11 tallies; after round 8's Arabic rules 6/6, 10/10. Round 7's ten Arabic texts, after
# their measurement (they are no longer unseen): 7/10, 4/8, 1/1, 1/1, 1/1, 1/1 -> 10/10, 12/13, 1/1 each.
# The 258 texts (the 252 and 8ar-tune): 254/258, 668/713, 127/140, 102/114, 127/127, 126/127.
FLOORS_R8AR = {"accepted": 1.0, "tallies": 1.0}
FLOORS_R7_AR = {"accepted": 1.0, "tallies": 0.92, "found": 1.0, "placed": 1.0, "counts": 1.0, "control": 1.0}
# Both round-8 readers merged: the 264 texts (the 252, 8en-tune and 8ar-tune) 260/264, 683/723, 129/142,
# 106/116, 129/129, 128/129 (684/723 with round 8b's English rules).
FLOORS_264 = {"accepted": 0.996, "tallies": 0.946, "found": 0.978, "placed": 0.928, "counts": 1.0,
              "control": 0.992}
# Round 8b (English reader): eight more English tune texts (round = 8enb-tune: a 2012 massacre report,
# two 2013 chemical-weapons texts, a 2015 report on Idlib city, the May 2016 and October 2024 monthlies,
# a 2020 re-post on the Ghouta and Khan Sheikhoun attacks, a July 2025 Suweida restatement), answers
# committed before any code ran on them: 7/8, 5/12, 4/8, 2/4, 3/4, 4/4 unseen; 8/8, 8/8, 6/8, 5/6, 6/6,
# 6/6 after round 8b's rules. The 252 texts after them 245/252, 655/697 (held out 168/207: en-2024-11's
# torture), 127/140, 104/114, 127/127, 126/127; the 258 texts 251/258, 666/708, 129/142, 106/116,
# 129/129, 128/129; the 266 texts 259/266, 674/716, 135/150, 111/122, 135/135, 134/135.
# (fixen raised placed 6/6)
# (found40: found 7/8, en-2015-04-massacre-01's detainees executed as the forces left Idlib)
FLOORS_R8ENB = {"accepted": 1.0, "tallies": 1.0, "found": 0.875, "placed": 1.0, "counts": 1.0, "control": 1.0}
# All round-8 tune batches merged: the 272 texts (the 252, 8en-tune, 8ar-tune and 8enb-tune) 268/272,
# 692/731, 135/150, 111/122, 135/135, 134/135.
FLOORS_272 = {"accepted": 0.996, "tallies": 0.946, "found": 0.966, "placed": 0.931, "counts": 1.0,
              "control": 0.993}
# Round 8b (Arabic reader): eight more Arabic tune texts (round = 8arb-tune: a 2012 massacre day roundup,
# a 2022 landmine and a 2023 war-remnant post, a January 2026 SDF daily, four monthly restatements of 2022
# and 2025), answers committed before any code ran on them: 8/8, 21/31, 4/4, 3/3, 2/4, 4/4 unseen;
# 8/8, 29/31, 4/4, 3/3, 3/4, 4/4 after round 8b's Arabic rules. The 280 texts (the 272 and 8arb-tune)
# 276/280, 713/762 -> 721/762, 139/154, 114/125, 137/139 -> 138/139, 138/139; held out unchanged.
# (round 14, party tallies: round 8arb's tallies 31/31)
FLOORS_R8ARB = {"accepted": 1.0, "tallies": 1.0, "found": 1.0, "placed": 1.0, "counts": 0.75, "control": 1.0}
FLOORS_280 = {"accepted": 0.985, "tallies": 0.946, "found": 0.9, "placed": 0.912, "counts": 0.992,
              "control": 0.992}

# Round 8c (8enc-tune): 5 more English tune texts (a January 2015 monthly, a 2014 barrel-bomb report on
# Aleppo, March 2020, February 2022 and August 2024 press restatements), answers committed before any
# code ran on them: 4/5 and 15/32 unseen; 4/5 and 21/32 after round 8c's rules. The 272 texts before
# them unchanged (268/272, 692/731, ...); the 277 texts 272/277, 713/763, 135/150, 111/122, 135/135,
# 134/135 (held out 77/81, 176/212: unchanged).
# (round 14, party tallies: round 8enc's tallies 30/32)
FLOORS_R8ENC = {"accepted": 0.8, "tallies": 0.937}
# Every round-8 tune batch merged: the 285 texts (the 280 and 8enc-tune) 280/285, 742/794, 139/154,
# 114/125, 138/139, 138/139.
FLOORS_285 = {"accepted": 0.992, "tallies": 0.934, "found": 0.967, "placed": 0.933, "counts": 0.993,
              "control": 0.993}
# Round 8 (test batch): 20 unseen texts (round = 8, all held out: 10 English, 10 Arabic, 2012-2026),
# gathered and answered before the round's rules were merged, measured once on the merged code: 16/20,
# 32/40, 5/15, 5/5, 4/5, 5/5 (docs/corpus.md, "Round 8 (test batch)", Figures). The 305 texts: 296/305,
# 774/834, 144/169, 119/130, 142/144, 143/144. After the measurement (rules written from its misses, so
# round 8 is no longer unseen; docs/corpus.md, "After the measurement"): 19/20, 32/40, 10/15, 9/9, 9/10,
# 10/10; the 305 texts 299/305, 774/834, 149/169, 123/134, 147/149, 148/149.
# Raised by round 9 (Arabic reader), whose rules read round 8's Arabic leftovers (docs/corpus.md, "Round 9
# (Arabic reader)"), and by round 9 (English reader), which wrote rules from round 8's English leftovers
# ("Round 9 (English reader)"). Measured on the merged code: round 8 20/20, 38/39, 15/15,
# 13/13, 14/15, 15/15; the 305 texts 300/305, 780/833, 154/169, 127/138, 152/154, 153/154.
FLOORS_R8 = {"accepted": 1.0, "tallies": 0.974, "found": 1.0, "placed": 1.0, "counts": 0.933, "control": 1.0}
FLOORS_305 = {"accepted": 0.993, "tallies": 0.936, "found": 0.97, "placed": 0.939, "counts": 0.993,
              "control": 0.993}
# Round 9 (Arabic reader): 8 tune texts (round 9ar-tune) measured once unseen — 8/8, 14/20, 1/2, 0/1, 0/1,
# 1/1 — then read by the round's rules: 8/8, 16/16, 2/2, 0/2 (both places are the geocoder's: a village
# missing from the gazetteer and an Aleppo neighbourhood; no floor), 2/2, 2/2.
FLOORS_R9AR = {"accepted": 1.0, "tallies": 1.0, "found": 1.0, "counts": 1.0, "control": 1.0}
# Round 9 (English reader, 9en-tune): 7 English tune texts (a 2012 year toll, a 2013 daily toll split by place,
# the Ghouta attack on its first anniversary, September 2020 and May 2021 restatements, a 2020 news post, the
# January 2023 monthly), answers committed before any code ran on them: 6/7, 18/26, 2/5, 1/2, 1/2, 2/2 unseen;
# 7/7, 26/26, 5/5, 4/5, 5/5, 5/5 after round 9's rules. The 312 texts (the 305 and 9en-tune): before the rules
# 305/312, 792/860, 151/174, 124/136, 148/151, 150/151; after 307/312, 800/860, 157/174, 129/141, 155/157,
# 156/157 (held out 97/101, 208/252, 43/56, 37/40, 42/43, 42/43).
FLOORS_R9EN = {"accepted": 1.0, "tallies": 1.0, "found": 1.0, "placed": 0.8, "counts": 1.0, "control": 1.0}
# Both round-9 tune batches merged: the 320 texts (the 305, 9ar-tune and 9en-tune) 315/320, 822/875,
# 161/176, 131/145, 159/161, 160/161.
FLOORS_320 = {"accepted": 0.993, "tallies": 0.939, "found": 0.971, "placed": 0.935, "counts": 0.994,
              "control": 0.994}
# Round 9 (test batch): 20 unseen texts (round = 9, all held out: 10 English, 10 Arabic, 2013-2025), gathered
# and answered before the round's rules were merged, measured once on the merged code: 15/20, 48/59, 4/11,
# 2/4, 3/4, 2/4 (docs/corpus.md, "Round 9 (test batch)", Figures). After the measurement, Majdal Shams
# (geo/data/places/extra_places.csv) and "the Golan" as Quneitra: placed 3/4. The 340 texts: 330/340,
# 870/934, 165/187, 134/149, 162/165, 162/165.
# Then rules written from its English misses (branch found9en; section "round 9 (test batch), after its
# measurement" below) and from its Arabic misses (branch found9ar), round 9 being tuned on from here on:
# English alone 18/20, 48/57, 10/11, 9/10, 9/10, 8/10; Arabic alone (with round 9b's rules) 17/20, 54/56,
# 5/11, 4/5, 5/5, 5/5; both merged 20/20, 54/54, 11/11,
# 10/11, 11/11, 11/11; the 340 texts 335/340, 876/928, 173/187, 142/157, 171/173, 172/173; with round 9b's
# geocoder rules (placed) 144/157.
FLOORS_R9 = {"accepted": 1.0, "tallies": 1.0, "found": 1.0, "placed": 0.909, "counts": 1.0, "control": 1.0}
FLOORS_340 = {"accepted": 0.994, "tallies": 0.943, "found": 0.973, "placed": 0.933, "counts": 0.994,
              "control": 0.994}
# Round 9b (Arabic reader): 6 Arabic tune texts (round 9arb-tune: a February 2025 restatement, the first half of
# 2017, the coalition's victims since 2014, children of an eleven-day range, a Children's Day statement, the 2017
# annual), answers committed before any code ran on them: unseen 5/6, 10/13 (no incident to find; one extra);
# after round 9b's rules 6/6, 10/10, no extra. The 346 texts, all rules
# merged: 341/346, 886/938, 173/187, 144/157, 171/173, 172/173.
FLOORS_R9ARB = {"accepted": 1.0, "tallies": 1.0}
FLOORS_346 = {"accepted": 0.994, "tallies": 0.944, "found": 0.973, "placed": 0.933, "counts": 0.994,
              "control": 0.994}
# Round 10 (test batch): 20 unseen texts (round = 10, all held out: 10 English, 10 Arabic, 2012-2025), gathered
# and answered before round 9's last rules were merged, measured once on the merged code: 15/20, 20/31, 4/9,
# 1/4, 1/4, 4/4 (docs/corpus.md, "Round 10 (test batch)", Figures). The 366 texts: 356/366, 906/969, 177/196,
# 145/161, 172/177, 176/177.
# After the measurement, rules from the batch's Arabic misses (branch found10ar: 17/20, 23/26, 7/9, 5/7, 6/7,
# 7/7) and from its English misses (branch found10en, section "round 10 (test batch), after its measurement"
# below: 18/20, 23/32, 6/9, 2/5, 4/6, 6/6); round 10 is tuned from here on. Both merged (with geo10's
# geocoder rules): 20/20, 26/27, 9/9, 7/8, 9/9, 9/9; the 366 texts 361/366, 912/965, 182/196,
# 151/165, 180/182, 181/182.
FLOORS_R10 = {"accepted": 1.0, "tallies": 0.962, "found": 1.0, "placed": 0.875, "counts": 1.0, "control": 1.0}
FLOORS_366 = {"accepted": 0.994, "tallies": 0.945, "found": 0.974, "placed": 0.931, "counts": 0.994,
              "control": 0.994}
# Round 11 (test batch): 14 unseen texts (round = 11, all held out: 6 English, 8 Arabic, 2012-2024), gathered
# and answered before rounds 9-10's last rules were merged, measured once on the merged code: 11/14, 20/26,
# 1/11, 1/1, 1/1, 1/1 (docs/corpus.md, "Round 11 (test batch)", Figures). The 380 texts: 372/380, 932/991,
# 183/207, 152/166, 181/183, 182/183.
# After rules from its English misses (branch found11en, section "round 11 (test batch), after its measurement"
# below): 12/14, 20/26, 4/11, 2/4, 4/4, 4/4; the 380 texts 373/380, 932/991, 186/207, 153/169, 184/186,
# 185/186. "placed" is the one rate that fell, with no item lost: the two newly found incidents are placed by
# the geocoder where their sentence rows already miss (Tamanaa in al-Ghab at Tumine C3044, g345; al-Balat of
# Aleppo's Old City at the village Balat C2129, g347). With the geocoder's round-11 rules merged (branch geo11)
# both are placed right: round 11 4/4 placed; the 380 texts 155/169.
# After the rules written from round 11's Arabic misses (round 11 is tuned from here on; branch found11ar,
# docs/corpus.md "Round 11 (test batch)", "After the measurement"): round 11 13/14, 24/24, 5/11, 5/5, 5/5, 5/5;
# the 380 texts 374/380, 936/989, 187/207, 156/170, 185/187, 186/187 (two extra figures no longer read).
# Both merged (with geo11): round 11 14/14, 24/24, 8/11, 8/8, 8/8, 8/8; the 380 texts 375/380, 936/989,
# 190/207, 159/173, 188/190, 189/190. With the general English finder (branch narrate, geo/report/narration.py:
# the militia's two youths in Tamanaa): round 11 found 9/11, placed 9/9; the 387 texts found 202/227.
# With the Arabic narration finder (branch arnarr): round 11 found 11/11.
FLOORS_R11 = {"accepted": 1.0, "tallies": 1.0, "found": 1.0, "placed": 1.0, "counts": 1.0, "control": 1.0}
FLOORS_380 = {"accepted": 0.994, "tallies": 0.946, "found": 0.975, "placed": 0.935, "counts": 0.995,
              "control": 0.995}
# Round 12 (test batch): 7 unseen texts (round = 12, all held out: 2 English, 5 Arabic), measured once on the
# code with every rule of this stop merged: 6/7, 2/2, 11/20, 8/11, 10/11, 11/11 (docs/corpus.md, "Round 12 (test
# batch)", Figures). The 387 texts: 381/387, 938/991, 201/227, 167/184, 198/201, 200/201.
# After the measurement (branch arleft, rules from its misses; round 12 is tuned for them from here on):
# 7/7, 2/2, 20/20, 18/20, 19/20, 20/20; the 387 texts: 382/387, 938/990, 215/227, 182/198, 212/215, 214/215.
FLOORS_R12 = {"accepted": 1.0, "tallies": 1.0, "found": 1.0, "placed": 0.9, "counts": 0.95, "control": 1.0}
# Both merged (narrate and arleft): round 11 found 10/11; the 387 texts 382/387, 938/990, 216/227, 183/199,
# 213/216, 215/216.
FLOORS_387 = {"accepted": 0.994, "tallies": 0.947, "found": 0.977, "placed": 0.931, "counts": 0.99,
              "control": 0.995}
# Round 13 (test batch): 22 unseen texts (round = 13, all held out: 8 English, 14 Arabic), measured once on the
# code with every rule of this stop merged (narrate, arleft, quarters): 18/22, 31/53, 5/16, 2/5, 3/5, 5/5
# (docs/corpus.md, "Round 13 (test batch)", Figures). The 409 texts: 400/409, 969/1043, 221/243, 185/204,
# 216/221, 220/221.
# After the measurement (branch fix13en, rules from its English misses; round 13 is tuned for them from here on):
# 20/22, 34/52, 7/16, 6/7, 5/7, 7/7. The 409 texts: 402/409, 972/1042, 223/243, 189/206, 218/223, 222/223.
# After the measurement (branch fix13ar, Arabic rules from its misses; round 13 is tuned from here on): 20/22,
# 42/49, 8/16, 5/7, 8/8, 8/8; the 409 texts: 403/409, 980/1039, 224/243, 188/206, 221/224, 223/224.
# Both merged: 22/22, 45/48, 10/16, 9/9, 10/10, 10/10; the 409 texts: 405/409, 983/1038, 226/243, 192/208,
# 223/226, 225/226.
# Arabic narration finder (branch arnarr, geo/report/arabic_narration.py): round 13 found 11/16; the 409 texts
# found 229/243, placed 195/211, counts 226/229, control 228/229.
# Round 14 (party tallies, general grammar; branch party): the 409 texts' tallies 997/1037 (tune 630/633, held out
# 367/404; English 451/470, Arabic 546/567); no item right before turned wrong.
# Both merged (arnarr and party): round 13 22/22, 45/48, 11/16, 10/10, 11/11, 11/11; the 409 texts 405/409,
# 997/1037, 229/243, 195/211, 226/229, 228/229.
# Round 14 (geocoder, general rules; docs/corpus.md): placed 193/208 (the villages of a list, en-2014-09-press-01).
# All three merged (arnarr, party, geogen): round 13 as above; the 409 texts 405/409, 997/1037, 229/243,
# 196/211, 226/229, 228/229; sentence geocoding 312/332.
# (found25: round 13 found 13/16, placed 10/10, counts 13/13, control 13/13)
# (stop 40, tallies40: tallies 45/48 -> 45/47, a medical count of detainees gone)
FLOORS_R13 = {"accepted": 1.0, "tallies": 0.957, "found": 0.812, "placed": 1.0, "counts": 1.0, "control": 1.0}
FLOORS_409 = {"accepted": 0.995, "tallies": 0.961, "found": 0.967, "placed": 0.934, "counts": 0.991,
              "control": 0.995}
# Round 14 (test batch): 18 unseen texts (round = 14, all held out: 6 English, 12 Arabic), measured once on the
# code with every branch of this stop merged (arnarr, party, geogen, geospeed, pages2): 18/18, 12/32, 6/12, 5/6,
# 6/6, 6/6; sentence geocoding 10/12 (docs/corpus.md, "Round 14 (test batch)", Figures). The 427 texts: 423/427,
# 1009/1069, 235/255, 201/217, 232/235, 234/235; sentence geocoding 322/344.
# After rules from its English misses (branch fix14en, section "round 14 (test batch), after its measurement"): round
# 14 18/18, 18/31 (English 13/13), 6/12, 5/6, 6/6, 6/6; the 427 texts' tallies 1016/1068 (others unchanged).
# After the measurement, Arabic incidents (fix14ar; round 14 tuned for them from here on): round 14 found 12/12,
# placed 11/12, counts 12/12, control 12/12; the 427 texts found 241/255, placed 207/223, counts 238/241, control 240/241.
# After the measurement (branch fix14art, Arabic tallies from its misses; round 14 is tuned for them from here on):
# round 14 tallies 16/23 (Arabic 9/9; the 9 other-period figures no longer read are no items); the 427 texts' tallies
# 1014/1060, 3 fewer incidents the answers do not have.
# All merged (fix14en, fix14ar, fix14art, gaps15): round 14 18/18, 22/22, 12/12, 11/12, 12/12, 12/12; the 427 texts
# 423/427, 1021/1059, 241/255, 207/223, 238/241, 240/241 (held out: 199/202, 391/426, 125/135, 112/120).
FLOORS_R14 = {"accepted": 1.0, "tallies": 1.0, "found": 1.0, "placed": 0.916, "counts": 1.0, "control": 1.0}
FLOORS_427 = {"accepted": 0.995, "tallies": 0.964, "found": 0.968, "placed": 0.933, "counts": 0.991,
              "control": 0.995}
# Round 15 (test batch): 20 unseen texts (round = 15, all held out: 9 English, 11 Arabic), measured once on the
# code with every branch of this stop merged (the five above, fix14en, fix14ar, fix14art, gaps15): 16/20, 15/38,
# 5/11, 4/5, 4/5, 4/5; sentence geocoding 10/11 (docs/corpus.md, "Round 15 (test batch)", Figures). The 447 texts:
# 439/447, 1036/1097, 246/266, 211/228, 242/246, 244/246; sentence geocoding 333/355.
# After rules from its English misses (branch fix15en, section "round 15 (test batch), after its measurement"; round 15
# tuned for them from here on): round 15 19/20, 15/38, 7/11, 7/7, 7/7, 7/7 (English 9/9, found 6/6); the 447 texts
# 443/447, 1036/1097, 248/266, 214/230, 245/248, 247/248.
# After the measurement, fix15ar (round 15's Arabic misses; round 15 tuned for them from then on): round 15 17/20,
# 35/35, 8/11, 7/8, 7/8, 7/8; the 447 texts 440/447, 1056/1094, 249/266, 214/231, 245/249, 247/249.
# Both merged (fix15en and fix15ar): round 15 20/20, 35/35, 10/11, 10/10, 10/10, 10/10; the 447 texts 444/447,
# 1056/1094, 251/266, 217/233, 248/251, 250/251 (held out: 220/222, 426/461, 135/146, 122/130).
FLOORS_R15 = {"accepted": 1.0, "tallies": 1.0, "found": 0.909, "placed": 1.0, "counts": 1.0, "control": 1.0}
FLOORS_447 = {"accepted": 0.995, "tallies": 0.965, "found": 0.966, "placed": 0.936, "counts": 0.992,
              "control": 0.996}
# Round 16 (test batch): 13 unseen texts (round = 16, all held out: 7 English, 6 Arabic), measured once on the
# code with every branch of this stop merged: 13/13, 31/45, 3/4, 2/3, 2/3, 3/3; sentence geocoding 3/4
# (docs/corpus.md, "Round 16 (test batch)", Figures). The 460 texts: 457/460, 1087/1139, 254/270, 219/236, 250/254,
# 253/254; sentence geocoding 337/359.
# After the measurement, fix16ar (round 16's Arabic misses; round 16 tuned for them from then on): round 16 13/13,
# 34/45, 4/4, 3/4, 4/4, 4/4 (Arabic tallies 16/16); the 460 texts 457/460, 1090/1139, 255/270, 220/237, 252/255, 254/255.
# After rules from its English misses (branch fix16en, section "round 16 (test batch), after its measurement"; round 16
# tuned for them from here on): round 16 13/13, 38/44, 3/4, 2/3, 2/3, 3/3 (English tallies 25/28); the 460 texts
# 457/460, 1094/1138, 254/270, 219/236, 250/254, 253/254; incidents the answers do not have 14 -> 10.
# Both merged (fix16ar and fix16en): round 16 13/13, 41/44, 4/4, 3/4, 4/4, 4/4; the 460 texts 457/460, 1097/1138,
# 255/270, 220/237, 252/255, 254/255 (held out: 233/235, 467/505, 139/150, 125/134); 10 incidents the answers lack.
FLOORS_R16 = {"accepted": 1.0, "tallies": 0.931, "found": 1.0, "placed": 0.75, "counts": 1.0, "control": 1.0}
FLOORS_460 = {"accepted": 0.995, "tallies": 0.963, "found": 0.966, "placed": 0.937, "counts": 0.992,
              "control": 0.996}
# Round 17 (test batch): 9 unseen texts (round = 17, all held out: 4 English, 5 Arabic), measured once on the final
# code of this stop: 9/9, 5/8, 2/6, 1/2, 1/2, 1/2; sentence geocoding 4/6 (docs/corpus.md, "Round 17 (test batch)").
# The 469 texts: 466/469, 1102/1146, 257/276, 221/239, 253/257, 255/257.
# After the measurement, fix17 (rules from round 17's misses; round 17 tuned for them from here on): round 17 9/9,
# 6/6, 6/6, 4/6, 4/6, 4/6 (the incidents newly found bring places, counts and controls still missed); the 469 texts
# 466/469, 1103/1144, 261/276, 224/243, 256/261, 258/261; incidents the answers do not have 14 -> 11.
FLOORS_R17 = {"accepted": 1.0, "tallies": 1.0, "found": 1.0, "placed": 0.666, "counts": 0.666, "control": 0.666}
FLOORS_469 = {"accepted": 0.995, "tallies": 0.964, "found": 0.967, "placed": 0.939, "counts": 0.988,
              "control": 0.992}
# Round 18 (test batch): 10 unseen texts (round = 18, all held out: 3 English, 7 Arabic), measured once on the final
# code of this stop (fix17 merged): 10/10, 2/2, 3/3, 2/3, 3/3, 2/3; sentence geocoding 3/3 (docs/corpus.md, "Round 18
# (test batch)"). The 479 texts: 476/479, 1105/1146, 264/279, 226/246, 259/264, 260/264.
# After the measurement (a part of a town, "في الحي الشمالي من مدينة X", is no home; round 18 tuned for it from
# here on): round 18 placed 3/3; the 479 texts placed 227/246.
FLOORS_R18 = {"accepted": 1.0, "tallies": 1.0, "found": 1.0, "placed": 1.0, "counts": 1.0, "control": 0.666}
FLOORS_479 = {"accepted": 0.995, "tallies": 0.964, "found": 0.967, "placed": 0.94, "counts": 0.988,
              "control": 0.988}
# Round 19 (test batch): 18 unseen texts (round = 19, all held out: 9 English, 9 Arabic), measured once by the lead on
# main: 13/18, 3/14, 7/9, 3/6, 4/7, 7/7; sentence geocoding 4/7; 5 incidents the answers do not have
# (/work/issues/r19_measured.txt; docs/corpus.md, "Round 19 (test batch)"). The 497 texts: 489/497, 1108/1160,
# 271/288, 230/252, 263/271, 267/271.
# After the measurement, fix19en (rules from round 19's English misses; round 19 tuned for them from here on): round
# 19 17/18, 9/20, 7/9, 3/6, 5/7, 7/7 (English 9/9, 6/6, 2/2, 1/2, 2/2, 2/2); the 497 texts 493/497, 1114/1166,
# 271/288, 230/252, 264/271, 267/271; incidents the answers do not have 21 -> 17 (round 19: 5 -> 1).
# Then fix19ar (rules from round 19's Arabic misses) and the lead's merge: round 19 18/18, 12/12, 9/9, 5/7, 9/9, 9/9;
# the 497 texts 494/497, 1117/1158, 273/288, 232/253, 268/273, 269/273; incidents the answers do not have 16 (round
# 19: 0). No item right before either branch turned wrong (`--failures` compared item by item).
FLOORS_R19 = {"accepted": 1.0, "tallies": 1.0, "found": 1.0, "placed": 0.714, "counts": 1.0, "control": 1.0}
FLOORS_497 = {"accepted": 0.995, "tallies": 0.964, "found": 0.968, "placed": 0.941, "counts": 0.989,
              "control": 0.989}
# Round 20 (18 texts: the test batch, index.csv round = 20), measured once on main: 17/18, 25/30, 15/17, 11/13, 13/15,
# 13/15; the 515 texts 511/515, 1142/1188, 288/305, 243/266, 281/288, 282/288; incidents the answers do not have 22.
# After the measurement, fix20misc (rules from round 20's English misses and Arabic tallies; round 20 tuned for them
# from here on): round 20 18/18, 25/26, 15/17, 11/13, 13/15, 13/15; the 515 texts 512/515, 1142/1183, 288/305,
# 243/266, 281/288, 282/288; incidents the answers do not have 21. No item right before turned wrong.
# Then fix20inc (rules from round 20's Arabic incidents) and the lead's merge: round 20 18/18, 25/26, 17/17, 12/14,
# 17/17, 17/17; the 515 texts 512/515, 1142/1183, 290/305, 244/267, 285/290, 286/290; incidents the answers do not
# have 17 (round 20: 1). No item right before either branch turned wrong (`--failures` compared item by item).
# After fix32 (killed inside his house, in his home village: ar-2025-09-news-20): round 20 placed 13/14.
FLOORS_R20 = {"accepted": 1.0, "tallies": 0.961, "found": 1.0, "placed": 0.928, "counts": 1.0, "control": 1.0}
FLOORS_515 = {"accepted": 0.996, "tallies": 0.965, "found": 0.97, "placed": 0.94, "counts": 0.989,
              "control": 0.989}
# Round 21 (20 texts: the test batch, index.csv round = 21), measured once on main: 17/20, 12/22, 9/14, 8/8, 8/9, 9/9;
# the 535 texts 529/535, 1154/1205, 299/319, 252/275, 293/299, 295/299; incidents the answers do not have 21.
# After the measurement, fix21en (rules from round 21's English misses; round 21 tuned for them from here on): round
# 21 18/20, 14/22, 9/14, 8/8, 8/9, 9/9; the 535 texts 530/535, 1156/1205, 299/319, 252/275, 293/299, 295/299;
# incidents the answers do not have 20. No item right before turned wrong (`--failures` compared item by item).
# Then fix21ar (rules from round 21's Arabic misses) and the lead's merge: round 21 20/20, 29/29, 14/14, 10/10, 14/14,
# 14/14; the 535 texts 532/535, 1171/1212, 304/319, 254/277, 299/304, 300/304; incidents the answers do not have 17
# (round 21: 0). No item right before either branch turned wrong (`--failures` compared item by item).
FLOORS_R21 = {"accepted": 1.0, "tallies": 1.0, "found": 1.0, "placed": 1.0, "counts": 1.0, "control": 1.0}
FLOORS_535 = {"accepted": 0.996, "tallies": 0.966, "found": 0.971, "placed": 0.943, "counts": 0.99,
              "control": 0.99}
# Round 22 (16 texts: the test batch, index.csv round = 22), measured once on main: 14/16, 2/4, 7/10, 1/7, 5/7, 6/7;
# the 551 texts 546/551, 1173/1216, 311/329, 255/284, 304/311, 306/311; incidents the answers do not have 20.
# After the measurement, fix22en (rules from round 22's English misses; round 22 tuned for them from here on): round
# 22 16/16, 2/3, 7/10, 2/7, 5/7, 6/7; the 551 texts 548/551, 1173/1215, 311/329, 256/284, 304/311, 306/311;
# incidents the answers do not have 18. No item right before turned wrong (`--failures` compared item by item).
# With fix22ar merged (rules from round 22's Arabic misses): round 22 16/16, 3/3, 8/10, 5/8, 8/8, 8/8; the 551 texts
# 548/551, 1174/1215, 312/329, 259/285, 307/312, 308/312; incidents the answers do not have 17.
FLOORS_R22 = {"accepted": 1.0, "tallies": 1.0, "found": 0.8, "placed": 0.625, "counts": 1.0, "control": 1.0}
FLOORS_551 = {"accepted": 0.996, "tallies": 0.966, "found": 0.966, "placed": 0.941, "counts": 0.99,
              "control": 0.99}
# Round 23 (15 texts: the test batch, index.csv round = 23), measured once on main: 15/15, 2/12, 11/19, 6/10, 8/11,
# 10/11; incidents the answers do not have 5 (the 566 texts 563/566, 1176/1227, 323/348, 265/295, 315/323, 318/323; 22).
# After the measurement, fix23en (rules from round 23's English misses; round 23 tuned for them from here on): round
# 23 15/15, 3/6, 12/19, 8/11, 10/12, 11/12; the 566 texts 563/566, 1177/1221, 324/348, 267/296, 317/324, 319/324;
# incidents the answers do not have 21. No item right before turned wrong (`--failures` compared item by item).
# With fix23ar merged too (rules from round 23's Arabic misses): round 23 15/15, 3/5, 13/19, 9/12, 13/13, 12/13; the
# 566 texts 563/566, 1177/1220, 325/348, 268/297, 320/325, 320/325; incidents the answers do not have 19.
# (found25: round 23 found 16/19, placed 12/15, counts 16/16, control 15/16)
# (fix39: SNHR's national day toll "في مختلف أنحاء سوريا" read as one placeless incident: round 23 found 17/19, 0.894)
FLOORS_R23 = {"accepted": 1.0, "tallies": 0.6, "found": 0.894, "placed": 0.8, "counts": 1.0, "control": 0.937}
FLOORS_566 = {"accepted": 0.996, "tallies": 0.964, "found": 0.962, "placed": 0.94, "counts": 0.991,
              "control": 0.988}

# Round 24 (12 unseen texts, the test batch), measured once by the lead on main at 907c414: accepted 10/12, tallies
# 7/8, found 2/9, placed 1/2, counts 2/2, control 2/2; incidents the answers do not have 1. After the measurement,
# fix24en and fix24ar (round 24 tuned for them from here on): round 24 11/12, 9/9, 4/9, 3/4, 4/4, 4/4; the 578 texts
# 574/578, 1186/1229, 329/357, 271/301, 324/329, 324/329; incidents the answers do not have 19. No item right
# before turned wrong (`--failures` compared item by item).
# found25 (incidents missed on unseen texts, by form; docs/corpus.md), rebased on main after fix25en: round 24 11/12,
# 9/9, 6/9, 4/6, 6/6, 6/6; the 578 texts 574/578, 1186/1229, 338/357, 277/308, 333/338, 333/338; incidents the answers
# do not have 18 on the 597. No item right before turned wrong (`--failures` compared item by item). (fix25en found
# en-2017-05-news-24 and placed it at a look-alike, a gazetteer gap, leaving round 24's and the 578's placed floors to
# the lead, failing on main at 3/5 and 271/302: they are set here to the measured 4/6 and 277/308.)
# (found40: found 8/9, placed 7/8, counts 8/8, control 8/8: en-2015-07-news-24's undated strike on SNHR's word)
FLOORS_R24 = {"accepted": 0.916, "tallies": 1.0, "found": 0.888, "placed": 0.875, "counts": 1.0, "control": 1.0}
FLOORS_578 = {"accepted": 0.996, "tallies": 0.965, "found": 0.957, "placed": 0.938, "counts": 0.991, "control": 0.988}
# Round 25 (19 unseen texts: 9 Arabic, 10 English, 8 of them Airwars incident pages quoting SNHR), measured once by the
# lead on main at 360d5df (stop 32's rules): accepted 14/19, tallies 0/2, found 11/19, placed 9/10, counts 6/11, control
# 11/11; incidents the answers do not have 3. After fix25ar, fix25en and found25 (round 25 tuned for them from here on):
# 19/19, 0/1, 17/19, 16/16, 17/17, 17/17, none the answers lack; the 597 texts 593/597, 1186/1230, 355/376, 293/324,
# 350/355, 350/355. (Round 25's one tally, SNHR's medical count coded as another period's by its answer against the
# convention of three others, gets no floor of 0.)
FLOORS_R25 = {"accepted": 1.0, "found": 0.894, "placed": 1.0, "counts": 1.0, "control": 1.0}
FLOORS_597 = {"accepted": 0.996, "tallies": 0.964, "found": 0.957, "placed": 0.942, "counts": 0.991, "control": 0.988}
# Round 26 (19 unseen texts: 12 Arabic, 7 English), measured once by the lead on main at 50967d3 (this session's rules:
# fix25ar/en, found25, names25): accepted 15/19, found 11/17, placed 6/10, counts 7/11, control 9/11 (no month tally
# stated); incidents the answers do not have 3. After fix26en and fix26ar (round 26 tuned for them from here on): 18/19,
# 16/17, 13/15, 16/16, 16/16, one the answers lack; the 616 texts 611/616, 1186/1230, 371/393, 306/339, 366/371,
# 366/371. No item right before turned wrong (`--failures` compared item by item at every merge).
FLOORS_R26 = {"accepted": 0.947, "found": 0.941, "placed": 0.866, "counts": 1.0, "control": 1.0}
FLOORS_616 = {"accepted": 0.995, "tallies": 0.964, "found": 0.956, "placed": 0.938, "counts": 0.992, "control": 0.989}
# Round 27 (16 unseen texts: 8 Arabic, 8 English), measured once by the lead on main at be03203 (this session's final
# rules, rounds 25 and 26 tuned): accepted 13/16, tallies 0/5, found 4/13, placed 1/4, counts 3/4, control 4/4; incidents
# the answers do not have 6. After fix27en and fix27ar (round 27 tuned for them from here on): 14/16, 0/1, 7/13, 6/7,
# 7/7, 7/7, none the answers lack; the 632 texts 625/632, 1186/1231, 378/406, 312/346, 373/378, 373/378. (Two Arabic texts
# tell only undated incidents, which the model cannot hold; round 27's one tally, a late restatement of a month's media
# count, is coded both ways by the answers and gets no floor of 0.)
# (fix39: "قتلت أيضا المدني ..." - "also" between the verb and its victim - read: round 27 found 10/13, 0.769)
FLOORS_R27 = {"accepted": 0.875, "found": 0.769, "placed": 0.857, "counts": 1.0, "control": 1.0}
FLOORS_632 = {"accepted": 0.993, "tallies": 0.963, "found": 0.95, "placed": 0.937, "counts": 0.992, "control": 0.989}
# Round 28 (11 unseen texts: 7 Arabic, 4 English), measured once by the lead on main at e305842 (every rule of this
# session, round 27's included, and the border village): accepted 7/11, no month tally stated, found 6/8, placed 4/6,
# counts 4/6, control 5/6; incidents the answers do not have 5. Not tuned (the session ended): these floors are the
# measured rates; the 643 texts 632/643, 1186/1231, 384/414, 317/352, 377/384, 378/384.
# After fix28 (round 28 tuned for it from here on; merged with main at d83f5c0, undated and fix29 included): 11/11, 7/8,
# 6/7, 7/7, 7/7, none the answers lack; the 643 texts 638/643, 1186/1231, 389/414, 323/356, 385/389, 385/389.
FLOORS_R28 = {"accepted": 1.0, "found": 0.875, "placed": 0.857, "counts": 1.0, "control": 1.0}
FLOORS_643 = {"accepted": 0.993, "tallies": 0.963, "found": 0.949, "placed": 0.935, "counts": 0.992, "control": 0.989}
# Round 29 (16 unseen texts: 10 Arabic, 6 English), measured once by the lead on main at c0824db (stop 33's final
# rules): accepted 8/16, no month tally stated, found 1/11, placed 1/1, counts 1/1, control 1/1; none the answers lack
# (seven texts of period totals refused, a day's toll by governorate not read). These floors are the measured rates; the
# 659 texts 640/659, 1186/1231, 385/425, 318/353, 378/385, 379/385.
# After fix29tot, fix29inc (with undated: a day's toll listed by place in an undated text) and fix28 (round 29 tuned
# for them from here on): 16/16, 11/11, 11/11, 11/11, 11/11, none the answers lack.
FLOORS_R29 = {"accepted": 1.0, "found": 1.0, "placed": 1.0, "counts": 1.0, "control": 1.0}
# After fix28 (merged with main at d83f5c0): the 659 texts 654/659, 1186/1231, 400/425, 334/367, 396/400, 396/400
# (round 29 unchanged by fix28's rules).
FLOORS_659 = {"accepted": 0.993, "tallies": 0.963, "found": 0.95, "placed": 0.937, "counts": 0.992, "control": 0.99}
# Round 30 (10 unseen texts: 6 Arabic, 4 English), measured once by the lead on main at 995db25 (this session's rules:
# fix28, fix29tot, fix29inc, undated): accepted 9/10, tallies 2/5, found 3/5, placed 2/3, counts 3/3, control 3/3; one
# incident the answers lack. These floors are the measured rates; the 669 texts 663/669, 1188/1236, 403/430, 336/370,
# 399/403, 399/403.
# After fix30 (round 30's misses, then held-out leftovers; round 30 tuned for from here on): round 30 10/10, 5/5, 5/5,
# 4/4, 5/5, 5/5, one incident the answers lack (Al Jazeera's Tal Rifaat count: see docs/corpus.md); the 669 texts
# 664/669, 1199/1236, 405/430, 338/371, 401/405, 401/405.
FLOORS_R30 = {"accepted": 1.0, "tallies": 1.0, "found": 1.0, "placed": 1.0, "counts": 1.0, "control": 1.0}
FLOORS_669 = {"accepted": 0.994, "tallies": 0.97, "found": 0.951, "placed": 0.938, "counts": 0.992, "control": 0.99}
# Round 31 (10 unseen texts: 7 Arabic, 3 English), measured once by the lead on main at 9bcddd3 (this session's rules,
# round 30's measured but not yet tuned): accepted 7/10, no month tally stated, found 1/3, placed 0/1, counts 0/1, control
# 1/1; none the answers lack. These floors are the measured rates; the 679 texts 670/679, 1188/1236, 404/433, 336/371,
# 399/404, 400/404. (Its one placed and one counts item, both missed, get no floor of 0.)
# After fix31 (its rules: docs/corpus.md, "Round 31 (test batch), after the measurement: fix31"): accepted 10/10, found
# 3/3, placed 2/3, counts 3/3, control 3/3; the 679 texts 673/679, 1188/1236, 406/433, 338/373, 402/406, 402/406.
FLOORS_R31 = {"accepted": 1.0, "found": 1.0, "placed": 0.666, "counts": 1.0, "control": 1.0}
# With fix30 merged too (round 30's rules and the held-out Arabic month tallies): the 679 texts 674/679, 1199/1236,
# 408/433, 340/374, 404/408, 404/408.
FLOORS_679 = {"accepted": 0.994, "tallies": 0.97, "found": 0.951, "placed": 0.936, "counts": 0.992, "control": 0.99}
# Round 32 (4 unseen texts: 3 Arabic, 1 English; gathered by a helper cut off before committing, answers checked by the
# lead by reading), measured once on main at c09dc8b (fix30 and fix31 merged): accepted 4/4, no month tally stated, found
# 6/7, placed 6/6, counts 6/6, control 6/6; two incidents the answers lack. These floors are the measured rates; with
# geo32's geocoder rules the 683 texts 678/683, 1199/1236, 414/440, 347/380, 410/414, 410/414.
# After fix32 (its rules: docs/corpus.md, "Round 32 (test batch), after the measurement: fix32"): accepted 4/4, found
# 7/7, placed 7/7, counts 7/7, control 7/7, none the answers lack; the 683 texts 678/683, 1199/1236, 415/440, 349/381,
# 411/415, 411/415 (incidents the answers do not have 22 -> 20).
FLOORS_R32 = {"accepted": 1.0, "found": 1.0, "placed": 1.0, "counts": 1.0, "control": 1.0}
FLOORS_683 = {"accepted": 0.994, "tallies": 0.97, "found": 0.952, "placed": 0.937, "counts": 0.992, "control": 0.99}
# Round 33 (8 unseen texts: 3 Arabic, 5 English, four of them Airwars pages), measured once by the lead on main at
# a3341eb (geo32 merged, before fix32): accepted 6/8, no month tally stated, found 1/5, placed 1/1, counts 1/1, control
# 1/1; three incidents the answers lack. These floors are the measured rates; the 691 texts 684/691, 1199/1236,
# 415/445, 348/381, 411/415, 411/415.
# After fix33 (SNHR's accusation of a massacre is its blame; SNHR's own sentence opening an Airwars assessment; SNHR's
# figure told with its own sentence; a truce's days are no incident's; the Shaneina camp sourced): round 33 accepted
# 8/8, found 5/5, placed 5/5, counts 5/5, control 5/5, no incident the answers lack; the 691 texts 686/691 (0.9928),
# 1199/1236, 419/445 (0.9416), 352/385 (0.9143), 415/419, 415/419.
FLOORS_R33 = {"accepted": 1.0, "found": 1.0, "placed": 1.0, "counts": 1.0, "control": 1.0}
FLOORS_691 = {"accepted": 0.994, "tallies": 0.97, "found": 0.952, "placed": 0.938, "counts": 0.992, "control": 0.99}
# Round 34 (11 unseen texts: 6 Arabic, 5 English), measured once by the lead on main at e0b34c1 (fix32 merged, before
# fix33): accepted 9/11, tallies 5/14, found 6/17, placed 3/5, counts 5/6, control 6/6; none the answers lack. These
# floors are the measured rates; the 702 texts 693/702, 1204/1250, 422/462, 353/387, 417/422, 418/422.
# With fix34 (round 34's rules: day-toll lists by governorate, the 2015-16 English monthlies' party figures, two false
# tallies, the Ghouta toll retold, SNHR's count-less massacre): round 34 accepted 11/11, tallies 12/12, found 17/17,
# placed 16/16, counts 17/17, control 17/17; the 702 texts 695/702, 1211/1248, 433/462, 366/398, 429/433, 429/433.
FLOORS_R34 = {"accepted": 1.0, "tallies": 1.0, "found": 1.0, "placed": 1.0, "counts": 1.0, "control": 1.0}
FLOORS_702 = {"accepted": 0.994, "tallies": 0.97, "found": 0.954, "placed": 0.94, "counts": 0.993, "control": 0.99}
# Rounds 35 (10 unseen texts: 6 Arabic, 4 English) and 36 (11: 6 Arabic, 5 English), measured once by the lead on
# the final reader of stop 35 (main at 23c88d3: fix32, fix33, fix34, geo36 and names35 merged): round 35 accepted 6/10,
# tallies 0/6, found 1/6, placed 0/1, counts 0/1, control 1/1, two incidents the answers lack; round 36 accepted 8/11, no
# month tally stated, found 3/23, placed 1/3, counts 1/3, control 3/3, eight incidents the answers lack. These floors are
# the measured rates (no floor of 0); the 723 texts 711/723, 1211/1254, 441/491, 375/406, 434/441, 437/441.
# After fix3536 (English day tolls by governorate, "killed 50 in Aleppo, 15 in Homs, ..., three each in Daraa and
# Deir-ez Zor"): round 36 found 21/23 (0.913), placed 19/21 (0.905), counts 19/21, control 21/21; the 723 texts
# 711/723, 1211/1254, 459/491 (0.9348), 393/424 (0.9269), 452/459 (0.9847), 455/459 (0.9913). With the anniversary
# massacre's toll told after, naming it back ("فإن المجزرة ... وبلغ عدد الضحايا الموثقين 200 شخص"): round 35 counts
# 1/1, round 36 counts 20/21 (0.952), the 723 texts' counts 454/459 (0.9891). With an outlet's own killing refused
# (its correspondent's count, SNHR named without a figure): round 35 accepted 7/10, round 36 9/11 (0.818), the 723
# texts 713/723 (0.9862). With SNHR quoted only for damage refused (en-2019-07-refuse-36): round 36 accepted 10/11
# (0.909), the 723 texts 714/723 (0.9875).
# fix55 (round 55, after its measurement): accepted 8/10, found 2/6
FLOORS_R35 = {"accepted": 0.8, "found": 0.333, "counts": 1.0, "control": 1.0}
# refar (a count of victims documented by name, "توثيق 9 أسماء لضحايا", at the town its aside places): round 36 accepted
# 11/11, found 22/23 (0.9565), placed 20/22 (0.9091), counts 21/22 (0.9545), control 22/22.
FLOORS_R36 = {"accepted": 1.0, "found": 0.956, "placed": 0.909, "counts": 0.954, "control": 1.0}
# geo37 (geocoder: a town's badiya near the town; al-Shannan, Bala, Fnaijin sourced): placed 393/424 -> 398/424 (0.9387).
# fix39 (the corpus's remaining misses): SNHR's national day toll (ar-2014-10-daily-23) and a place's toll "in Douma
# city alone since the beginning of the ... campaign on 5 February" with its civilians split off (en-2015-02-news-01):
# found 461/491 (0.9389), placed 394/425 (0.9270), counts 456/461 (0.9891), control 457/461 (0.9913). With "also"
# between an Arabic verb and its victim (ar-2023-01-news-27) and a settlement's desert placed at the settlement
# (en-2020-12-news-01): found 462/491 (0.9409), placed 395/426 (0.9272), counts 457/462, control 458/462 (0.9913).
# geo37 and fix39 merged: found 462/491 (0.9409), placed 399/426 (0.9366: fix39's al-Tarwaziya is found, not placed,
# a gazetteer gap).
# fix55 (round 55, after its measurement): accepted 715/723, found 463/491
FLOORS_723 = {"accepted": 0.991, "tallies": 0.965, "found": 0.947, "placed": 0.937, "counts": 0.991, "control": 0.991}
# Rounds 37 (13 Arabic texts) and 38 (13 English), unseen test batches, measured once on stop 35's final reader
# (/work main 85bfacf): round 37 accepted 11/13, found 2/5, placed 2/2, counts 1/2, control 2/2; round 38 accepted
# 12/13, tallies 2/6, found 3/4, placed 1/3, counts 1/3, control 3/3. The 749 texts: accepted 737/749 (0.9840),
# tallies 1213/1260 (0.9627), found 464/500 (0.928), placed 396/429 (0.9231), counts 456/464 (0.9828), control
# 460/464 (0.9914).
# fix3740 (rounds 37-40 after their measurement): round 37 accepted 13/13, found 4/5, placed 4/4, counts 4/4, control 4/4.
FLOORS_R37 = {"accepted": 1.0, "found": 0.8, "placed": 1.0, "counts": 1.0, "control": 1.0}
# fix3740: round 38 counts 2/3 (Daraa's 11 with its 4 children).
# (fixen raised tallies 2/2)
FLOORS_R38 = {"accepted": 0.923, "tallies": 1.0, "found": 0.75, "placed": 0.333, "counts": 0.666, "control": 1.0}
# fix55 (round 55, after its measurement): accepted 740/749, counts 464/470, found 470/500, placed 405/434
FLOORS_749 = {"accepted": 0.99, "tallies": 0.962, "found": 0.944, "placed": 0.933, "counts": 0.989, "control": 0.991}
# Rounds 39 (9 Arabic texts) and 40 (8 English), unseen test batches, measured once on the same reader (main
# 0c8e6e9): round 39 accepted 7/9, tallies 1/2, found 4/9, placed 2/4, counts 2/4, control 4/4; round 40 accepted 6/8,
# found 2/8, placed 1/2, counts 1/2, control 2/2. The 766 texts: accepted 750/766 (0.9791), tallies 1214/1262 (0.9620),
# found 470/517 (0.9091), placed 399/435 (0.9172), counts 459/470 (0.9766), control 466/470 (0.9915).
# fix3740: round 39 accepted 8/9, tallies 1/2, found 6/9, placed 5/6, counts 5/6, control 6/6; round 40 accepted 6/8, found
# 7/8, placed 6/7, counts 7/7, control 7/7.
# refar (SNHR's count "قضوا فيها", died in the city named before): round 39 accepted 9/9, tallies 1/2, found 7/9 (0.7778),
# placed 6/7 (0.8571), counts 6/7 (0.8571), control 7/7.
# (stop 40, tallies40: tallies 1/2 -> 2/2, "اربعة إعلاميين قتلوا")
# (stop 40, shares40: "إعلاميين اثنين هما “A” في P1، و”B” في P2": found 7/9 -> 9/9, placed 8/9, counts 8/9)
FLOORS_R39 = {"accepted": 1.0, "tallies": 1.0, "found": 1.0, "placed": 0.888, "counts": 0.888, "control": 1.0}
FLOORS_R40 = {"accepted": 0.75, "found": 0.875, "placed": 0.857, "counts": 1.0, "control": 1.0}
# geo37 and fix39 merged: the 766 texts found 473/517 (0.9149), placed 405/437 (0.9268), counts 462/473 (0.9767),
# control 469/473 (0.9915).
# fix3740: the 766 texts accepted 753/766 (0.9830), tallies 1214/1262 (0.9620), found 482/517 (0.9323), placed 415/446
# (0.9305), counts 475/482 (0.9855), control 478/482 (0.9917).
# fix55 (round 55, after its measurement): accepted 754/766, found 483/517, placed 417/447
FLOORS_766 = {"accepted": 0.988, "tallies": 0.961, "found": 0.94, "placed": 0.933, "counts": 0.987, "control": 0.991}
# Rounds 41 (10 Arabic texts) and 42 (10 English), unseen test batches, measured once on main 7c73646 (stop 35's
# reader with geo37, fix39 and names40): round 41 accepted 9/10, tallies 5/6, found 4/6, placed 2/4, counts 2/4,
# control 4/4; round 42 accepted 7/10, tallies 0/1 (no floor), found 2/5, placed 1/2, counts 2/2, control 2/2. The 786
# texts: accepted 766/786 (0.9746), tallies 1219/1269 (0.9606), found 479/528 (0.9072), placed 408/443 (0.9210),
# counts 466/479 (0.9729), control 475/479 (0.9916).
# fix4142: round 41 counts 4/4 (Sahm al-Golan's "15 known by name", al-Sheikh Saad's mother and son)
# (stop 40, tallies40: tallies 5/6 -> 5/5, an attack's party is not the toll's)
FLOORS_R41 = {"accepted": 0.9, "tallies": 1.0, "found": 0.666, "placed": 0.5, "counts": 1.0, "control": 1.0}
# fix4142: round 42 accepted 10/10, found 5/5, placed 4/5, counts 5/5, control 5/5 (the three Airwars pages quoting
# SNHR's blame or its own count only)
FLOORS_R42 = {"accepted": 1.0, "found": 1.0, "placed": 0.8, "counts": 1.0, "control": 1.0}
# fix3740: the 786 texts accepted 769/786 (0.9784), tallies 1219/1269 (0.9606), found 488/528 (0.9242), placed 418/452
# (0.9248), counts 479/488 (0.9816), control 484/488 (0.9918).
# fix4142: accepted 772/786 (0.9822), tallies 1219/1269 (0.9606), found 491/528 (0.9299), placed 421/455 (0.9253),
# counts 484/491 (0.9857), control 487/491 (0.9919).
# fix55 (round 55, after its measurement): accepted 773/786, found 492/528, placed 424/456
FLOORS_786 = {"accepted": 0.987, "tallies": 0.960, "found": 0.937, "placed": 0.93, "counts": 0.987, "control": 0.991}
# Rounds 43 (5 Arabic texts) and 44 (4 English), unseen test batches, measured once on main 66c5a1b (with fix3740,
# none of whose authors saw them): round 43 accepted 3/5, tallies 5/5, found 2/3, placed 0/2 (no floor), counts 1/2,
# control 2/2; round 44 accepted 3/4, found 2/2, placed 1/2, counts 1/2, control 2/2. The 795 texts: accepted 775/795
# (0.9748), tallies 1224/1274 (0.9608), found 492/533 (0.9231), placed 419/456 (0.9189), counts 481/492 (0.9776),
# control 488/492 (0.9919).
# geo4344: round 43's sentence geocoding 0/2 -> 2/2 (g627 al-Qishla, g628 Homs city); round 44's stays 2/2.
# fix4344 (rules from rounds 43 and 44, after their measurement): round 43 accepted 5/5, tallies 5/5, found 3/3, placed
# 2/3 (al-Qishla left), counts 3/3, control 3/3; round 44 accepted 4/4, found 2/2, placed 2/2, counts 2/2, control 2/2.
FLOORS_R43 = {"accepted": 1.0, "tallies": 1.0, "found": 1.0, "placed": 0.666, "counts": 1.0, "control": 1.0, "geocode": 1.0}
FLOORS_R44 = {"accepted": 1.0, "found": 1.0, "placed": 1.0, "counts": 1.0, "control": 1.0, "geocode": 1.0}
# geo42 and fix4142 merged: accepted 778/795 (0.9786), found 495/533 (0.9287), placed 424/459 (0.9237), counts
# 486/495 (0.9818), control 491/495 (0.9919).
# fix4344: accepted 781/795 (0.9824), tallies 1224/1274 (0.9608), found 496/533 (0.9306), placed 427/460 (0.9283),
# counts 489/496 (0.9859), control 492/496 (0.9919); incidents the answers do not have 41 -> 37.
# fix55 (round 55, after its measurement): accepted 782/795, found 497/533
FLOORS_795 = {"accepted": 0.987, "tallies": 0.960, "found": 0.938, "placed": 0.928, "counts": 0.988, "control": 0.992}
# Rounds 45 (5 Arabic texts) and 46 (10 English), unseen test batches, measured once on main 8bc9c45 (stop 36's final
# reader, none of whose authors saw them): round 45 accepted 4/5, tallies 1/2, found 6/8, placed 0/6 and counts 0/6 (no
# floor), control 6/6; round 46 accepted 7/10, found 2/5, placed 2/2, counts 2/2, control 2/2. The 810 texts: accepted
# 789/810 (0.9740), tallies 1225/1276 (0.9600), found 503/546 (0.9212), placed 426/467 (0.9122), counts 488/503
# (0.9702), control 499/503 (0.9920).
# fix4546 (after the measurement: the list by governorate, the media reports' lone worker, month with no year and the
# one media worker killed; SNHR's report on one massacre with no count): round 45 accepted 5/5, tallies 3/4, found 8/8,
# placed 8/8, counts 8/8, control 8/8; round 46 accepted 8/10, found 3/5, placed 3/3, counts 3/3, control 3/3. The
# 810 texts: accepted 791/810 (0.9765), tallies 1227/1278 (0.9601), found 506/546 (0.9267), placed 435/470 (0.9255),
# counts 497/506 (0.9822), control 502/506 (0.9921).
FLOORS_R45 = {"accepted": 1.0, "tallies": 0.75, "found": 1.0, "placed": 1.0, "counts": 1.0, "control": 1.0}
# fixleft41-dates (day-first numeric dates): round 46 accepted 10/10, found 5/5, placed 4/5 - en-2012-09-massacre-46's
# incident found, its place al-Fan al-Shamali a gazetteer gap its answer names; the placed floor goes down because its
# denominator grew by this found incident (a miss made better, as fix63's placed floors): THE LEAD'S DECISION, the
# brief of fixleft41 lowers no floor.
FLOORS_R46 = {"accepted": 1.0, "found": 1.0, "placed": 0.8, "counts": 1.0, "control": 1.0}
# fix55 (round 55, after its measurement): accepted 796/810, counts 502/509, found 509/546, placed 440/473
# (fixleft41-dates: placed lowered to 0.929, en-2012-09-massacre-46 found at a gazetteer gap - THE LEAD'S DECISION)
FLOORS_810 = {"accepted": 0.986, "tallies": 0.960, "found": 0.937, "placed": 0.929, "counts": 0.988, "control": 0.992}
# Rounds 47 (6 Arabic texts) and 48 (9 English), unseen test batches, measured once on main 8c12b2b (with geo4344,
# none of whose authors saw them): round 47 accepted 6/6, found 3/3, placed 1/3, counts 2/3, control 3/3, sentences 1/3;
# round 48 accepted 6/9, tallies 1/2, found 1/5, placed 1/1, counts 0/1 (no floor), control 1/1, sentences 3/5. The 825
# texts: accepted 801/825 (0.9709), tallies 1226/1278 (0.9593), found 507/554 (0.9152), placed 428/471 (0.9087),
# counts 490/507 (0.9665), control 503/507 (0.9921).
# fix4748 (an Airwars page's SNHR sentence on who the victims were takes the deaths told before it; "claimed" a toll; the
# "Location" field for a page whose sentences name no place; a town in "Damascus" matched by its consonants in Rural
# Damascus): round 46 accepted 8/10, found 3/5; round 48 accepted 9/9, found 5/5, placed 5/5, counts 4/5, control
# 5/5, sentences 4/5. The 825 texts: accepted 805/825 (0.9758), found 512/554 (0.9242), placed 433/476 (0.9097),
# counts 495/512 (0.9668), control 508/512 (0.9922). With the children (a dual child noun makes both children; SNHR's
# children told in a sentence apart from its toll): round 47 counts 3/3, round 48 counts 5/5, the 825 texts' counts
# 497/512 (0.9707). With a media-workers tally told as two parties' figures: round 48 tallies 2/2, the 825 texts'
# tallies 1227/1278 (0.9601).
FLOORS_R47 = {"accepted": 1.0, "found": 1.0, "placed": 0.333, "counts": 1.0, "control": 1.0, "geocode": 0.333}
FLOORS_R48 = {"accepted": 1.0, "tallies": 1.0, "found": 1.0, "placed": 1.0, "counts": 1.0, "control": 1.0, "geocode": 0.8}
# fix55 (round 55, after its measurement): accepted 811/825, counts 510/517, found 517/554, placed 446/481
# (fixleft41-dates: placed lowered to 0.926, en-2012-09-massacre-46 found at a gazetteer gap - THE LEAD'S DECISION)
FLOORS_825 = {"accepted": 0.986, "tallies": 0.960, "found": 0.938, "placed": 0.926, "counts": 0.988, "control": 0.992}
# Rounds 49 (9 Arabic texts) and 50 (9 English), unseen test batches, measured once on main f1b7828 (with fix4344 and
# geo4344, none of whose authors saw them): round 49 accepted 6/9, found 3/7, placed 1/3, counts 2/3, control 2/3,
# sentences 4/7; round 50 accepted 8/9, tallies 2/3, found 5/6, placed 3/3, counts 5/5, control 4/5, sentences 5/5. The
# 843 texts: accepted 818/843 (0.9703), tallies 1228/1281 (0.9586), found 516/567 (0.9101), placed 435/478 (0.9100),
# counts 500/516 (0.9690), control 510/516 (0.9884).
# fix4950 (a place a body was carried to states no control of the death site; a detainee's death told to the family; a
# risen day toll kept as a figure; SNHR's toll of a killing told before on an undated page; the part of a day's country
# toll executed at one place; an airbase is its town; SNHR's next sentence about the same victims tells where): round 49
# accepted 8/9, found 5/7, placed 4/5, counts 5/5, control 4/5, sentences 4/7; round 50 accepted 9/9, tallies 3/3 (a
# subtitle's party share), found 6/6, placed 4/4, counts 6/6, control 6/6, sentences 5/5. The 843 texts: accepted
# 821/843 (0.9739), tallies 1229/1281 (0.9594), found 519/567 (0.9153), placed 439/481 (0.9127), counts 504/519
# (0.9711), control 514/519 (0.9904); incidents the answers do not have 42 -> 41.
FLOORS_R49 = {"accepted": 0.888, "found": 0.714, "placed": 0.8, "counts": 1.0, "control": 0.8, "geocode": 0.857}
FLOORS_R50 = {"accepted": 1.0, "tallies": 1.0, "found": 1.0, "placed": 1.0, "counts": 1.0, "control": 1.0,
              "geocode": 1.0}
# fix4546 merged: accepted 820/843 (0.9727), tallies 1230/1283 (0.9587), found 519/567 (0.9153), placed 444/481
# (0.9231), counts 509/519 (0.9807), control 513/519 (0.9884).
# fix4748 merged: accepted 824/843 (0.9775), tallies 1231/1283 (0.9595), found 524/567 (0.9242), placed 449/486
# (0.9239), counts 516/524 (0.9847), control 518/524 (0.9885).
# fix55 (round 55, after its measurement): accepted 828/843, control 523/528, counts 521/528, found 528/567, placed 454/490
# (fixleft41-dates: placed lowered to 0.925, en-2012-09-massacre-46 found at a gazetteer gap - THE LEAD'S DECISION)
FLOORS_843 = {"accepted": 0.985, "tallies": 0.959, "found": 0.936, "placed": 0.925, "counts": 0.988, "control": 0.99}
# Rounds 51 (9 Arabic texts) and 52 (8 English), unseen test batches, measured once on main 504e154 (with fix4546 and
# fix4748, none of whose authors saw them): round 51 accepted 8/9, tallies 5/6, found 9/16, placed 8/9, counts 9/9,
# control 9/9, sentences 9/11; round 52 accepted 5/8, tallies 0/1, found 2/9, placed 0/2 and counts 0/2 (no floor),
# control 1/2, sentences 4/8. The 860 texts: accepted 837/860 (0.9733), tallies 1236/1290 (0.9581), found 535/592
# (0.9037), placed 457/497 (0.9195), counts 525/535 (0.9813), control 528/535 (0.9869).
# fix5152 (SNHR's monthly media report told one killing a sentence; the town struck after the "ل" of its object; a
# place "المحررة" or under the Free Army; "ما أدى إلى مقتل الإعلامي"): round 51 found 12/16, placed 11/12, counts
# 12/12, control 12/12; the 860 texts found 538/592 (0.9088), placed 460/500 (0.9200), counts 528/538 (0.9814),
# control 531/538 (0.9870).
FLOORS_R51 = {"accepted": 0.888, "tallies": 0.833, "found": 0.75, "placed": 1.0, "counts": 1.0, "control": 1.0,
              "geocode": 1.0}
# fix5254 (rules from rounds 52 and 54 after their measurement): round 52 accepted 6/8, found 5/9, placed 4/5, counts
# 5/5, control 4/5, sentences 4/8.
FLOORS_R52 = {"accepted": 0.75, "found": 0.555, "placed": 0.8, "counts": 1.0, "control": 0.8, "geocode": 0.5}
# fix4950 merged: accepted 840/860 (0.9767), tallies 1237/1290 (0.9589), found 538/592 (0.9088), placed 461/500
# (0.9220), counts 529/538 (0.9833), control 532/538 (0.9888).
# fix5254: the 860 texts accepted 841/860 (0.9779), found 544/592 (0.9189), placed 468/506 (0.9249), counts 538/544
# (0.9889).
# (fixleft41-dates: placed lowered to 0.926, en-2012-09-massacre-46 found at a gazetteer gap - THE LEAD'S DECISION)
FLOORS_860 = {"accepted": 0.982, "tallies": 0.958, "found": 0.925, "placed": 0.926, "counts": 0.989, "control": 0.989}
# Rounds 53 (11 Arabic texts) and 54 (9 English), unseen test batches, measured once on main 2fa9962 (with fix4950,
# none of whose authors saw them): round 53 accepted 11/11, tallies 13/20, found 8/32, placed 5/8, counts 5/8, control
# 8/8, sentences 12/15; round 54 accepted 8/9, found 5/6, placed 3/4, counts 4/5, control 5/5, sentences 7/7. The 880
# texts: accepted 859/880 (0.9761), tallies 1250/1310 (0.9542), found 551/630 (0.8746), placed 469/512 (0.9160),
# counts 538/551 (0.9764), control 545/551 (0.9891).
# fix5354 (a party's killing of N media or medical workers in a monthly report of them; "بتصفية إعلاميين اثنين"): round
# 53 found 11/32, placed 6/9, counts 8/11, control 11/11.
# fix53b (a sentence of workers killed party by party, one incident per clause's victim or per place of "في كل من"; N
# workers who died, the verb after them; one worker who died, "كما قضى في الفترة نفسها الإعلامي"): round 53 found
# 26/32, placed 18/21, counts 24/26, control 26/26; another report's figures ("في تقرير آخر") not the month's: tallies 13/18.
# (stop 40, tallies40: tallies 13/18 -> 15/17, the medical workers of the month)
# (stop 40, shares40: "اثنان منهما ... مدينة درعا ...، والآخران ... ريف حوران": found 27/32, placed 19/22, counts 26/27)
FLOORS_R53 = {"accepted": 1.0, "tallies": 0.882, "found": 0.843, "placed": 0.863, "counts": 0.962, "control": 1.0,
              "geocode": 0.866}  # geo5354: sentences 13/15 (g681's hospital named after its village)
# fix5254: round 54 accepted 9/9, found 6/6, placed 5/5, counts 6/6, control 6/6, sentences 7/7.
FLOORS_R54 = {"accepted": 1.0, "found": 1.0, "placed": 1.0, "counts": 1.0, "control": 1.0, "geocode": 1.0}
# Rounds 55 (8 Arabic texts: SNHR's own report pages of 2012-2016, day tolls) and 56 (10 English: period totals, one
# round-up with two incidents), unseen test batches, measured once on main 5f577c0 (stop 38's start, no rule written
# from them): round 55 accepted 3/8, found 0/10, sentences 5/11; round 56 accepted 8/10, tallies 9/16, found 1/2,
# placed 0/1, counts 1/1, control 1/1, sentences 1/2. The 898 texts: accepted 870/898 (0.9688), tallies 1259/1326
# (0.9494), found 558/642 (0.8691), placed 473/517 (0.9148), counts 545/558 (0.9767), control 552/558 (0.9892).
# fix55 (round 55, after its measurement): accepted 7/8, found 8/10, placed 8/8, counts 8/8, control 8/8, geocode 7/11
FLOORS_R55 = {"accepted": 0.875, "found": 0.8, "placed": 1.0, "counts": 1.0, "control": 1.0, "geocode": 0.818}
# After the measurement (the lead: SNHR's figure of a report retold with no period, `snhr_unstated_totals`): round 56
# accepted 10/10.
# (fixen raised tallies 9/10, geocode 2/2)
# (stop 40, tallies40: tallies 9/10 -> 9/9, a range of months is no month)
# (found40: placed 1/1, en-2018-03-news-56's camp near Hass, the sentence's opening "In Idlib, Northern Syria," a frame)
FLOORS_R56 = {"accepted": 1.0, "tallies": 1.0, "found": 0.5, "placed": 1.0, "counts": 1.0, "control": 1.0, "geocode": 1.0}
# fix5254 merged with main 5f60f18: the 898 texts accepted 872/898 (0.9710), found 562/642 (0.8753), placed 479/521
# (0.9193), counts 553/562 (0.9839), control 556/562 (0.9893).
# fix53b merged with main 9ee8ed6: accepted 872/898 (0.9710), tallies 1259/1324 (0.9509), found 577/642 (0.8988),
# placed 491/533 (0.9212), counts 569/577 (0.9861), control 571/577 (0.9896).
# With snhr_unstated_totals: accepted 874/898 (0.9732).
# fix55 merged (with fix5254, fix53b and snhr_unstated_totals): the 898 texts accepted 879/898 (0.9788), found 586/642
# (0.9128), placed 500/542 (0.9225), counts 578/586 (0.9863), control 580/586 (0.9897); the 880 accepted 862, found
# 577/630, placed 492/533; the 860 accepted 842, found 545/592, placed 469/507.
FLOORS_898 = {"accepted": 0.982, "tallies": 0.950, "found": 0.917, "placed": 0.924, "counts": 0.986, "control": 0.989}
# fix5152 merged: found 554/630 (0.8794), placed 472/515 (0.9165), counts 541/554 (0.9765), control 548/554 (0.9892);
# round 53's found stays 8/32 (its reports' wordings are not round 51's).
# fix5354: found 557/630 (0.8841), placed 473/516 (0.9166), counts 544/557 (0.9766), control 551/557 (0.9892).
# fix5254: accepted 861/880 (0.9784), found 561/630 (0.8904), placed 479/520 (0.9211), counts 552/561 (0.9839), control
# 555/561 (0.9893).
# fix53b merged with main 9ee8ed6: accepted 861/880 (0.9784), tallies 1250/1308 (0.9557), found 576/630 (0.9143),
# placed 491/532 (0.9229), counts 568/576 (0.9861), control 570/576 (0.9896).
# (fixleft41-dates: placed lowered to 0.924, en-2012-09-massacre-46 found at a gazetteer gap - THE LEAD'S DECISION)
FLOORS_880 = {"accepted": 0.982, "tallies": 0.955, "found": 0.92, "placed": 0.924, "counts": 0.986, "control": 0.989}
# Rounds 57 (10 Arabic texts: SNHR's own posts of 2021-2024, landmines, torture; 2012 day tolls) and 58 (6 Arabic: 2013
# massacres and day tolls restated, totals), unseen test batches, measured once on main ce6b4e9 (with fix5254, fix53b,
# fix55 and snhr_unstated_totals, none of whose authors saw them): round 57 accepted 9/10, tallies 3/8, found 5/7, placed
# 4/5, counts 5/5, control 5/5, sentences 6/7; round 58 accepted 5/6, found 2/2, placed 2/2, counts 2/2, control 1/2,
# sentences 1/2. The 914 texts: accepted 893/914 (0.9770), tallies 1262/1332 (0.9474), found 593/651 (0.9109), placed
# 506/549 (0.9216), counts 585/593 (0.9865), control 586/593 (0.9881).
# After fix5758 (rules from their misses, so tuned for them from here on): round 57 accepted 10/10, tallies 7/7, found
# 7/7, placed 6/7, counts 7/7, control 7/7, sentences 6/7; round 58 accepted 6/6, found 2/2, placed 2/2, counts 2/2,
# control 2/2, sentences 1/2. The 914 texts: accepted 895/914 (0.9792), tallies 1266/1331 (0.9512), found 595/651
# (0.9140), placed 508/551 (0.9220), counts 587/595 (0.9866), control 589/595 (0.9899).
FLOORS_R57 = {"accepted": 1.0, "tallies": 1.0, "found": 1.0, "placed": 0.857, "counts": 1.0, "control": 1.0,
              "geocode": 0.857}
FLOORS_R58 = {"accepted": 1.0, "found": 1.0, "placed": 1.0, "counts": 1.0, "control": 1.0, "geocode": 1.0}
FLOORS_914 = {"accepted": 0.982, "tallies": 0.951, "found": 0.918, "placed": 0.924, "counts": 0.986, "control": 0.989}
# Round 59 (7 Arabic texts: 2015-2016 massacres told by SNHR's report pages and outlets, a 2012 day toll, a Raqqa
# report's totals, a refusal), an unseen test batch, measured once on main d62c5e2 (with fix5758, none of whose authors
# saw it): accepted 7/7, found 3/5, placed 2/3, counts 3/3, control 1/3, sentences 4/5, 5 extras. The 921 texts:
# accepted 902/921 (0.9794), tallies 1266/1331 (0.9512), found 598/656 (0.9116), placed 510/554 (0.9206), counts
# 590/598 (0.9866), control 590/598 (0.9866).
# After fix59 (rules from its misses, so tuned for it from here on): round 59 accepted 7/7, found 5/5, placed 4/5, counts
# 5/5, control 4/5, sentences 4/5, 4 extras. The 921 texts: accepted 902/921 (0.9794), tallies 1266/1331 (0.9512), found
# 600/656 (0.9146), placed 512/556 (0.9209), counts 592/600 (0.9867), control 593/600 (0.9883).
FLOORS_R59 = {"accepted": 1.0, "found": 1.0, "placed": 0.8, "counts": 1.0, "control": 0.8, "geocode": 1.0}
FLOORS_921 = {"accepted": 0.982, "tallies": 0.951, "found": 0.919, "placed": 0.923, "counts": 0.986, "control": 0.988}
# Round 60 (5 Arabic texts: SNHR's media-review pages of 2014-2016, a 2012 day toll), an unseen test batch, measured
# once on main 89dc0ae (with fix59, whose author did not see it); no rule written from it: accepted 3/5, tallies 1/4,
# found 0/1, sentences 2/2, 3 extras. The 926 texts: accepted 905/926 (0.9773), tallies 1267/1335 (0.9491), found
# 600/657 (0.9132), placed 512/556 (0.9209), counts 592/600 (0.9867), control 593/600 (0.9883).
# After fix60 (rules from its misses, so tuned for it from here on): round 60 accepted 5/5, tallies 1/1, found 1/1, placed
# 1/1, counts 1/1, control 1/1, sentences 2/2, no extra. The 926 texts: accepted 907/926 (0.9795), tallies 1267/1332
# (0.9512), found 601/657 (0.9148), placed 513/557 (0.9210), counts 593/601 (0.9867), control 594/601 (0.9884).
FLOORS_R60 = {"accepted": 1.0, "tallies": 1.0, "found": 1.0, "placed": 1.0, "counts": 1.0, "control": 1.0,
              "geocode": 1.0}
# (fixen raised tallies 1277/1320, placed 514/557)
FLOORS_926 = {"accepted": 0.982, "tallies": 0.967, "found": 0.919, "placed": 0.923, "counts": 0.986, "control": 0.988}
# Round 61 (10 Arabic texts: SNHR's Arabic news posts of 2021-2024, media-workers totals, a day toll, two natural
# refusals) and round 62 (14 texts, 4 English, 10 Arabic: Anadolu and other outlets' relays of SNHR's 2014-2015 day
# tolls by governorate, monthly reports restated, a 2013 massacre), unseen test batches, measured once on main dbb6a8d
# (stop 38's reader; no rule written from them yet). Round 61: accepted 7/10, tallies 1/3, found 4/4, placed 3/4, counts
# 4/4, control 4/4, sentences 4/5, 1 extra. Round 62: accepted 12/14, tallies 12/25, found 51/59, placed 44/51, counts
# 45/51, control 51/51, sentences 13/14, 2 extras. The 950 texts: accepted 924/950 (0.9726), tallies 1280/1363
# (0.9391), found 655/720 (0.9097), placed 559/611 (0.9149), counts 641/655 (0.9786), control 648/655 (0.9893).
# After fix6162 (rules from both rounds, docs/corpus.md "Rounds 61 and 62 (test batches), after the measurement:
# fix6162"): round 61 accepted 10/10, tallies 2/2, found 4/4, placed 4/4, counts 4/4, control 4/4, sentences 4/5, 1
# extra; round 62 accepted 13/14, tallies 24/25, found 59/59, placed 58/59, counts 59/59, control 59/59, sentences 13/14,
# 1 extra. The 950 texts: accepted 928/950 (0.9768), tallies 1293/1362 (0.9493), found 663/720 (0.9208), placed 574/619
# (0.9273), counts 655/663 (0.9879), control 656/663 (0.9894).
FLOORS_R61 = {"accepted": 1.0, "tallies": 1.0, "found": 1.0, "placed": 1.0, "counts": 1.0, "control": 1.0, "geocode": 1.0}
FLOORS_R62 = {"accepted": 0.928, "tallies": 0.96, "found": 1.0, "placed": 0.983, "counts": 1.0, "control": 1.0,
              "geocode": 1.0}
# With fix60 merged (rules from round 60 only; rounds 61 and 62 unchanged): the 950 texts accepted 926/950 (0.9747),
# tallies 1280/1360 (0.9411), found 656/720 (0.9111), placed 560/612 (0.9150), counts 642/656 (0.9786), control 649/656
# (0.9893).
# (fixen raised tallies 1290/1348, placed 561/612)
# refar (two Arabic texts refused no more): accepted 928/950 (0.9768), tallies 1280/1360 (0.9412), found 658/720 (0.9139),
# placed 562/614 (0.9153), counts 644/658 (0.9787), control 651/658 (0.9894).
# With fix6162 and refar merged as well (stop 39's rules): the 950 texts accepted 932/950 (0.9810), tallies 1303/1347
# (0.9673), found 666/720 (0.9250), placed 578/622 (0.9292), counts 658/666 (0.9879), control 659/666 (0.9894).
# (found40, on 00f2b61: the 950 texts found 668/720 (0.9278), placed 582/624 (0.9327))
# (fixleft41-dates: placed lowered to 0.93, en-2012-09-massacre-46 found at a gazetteer gap - THE LEAD'S DECISION)
FLOORS_950 = {"accepted": 0.982, "tallies": 0.976, "found": 0.929, "placed": 0.93, "counts": 0.988, "control": 0.989}
# Round 63 (5 texts, 4 Arabic, 1 English: an outlet's news of a 2021 killing in Daraa al-Balad restating SNHR, the 2019
# Mhambal massacre with SNHR's June toll as background, a restated monthly report of February 2016, a 2012 day toll, a
# refusal), an unseen test batch, measured once on main 0bca1ee, after all of stop 39's rules (fix60, fixen, fix6162,
# refar, geo61), whose authors did not see it: accepted 4/5, tallies 3/13, found 1/3, placed 1/1, counts 1/1, control
# 1/1, sentences 3/3, 1 extra. The 955 texts: accepted 936/955 (0.9801), tallies 1306/1360 (0.9603), found 667/723
# (0.9225), placed 580/623 (0.9310), counts 659/667 (0.9880), control 660/667 (0.9895).
FLOORS_R63 = {"accepted": 1.0, "tallies": 0.545, "found": 1.0, "placed": 1.0, "counts": 1.0, "control": 1.0,
              "geocode": 1.0}
# (stop 40, tallies40: tallies 1306/1360 -> 1311/1352)
# (found40, on 00f2b61: the 955 texts found 669/723 (0.9253), placed 583/625 (0.9328), counts 661/669, control 662/669)
# (fixleft41-dates: placed lowered to 0.93, en-2012-09-massacre-46 found at a gazetteer gap - THE LEAD'S DECISION)
FLOORS_955 = {"accepted": 0.982, "tallies": 0.973, "found": 0.929, "placed": 0.93, "counts": 0.988, "control": 0.989}
# fix63 (round 63, after its measurement; docs/corpus.md "Round 63 (test batch), after the measurement: fix63"): round 63
# accepted 5/5, tallies 6/12, found 2/3 (placed 2/2, counts 2/2, control 2/2); the 955 texts accepted 938/955, tallies
# 1309/1359, found 669/723, counts 661/669; placed 581/625 (0.9296, under 0.93 only by the found incident of
# ar-2012-06-news-01 placed elsewhere, see FLOORS_R6_BY_LANGUAGE). The corpus sets' floors that hold round 6 or 63 were
# raised (or, for placed, lowered by that one item) to their new rates.
# Rounds 64 and 65 (unseen test batches, 7 and 10 texts), measured once on stop 39's final rules at their merge
# (/work/issues/r64_measured.txt, r65_measured.txt; docs/corpus.md "Rounds 64 and 65 ... measured once"): round 64
# accepted 6/7, tallies 22/23, found 3/4, placed 2/2, counts 3/3, control 3/3, geocode 4/4; round 65 accepted 10/10,
# tallies 1/4, found 11/12, placed 6/8, counts 10/11, control 11/11, geocode 10/11; the 972 texts accepted 952/972,
# tallies 1329/1387, found 681/739, placed 588/633, counts 672/681, control 674/681.
# fix6465 (rounds 64 and 65 after their measurement): round 64 accepted 7/7, tallies 23/23, found 4/4, placed 3/3,
# counts 4/4, control 4/4, geocode 4/4; round 65 accepted 10/10, tallies 2/2, found 12/12, placed 9/9, counts 12/12,
# control 12/12, geocode 11/11.
FLOORS_R64 = {"accepted": 1.0, "tallies": 1.0, "found": 1.0, "placed": 1.0, "counts": 1.0, "control": 1.0,
              "geocode": 1.0}
FLOORS_R65 = {"accepted": 1.0, "tallies": 1.0, "found": 1.0, "placed": 1.0, "counts": 1.0, "control": 1.0,
              "geocode": 1.0}
# With fix63 merged: the 972 texts accepted 954/972, tallies 1332/1386, found 683/739, counts 674/683, control 676/683;
# placed 589/635 (0.9275: the found incident of ar-2012-06-news-01, placed at Dar'a al Balad, grew the denominator).
# With fix63-period (a news item's closing background with a year and no count names no month) and ar-2021-07-news-63's
# answer given the alternative its own note wrote (C5993): round 63 tallies 6/11, found 3/3; the 972 texts found 684/739.
# With found40 merged: the 972 texts found 686/739, placed 593/638. With tallies40: tallies 1337/1376 (0.9716).
# With fix6465 (rounds 64 and 65): accepted 955/972, tallies 1339/1375, found 688/739, placed 597/640, counts 680/688,
# control 681/688.
# With shares40 (a count of media workers split into shares at their places): found 691/739 (0.9350), placed 600/643
# (0.9331), counts 684/691 (0.9899), control 684/691 (0.9899).
# (fixleft41-dates: placed lowered to 0.931, en-2012-09-massacre-46 found at a gazetteer gap - THE LEAD'S DECISION)
FLOORS_972 = {"accepted": 0.982, "tallies": 0.973, "found": 0.935, "placed": 0.931, "counts": 0.989, "control": 0.989}
# Round 66 (4 unseen texts, 3 Arabic, 1 English), measured once on main 1cbd387 after this stop's rules (fix63, found40,
# tallies40, geospeed, fix6465), whose authors did not see it: accepted 3/4, tallies 7/8, found 2/4, placed 1/2, counts
# 2/2, control 2/2, geocode 2/3, no extra.
FLOORS_R66 = {"accepted": 1.0, "tallies": 1.0, "found": 1.0, "placed": 1.0, "counts": 1.0, "control": 1.0,
              "geocode": 1.0}
# fix66 (round 66 after its measurement): accepted 4/4, tallies 8/8, found 4/4, placed 4/4, counts 4/4, control 4/4,
# geocode 3/3 (was 3/4, 7/8, 2/4, 1/2, 2/2, 2/2, 2/3).
# The whole corpus with round 66: 976 texts, accepted 958/976, tallies 1346/1383, found 690/743, placed 598/642, counts
# 682/690, control 683/690.
# fix66: accepted 959/976, tallies 1347/1383, found 692/743, placed 601/644, counts 684/692, control 685/692.
# With shares40: the 976 texts found 693/743, counts 686/693.
# With fix66 merged as well: accepted 959/976, found 695/743, placed 604/647.
# (fixleft41-dates: placed lowered to 0.932, en-2012-09-massacre-46 found at a gazetteer gap - THE LEAD'S DECISION)
FLOORS_976 = {"accepted": 0.982, "tallies": 0.973, "found": 0.935, "placed": 0.932, "counts": 0.989, "control": 0.989}
# Round 67 (5 unseen texts, 3 Arabic, 2 English), measured once on main 8f6e161 after this stop's rules (shares40 and fix66
# not yet merged): accepted 3/5, found 2/2, counts 2/2; placed 0/2 and control 0/2 (Kallaseh district of Aleppo left at the
# governorate; Rukban camp, a gazetteer gap, placed at a look-alike), no month tally; 1 extra (a refusal accepted). Only
# the measures above zero get a floor.
# (fixleft41: accepted 5/5, ar-2022-02-press-67's "خمسة آلاف و43" read, a thousand in words with its rest in digits)
FLOORS_R67 = {"accepted": 1.0, "found": 1.0, "placed": 0.5, "counts": 1.0, "control": 1.0, "geocode": 0.5}
# fix67 (after the measurement): accepted 4/5 (the IED refusal refused: SNHR's stock condemnation is no killing),
# placed 1/2, control 2/2 and geocode 1/2 (Aleppo's opposition-held Kallaseh district: Aleppo city, OPP; Rukban's
# "فصائل المعارضة المسلحة وقوات التحالف الدولي": OPP first); Rukban camp's place and the ISIS-killings totals are left.
# geo61 (sentence geocoding left in the corpus; docs/corpus.md), on main with fix60: placed and geocode floors raised to
# the reach, in place above: round 8enb placed 6/6 (Eastern Ghouta alone is Rural Damascus), round 49 geocode 6/7, round
# 51 geocode 11/11 and placed 12/12 (al-Sawaghiya), round 55 geocode 9/11, round 56 geocode 2/2, round 58 geocode 2/2,
# round 59 geocode 5/5, round 61 geocode 5/5 (g774: "سقطت", fell, is no name),
# round 62 geocode 14/14 (g804: "the villages of al-Yacoubiyah"); placed of the 914 texts 510/551 (0.9256), 921 texts 514/556 (0.9244), 926 texts 515/557
# (0.9245); with fixen, fix6162 and refar merged, the 950 texts placed 579/622 (0.9309; main 578/622).
FLOORS_R68 = {"accepted": 1.0, "tallies": 1.0, "found": 0.75, "placed": 0.833, "counts": 1.0, "control": 1.0,
              "geocode": 0.714}
# Round 68 (test batch, measured once by the lead on main 665de20, stop 40's rules): 8 Arabic texts: accepted 7/8,
# tallies 7/12, found 2/8, placed 0/2 (no floor), counts 2/2, control 2/2, geocode 5/7, 3 extras.
# (fix68, the lead's dual count with its victims told by their homes after it: found 3/8, placed 1/3, counts 3/3,
# control 3/3, 1 extra; then the landmine deaths told one after another, in named deserts: found 6/8, placed 5/6, counts
# 6/6, control 6/6)
# (fix6871: July 2015's barrel-bomb victims and Daraa's share of July 2024 another total, May 2023's one massacre read:
# accepted 8/8 (ar-2017-07-news-68 no longer refused), tallies 8/8)

FLOORS_R69 = {"accepted": 1.0, "tallies": 1.0}
# Round 69 (test batch, measured once by the lead on main 36f92dc + the batch): 2 English month texts (Enab Baladi on
# SNHR's February 2024 toll; SNHR's own page of its July 2023 report, the seed report's month): accepted 2/2, tallies
# 13/18 (February 2024's women, medical worker, and the SNA+OPP, SDF and other parties missed), no incident in the answers.
# fix69 (after the measurement): tallies 18/18 (the release's day "documented on Friday, March 1" no longer makes the
# party sentences another period's; the bracketed "(armed opposition factions/the Syrian National Army)"; the torture
# count's party shares kept apart; "four of the deceased were women"; "a member of the medical staff"), and the photo
# caption's incident no longer read (incidents the answers do not have: 50, was 51).

FLOORS_R70 = {"accepted": 1.0, "tallies": 1.0}
# Round 70 (test batch, measured once by the lead on main f2e5494, stop 40's rules): 18 English month texts (death
# tolls, media, medical, torture and massacre reports, 2014-2023): accepted 17/18, tallies 38/58, 6 extras.
# fix70 (round 70 after its measurement): accepted 18/18, tallies 56/56, no extra; round 69's tallies 15/18 (was 13/18:
# Enab Baladi English's SDF and other parties, their sentence after "documented on Friday, March 1, ... during the past
# February" now the month's).

FLOORS_R71 = {"accepted": 1.0, "tallies": 1.0, "found": 1.0, "placed": 1.0, "counts": 1.0, "control": 1.0,
              "geocode": 1.0}
# Round 71 (test batch, measured once by the lead on main with rounds 68-70, stop 40's rules): 14 Arabic month texts
# (media, medical and civil-defence, massacre reports, 2014-2018), two with an incident: accepted 12/14, tallies 19/31,
# found 2/2, placed 2/2, counts 2/2, control 2/2, geocode 2/2, 11 extras.
# (fix71, after the measurement: accepted 14/14, tallies 25/28, found, placed, counts, control, geocode 2/2; 3 extras)
# (fix6871: May 2016's massacre victims no longer the month's killed, children and women: tallies 25/25)


def _round_ids(*rounds: str) -> set[str]:
    with open(CORPUS / "index.csv", encoding="utf-8", newline="") as fh:
        return {row["id"] for row in csv.DictReader(fh) if row["round"] in rounds}


def _rate(evaluation, measure: str, ids: set[str]) -> tuple[int, int]:
    sel = [i for i in evaluation.items if i.measure == measure and i.text_id in ids]
    return sum(i.right for i in sel), len(sel)


@pytest.mark.parametrize("measure", sorted(FLOORS))
def test_round2_corpus_floors(evaluation, measure):
    ids = _round_ids("2")
    sel = [i for i in evaluation.items if i.measure == measure and i.text_id in ids]
    right = sum(i.right for i in sel)
    assert len(ids) == 74 and sel and right / len(sel) >= FLOORS[measure], f"{measure}: {right}/{len(sel)}"


@pytest.mark.parametrize("measure", sorted(FLOORS_ALL))
def test_round3_corpus_floors(evaluation, measure):
    # the 120 texts of rounds 1-3 (their floors are those texts'); the sentence measures are
    # the sentence file's, whole
    if measure in ("geocode", "agreement"):
        right, n = evaluation.count(measure)
    else:
        ids = _round_ids("2", "3")
        assert len(ids) == 120
        right, n = _rate(evaluation, measure, ids)
    assert n > 0 and right / n >= FLOORS_ALL[measure], f"{measure}: {right}/{n}"


# Each set of texts with its floors: (name, index.csv rounds, floors, how many texts at least).
# The rounds of the 578 texts (rounds 2-24); the later corpus floors add the rounds after them.
_ROUNDS_578 = ("2", "3", "4", "4b", "4c", "5en", "5enb", "5enc", "5ar", "6", "7en-tune", "7ar-tune", "7", "8en-tune",
               "8ar-tune", "8enb-tune", "8arb-tune", "8enc-tune", "8", "9ar-tune", "9en-tune", "9", "9arb-tune", "10",
               "11", "12", "13", "14", "15", "16", "17", "18", "19", "20", "21", "22", "23", "24")
FLOOR_SETS = [("round4", ("4",), FLOORS_R4, 36), ("round4b", ("4b",), FLOORS_R4B, 8),
              ("corpus156", ("2", "3", "4"), FLOORS_156, 156), ("corpus164", ("2", "3", "4", "4b"), FLOORS_164, 164),
              ("round4c", ("4c",), FLOORS_R4C, 7), ("corpus171", ("2", "3", "4", "4b", "4c"), FLOORS_171, 171),
              ("round5en", ("5en",), FLOORS_R5, 12), ("round5enb", ("5enb",), FLOORS_R5B, 6),
              ("round5enc", ("5enc",), FLOORS_R5C, 4),
              ("corpus193", ("2", "3", "4", "4b", "4c", "5en", "5enb", "5enc"), FLOORS_193, 193),
              ("round5ar", ("5ar",), FLOORS_R5AR, 12),
              ("corpus183", ("2", "3", "4", "4b", "4c", "5ar"), FLOORS_183, 183),
              ("corpus205", ("2", "3", "4", "4b", "4c", "5en", "5enb", "5enc", "5ar"), FLOORS_205, 205),
              ("round6", ("6",), FLOORS_R6, 17),
              ("corpus222", ("2", "3", "4", "4b", "4c", "5en", "5enb", "5enc", "5ar", "6"), FLOORS_222, 222),
              ("round7en", ("7en-tune",), FLOORS_R7EN, 6),
              ("corpus228", ("2", "3", "4", "4b", "4c", "5en", "5enb", "5enc", "5ar", "6", "7en-tune"), FLOORS_228, 228),
              ("round7ar", ("7ar-tune",), FLOORS_R7AR, 5),
              ("corpus227", ("2", "3", "4", "4b", "4c", "5en", "5enb", "5enc", "5ar", "6", "7ar-tune"), FLOORS_227, 227),
              ("round7", ("7",), FLOORS_R7, 19),
              ("corpus252", ("2", "3", "4", "4b", "4c", "5en", "5enb", "5enc", "5ar", "6", "7en-tune", "7ar-tune", "7"),
               FLOORS_252, 252),
              ("round8en", ("8en-tune",), FLOORS_R8EN, 6),
              ("round8ar", ("8ar-tune",), FLOORS_R8AR, 6),
              ("corpus264", ("2", "3", "4", "4b", "4c", "5en", "5enb", "5enc", "5ar", "6", "7en-tune", "7ar-tune", "7",
                             "8en-tune", "8ar-tune"), FLOORS_264, 264),
              ("round8enb", ("8enb-tune",), FLOORS_R8ENB, 8),
              ("corpus272", ("2", "3", "4", "4b", "4c", "5en", "5enb", "5enc", "5ar", "6", "7en-tune", "7ar-tune", "7",
                             "8en-tune", "8ar-tune", "8enb-tune"), FLOORS_272, 272),
              ("round8arb", ("8arb-tune",), FLOORS_R8ARB, 8),
              ("round8enc", ("8enc-tune",), FLOORS_R8ENC, 5),
              ("corpus285", ("2", "3", "4", "4b", "4c", "5en", "5enb", "5enc", "5ar", "6", "7en-tune", "7ar-tune", "7",
                             "8en-tune", "8ar-tune", "8enb-tune", "8arb-tune", "8enc-tune"), FLOORS_285, 285),
              ("round8", ("8",), FLOORS_R8, 20),
              ("corpus305", ("2", "3", "4", "4b", "4c", "5en", "5enb", "5enc", "5ar", "6", "7en-tune", "7ar-tune", "7",
                             "8en-tune", "8ar-tune", "8enb-tune", "8arb-tune", "8enc-tune", "8"), FLOORS_305, 305),
              ("round9ar", ("9ar-tune",), FLOORS_R9AR, 8),
              ("round9en", ("9en-tune",), FLOORS_R9EN, 7),
              ("corpus320", ("2", "3", "4", "4b", "4c", "5en", "5enb", "5enc", "5ar", "6", "7en-tune", "7ar-tune", "7",
                             "8en-tune", "8ar-tune", "8enb-tune", "8arb-tune", "8enc-tune", "8", "9ar-tune", "9en-tune"),
               FLOORS_320, 320),
              ("round9", ("9",), FLOORS_R9, 20),
              ("corpus340", ("2", "3", "4", "4b", "4c", "5en", "5enb", "5enc", "5ar", "6", "7en-tune", "7ar-tune", "7",
                             "8en-tune", "8ar-tune", "8enb-tune", "8arb-tune", "8enc-tune", "8", "9ar-tune", "9en-tune", "9"),
               FLOORS_340, 340),
              ("round9arb", ("9arb-tune",), FLOORS_R9ARB, 6),
              ("corpus346", ("2", "3", "4", "4b", "4c", "5en", "5enb", "5enc", "5ar", "6", "7en-tune", "7ar-tune", "7",
                             "8en-tune", "8ar-tune", "8enb-tune", "8arb-tune", "8enc-tune", "8", "9ar-tune", "9en-tune", "9",
                             "9arb-tune"), FLOORS_346, 346),
              ("round10", ("10",), FLOORS_R10, 20),
              ("corpus366", ("2", "3", "4", "4b", "4c", "5en", "5enb", "5enc", "5ar", "6", "7en-tune", "7ar-tune", "7",
                             "8en-tune", "8ar-tune", "8enb-tune", "8arb-tune", "8enc-tune", "8", "9ar-tune", "9en-tune", "9",
                             "9arb-tune", "10"), FLOORS_366, 366),
              ("round11", ("11",), FLOORS_R11, 14),
              ("corpus380", ("2", "3", "4", "4b", "4c", "5en", "5enb", "5enc", "5ar", "6", "7en-tune", "7ar-tune", "7",
                             "8en-tune", "8ar-tune", "8enb-tune", "8arb-tune", "8enc-tune", "8", "9ar-tune", "9en-tune", "9",
                             "9arb-tune", "10", "11"), FLOORS_380, 380),
              ("round12", ("12",), FLOORS_R12, 7),
              ("corpus387", ("2", "3", "4", "4b", "4c", "5en", "5enb", "5enc", "5ar", "6", "7en-tune", "7ar-tune", "7",
                             "8en-tune", "8ar-tune", "8enb-tune", "8arb-tune", "8enc-tune", "8", "9ar-tune", "9en-tune", "9",
                             "9arb-tune", "10", "11", "12"), FLOORS_387, 387),
              ("round13", ("13",), FLOORS_R13, 22),
              ("corpus409", ("2", "3", "4", "4b", "4c", "5en", "5enb", "5enc", "5ar", "6", "7en-tune", "7ar-tune", "7",
                             "8en-tune", "8ar-tune", "8enb-tune", "8arb-tune", "8enc-tune", "8", "9ar-tune", "9en-tune", "9",
                             "9arb-tune", "10", "11", "12", "13"), FLOORS_409, 409),
              ("round14", ("14",), FLOORS_R14, 18),
              ("corpus427", ("2", "3", "4", "4b", "4c", "5en", "5enb", "5enc", "5ar", "6", "7en-tune", "7ar-tune", "7",
                             "8en-tune", "8ar-tune", "8enb-tune", "8arb-tune", "8enc-tune", "8", "9ar-tune", "9en-tune", "9",
                             "9arb-tune", "10", "11", "12", "13", "14"), FLOORS_427, 427),
              ("round15", ("15",), FLOORS_R15, 20),
              ("corpus447", ("2", "3", "4", "4b", "4c", "5en", "5enb", "5enc", "5ar", "6", "7en-tune", "7ar-tune", "7",
                             "8en-tune", "8ar-tune", "8enb-tune", "8arb-tune", "8enc-tune", "8", "9ar-tune", "9en-tune", "9",
                             "9arb-tune", "10", "11", "12", "13", "14", "15"), FLOORS_447, 447),
              ("round16", ("16",), FLOORS_R16, 13),
              ("corpus460", ("2", "3", "4", "4b", "4c", "5en", "5enb", "5enc", "5ar", "6", "7en-tune", "7ar-tune", "7",
                             "8en-tune", "8ar-tune", "8enb-tune", "8arb-tune", "8enc-tune", "8", "9ar-tune", "9en-tune", "9",
                             "9arb-tune", "10", "11", "12", "13", "14", "15", "16"), FLOORS_460, 460),
              ("round17", ("17",), FLOORS_R17, 9),
              ("corpus469", ("2", "3", "4", "4b", "4c", "5en", "5enb", "5enc", "5ar", "6", "7en-tune", "7ar-tune", "7",
                             "8en-tune", "8ar-tune", "8enb-tune", "8arb-tune", "8enc-tune", "8", "9ar-tune", "9en-tune", "9",
                             "9arb-tune", "10", "11", "12", "13", "14", "15", "16", "17"), FLOORS_469, 469),
              ("round18", ("18",), FLOORS_R18, 10),
              ("corpus479", ("2", "3", "4", "4b", "4c", "5en", "5enb", "5enc", "5ar", "6", "7en-tune", "7ar-tune", "7",
                             "8en-tune", "8ar-tune", "8enb-tune", "8arb-tune", "8enc-tune", "8", "9ar-tune", "9en-tune", "9",
                             "9arb-tune", "10", "11", "12", "13", "14", "15", "16", "17", "18"), FLOORS_479, 479),
              ("round19", ("19",), FLOORS_R19, 18),
              ("corpus497", ("2", "3", "4", "4b", "4c", "5en", "5enb", "5enc", "5ar", "6", "7en-tune", "7ar-tune", "7",
                             "8en-tune", "8ar-tune", "8enb-tune", "8arb-tune", "8enc-tune", "8", "9ar-tune", "9en-tune", "9",
                             "9arb-tune", "10", "11", "12", "13", "14", "15", "16", "17", "18", "19"), FLOORS_497, 497),
              ("round20", ("20",), FLOORS_R20, 18),
              ("corpus515", ("2", "3", "4", "4b", "4c", "5en", "5enb", "5enc", "5ar", "6", "7en-tune", "7ar-tune", "7",
                             "8en-tune", "8ar-tune", "8enb-tune", "8arb-tune", "8enc-tune", "8", "9ar-tune", "9en-tune", "9",
                             "9arb-tune", "10", "11", "12", "13", "14", "15", "16", "17", "18", "19", "20"), FLOORS_515, 515),
              ("round21", ("21",), FLOORS_R21, 20),
              ("corpus535", ("2", "3", "4", "4b", "4c", "5en", "5enb", "5enc", "5ar", "6", "7en-tune", "7ar-tune", "7",
                             "8en-tune", "8ar-tune", "8enb-tune", "8arb-tune", "8enc-tune", "8", "9ar-tune", "9en-tune", "9",
                             "9arb-tune", "10", "11", "12", "13", "14", "15", "16", "17", "18", "19", "20", "21"),
               FLOORS_535, 535),
              ("round22", ("22",), FLOORS_R22, 16),
              ("corpus551", ("2", "3", "4", "4b", "4c", "5en", "5enb", "5enc", "5ar", "6", "7en-tune", "7ar-tune", "7",
                             "8en-tune", "8ar-tune", "8enb-tune", "8arb-tune", "8enc-tune", "8", "9ar-tune", "9en-tune", "9",
                             "9arb-tune", "10", "11", "12", "13", "14", "15", "16", "17", "18", "19", "20", "21", "22"),
               FLOORS_551, 551),
              ("round23", ("23",), FLOORS_R23, 15),
              ("corpus566", ("2", "3", "4", "4b", "4c", "5en", "5enb", "5enc", "5ar", "6", "7en-tune", "7ar-tune", "7",
                             "8en-tune", "8ar-tune", "8enb-tune", "8arb-tune", "8enc-tune", "8", "9ar-tune", "9en-tune", "9",
                             "9arb-tune", "10", "11", "12", "13", "14", "15", "16", "17", "18", "19", "20", "21", "22",
                             "23"),
               FLOORS_566, 566),
              ("round24", ("24",), FLOORS_R24, 12),
              ("corpus578", _ROUNDS_578,
               FLOORS_578, 578),
              ("round25", ("25",), FLOORS_R25, 19),
              ("corpus597", _ROUNDS_578 + ("25",),
               FLOORS_597, 597),
              ("round26", ("26",), FLOORS_R26, 19),
              ("corpus616", _ROUNDS_578 + ("25", "26"),
               FLOORS_616, 616),
              ("round27", ("27",), FLOORS_R27, 16),
              ("corpus632", _ROUNDS_578 + ("25", "26", "27"),
               FLOORS_632, 632),
              ("round28", ("28",), FLOORS_R28, 11),
              ("corpus643", _ROUNDS_578 + ("25", "26", "27", "28"),
               FLOORS_643, 643),
              ("round29", ("29",), FLOORS_R29, 16),
              ("corpus659", _ROUNDS_578 + ("25", "26", "27", "28", "29"),
               FLOORS_659, 659),
              ("round30", ("30",), FLOORS_R30, 10),
              ("corpus669", _ROUNDS_578 + ("25", "26", "27", "28", "29", "30"),
               FLOORS_669, 669),
              ("round31", ("31",), FLOORS_R31, 10),
              ("corpus679", _ROUNDS_578 + ("25", "26", "27", "28", "29", "30", "31"),
               FLOORS_679, 679),
              ("round32", ("32",), FLOORS_R32, 4),
              ("corpus683", _ROUNDS_578 + ("25", "26", "27", "28", "29", "30", "31", "32"),
               FLOORS_683, 683),
              ("round33", ("33",), FLOORS_R33, 8),
              ("corpus691", _ROUNDS_578 + ("25", "26", "27", "28", "29", "30", "31", "32", "33"),
               FLOORS_691, 691),
              ("round34", ("34",), FLOORS_R34, 11),
              ("corpus702", _ROUNDS_578 + ("25", "26", "27", "28", "29", "30", "31", "32", "33", "34"),
               FLOORS_702, 702),
              ("round35", ("35",), FLOORS_R35, 10),
              ("round36", ("36",), FLOORS_R36, 11),
              ("corpus723", _ROUNDS_578 + ("25", "26", "27", "28", "29", "30", "31", "32", "33", "34", "35", "36"),
               FLOORS_723, 723),
              ("round37", ("37",), FLOORS_R37, 13), ("round38", ("38",), FLOORS_R38, 13),
              ("corpus749", _ROUNDS_578 + ("25", "26", "27", "28", "29", "30", "31", "32", "33", "34", "35", "36",
                                          "37", "38"), FLOORS_749, 749),
              ("round39", ("39",), FLOORS_R39, 9), ("round40", ("40",), FLOORS_R40, 8),
              ("corpus766", _ROUNDS_578 + ("25", "26", "27", "28", "29", "30", "31", "32", "33", "34", "35", "36",
                                          "37", "38", "39", "40"), FLOORS_766, 766),
              ("round41", ("41",), FLOORS_R41, 10), ("round42", ("42",), FLOORS_R42, 10),
              ("corpus786", _ROUNDS_578 + ("25", "26", "27", "28", "29", "30", "31", "32", "33", "34", "35", "36",
                                          "37", "38", "39", "40", "41", "42"), FLOORS_786, 786),
              ("round43", ("43",), FLOORS_R43, 5), ("round44", ("44",), FLOORS_R44, 4),
              ("corpus795", _ROUNDS_578 + ("25", "26", "27", "28", "29", "30", "31", "32", "33", "34", "35", "36",
                                          "37", "38", "39", "40", "41", "42", "43", "44"), FLOORS_795, 795),
              ("round45", ("45",), FLOORS_R45, 5), ("round46", ("46",), FLOORS_R46, 10),
              ("corpus810", _ROUNDS_578 + ("25", "26", "27", "28", "29", "30", "31", "32", "33", "34", "35", "36",
                                          "37", "38", "39", "40", "41", "42", "43", "44", "45", "46"), FLOORS_810,
               810),
              ("round47", ("47",), FLOORS_R47, 6), ("round48", ("48",), FLOORS_R48, 9),
              ("corpus825", _ROUNDS_578 + ("25", "26", "27", "28", "29", "30", "31", "32", "33", "34", "35", "36",
                                          "37", "38", "39", "40", "41", "42", "43", "44", "45", "46", "47", "48"),
               FLOORS_825, 825),
              ("round49", ("49",), FLOORS_R49, 9), ("round50", ("50",), FLOORS_R50, 9),
              ("corpus843", _ROUNDS_578 + ("25", "26", "27", "28", "29", "30", "31", "32", "33", "34", "35", "36",
                                          "37", "38", "39", "40", "41", "42", "43", "44", "45", "46", "47", "48",
                                          "49", "50"), FLOORS_843, 843),
              ("round51", ("51",), FLOORS_R51, 9), ("round52", ("52",), FLOORS_R52, 8),
              ("corpus860", _ROUNDS_578 + ("25", "26", "27", "28", "29", "30", "31", "32", "33", "34", "35", "36",
                                          "37", "38", "39", "40", "41", "42", "43", "44", "45", "46", "47", "48",
                                          "49", "50", "51", "52"), FLOORS_860, 860),
              ("round53", ("53",), FLOORS_R53, 11), ("round54", ("54",), FLOORS_R54, 9),
              ("corpus880", _ROUNDS_578 + ("25", "26", "27", "28", "29", "30", "31", "32", "33", "34", "35", "36",
                                          "37", "38", "39", "40", "41", "42", "43", "44", "45", "46", "47", "48",
                                          "49", "50", "51", "52", "53", "54"), FLOORS_880, 880),
              ("round55", ("55",), FLOORS_R55, 8), ("round56", ("56",), FLOORS_R56, 10),
              ("corpus898", _ROUNDS_578 + ("25", "26", "27", "28", "29", "30", "31", "32", "33", "34", "35", "36",
                                          "37", "38", "39", "40", "41", "42", "43", "44", "45", "46", "47", "48",
                                          "49", "50", "51", "52", "53", "54", "55", "56"), FLOORS_898, 898),
              ("round57", ("57",), FLOORS_R57, 10), ("round58", ("58",), FLOORS_R58, 6),
              ("corpus914", _ROUNDS_578 + ("25", "26", "27", "28", "29", "30", "31", "32", "33", "34", "35", "36",
                                          "37", "38", "39", "40", "41", "42", "43", "44", "45", "46", "47", "48",
                                          "49", "50", "51", "52", "53", "54", "55", "56", "57", "58"), FLOORS_914, 914),
              ("round59", ("59",), FLOORS_R59, 7),
              ("corpus921", _ROUNDS_578 + ("25", "26", "27", "28", "29", "30", "31", "32", "33", "34", "35", "36",
                                          "37", "38", "39", "40", "41", "42", "43", "44", "45", "46", "47", "48",
                                          "49", "50", "51", "52", "53", "54", "55", "56", "57", "58", "59"),
               FLOORS_921, 921),
              ("round60", ("60",), FLOORS_R60, 5),
              ("corpus926", _ROUNDS_578 + ("25", "26", "27", "28", "29", "30", "31", "32", "33", "34", "35", "36",
                                          "37", "38", "39", "40", "41", "42", "43", "44", "45", "46", "47", "48",
                                          "49", "50", "51", "52", "53", "54", "55", "56", "57", "58", "59", "60"),
               FLOORS_926, 926),
              ("round61", ("61",), FLOORS_R61, 10), ("round62", ("62",), FLOORS_R62, 14),
              ("corpus950", _ROUNDS_578 + ("25", "26", "27", "28", "29", "30", "31", "32", "33", "34", "35", "36",
                                          "37", "38", "39", "40", "41", "42", "43", "44", "45", "46", "47", "48",
                                          "49", "50", "51", "52", "53", "54", "55", "56", "57", "58", "59", "60",
                                          "61", "62"),
               FLOORS_950, 950),
              ("round63", ("63",), FLOORS_R63, 5),
              ("corpus955", _ROUNDS_578 + ("25", "26", "27", "28", "29", "30", "31", "32", "33", "34", "35", "36",
                                          "37", "38", "39", "40", "41", "42", "43", "44", "45", "46", "47", "48",
                                          "49", "50", "51", "52", "53", "54", "55", "56", "57", "58", "59", "60",
                                          "61", "62", "63"),
               FLOORS_955, 955),
              ("round64", ("64",), FLOORS_R64, 7),
              ("round65", ("65",), FLOORS_R65, 10),
              ("corpus972", _ROUNDS_578 + ("25", "26", "27", "28", "29", "30", "31", "32", "33", "34", "35", "36",
                                          "37", "38", "39", "40", "41", "42", "43", "44", "45", "46", "47", "48",
                                          "49", "50", "51", "52", "53", "54", "55", "56", "57", "58", "59", "60",
                                          "61", "62", "63", "64", "65"),
               FLOORS_972, 972),
              ("round66", ("66",), FLOORS_R66, 4),
              ("corpus976", _ROUNDS_578 + ("25", "26", "27", "28", "29", "30", "31", "32", "33", "34", "35", "36",
                                          "37", "38", "39", "40", "41", "42", "43", "44", "45", "46", "47", "48",
                                          "49", "50", "51", "52", "53", "54", "55", "56", "57", "58", "59", "60",
                                          "61", "62", "63", "64", "65", "66"),
               FLOORS_976, 976),
              ("round67", ("67",), FLOORS_R67, 5),
              ("round68", ("68",), FLOORS_R68, 8),
              ("round69", ("69",), FLOORS_R69, 2),
              ("round70", ("70",), FLOORS_R70, 18),
              ("round71", ("71",), FLOORS_R71, 14)]


@pytest.mark.parametrize("rounds,floors,size,measure", [
    pytest.param(rounds, floors, size, measure, id=f"{name}-{measure}")
    for name, rounds, floors, size in FLOOR_SETS for measure in sorted(floors)])
def test_corpus_floors_by_round(evaluation, rounds, floors, size, measure):
    ids = _round_ids(*rounds)
    right, n = _rate(evaluation, measure, ids)
    assert len(ids) >= size and n > 0 and right / n >= floors[measure], f"{measure}: {right}/{n}"


@pytest.mark.parametrize("language,measure", [
    pytest.param(lang, m, id=f"round6-{lang}-{m}")
    for lang, floors in FLOORS_R6_BY_LANGUAGE.items() for m in sorted(floors)])
def test_round6_floors_by_language(evaluation, language, measure):
    # the unseen test batch, English and Arabic apart; every text of it is held out
    texts = {t.id: t for t in load_corpus(CORPUS) if t.round == "6"}
    assert len(texts) >= 17 and all(t.split == "heldout" for t in texts.values())
    ids = {i for i, t in texts.items() if t.language == language}
    right, n = _rate(evaluation, measure, ids)
    assert n > 0 and right / n >= FLOORS_R6_BY_LANGUAGE[language][measure], f"{measure}: {right}/{n}"


@pytest.mark.parametrize("measure", sorted(FLOORS_R7_AR))
def test_round7_arabic_floors_after_round8(evaluation, measure):
    # round 7's Arabic texts, read after their measurement by round 8's Arabic rules
    ids = {t.id for t in load_corpus(CORPUS) if t.round == "7" and t.language == "ar"}
    assert len(ids) == 10
    right, n = _rate(evaluation, measure, ids)
    assert n > 0 and right / n >= FLOORS_R7_AR[measure], f"{measure}: {right}/{n}"


# perp41 (the perpetrator measure, docs/corpus.md "Perpetrators scored (perp41)"): each found incident's party, by
# corpus set, at the measured rates floored to 3 decimals. Measured on main 36f92dc (981 texts): all 464/696, tune
# 86/117, held out 378/579, English 166/243, Arabic 298/453. Raised after perp41's rules (the government's arms by their
# kind, a weapon's owner, sources not identified, mines named before any party): all 542/696, tune 100/117, held out
# 442/579, English 193/243, Arabic 349/453; with the regime's prisons and more subjects: all 549/696, tune 101/117,
# held out 448/579, English 200/243, Arabic 349/453.
# Merged with main 3f5f154 (rounds 68-71, 1023 texts; before perp41's rules 468/700): all 553/700, tune 101/117, held out
# 452/583, English 200/243, Arabic 353/457.
# fix68 merged after perp41: four incidents of round 68 newly found, two of whose parties are missed (the sides of a
# clash "بين فصائل المعارضة" read as the opposition where the answer has UNKNOWN; a war remnant "من مخلفات الفصائل
# الإيرانية" read as unidentified where the answer has GOV): all 555/704 (0.7883), held out 454/587 (0.7734), Arabic
# 355/461 (0.7700); those three floors come down to these.
# fixleft41's day-first dates: en-2012-09-massacre-46's massacre newly found, its party ("Assad thugs in the neighbouring villages") not read:
# all 555/705 (0.7872), held out 454/588 (0.7721), English 200/244 (0.8197).
# perp41b: those two of round 68 now read (the clash's sides are no party: UNKNOWN; the Iranian militias' remnant: the
# regime's), then round 21's Sednaya death (a national team's "الوطني" no longer the SNA): all 558/705 (0.7915), held
# out 457/588 (0.7772), Arabic 358/461 (0.7766).
FLOORS_PERPETRATOR = {"all": 0.791, "tune": 0.863, "heldout": 0.777, "en": 0.819, "ar": 0.776}
_PERPETRATOR_SETS = {"all": {}, "tune": {"split": "tune"}, "heldout": {"split": "heldout"},
                     "en": {"language": "en"}, "ar": {"language": "ar"}}


@pytest.mark.parametrize("corpus_set", sorted(FLOORS_PERPETRATOR))
def test_perpetrator_floors(evaluation, corpus_set):
    right, n = evaluation.count("perpetrator", **_PERPETRATOR_SETS[corpus_set])
    assert n > 0 and right / n >= FLOORS_PERPETRATOR[corpus_set], f"perpetrator {corpus_set}: {right}/{n}"


def test_corpus_has_both_languages_and_a_heldout_fifth():
    texts = load_corpus(CORPUS)
    assert len(texts) >= 100 and sum(t.language == "ar" for t in texts) >= 30
    assert sum(t.split == "heldout" for t in texts) >= max(20, len(texts) // 5)
    years = {int(t.id[3:7]) for t in texts}
    assert set(range(2012, 2026)) <= years


def test_arabic_texts_are_read(evaluation):
    right, n = evaluation.count("accepted", language="ar")
    assert n >= 10 and right / n >= 0.9
    # (found: on the Arabic texts of rounds 1-3, as first asserted; round 4's are in its floors)
    old = _round_ids("2", "3")
    sel = [i for i in evaluation.items if i.measure == "found" and i.language == "ar" and i.text_id in old]
    assert sel and sum(i.right for i in sel) / len(sel) >= 0.8


# -- acceptance -----------------------------------------------------------------------------

def test_news_post_that_never_names_snhr_is_read():
    # en-2019-12-news-01: "The child ... died on December 15, 2019, due to wounds sustained on
    # December 7, as Syrian regime forces helicopters dropped barrel bombs on Abdita village"
    r = read_report(TEXTS / "en-2019-12-news-01.txt")
    assert [(i.date, i.killed) for i in r.incidents] == [(dt.date(2019, 12, 7), 1)]
    assert any("never names" in w for w in r.warnings)


def test_arrest_report_is_refused_for_what_it_is():
    with pytest.raises(InputError, match="arrests and detentions, not killings"):
        read_report(TEXTS / "en-2016-04-refuse-01.txt")


def test_saved_page_header_is_metadata():
    fields, body = split_header((TEXTS / "en-2022-04-news-01.txt").read_text(encoding="utf-8"))
    assert fields["published"] == "2022-04-22" and body.startswith(" ")
    r = read_report(TEXTS / "en-2022-04-news-01.txt")
    assert r.meta.publication_date == dt.date(2022, 4, 22)
    assert r.meta.url.startswith("https://news.snhr.org/2022/04/22/")


# -- tallies --------------------------------------------------------------------------------

def test_figure_period_keeps_other_periods_apart():
    assert figure_period("58 Civilians Killed, Including Three Children and 12 Women, While "
                         "Gathering Desert Truffles Since the Beginning of 2024", (2024, 3)) == "other"
    assert figure_period("Documented Killed in Syria in the First Half of 2019", (2019, 6)) == "other"
    assert figure_period(" killed in December including nine children", (2022, 12)) == "month"


def test_month_total_not_the_title_running_total():
    # en-2024-03-monthly-01: the title's 58 are truffle victims since January; the month's
    # figures are in the release's first sentence.
    r = read_report(TEXTS / "en-2024-03-monthly-01.txt")
    t = r.tallies
    assert (t.killed, t.children, t.women, t.torture) == (102, 11, 14, 5)
    assert r.meta.period == (2024, 3)
    assert any(o["killed"] == 58 for o in t.other_totals)
    assert "102 civilians were killed in Syria in March 2024" in t.sentences["killed"]


def test_year_report_month_figure_from_its_own_clause():
    # en-2022-12-press-01: "Although these statistics covered the entire year of 2022, ...
    # "55 civilians killed in December including nine children, two women, and three victims
    # who died due to torture.""
    t = read_report(TEXTS / "en-2022-12-press-01.txt").tallies
    assert (t.killed, t.children, t.women, t.torture) == (55, 9, 2, 3)


def test_arabic_month_figures():
    # ar-2024-08-press-01: "وثقت الشبكة ... مقتل 57 مدنيا في سوريا بينهم 13 طفلا و6 سيدات، وسقوط
    # 6 ضحايا بسبب التعذيب خلال شهر أغسطس/آب الماضي"
    r = read_report(TEXTS / "ar-2024-08-press-01.txt")
    assert r.meta.period == (2024, 8) and r.tallies.killed == 57
    # ar-2022-06-press-01: a half-year figure is not the month's.
    t = read_report(TEXTS / "ar-2022-06-press-01.txt").tallies
    assert all(o["killed"] != 92 for o in t.other_totals)
    assert any(o["killed"] == 568 for o in t.other_totals) and t.killed != 568


# -- incidents ------------------------------------------------------------------------------

def test_distribution_list_gives_one_incident_per_place():
    # en-2018-03-news-01: "SNHR documented the death of 26 civilians ... on Saturday, March 3,
    # 2018, distributed as follow:\nDouma city: 10 civilians, including 3 children and a woman"
    r = read_report(TEXTS / "en-2018-03-news-01.txt")
    by_place = {i.place_text: i for i in r.incidents}
    assert (by_place["Douma city"].killed, by_place["Douma city"].children,
            by_place["Douma city"].women) == (10, 3, 1)
    assert by_place["Harasta city"].date == dt.date(2018, 3, 3)
    assert all(i.killed != 26 for i in r.incidents)  # the total is not one more incident


def test_headline_is_not_a_second_incident():
    # en-2022-10-news-01: headline "Unidentified gunmen shot and killed two civilians in eastern
    # Hama governorate on October 6, 2022" and the body's telling of the same incident.
    r = read_report(TEXTS / "en-2022-10-news-01.txt")
    assert len(r.incidents) == 1


def test_arabic_numbers_duals_and_dates():
    assert parse_number_ar("ثلاثة") == 3 and parse_number_ar("22") == 22
    assert count_ar("طفلان") == (2, 2, 0) and count_ar("سيدتين") == (2, 0, 2)
    assert count_ar("مدنيين", 4) == (4, 0, 0)  # a plural, not a dual
    assert find_dates_ar("قُتلوا في 25-1-2022، إثر")[0][0] == dt.date(2022, 1, 25)
    assert find_dates_ar("يوم الأحد 18 كانون الثاني/يناير الجاري", 2026)[0][0] == dt.date(2026, 1, 18)


def test_arabic_news_post():
    # ar-2020-10-news-01: "طفلان، قُتلا في 25 تشرين الأول 2020، إثر انفجار لغم أرضي مجهول المصدر
    # في قرية كفر ناسج بريف محافظة درعا الشمالي."
    inc = read_report(TEXTS / "ar-2020-10-news-01.txt").incidents
    assert len(inc) == 1
    i = inc[0]
    assert (i.date, i.killed, i.children, i.category) == (dt.date(2020, 10, 25), 2, 2, "landmine")
    assert i.place_text.startswith("قرية كفر ناسج") and i.governorate_pcode == "SY12"


def test_arabic_stated_control_and_names_before_a_plural_verb():
    # ar-2022-01-news-01: "محمد ...، وحذيفة ...، ومحمود ...، قُتلوا في 25-1-2022 ... على الطريق
    # الواصل بين بلدة المزيريب وقرية اليادودة ...، والخاضع لسيطرة قوات النظام السوري."
    i = read_report(TEXTS / "ar-2022-01-news-01.txt").incidents[0]
    assert (i.killed, i.stated_control) == (3, "GOV")
    assert i.place_text.startswith("الطريق الواصل بين")


def test_arabic_victim_names_are_withheld():
    from incmap import cli

    r = CliRunner().invoke(cli, ["extract", str(TEXTS / "ar-2022-01-news-01.txt"), "--json"])
    assert r.exit_code == 0 and "الغول" not in r.output and "[name withheld]" in r.output
    r = CliRunner().invoke(cli, ["extract", str(TEXTS / "ar-2022-01-news-01.txt"), "--include-names"])
    assert "الغول" in r.output


def test_arabic_place_after_the_sentence_and_not_the_hometown():
    # ar-2023-12-news-01: "من أبناء مدينة تلدو" is the victim's home; the place is in the next
    # sentence: "في قرية "شين" بريف محافظة حمص الغربي".
    i = read_report(TEXTS / "ar-2023-12-news-01.txt").incidents[0]
    assert i.place_text.startswith("قرية شين") and i.stated_control == "GOV"


# -- geocoder hints and batches -------------------------------------------------------------

def test_governorate_hints_in_any_spelling(geocoder):
    assert geocoder.geocode("Busra al-Harir", governorate="Daraa / Suwayda (border)").found
    assert geocoder.geocode("Kafr Nouran village", governorate="western rural Aleppo").pcode == "C1041"
    m = geocoder.geocode("قرية كفر ناسج", governorate="ريف درعا الشمالي")
    assert m.pcode == "C6089"
    with pytest.raises(InputError, match="governorate"):
        geocoder.geocode("Shawa village", governorate="Narnia")


def test_bare_governorate_name_is_the_governorate(geocoder):
    # en-2014-10-massacre-01 lists massacres by governorate: "Homs: six massacres".
    assert geocoder.geocode("Homs: six massacres", governorate="Homs").pcode == "SY04"
    assert geocoder.geocode("و7 فى حماة").pcode == "SY05"
    assert geocoder.geocode("54 شخصا فى مدينة إدلب").pcode == "C3871"  # "city of": the city


def test_geocode_batch_goes_on_past_a_bad_row(tmp_path):
    from incmap import cli

    f = tmp_path / "b.csv"
    f.write_text("place_text,governorate\nShawa village,Aleppo\nTishreen,Narnia\n"
                 "Busra al-Harir,Daraa / Suwayda (border)\n", encoding="utf-8")
    r = CliRunner().invoke(cli, ["geocode", "--csv", str(f), "--skip-bad"])
    assert r.exit_code == 0, r.output
    rows = [json.loads(x) for x in r.stdout.splitlines()]
    assert [x["line"] for x in rows] == [2, 4] and rows[0]["pcode"] == "C1255"
    assert "line 3" in r.stderr and "Narnia" in r.stderr


@pytest.mark.parametrize("bad_row, says", [
    ("2023-07-16,Shawa village,Narnia,SNA", "Narnia"),  # a governorate that names none
    ("2023-07-16,Shawa village,Aleppo,SNA,extra", "5 fields"),  # a ragged row
])
def test_eval_goes_on_past_a_bad_row(tmp_path, bad_row, says):
    from incmap.eval import evaluate_file

    f = tmp_path / "cases.csv"
    f.write_text("incident_date,place_text,governorate,stated_control\n" + bad_row + "\n"
                 "2022-01-25,Mzeireb town,ريف درعا الغربي,Syrian regime forces\n", encoding="utf-8")
    out = evaluate_file(f)
    assert [r["status"] for r in out["results"]] == ["bad row", "agree"]
    assert "line 2" in out["results"][0]["message"] and says in out["results"][0]["message"]


def test_cli_eval_corpus_prints_the_table():
    from incmap import cli

    r = CliRunner().invoke(cli, ["eval", str(CORPUS), "--split", "tune", "--json"])
    assert r.exit_code == 0, r.output
    out = json.loads(r.output)
    tune = sum(t.split == "tune" for t in load_corpus(CORPUS))
    assert out["tune"]["accepted"]["of"] == tune and out["heldout"]["accepted"]["of"] == 0


# -- round 2: list layouts, cumulative-only texts, the month's breakdown -------------------

def test_party_blocks_of_the_2014_layout():
    # en-2014-05-monthly-01: "Third: Armed opposition" / "SNHR documented the killing of 222
    # people by the armed opposition; 215 of them are civilians including 57 children"
    t = read_report(TEXTS / "en-2014-05-monthly-01.txt").tallies
    assert {c: p.killed for c, p in t.by_party.items()} == {"REGIME": 179, "ISIS": 103,
                                                             "OPP_SNA": 215}
    # "The number of victims who died under torture inside the government's detention
    # centers was 344" is the month's; "(As average, 15 people die under torture every day)"
    # is a rate.
    assert t.torture == 344


def test_torture_in_a_party_sentence_is_the_party_s_and_a_rate_is_none():
    # en-2015-04-monthly-01: "Government forces killed 1519 civilians including ..., also no
    # less than 104 victims of death under torture (4 victims died under torture each day)."
    t = read_report(TEXTS / "en-2015-04-monthly-01.txt").tallies
    assert t.by_party["REGIME"].killed == 1519
    assert t.torture is None and t.torture_by_party.get("REGIME") == 104


def test_the_dead_include_list():
    # en-2012-11-monthly-01: "In November: 3486 Syrian citizens killed." / "The dead include:"
    # / "349 children" / "331 women" / "52 tortured to death"
    t = read_report(TEXTS / "en-2012-11-monthly-01.txt").tallies
    assert (t.killed, t.children, t.women, t.torture) == (3486, 349, 331, 52)


@pytest.mark.parametrize("text_id, figure", [
    # "3,353 civilians, including 889 children, have been documented as having been killed by
    # antipersonnel landmines (APLs) in Syria since March 2011."
    ("en-2023-04-landmine-01", 3353),
    # "the toll of victims of torture who died between March 2011 and June 2016 is 12,679"
    ("en-2016-06-torture-01", 12679),
    # "SNHR has documented the killing of 2378 people during Ramadan"
    ("en-2014-07-monthly-01", 2378),
])
def test_cumulative_only_texts_are_read_and_their_figures_kept_apart(text_id, figure):
    t = read_report(TEXTS / f"{text_id}.txt").tallies
    assert t.killed is None and t.torture is None  # no month figure
    assert any(figure in (o.get("killed"), o.get("torture")) for o in t.other_totals)


def test_a_daily_brief_figure_is_a_day_s():
    # en-2021-12-daily-01: "the extrajudicial killings of five civilians, including a woman, by
    # Syrian Democratic forces and Unidentified parties, on Thursday, December 9, 2021"
    t = read_report(TEXTS / "en-2021-12-daily-01.txt").tallies
    assert t.killed is None
    assert [o["killed"] for o in t.other_totals if o.get("period") == "day"] == [5]


# -- round 3: party figures in prose, periods by clause, relative dates ----------------------
# Every text below is a *tune* text (index.csv split); the held-out ones are only scored.

def _parties(t) -> dict:
    return {c: p.killed for c, p in t.by_party.items()}


def test_party_figures_in_english_prose():
    # en-2023-10-press-01: "Assad regime forces were responsible for the deaths of 61 civilians,
    # among them 23 children and 9 women", "the PYD terrorist militia was accountable for the
    # killing of 5 civilians", "86 civilians ... lost their lives at the hands of other parties"
    t = read_report(TEXTS / "en-2023-10-press-01.txt").tallies
    assert (t.killed, t.children, t.women, t.torture) == (161, 34, 44, 2)  # not the regime's 61
    assert _parties(t) == {"REGIME": 61, "RUSSIA": 9, "SDF": 5, "OTHER": 86}
    assert (t.by_party["REGIME"].children, t.by_party["REGIME"].women) == (23, 9)
    # en-2020-01-press-01: "three civilians were killed by Daesh, one civilian by the opposition
    # factions, and four others, including two children and a woman, by the Syrian Democratic
    # Forces (SDF)"; "111 of whom are civilians killed by the regime forces"
    t = read_report(TEXTS / "en-2020-01-press-01.txt").tallies
    assert _parties(t) == {"REGIME": 111, "RUSSIA": 75, "ISIS": 3, "OPP_SNA": 1, "SDF": 4, "OTHER": 92}
    assert (t.children, t.women, t.torture) == (73, 30, 7)  # "among the documented deaths there are"


def test_party_figures_of_another_period_are_kept_apart():
    # en-2024-12-press-01: December's parties, then "In 2024, the SNHR documented 1,264 ... Of
    # these, the Assad regime forces killed 356 civilians" (the year's)
    t = read_report(TEXTS / "en-2024-12-press-01.txt").tallies
    assert _parties(t) == {"REGIME": 223, "RUSSIA": 13, "SDF": 108, "OTHER": 151}
    assert any(o.get("by") == "REGIME" and o["killed"] == 356 for o in t.other_totals)
    # ar-2022-06-press-01: the half-year's parties ("نظام الأسد قتل 124 مدنياً" after a sentence
    # naming the first half of 2022), then June's ("منهم 15 مدنياً ... قتلوا على يد قوات النظام")
    t = read_report(TEXTS / "ar-2022-06-press-01.txt").tallies
    assert (t.killed, t.children, t.women, t.torture) == (92, 19, 16, 6)
    assert _parties(t) == {"REGIME": 15}
    assert any(o.get("by") == "REGIME" and o["killed"] == 124 for o in t.other_totals)


def test_party_figures_in_arabic_prose():
    # ar-2017-01-press-01: "قوات النظام السوري قتلت 346 مدنياً"، "فيما قتلت قوات روسية 48"،
    # "وقتلت قوات الإدارة الذاتية الكردية مدنياً واحداً"، "أما تنظيم ... (داعش)، فقتل 99"،
    # "أنّ قوات التحالف الدولي، قتلت 91 مدنياً"
    t = read_report(TEXTS / "ar-2017-01-press-01.txt").tallies
    assert _parties(t) == {"REGIME": 346, "RUSSIA": 48, "SDF": 1, "ISIS": 99, "OPP_SNA": 8, "COALITION": 91}
    # ar-2025-08-press-01 (after 8 Dec 2024): "على يد قوات الحكومة الانتقالية"، "على يد جهات لم
    # يُحدد مرتكبوها" (SNHR's other parties)
    t = read_report(TEXTS / "ar-2025-08-press-01.txt").tallies
    assert _parties(t) == {"TRANSITIONAL": 3, "SDF": 6, "OTHER": 82}
    assert (t.killed, t.children, t.women, t.torture) == (91, 18, 5, 4)  # "بينهم 4 تحت التعذيب" is SDF's
    # ar-2020-03-press-01: "وتسببت الغارات الروسية ... بمقتل 19 مدنياً"، "قتلت قوات المعارضة
    # مدنيين اثنين"، "من بين القتلى المدنيين 28 طفلاً و16 امرأة"، "اثنان من الكادر الطبي"
    t = read_report(TEXTS / "ar-2020-03-press-01.txt").tallies
    assert _parties(t) == {"REGIME": 36, "RUSSIA": 19, "SDF": 12, "OPP_SNA": 2, "OTHER": 76}
    assert (t.children, t.women, t.torture, t.personnel.get("medical")) == (28, 16, 14, 2)


def test_arabic_year_text_has_no_month_figures():
    # ar-2017-12-press-01: "مقتل أكثر 10 آلاف مدني في سوريا خلال العام المنصرم" then the year's
    # parties and November's massacres: nothing of a month the text reports
    r = read_report(TEXTS / "ar-2017-12-press-01.txt")
    t = r.tallies
    assert t.killed is None and not t.by_party and t.massacres is None
    assert any(o.get("by") == "REGIME" and o["killed"] == 4148 for o in t.other_totals)


def test_month_of_a_year_report_and_months_without_a_year():
    # en-2019-12-annual-01: "3,364 civilians were documented killed in 2019 ..., including 234 in
    # December"
    t = read_report(TEXTS / "en-2019-12-annual-01.txt").tallies
    assert t.killed == 234 and any(o.get("killed") == 3364 for o in t.other_totals)
    # en-2018-01-monthly-01: "no less than 774 civilians were killed in January" (published
    # 2018-02-01); "documented since the popular uprising ... started in March 2011" states no figure
    r = read_report(TEXTS / "en-2018-01-monthly-01.txt")
    assert r.meta.period == (2018, 1) and r.tallies.killed == 774 and not r.tallies.by_party
    # en-2020-12-annual-01: SNHR's boilerplate "founded in June 2011" is no title, the date line
    # "Friday 1 January 2021" names no month covered
    r = read_report(TEXTS / "en-2020-12-annual-01.txt")
    assert r.meta.period == (2020, 12) and r.tallies.killed == 99


def test_rounded_titles_torture_by_party_and_massacre_victims():
    # en-2017-04-press-01: "Over 1,000 Civilians Killed" is rounded; "Ten more civilians were killed
    # under torture in the prisons of the Assad regime" is the regime's
    t = read_report(TEXTS / "en-2017-04-press-01.txt").tallies
    assert t.killed == 1014 and t.torture is None and t.torture_by_party == {"REGIME": 10}
    assert _parties(t) == {"REGIME": 486, "RUSSIA": 233, "ISIS": 85, "COALITION": 86}
    # en-2014-10-massacre-01: "In those massacre, ... 393 victims ... were killed": the massacres'
    t = read_report(TEXTS / "en-2014-10-massacre-01.txt").tallies
    assert t.killed is None and t.massacre_killed == 393 and t.massacres == 30
    # en-2015-12-massacre-01: "55 amongst which were committed in December 2015"
    assert read_report(TEXTS / "en-2015-12-massacre-01.txt").tallies.massacres == 55
    # en-2019-08-monthly-01: "Including One Media Worker and Five Medical and Civil Defense
    # Personnel": one media worker; the joint medical + Civil Defense count is neither's
    t = read_report(TEXTS / "en-2019-08-monthly-01.txt").tallies
    assert t.personnel.get("media") == 1 and "medical" not in t.personnel


def test_unidentified_parties_are_the_other_parties():
    # en-2025-11-press-01: "- 68 civilians killed by unidentified parties", "- 3 children killed
    # by cluster munition remnants linked to Assad forces", "- One massacre whose perpetrator ..."
    t = read_report(TEXTS / "en-2025-11-press-01.txt").tallies
    assert _parties(t) == {"REGIME": 3, "SDF": 2, "OTHER": 68}
    assert t.massacres == 1


def test_weekday_and_next_sentence_dates():
    # en-2012-07-news-01 (published Tuesday 2012-07-24): "On Tuesday, a number of al Shari'a
    # village residents were leaving the town mosque. As they were at the mosque door, ...
    # killing 16 citizens"
    inc = read_report(TEXTS / "en-2012-07-news-01.txt").incidents
    assert [(i.date, i.killed, i.category, i.perpetrator) for i in inc] == [
        (dt.date(2012, 7, 24), 16, "massacre", "REGIME")]
    assert "Shari" in inc[0].place_text
    # ar-2026-01-news-01 (published 2026-01-23): "يوم الأحد 18 كانون الثاني/يناير الجاري"
    assert read_report(TEXTS / "ar-2026-01-news-01.txt").incidents[0].date == dt.date(2026, 1, 18)


def test_control_in_the_next_paragraph_and_back_reference():
    # en-2023-05-news-01: "from Kafr Aweed village ..., was killed ... in shelling of the village
    # ... One of the shells also landed near Abdul Qader Mosque" / next paragraph: "The area,
    # which is under the joint control of armed opposition factions and Hay'at Tahrir al-Sham ..."
    i = read_report(TEXTS / "en-2023-05-news-01.txt").incidents[0]
    assert i.place_text.startswith("Kafr Aweed village") and i.stated_control == "HTS_OPP"
    # en-2020-02-news-01: "after faction of the armed opposition- supported by Turkish forces-
    # seize control over the city on February 26" (the supporter holds nothing)
    i = read_report(TEXTS / "en-2020-02-news-01.txt").incidents[0]
    assert (i.killed, i.children, i.perpetrator, i.stated_control) == (3, 1, "RUSSIA", "OPP")
    # ar-2021-11-news-02: "تخضع مدينة تدمر لسيطرة قوات النظام السوري"
    assert read_report(TEXTS / "ar-2021-11-news-02.txt").incidents[0].stated_control == "GOV"


def test_daily_lists_by_party():
    # en-2021-12-daily-01: "... distributed as follows:" / "Syrian Democratic forces: a civilian" /
    # "Unidentified parties: four civilians, including a woman"
    inc = read_report(TEXTS / "en-2021-12-daily-01.txt").incidents
    assert sorted((i.perpetrator, i.killed, i.women or 0) for i in inc) == [
        ("OTHER_UNIDENTIFIED", 4, 1), ("SDF", 1, 0)]
    assert all(i.place_text is None and i.date == dt.date(2021, 12, 9) for i in inc)
    # ar-2025-07-daily-01: "* قوات الحكومة السورية الجديدة: قُتل مدني واحد." ... (the lead's 8 is
    # the list's total, not one more incident)
    inc = read_report(TEXTS / "ar-2025-07-daily-01.txt").incidents
    assert sorted((i.perpetrator, i.killed) for i in inc) == [
        ("OTHER_BOMBING", 3), ("OTHER_GUNFIRE", 4), ("TRANSITIONAL", 1)]


def test_victim_counts_in_real_wordings():
    def first(tid):
        i = read_report(TEXTS / f"{tid}.txt").incidents[0]
        return i.killed, i.children
    # "at least three civilians (two children and a woman) were killed"
    assert first("en-2019-12-news-02") == (3, 2)
    # "killing two of the civilians (named as ...) and wounding another"
    assert first("en-2022-10-news-01")[0] == 2
    # "Two brothers A and B from al Soor town north of Deir Ez-Zour governorate, were shot and killed"
    assert first("en-2022-04-news-02")[0] == 2
    # "A 13- year-old boy, ..., was shot dead"
    assert first("en-2020-06-news-02") == (1, 1)
    # "massacre victim' toll ... rose to at least 18 civilians, including 8 children and a woman"
    assert first("en-2018-02-massacre-01") == (18, 8)
    # "السيدة خ (35 عاما)، ...، وابنتها ن، تبلغ من العمر عامين، قُتلتا": the dual verb counts two
    assert first("ar-2023-12-news-01") == (2, 1)


def test_no_incident_from_report_sentences_headlines_or_abroad():
    # en-2022-05-news-01: the page's title repeated at its foot is no second incident
    assert len(read_report(TEXTS / "en-2022-05-news-01.txt").incidents) == 1
    # en-2024-09-press-01: "96 Syrian refugees were killed in the Israeli offensive on Lebanon"
    assert read_report(TEXTS / "en-2024-09-press-01.txt").incidents == []
    # ar-2025-08-press-01: "توثيق مقتل 91 مدنياً في آب 2025" is the month's total
    assert read_report(TEXTS / "ar-2025-08-press-01.txt").incidents == []
    # en-2018-03-news-01: two lines of one list ("Area in between Misraba town in Douma city",
    # "Misraba town") are two places
    places = [i.place_text for i in read_report(TEXTS / "en-2018-03-news-01.txt").incidents]
    assert "Misraba town" in places and len(places) == 7


# -- round 4: layouts of 2012-2016, lists, massacres told without a day, Arabic statements ---------

def test_party_figures_below_as_follows_are_the_civilians():
    # en-2014-11-monthly-01: "108 people by ISIS, distributed as follows: A. Civilians / SNHR
    # documented 57 victims killed by ISIS"; "70 people by armed opposition, distributed as
    # follows: A. 53 civilians"; "(8 deaths under torture a day)" is a rate
    t = read_report(TEXTS / "en-2014-11-monthly-01.txt").tallies
    assert (t.killed, t.torture) == (1685, None)
    assert {k: v.killed for k, v in t.by_party.items()} == {"REGIME": 1169, "ISIS": 57, "OPP_SNA": 53,
                                                            "COALITION": 16}
    # en-2015-05-monthly-01: "Daesh killed 301 victims as follows: ... 197 civilians ... were killed
    # by Daesh"; "An-Nussra Front killed four victims as follows: 1- Civilians / Killed four civilians"
    t = read_report(TEXTS / "en-2015-05-monthly-01.txt").tallies
    assert {k: v.killed for k, v in t.by_party.items()} == {"REGIME": 1381, "ISIS": 197, "SDF": 14, "HTS": 4}


def test_party_labels_torture_added_to_a_party_and_children_over_100():
    # en-2016-10-press-01: "... where government forces killed 497 civilians including 113 children
    # ... in addition to 24 civilians who died due to torture": the regime's torture, no month total
    t = read_report(TEXTS / "en-2016-10-press-01.txt").tallies
    assert (t.by_party["REGIME"].killed, t.by_party["REGIME"].children, t.torture) == (497, 113, None)
    assert t.torture_by_party == {"REGIME": 24} and t.by_party["RUSSIA"].killed == 294
    # en-2016-09-press-01: "airstrikes carried out by Russia, a major ally of the Syrian regime,
    # killed 391 civilians"; "99 civilians, 17 of whom were children were killed by terror group,
    # DAESH"; "192 children and 163 women were also killed"; "Some 57 civilians were tortured to
    # death by regime forces" is no party figure
    t = read_report(TEXTS / "en-2016-09-press-01.txt").tallies
    assert (t.killed, t.children, t.women) == (1176, 192, 163)
    assert {k: v.killed for k, v in t.by_party.items()} == {"RUSSIA": 391, "ISIS": 99, "OPP_SNA": 38,
                                                            "COALITION": 14}


def test_massacres_of_a_party_and_massacre_victims_are_no_month_figures():
    # en-2014-09-press-01: "documented 25 massacres committed by regime forces", "One more
    # massacre was committed by the Kurdish YPG ..., where 55 civilians ... were killed"
    t = read_report(TEXTS / "en-2014-09-press-01.txt").tallies
    assert t.massacres is None and "SDF" not in t.by_party
    # en-2015-06-massacre-01: "828 victims were killed in these massacres" and the victims by
    # perpetrator under "The death toll of these massacres based on its perpetrators:"
    t = read_report(TEXTS / "en-2015-06-massacre-01.txt").tallies
    assert (t.massacres, t.killed, t.massacre_killed, t.by_party) == (46, None, 828, {})


def test_title_toll_and_a_list_under_its_lead():
    # en-2012-10-monthly-01: "Death toll in October 2012: 4532 civilians, an average of 147 people a day"
    r = read_report(TEXTS / "en-2012-10-monthly-01.txt")
    assert (r.meta.period, r.tallies.killed) == ((2012, 10), 4532)
    # en-2019-05-news-01: "... between April 26 and May 30, 2019" / "Killing of at least 80 children"
    t = read_report(TEXTS / "en-2019-05-news-01.txt").tallies
    assert t.killed is None and [(o["killed"], o["children"]) for o in t.other_totals] == [(80, 80)]
    assert figure_period("killed between April 26 and May 30, 2019", (2019, 5)) == "other"


def test_massacres_told_without_a_day_are_month_incidents():
    # en-2014-09-press-01: Dimo ("stormed the town on September 17 and stabbed 13 civilians to
    # death"), then the Douma massacre and the YPG's, told with their tolls but no day
    r = read_report(TEXTS / "en-2014-09-press-01.txt")
    got = [(str(i.date), i.date_precision.name, i.killed, i.children) for i in r.incidents]
    assert got == [("2014-09-17", "DAY", 13, None), ("2014-09-01", "MONTH", 70, None), ("2014-09-01", "MONTH", 55, 13)]
    assert "Dimo" in r.incidents[0].place_text and "Hajiya" in r.incidents[2].place_text
    # en-2016-10-press-02: "the massacres committed by the coalition at al-Tokhar near Manbej City,
    # which killed 98 civilians among them 59 children and 27 women in July" (posted in October)
    (inc,) = read_report(TEXTS / "en-2016-10-press-02.txt").incidents
    assert (str(inc.date), inc.killed, inc.children, inc.women, inc.perpetrator) == (
        "2016-07-01", 98, 59, 27, "COALITION")


def test_news_counts_and_a_killing_told_after_its_date():
    # en-2020-10-news-01: "... the explosion also resulted in the immediate death of three other workers"
    (inc,) = read_report(TEXTS / "en-2020-10-news-01.txt").incidents
    assert (inc.date, inc.killed) == (dt.date(2020, 10, 28), 4)
    # en-2024-06-news-01: "killing three civilians from the Othman family, including one child, who are ..."
    (inc,) = read_report(TEXTS / "en-2024-06-news-01.txt").incidents
    assert (inc.killed, inc.children) == (3, 1)
    # en-2023-08-news-02: "On August 29, 2023, armed clashes erupted ... SNHR has documented the
    # killing of nine civilians, including one child and one woman, by SDF personnel"; the control
    # is stated after a paragraph of comment
    (inc,) = read_report(TEXTS / "en-2023-08-news-02.txt").incidents
    assert (inc.date, inc.killed, inc.children, inc.women, inc.stated_control) == (
        dt.date(2023, 8, 29), 9, 1, 1, "SDF")


def test_arabic_statements_thousands_rates_and_parties():
    assert [parse_number_ar(x) for x in ("16 ألف", "41 ألفا و812", "4 آلاف و344")] == [16000, 41812, 4344]
    # ar-2013-02-monthly-01: "بيان حصيلة شهر شباط : مقتل 3774 مواطن سوري بمعدل 135مواطن كل يوم ..."
    # with "بينهم 421 طفلا" / "بينهم 231 أمرأة" / "بينهم 63 تحت التعذيب" under it
    t = read_report(TEXTS / "ar-2013-02-monthly-01.txt").tallies
    assert (t.killed, t.children, t.women, t.torture) == (3774, 421, 231, 63)
    # ar-2016-08-press-01: "(بمعدل 8 أطفال يومياً)" is a rate; "قوات التحالف الدولي "قتلت 7 مدنيين"
    t = read_report(TEXTS / "ar-2016-08-press-01.txt").tallies
    assert {k: v.killed for k, v in t.by_party.items()} == {"REGIME": 898, "RUSSIA": 184, "SDF": 30,
                                                            "COALITION": 7, "OTHER": 74}
    # ar-2022-09-press-01: "مقتل 7 أشخاص تحت التعذيب ...، منهم 4 أشخاص في سجون نظام أسد، و2 في سجون
    # قسد، وشخص على يد جهات أخرى": parts of the torture count, no party's killed
    t = read_report(TEXTS / "ar-2022-09-press-01.txt").tallies
    assert t.torture == 7 and "OTHER" not in t.by_party


def test_arabic_child_named_and_areas_in_general():
    # ar-2022-09-news-01: "مقتل الطفل ..." is a child; "وأن المنطقة تخضع لسيطرة قوات النظام"
    (inc,) = read_report(TEXTS / "ar-2022-09-news-01.txt").incidents
    assert (inc.killed, inc.children, inc.stated_control) == (1, 1, "GOV")
    # ar-2020-07-news-01: "في بعض المناطق الخاضعة لسيطرة قوات النظام" speaks of areas in general
    (inc,) = read_report(TEXTS / "ar-2020-07-news-01.txt").incidents
    assert (inc.killed, inc.children, inc.stated_control) == (2, 2, None)


def test_arabic_month_words_massacre_reports_and_elliptical_parties():
    # "ارتكاب" ends in "اب" but holds no August
    assert find_month_ar("ارتكاب أطراف الصراع في سورية تسع مجازر، خلال إبريل/ نيسان الماضي", 2018) == (2018, 4)
    # ar-2018-04-massacre-01: "المجازر تسببت في مقتل 159 شخصاً" (massacre victims); "قوات النظام قتلت،
    # خلال إبريل/ نيسان، 106 مدنيين ...، وقتلت قوات الإدارة الذاتية مدنياً، وجهات أخرى 42"
    t = read_report(TEXTS / "ar-2018-04-massacre-01.txt").tallies
    assert (t.killed, t.massacres, t.massacre_killed) == (None, 9, 159)
    assert {k: v.killed for k, v in t.by_party.items()} == {"REGIME": 106, "SDF": 1, "OTHER": 42}
    # ar-2021-04-press-01: "فقد قتل 21 طفلاً و 7 نساء"; the landmine year-to-date aside ("منذ بداية العام
    # الجاري ارتفع إلى 96") does not make the party figures after it the year's
    t = read_report(TEXTS / "ar-2021-04-press-01.txt").tallies
    assert (t.killed, t.children, t.women) == (104, 21, 7)
    assert {k: v.killed for k, v in t.by_party.items()} == {"REGIME": 18, "RUSSIA": 1, "SDF": 11}


def test_arabic_massacre_told_and_general_control_in_english():
    # ar-2020-04-press-01: "تشمل قتلى مجزرة عفرين، حيث ذهب ضحيتها حوالي 50 قتيلا"
    (inc,) = read_report(TEXTS / "ar-2020-04-press-01.txt").incidents
    assert (str(inc.date), inc.date_precision.name, inc.killed, inc.place_text) == ("2020-04-01", "MONTH", 50, "عفرين")
    # en-2020-06-news-03: "A 14-year- old boy"; "The remnants of weapons continue to constitute a real
    # and lethal threat to civilians in the areas controlled by ..." says nothing of the site
    (inc,) = read_report(TEXTS / "en-2020-06-news-03.txt").incidents
    assert (inc.killed, inc.children, inc.stated_control) == (1, 1, None)


def test_arabic_statements_of_round_4c():
    # ar-2015-11-press-01: "قتلت 963 شخصاً، يتوزعون إلى 676 من المدنيين ...، و62 شخصاً قتلوا بسبب التعذيب";
    # "266 شخصاً قتلوا بسبب هجمات شنتها طائرات روسية"
    t = read_report(TEXTS / "ar-2015-11-press-01.txt").tallies
    assert t.torture is None and {k: v.killed for k, v in t.by_party.items()} == {"REGIME": 676, "RUSSIA": 266}
    # ar-2019-11-press-01: "مراكز حيويَّة مدنيَّة" (with shadda) holds no "مدني"; "هجوماً ... على مخيم للنازحين
    # بريف إدلب الشمالي، وتسبب بمجزرة قتل فيها 15 مدنياً بينهم 10 أطفال و3 سيدات"
    r = read_report(TEXTS / "ar-2019-11-press-01.txt")
    assert r.tallies.by_party == {} and (r.tallies.killed, r.tallies.massacres) == (277, 13)
    (inc,) = r.incidents
    assert (inc.date_precision.name, inc.killed, inc.children, inc.women, inc.governorate) == ("MONTH", 15, 10, 3, "Idlib")
    # ar-2021-06-press-01: "... في حزيران. إضافة إلى مقتل 11 شخصاً بسبب التعذيب. وما لا يقل عن 2 مجزرة."
    t = read_report(TEXTS / "ar-2021-06-press-01.txt").tallies
    assert (t.killed, t.torture, t.massacres) == (95, 11, 2)


def test_arabic_daily_list_with_counts_first():
    # ar-2021-08-daily-01: "... في يوم الجمعة 6/ آب/ 2021، ... على النحو التالي:" then "المعارضة المسلحة/ الجيش
    # الوطني: 4 مدنيين، بينهم 3 أطفال", ..., "قوات النظام السوري/ القوات الروسية: مدني واحد (طفل)" and a note
    # that the child died on 6 August of an attack on Ehsem on 17 July
    r = read_report(TEXTS / "ar-2021-08-daily-01.txt")
    assert find_dates_ar("في يوم الجمعة 6/ آب/ 2021")[0][0] == dt.date(2021, 8, 6)
    assert r.tallies.killed is None and "OPP_SNA" not in r.tallies.by_party
    got = [(str(i.date), i.killed, i.children, i.place_text) for i in r.incidents]
    assert got == [("2021-08-06", 4, 3, None), ("2021-08-06", 3, None, None), ("2021-07-17", 1, 1, "بلدة إحسم جنوب إدلب")]


# -- round 5 (English): rules from the tune texts of batches 5en and 5enb -----------------------

def test_monthly_openings_of_round_5():
    # en-2022-07-monthly-01: "The report documents the deaths of 86 civilians, including 21 children and
    # eight women (adult female), in July 2022, with the highest percentage of killings being carried
    # out at the hands of other parties." - a share, no party's count; the 227 arrests "including 16
    # children and nine women" are detentions
    t = read_report(TEXTS / "en-2022-07-monthly-01.txt").tallies
    assert (t.killed, t.children, t.women, t.torture, t.massacres) == (86, 21, 8, 5, 2) and t.by_party == {}
    # en-2023-02-monthly-01: "Most Notable Human Rights Violations in Syria in February 2023" covers the
    # month; "81 civilians ..., most of whom were killed by Syrian regime forces"; "the killing of two
    # medical workers and four individuals who died due to torture"
    r = read_report(TEXTS / "en-2023-02-monthly-01.txt")
    assert r.meta.covers_month and r.meta.period == (2023, 2)
    t = r.tallies
    assert (t.killed, t.children, t.women, t.torture, t.personnel.get("medical")) == (81, 8, 4, 4, 2)
    assert t.by_party == {}
    # en-2021-03-monthly-01: "177 civilians, including 28 children, 35 women, one medical worker, and ..."
    assert read_report(TEXTS / "en-2021-03-monthly-01.txt").tallies.personnel.get("medical") == 1


def test_party_shares_and_single_victims():
    # en-2021-02-press-01: "138 civilians ..., 19 of whom were killed by Syrian regime forces"; "Hay'at
    # Tahrir al-Sham (HTS) killed a child."; "The armed opposition, or National Army, killed a civilian.";
    # "Other parties were responsible for killing the remaining 110 civilians, including 19 children"
    t = read_report(TEXTS / "en-2021-02-press-01.txt").tallies
    assert (t.killed, t.children, t.women, t.torture, t.massacres) == (138, 23, 11, 14, 3)
    assert {c: p.killed for c, p in t.by_party.items()} == {"REGIME": 19, "SDF": 6, "ISIS": 1, "HTS": 1,
                                                             "OPP_SNA": 1, "OTHER": 110}
    assert (t.by_party["REGIME"].children, t.by_party["OTHER"].children) == (2, 19)


def test_daily_list_after_a_blank_line():
    # en-2023-12-daily-01: "... on Friday, December 15, 2023, with the toll of victims distributed as
    # follows:" / (blank line) / "Syrian Regime forces: 1 civilian." ...
    r = read_report(TEXTS / "en-2023-12-daily-01.txt")
    got = [(str(i.date), i.perpetrator, i.killed, i.place_text) for i in r.incidents]
    assert got == [("2023-12-15", "REGIME", 1, None), ("2023-12-15", "OPP_SNA", 1, None),
                   ("2023-12-15", "OTHER_UNIDENTIFIED", 2, None)]


def test_undated_body_takes_the_headline_s_day():
    # en-2023-11-news-02: the headline "..., November 27, 2023" dates the body's killing, which says
    # no day; the headline is then no second incident
    (inc,) = read_report(TEXTS / "en-2023-11-news-02.txt").incidents
    assert (str(inc.date), inc.killed, inc.children, inc.category, inc.stated_control) == \
        ("2023-11-27", 1, 1, "landmine", "SDF")
    assert "Mouzan village" in inc.place_text and "Darnaj" not in inc.place_text


def test_torture_headline_dated_by_the_day_snhr_learnt_of_it():
    # en-2020-08-news-01: the headline's "August 29" is the day SNHR learnt of the death (the body's
    # dates: arrested 2019-08-15, died 2020-01-08, learnt 2020-08-29): one incident, not two
    (inc,) = read_report(TEXTS / "en-2020-08-news-01.txt").incidents
    assert inc.category == "torture" and inc.killed == 1 and inc.perpetrator == "REGIME"
    assert inc.dates == {"arrested": "2019-08-15", "died": "2020-01-08", "learned": "2020-08-29"}


def test_another_party_s_attack_is_placed_by_the_sentence_before(geocoder):
    # en-2019-12-news-02: "We note that this bombing followed an aerial attack by Syrian regime forces
    # using barrel bombs resulting in the death of a civilian." names no place: the sentence before
    # (Mrdikh village) is the geocoder's context
    first, second = read_report(TEXTS / "en-2019-12-news-02.txt").incidents
    assert (first.perpetrator, first.killed, second.perpetrator, second.killed) == ("RUSSIA", 3, "REGIME", 1)
    assert second.date == first.date and second.place_text is None
    text, governorate, context = second.place_query()
    assert "Mrdikh village" in context
    assert geocoder.geocode(text, governorate=governorate, context=context).pcode == "C3930"


def test_massacres_told_without_a_day():
    # en-2024-01-monthly-01: "Jordanian forces committed a massacre in Rural Suwayda, in which seven
    # civilians, including two children and three womens, were killed" (told in the subtitle too);
    # the torture count is "Five Deaths due to Torture", not the "72 Civilian Deaths" before it
    r = read_report(TEXTS / "en-2024-01-monthly-01.txt")
    assert (r.tallies.killed, r.tallies.torture) == (72, 5)
    (inc,) = r.incidents
    assert (str(inc.date), inc.date_precision.name, inc.perpetrator, inc.killed, inc.children, inc.women,
            inc.place_text, inc.governorate) == ("2024-01-01", "MONTH", "JORDAN", 7, 2, 3, "Rural Suwayda", "Suwayda")
    # en-2018-07-press-01: "the massacre that took place in Zardna Village, in the northeastern
    # countryside of Idlib last June, resulted in the killing of 52 civilians, including ten children"
    (inc,) = read_report(TEXTS / "en-2018-07-press-01.txt").incidents
    assert (str(inc.date), inc.date_precision.name, inc.killed, inc.children) == ("2018-06-01", "MONTH", 52, 10)
    assert inc.place_text == "Zardna Village, in the northeastern countryside of Idlib"


def test_a_campaign_s_figure_is_another_period_and_the_text_is_read():
    # en-2019-11-news-01: "56 civilians, including 19 Children, Were Killed by Syrian-Russian Alliance
    # Forces in 16 Days" - no month figure, kept apart; the text is accepted
    t = read_report(TEXTS / "en-2019-11-news-01.txt").tallies
    assert t.killed is None and t.by_party == {}
    assert any(o.get("killed") == 56 and o.get("children") == 19 for o in t.other_totals)
    assert figure_period("56 civilians, including 19 Children, Were Killed in 16 Days", (2019, 11)) == "other"


def test_torture_in_a_party_block_without_in_addition_to():
    # en-2015-05-monthly-01: "Government forces killed 1381 victims including ... Also, 82 victims were
    # tortured to death (averagely three victims were tortured to death per day)."; under An-Nussra:
    # "Killed four civilians including a child and one victim who was tortured to death"
    t = read_report(TEXTS / "en-2015-05-monthly-01.txt").tallies
    assert t.torture is None and t.torture_by_party == {"REGIME": 82, "HTS": 1}


def test_headline_governorate_and_a_place_phrase_ends_at_including():
    # en-2013-07-massacre-01: "Al Mazra'a village in Aleppo suburbs" (headline); "killed no less than 250
    # individuals from Al Mazra'a village including children and women"
    (inc,) = read_report(TEXTS / "en-2013-07-massacre-01.txt").incidents
    assert (inc.place_text, inc.governorate, inc.killed, inc.category) == ("Al Mazra'a village", "Aleppo", 250,
                                                                          "massacre")


def test_month_restatements_of_round_5c():
    # en-2022-05-press-02: "78 Civilians, Including 14 Children Killed ... diring May" then "At least 78
    # people, including 14 children and 11 women were killed ... only in the month of May" (the fuller
    # breakdown completes the total); "eight individuals were also died as a result of torture"; "the
    # deaths of nine civilians, including six children and one woman, as a result of landmine
    # explosions" is a cause's share, not the headline
    r = read_report(TEXTS / "en-2022-05-press-02.txt")
    assert r.meta.period == (2022, 5) and r.meta.covers_month
    assert (r.tallies.killed, r.tallies.children, r.tallies.women, r.tallies.torture) == (78, 14, 11, 8)
    # en-2023-06-monthly-01: only the first half's figures ("In the first half of 2023 ... 501 civilians ...
    # Among these, ... three medical personnel, one media worker, and 20 individuals who died due to
    # tortur"): none is June's
    t = read_report(TEXTS / "en-2023-06-monthly-01.txt").tallies
    assert (t.killed, t.children, t.women, t.torture, t.massacres) == (None, None, None, None, None)
    assert t.personnel == {} and any(o.get("killed") == 501 for o in t.other_totals)
    # en-2018-05-press-01: "11 massacres in Syria in May 2018 ... the massacres claimed the lives of 103
    # civilians": the massacres' victims, not the month's toll; "171 ... since the beginning of 2018"
    t = read_report(TEXTS / "en-2018-05-press-01.txt").tallies
    assert (t.killed, t.massacres, t.massacre_killed) == (None, 11, 103)


def test_a_munition_left_over_is_a_remnant_not_the_shelling():
    # en-2020-12-news-02: "a munition left over from previous shelling of  unknown origin exploded as he
    # played with the deadly weapon, while  he was in Halab Lebbayah IDP Camp": an explosive remnant
    # (category landmine, as SNHR counts it), its party unidentified; the camp, not the home village
    (inc,) = read_report(TEXTS / "en-2020-12-news-02.txt").incidents
    assert (inc.cause, inc.category, inc.killed, inc.children) == ("explosive remnant", "landmine", 1, 1)
    assert inc.perpetrator.startswith("OTHER_") and inc.place_text.startswith("Halab Lebbayah IDP Camp")


def test_cli_eval_one_round():
    from incmap import cli

    r = CliRunner().invoke(cli, ["eval", str(CORPUS), "--round", "5en", "--json"])
    assert r.exit_code == 0, r.output
    out = json.loads(r.output)
    assert out["all"]["accepted"]["of"] == len(_round_ids("5en")) == 12
    assert out["all"]["geocode"]["of"] == 0  # no sentence row comes from round 5's texts
    r = CliRunner().invoke(cli, ["eval", str(CORPUS), "--round", "9z"])
    assert r.exit_code != 0 and "no text of round 9z" in r.output and "5en" in r.output
def test_arabic_daily_lists_by_place_of_round_5():
    # ar-2012-07-press-01: "الأحد أن 20 شخصاً قتلوا ..." then "7 قتلى سقطوا في دمشق وريفها و4 في حماة و3 في
    # كل من إدلب وحمص و2 في كل من حلب ودرعا وواحد في دير الزور" (a post of Sunday 1 July 2012)
    r = read_report(TEXTS / "ar-2012-07-press-01.txt")
    assert [(str(i.date), i.killed, i.place_text) for i in r.incidents] == [
        ("2012-07-01", 7, "دمشق وريفها"), ("2012-07-01", 4, "حماة"), ("2012-07-01", 3, "إدلب"),
        ("2012-07-01", 3, "حمص"), ("2012-07-01", 2, "حلب"), ("2012-07-01", 2, "درعا"), ("2012-07-01", 1, "دير الزور")]
    # ar-2014-09-press-02: the place first ("حيث كان نصيب إدلب 12 مدنيا، ودير الزور 6 وحمص 6"), each list
    # with the party of its sentence or lead; "ما لا يقل عن 28 مدنيا" before the regime's list is its total
    r = read_report(TEXTS / "ar-2014-09-press-02.txt")
    assert [(str(i.date), i.killed, i.governorate_pcode, i.perpetrator) for i in r.incidents] == [
        ("2014-09-23", 12, "SY07", "COALITION"), ("2014-09-23", 6, "SY09", "COALITION"),
        ("2014-09-23", 6, "SY04", "COALITION"), ("2014-09-23", 13, "SY01", "REGIME"),
        ("2014-09-23", 7, "SY07", "REGIME"), ("2014-09-23", 4, "SY09", "REGIME"),
        ("2014-09-23", 2, "SY02", "REGIME"), ("2014-09-23", 2, "SY12", "REGIME")]
    # ar-2018-04-massacre-01: "أن المجازر توزعت في المحافظات السورية على ثلاث في حلب، ..." counts massacres
    assert read_report(TEXTS / "ar-2018-04-massacre-01.txt").incidents == []
    assert [x[:2] for x in distribution_ar("وشخصين فى درعا، وشخص واحد فى اللاذقية، و8 فى حمص")] == [
        (2, "درعا"), (1, "اللاذقية"), (8, "حمص")]


def test_arabic_party_figures_of_round_5():
    # ar-2015-01-press-01: "مقتل نحو 1350 شخصاً" (title) and "بلغت الشهر الماضي 1354 شخصاً" (exact); "مقتل
    # 125 مدنياً على يد المعارضة المسلّحة، (116 مدنياً، و9 مقاتلين ...)"; "على يد كل من ... تنظيم الدولة
    # و جبهة النصرة 118 شخصاً" is two parties' one figure; "قضى أربعة مدنيين، ...، إثر غارات التحالف"
    t = read_report(TEXTS / "ar-2015-01-press-01.txt").tallies
    assert t.killed == 1354
    assert _parties(t) == {"REGIME": 883, "OPP_SNA": 116, "SDF": 13, "COALITION": 4, "OTHER": 82}
    # ar-2017-03-press-01: "استشهاد 1134 مدنياً على يد الجهات الرئيسية الفاعلة" is the month's; "مصرع 119
    # مدنياً ... على يد تنظيم الدولة"; "الذين قتلوا على يد قوات التحالف ...، فقد بلغ عددهم 260"; "بينهم 61
    # طفلاً (بمعدل طفلين يومياً)" (a rate is no child)
    t = read_report(TEXTS / "ar-2017-03-press-01.txt").tallies
    assert t.killed == 1134 and t.by_party["REGIME"].children == 61
    assert _parties(t) == {"REGIME": 417, "RUSSIA": 224, "SDF": 11, "ISIS": 119, "HTS": 5, "OPP_SNA": 14,
                           "COALITION": 260, "OTHER": 84}
    # ar-2023-08-press-01: "إن 17 منهم قتلو على يد قوات حكومة دمشق" (2023: the regime); "وأحد الكوادر الإعلامية"
    t = read_report(TEXTS / "ar-2023-08-press-01.txt").tallies
    assert t.by_party["REGIME"].killed == 17 and t.personnel.get("media") == 1


def test_arabic_massacre_report_and_number_words_of_round_5():
    # ar-2014-09-press-03: "قوات الأسد ارتكبت ما لا يقل عن 25 مجزرة" is the regime's, "نُفذت 6 مجازر في حلب"
    # a governorate's: no month total; "أضخمها في مدينة دوما بتاريخ 11 / أيلول أودت بحياة 58 شخصاً"
    r = read_report(TEXTS / "ar-2014-09-press-03.txt")
    assert r.tallies.massacres is None and r.tallies.killed is None
    (inc,) = r.incidents
    assert (str(inc.date), inc.killed, inc.place_text, inc.governorate_pcode) == ("2014-09-11", 58, "مدينة دوما", "SY03")
    assert [parse_number_ar(w) for w in ("اثنا عشر", "ثلاثون", "خمسة وعشرون", "خمس عشرة", "مئة")] == [12, 30, 25, 15, 100]
    assert count_ar("طفلاها") == (2, 2, 0)


def test_arabic_wordings_of_snhr_years():
    # SNHR's Arabic wording in the corpus's texts and in its posts of 2012-2025: days by ordinal word,
    # by weekday before publication (ar-2012-07-press-01: "الأحد", a post of Sunday 1 July 2012), a day
    # without its year (ar-2014-09-press-03: "بتاريخ 11 / أيلول")
    assert find_dates_ar("في العاشر من تشرين الأول 2020")[0][0] == dt.date(2020, 10, 10)
    assert find_dates_ar("بتاريخ 11 / أيلول", 2014)[0][0] == dt.date(2014, 9, 11)
    assert day_named_ar("في تقريرها الأحد أن 20 شخصاً قتلوا", dt.date(2012, 7, 1)) == dt.date(2012, 7, 1)
    assert day_named_ar("قُتل مدني اليوم الخميس", dt.date(2021, 3, 6)) == dt.date(2021, 3, 4)
    # the report's own day is no incident's (ar-2024-08-press-01: "تقرير الشبكة الصادر اليوم الأحد")
    assert day_named_ar("وأوضح تقرير الشبكة الصادر اليوم الأحد أن النظام السوري قتل 21 مدنيا", dt.date(2024, 9, 1)) is None
    # control in its other wordings; "بعض المناطق" speaks of areas in general
    assert stated_control_ar("في قرية الزر التي تسيطر عليها قوات سوريا الديمقراطية") == "Syrian Democratic Forces"
    assert stated_control_ar("في مدينة طفس، ويخضع الريف الغربي لسيطرة قوات النظام السوري") == "Syrian regime forces"
    assert stated_control_ar("في بعض المناطق الخاضعة لسيطرة قوات النظام") is None
    # a joint figure split into its parties; a party's massacres or "ميليشيات إيرانية" with the regime
    figures = party_figures_ar("وأوضحت أن قوات الحلف السوري الروسي مسؤولة عن مقتل 735 مدنياً، منهم 555 على يد "
                               "قوات النظام، و180 على يد القوات الروسية.", dt.date(2019, 8, 1))
    assert [f[:2] for f in figures] == [("REGIME", 555), ("RUSSIA", 180)]
    assert [f[:2] for f in party_figures_ar("قتلت الميليشيات الإيرانية 5 مدنيين", dt.date(2019, 8, 1))] == [("REGIME", 5)]
    # a party told after its count or as the one responsible
    for sentence, code in (("و5 مدنيين قتلتهم قوات سوريا الديمقراطية.", "SDF"), ("وقُتل 12 مدنياً بنيران القوات الروسية.", "RUSSIA"),
                           ("وكان النظام السوري مسؤولاً عن مقتل 30 مدنياً، بينهم 5 أطفال.", "REGIME")):
        assert [f[0] for f in party_figures_ar(sentence, dt.date(2020, 5, 1))] == [code], sentence



# -- after round 6's measurement: two rules from its misses (round 6 was measured before them) ---

def test_a_hamza_under_the_alif_of_istishhad_is_read_as_the_killing_word():
    # ar-2012-06-news-01: "ما أدى إلى إستشهاد أكثر من 20 شخصاً" is the text's only killing word
    # in that spelling; it has no day (it was refused until fix63 brought over refar's 'which led to' rule, by the
    # lead's decision: the killing is now read at the town the sentence before names, dated by the publication's month)
    from geo.report.text import Document
    body = (TEXTS / "ar-2012-06-news-01.txt").read_text(encoding="utf-8").split("---\n", 1)[1]
    doc = Document(body)
    at = body.index("إستشهاد")
    assert len(doc.text) == len(body) and doc.text[at:at + 7] == "استشهاد"
    (inc,) = read_report(TEXTS / "ar-2012-06-news-01.txt").incidents
    assert (inc.killed, inc.children, inc.women, inc.place_text) == (20, 3, 9, "مدينة درعا البلد")


def test_an_arabic_month_total_told_as_the_number_of_victims_reached():
    # ar-2017-11-press-01: "بلغ عدد الضحايا المدنيين الذين قتلوا في سورية، خلال تشرين الثاني/ نوفمبر
    # الماضي،”996 مدنيًا" (a quotation mark before the number); a three-day figure told the same
    # way ("بلغ عدد الضحايا 157 شخصًا" of the Eid days, ar-2015-07-press-01) is no month's
    assert read_report(TEXTS / "ar-2017-11-press-01.txt").tallies.killed == 996
    assert read_report(TEXTS / "ar-2015-07-press-01.txt").tallies.killed is None


# -- round 7 (English reader): the general causes of round 6's English misses, after its measurement --

def test_massacre_victims_by_party_are_not_the_month_s_party_figures():
    # en-2017-07-press-01 (title "264 Civilians Killed in 24 Massacres in July"): "the massacres claimed
    # the lives of 264 people, including 106 children and 55 women ... regime forces killed 95 people,
    # while 30 civilians were killed by the Russian forces ... 32 civilians who were killed by the
    # international anti-ISIS forces": the massacres' victims, by party; no month total, no month party
    t = read_report(TEXTS / "en-2017-07-press-01.txt").tallies
    assert t.killed is None and t.by_party == {}
    assert (t.massacre_killed, t.massacre_children, t.massacre_women, t.massacres) == (264, 106, 55, 28)
    assert {c: p.killed for c, p in t.massacre_by_party.items()} == {"REGIME": 95, "RUSSIA": 30, "COALITION": 32}
    from incmap import cli

    out = CliRunner().invoke(cli, ["extract", str(TEXTS / "en-2017-07-press-01.txt")]).output
    assert "massacres' victims: 264 (children 106, women 55); by party: REGIME 95, RUSSIA 30, COALITION 32" in out
    # a monthly report with massacres beside its month's figures keeps its month's party figures
    t = read_report(TEXTS / "en-2021-02-press-01.txt").tallies
    assert t.killed == 138 and t.by_party["REGIME"].killed == 19 and t.massacre_by_party == {}


def test_anti_isis_forces_are_the_coalition():
    from geo.incident import parse_perpetrator

    assert parse_perpetrator("the international anti-ISIS forces").code == "COALITION"
    assert parse_perpetrator("the international coalition against ISIS").code == "COALITION"
    assert parse_perpetrator("ISIS").code == "ISIS"


def test_animals_killed_are_no_person_killed():
    # en-2024-03-refuse-01: "wounding both drivers and killing a number of the sheep being
    # transported": refused, and for what is true of it
    with pytest.raises(InputError, match="people injured, no one killed"):
        read_report(TEXTS / "en-2024-03-refuse-01.txt")


def test_child_name_and_ages_after_a_name_count_as_children():
    # en-2022-11-news-01: "Child name Mohammad Saleh al-Daghli, was killed on November 20, 2022" (SNHR's
    # typo for "named")
    (inc,) = read_report(TEXTS / "en-2022-11-news-01.txt").incidents
    assert (inc.killed, inc.children) == (1, 1)
    from geo.report.incidents import _victims

    # SNHR's "A boy, identified as 17-year-old Anas ..." form with a non-child noun, and ", aged N,"
    s = "A civilian, identified as 15-year-old Anas al-Khalaf, was killed on November 10, 2024, by gunfire."
    assert _victims(s, s)[0].children == 1
    s = "A man, identified as Anas al-Khalaf, aged 45, was shot dead on November 10, 2024."
    assert _victims(s, s)[0].children == 0


def test_cumulative_and_statistics_sentences_make_no_incident():
    from geo.report.incidents import _SUMMARY

    # en-2018-07-press-01: "... killed 6187 civilians, including 1771 children since its intervention in
    # the Syrian conflict" (no incident: its only incident is the Zardana massacre)
    r = read_report(TEXTS / "en-2018-07-press-01.txt")
    assert all("6187" not in i.sentence for i in r.incidents)
    assert _SUMMARY.search("Russian troops killed 6187 civilians since its intervention in the Syrian conflict")
    # SNHR's October 2023 statistic, as the Syrian Coalition retold it
    assert _SUMMARY.search("The report noted that Homs province recorded the highest number of casualties")


def test_massacres_reports_of_2014_2015_keep_their_victims_apart():
    # en-2014-09-massacre-01 ("27 Documented Massacres in September 2014"): "In total, 551 victims including
    # 122 children and eight women were killed in the massacres perpetrated in September" are the
    # massacres' victims, and "58 victims killed in that massacre" is the Douma massacre's, an incident
    r = read_report(TEXTS / "en-2014-09-massacre-01.txt")
    t = r.tallies
    assert t.killed is None and (t.massacre_killed, t.massacre_children, t.massacre_women) == (551, 122, 8)
    assert [(str(i.date), i.killed) for i in r.incidents] == [("2014-09-11", 58)]
    # en-2014-08-massacre-01: "In total, 507 were killed in those massacres including 141 children and 68
    # women" (no noun); "Government forces killed 438 victims ...": the massacres' victims by party
    t = read_report(TEXTS / "en-2014-08-massacre-01.txt").tallies
    assert (t.massacre_killed, t.massacre_children, t.massacre_women) == (507, 141, 68) and t.by_party == {}
    assert t.massacre_by_party["REGIME"].killed == 438
    # en-2015-07-massacre-01 / en-2015-06-massacre-01: "524 victims were killed in these massacres, amongst
    # 133 children and 70 women" (SNHR's 2015 wording for "including")
    t = read_report(TEXTS / "en-2015-07-massacre-01.txt").tallies
    assert (t.massacre_killed, t.massacre_children, t.massacre_women) == (524, 133, 70)
    t = read_report(TEXTS / "en-2015-06-massacre-01.txt").tallies
    assert (t.massacre_killed, t.massacre_children, t.massacre_women) == (828, 169, 161)


def test_torture_report_title_share_is_not_the_month_s_torture():
    # en-2018-08-torture-01: "198 Individuals Died due to Torture in Syria in August 2018 / Including 194
    # at the hands of Syrian Regime Forces"
    t = read_report(TEXTS / "en-2018-08-torture-01.txt").tallies
    assert (t.torture, t.killed) == (198, None)


# -- round 8 (English reader): the general causes of round 7's English misses ----------------------
# Round 7 was a held-out test batch, measured once (docs/corpus.md); its English misses were then read
# and the rules below written from them and from the round 8en-tune texts. Round 7 is no longer
# untouched for these rules.

def test_the_month_s_share_of_a_year_s_torture_is_the_month_s_torture():
    # en-2017-12-torture-01 (round 7): the title "232 Individuals Died due to Torture in Syria in 2017"
    # and its subtitle "Including 15 in December": December's torture, of the title's kind
    t = read_report(TEXTS / "en-2017-12-torture-01.txt").tallies
    assert (t.torture, t.killed) == (15, None)
    assert any(o.get("torture") == 232 for o in t.other_totals)
    # en-2018-12-torture-01 (8en-tune): "at least 976 individuals died due to torture in Syria in 2018,
    # including 12 in December": torture, not the month's death toll
    t = read_report(TEXTS / "en-2018-12-torture-01.txt").tallies
    assert (t.torture, t.killed) == (12, None)
    # en-2016-12-torture-01 (8en-tune): "... 476 individuals due to torture in 2016 ... including 20
    # individuals in December 2016"; the year's party figures are not the month's
    t = read_report(TEXTS / "en-2016-12-torture-01.txt").tallies
    assert (t.torture, t.killed, t.by_party, t.torture_by_party) == (20, None, {}, {})


def test_a_torture_title_s_party_share_is_that_party_s_torture():
    # en-2017-02-torture-01 (round 7): "21 Individuals Died due to Torture, including 18 at the Hands of
    # the Syrian Regime Forces in February 2017": 21 the month's torture, 18 the regime's share of it,
    # no party's death toll; the title names the month the report covers
    r = read_report(TEXTS / "en-2017-02-torture-01.txt")
    assert r.meta.period == (2017, 2) and r.meta.covers_month
    t = r.tallies
    assert (t.torture, t.killed, t.by_party, t.torture_by_party) == (21, None, {}, {"REGIME": 18})


def test_a_page_s_date_stamp_and_a_total_said_before_its_month():
    # en-2019-11-monthly-01 (round 7): " date 2019-12-01 SNHR Documented 13 Massacres and 27 Persons Who
    # Died due to Torture" - the page's date stamp is its publication date, no incident's day; "at
    # least 277 civilians, including two media workers, ..., were documented killed as a result of the
    # conflict in Syria in November 2019": the month is named after the "including" list
    raw = (TEXTS / "en-2019-11-monthly-01.txt").read_text(encoding="utf-8")
    fields, body = split_header(raw)
    assert fields["published"] == "2019-12-01" and "2019-12-01" not in body
    r = read_report(raw)
    assert r.incidents == [] and r.meta.period == (2019, 11) and r.meta.covers_month
    t = r.tallies
    assert (t.killed, t.torture, t.massacres, t.personnel.get("medical")) == (277, 27, 13, 3)


def test_a_headline_figure_of_one_party_s_attacks_is_no_month_total():
    # en-2024-11-monthly-01 (held out, round 5enb; seen in round 8's regression run): "The group also
    # documented the killing of nine civilians - six children and three women - in Israeli attacks on
    # Syria" is a share of the month's 71, not its total
    t = read_report(TEXTS / "en-2024-11-monthly-01.txt").tallies
    assert t.killed == 71


def test_a_family_s_victims_listed_in_a_parenthesis():
    # en-2021-07-news-02 (8en-tune): "Seven civilians from the same family (three children, all
    # sisters, and four women, including a nurse) were killed"
    r = read_report(TEXTS / "en-2021-07-news-02.txt")
    assert [(str(i.date), i.killed, i.children, i.women) for i in r.incidents] == [("2021-07-17", 7, 3, 4)]


def test_a_village_in_jabal_al_zaweya_as_snhr_spells_it(geocoder):
    # en-2021-07-news-01 (round 7): "a house in the southeast of Sarja village in Jabal al Zaweya in the
    # southern suburbs of the governorate": SNHR's spelling of Jabal al-Zawiya is the region, and Sarja
    # (C4273, 11 km from al-Bara) lies in it; UCDP's "Sarjah" 40 km east does not
    inc = read_report(TEXTS / "en-2021-07-news-01.txt").incidents[0]
    text, governorate, context = inc.place_query()
    m = geocoder.geocode(text, governorate=governorate, date=inc.date, context=context)
    assert m.pcode == "C4273" and "Jabal al Zaweya" in m.matched
    # en-2021-07-news-02 (8en-tune): "north Ihsem town in Jabal al Zaweya ..." is OCHA's Ehsem
    inc = read_report(TEXTS / "en-2021-07-news-02.txt").incidents[0]
    text, governorate, context = inc.place_query()
    assert geocoder.geocode(text, governorate=governorate, date=inc.date, context=context).pcode == "C4295"


def test_a_neighbourhood_inside_the_answer_s_city_is_placed_right(geocoder, gaz):
    # en-2024-10-news-01 (round 7): "al-Sheikh Saed area in al-Mazza neighborhood in Damascus city" is
    # placed at the Mazzeh neighbourhood, inside the answer's Damascus city (C1001): right. A finer
    # place counts only as a neighbourhood of the answer's city, not inside a larger unit.
    from geo.report.evaluate import place_right

    inc = read_report(TEXTS / "en-2024-10-news-01.txt").incidents[0]
    text, governorate, context = inc.place_query()
    m = geocoder.geocode(text, governorate=governorate, date=inc.date, context=context)
    want = json.loads((CORPUS / "expected" / "en-2024-10-news-01.json").read_text(encoding="utf-8"))
    exp = want["incidents"][0]
    assert gaz.get(m.pcode).level == "neighbourhood" and m.pcode != exp["expected_pcode"]
    assert place_right(m, exp, gaz)
    assert not place_right(m, {**exp, "expected_pcode": gaz.get(m.pcode).adm3_pcode}, gaz)


# -- round 8b (English reader): each rule on the real 8enb-tune text it came from ---------------


def test_a_title_s_party_share_amongst_which_and_a_party_s_torture_item():
    # en-2016-05-monthly-01: "The Killing of 872 Civilians in May 2016, 498 amongst which were killed
    # by government forces" (SNHR's 2015-2016 title) gives the regime its share, not the 872; "the
    # government forces ... killed 498 civilians, including 89 children ..., 73 women, and 46 people
    # were killed due to torture": the 46 are the regime's torture, not the month's
    t = read_report(TEXTS / "en-2016-05-monthly-01.txt").tallies
    assert (t.killed, t.by_party["REGIME"].killed, t.torture, t.torture_by_party) == (872, 498, None, {"REGIME": 46})


def test_the_victims_share_that_died_of_torture():
    # en-2024-10-monthly-01: "89 civilians were killed in Syria in October 2024, including 25 children
    # and 12 women, with four of the victims, one of them a child, dying due to torture": torture 4,
    # and the child among the four is one of the 25, not a 26th
    t = read_report(TEXTS / "en-2024-10-monthly-01.txt").tallies
    assert (t.killed, t.children, t.women, t.torture) == (89, 25, 12, 4)
    # en-2024-11-monthly-01 (held out; seen in this round's regression run): its title "71 Civilian
    # Deaths Documented ..., With Three Dying due to Torture" is read by the same rule, not as 71
    assert read_report(TEXTS / "en-2024-11-monthly-01.txt").tallies.torture == 3


def test_a_day_s_attack_is_no_month_total_and_a_building_stands_in_the_city(geocoder):
    # en-2015-04-massacre-01: "Sunday, March 29, 2015, government forces fired a SSM missile on Idlib
    # city, what led to the death of 17 individuals, including 7 children, and 4 women": a day's
    # attack (the month name is the day's date), not the month's total; "a missile that destroyed a
    # building in Idlib": one building stands in Idlib city (C3871), not across the governorate
    r = read_report(TEXTS / "en-2015-04-massacre-01.txt")
    assert (r.tallies.killed, r.tallies.children) == (None, None)
    # (and, since found40, "And before government forces left Idlib they’ve executed 15 detainees by gunshots.": told
    # by no day, date unknown, in Idlib city too)
    assert [(str(i.date), i.killed, i.children) for i in r.incidents] == [("2015-03-29", 17, 7), ("2015-03-31", 32, 13),
                                                                          ("None", 15, None)]
    assert figure_period("Sunday, March 29, 2015, government forces fired a SSM missile", (2015, 3)) is None
    for inc in r.incidents:
        text, governorate, context = inc.place_query()
        assert geocoder.geocode(text, governorate=governorate, date=inc.date, context=context).pcode == "C3871"


def test_a_count_of_attacks_is_a_period_s_statistic():
    # en-2013-06-press-01: "Syrian forces have used chemical weapons 13 times in five areas of the
    # country, killing 57 people" is many attacks' sum (no incident of the article's dateline); the one
    # incident is the Khan Alasa'l attack of March 19
    r = read_report(TEXTS / "en-2013-06-press-01.txt")
    assert [(str(i.date), i.killed) for i in r.incidents] == [("2013-03-19", 22)]
    # en-2013-08-news-01: "we documented 28 attacks led to 83 victims, and almost 1271 injuries" is
    # the cumulative figure that makes the post a report of killings (it was refused as injuries only)
    r = read_report(TEXTS / "en-2013-08-news-01.txt")
    assert r.incidents == [] and [o["killed"] for o in r.tallies.other_totals] == [83]


def test_a_count_s_list_in_a_parenthesis_after_an_active_verb():
    # en-2020-10-press-01: "... on August 21, 2013, which killed 1,127 civilians (including 107 children
    # and 201 women) and injured 5,935 others": the parenthesis is the count's list
    from geo.report.incidents import _victims

    raw = (TEXTS / "en-2020-10-press-01.txt").read_text(encoding="utf-8")
    clause = raw[raw.index("which killed 1,127"):raw.index("; and the bombing")]
    killed, injured = _victims(clause, clause)
    assert (killed.killed, killed.children, killed.women, injured) == (1127, 107, 201, 5935)


def test_a_dated_subtitle_and_the_town_whose_landmarks_the_account_names(geocoder):
    # en-2012-06-massacre-01: the title "The Syrian People are Walking from One Massacre to Another"
    # gives no day, its subtitle "... Report of Douma Massacre on June 16, 2012" does: the body's
    # undated "the artillery shelling targeted a residential building and caused the death of eight
    # persons" is that day's, and the subtitle no second incident; "the relatives of the victims" is
    # no count; "an area between Al Kabeer Mosque and Haseba Mosque" names landmarks of Douma city,
    # which the account named before
    r = read_report(TEXTS / "en-2012-06-massacre-01.txt")
    assert [(str(i.date), i.killed, i.place_text) for i in r.incidents] == [("2012-06-16", 8, "Douma city")]
    inc = r.incidents[0]
    text, governorate, context = inc.place_query()
    assert geocoder.geocode(text, governorate=governorate, date=inc.date, context=context).pcode == "C2338"


def test_a_retrospective_article_s_two_attacks_in_one_sentence(geocoder):
    # en-2020-10-press-01 (a 2020 article, no month of its own): "... the one on Ghouta, in Reef Dimashq
    # province, on August 21, 2013, which killed 1,127 civilians (...) and injured 5,935 others; and the
    # bombing of the city of Khan Sheikhoun in the southern countryside of Idlib province, on April 4,
    # 2017, which resulted in the death of 91 civilians (...)": two attacks, each with its year written
    # out (a text that covers no month tells attacks of any year); "the city of Khan Sheikhoun" is the
    # place (C3987), not the countryside after it
    r = read_report(TEXTS / "en-2020-10-press-01.txt")
    assert [(str(i.date), i.killed, i.children) for i in r.incidents] == [("2013-08-21", 1127, 107),
                                                                          ("2017-04-04", 91, 32)]
    inc = r.incidents[1]
    text, governorate, context = inc.place_query()
    assert geocoder.geocode(text, governorate=governorate, date=inc.date, context=context).pcode == "C3987"


def test_a_headline_s_rounded_figure_gives_way_to_the_lead_s_and_children_among_the_victims():
    # en-2020-03-press-01 (Anadolu): the headline "Nearly 150 civilians killed in Syria in March" rounds
    # the lead's "A total of 145 civilians were killed in attacks in Syria last month"; the month's
    # toll is the 145 (a figure after "nearly", "over", "about" ... that is a multiple of 50 is rounded);
    # "The group said 5 children and 3 women were among the victims" gives its children and women
    t = read_report(TEXTS / "en-2020-03-press-01.txt").tallies
    assert (t.killed, t.children, t.women) == (145, 5, 3)


def test_a_share_of_the_victims_who_died_of_torture_without_with():
    # en-2024-08-press-01 (Levant24): "57 civilians were killed during the month, including 13 children
    # and 6 women. Disturbingly, 6 of the victims died due to torture": torture 6; the arrests'
    # "214 cases of arbitrary arrest ..., including 13 children and 7 women" change nothing
    t = read_report(TEXTS / "en-2024-08-press-01.txt").tallies
    assert (t.killed, t.children, t.women, t.torture) == (57, 13, 6, 6)


def test_kinds_named_without_a_count_are_no_zero():
    # en-2022-02-press-01 (Fresh Syria): "161 civilians, including children and women, were killed"
    # names the kinds with no count (never 0 children); the next sentence's "161 civilians were killed
    # last February, including 28 children and 6 women" gives them
    t = read_report(TEXTS / "en-2022-02-press-01.txt").tallies
    assert (t.killed, t.children, t.women, t.torture) == (161, 28, 6, 66)


# -- round 8 (test batch), after its measurement: rules written from its misses -------------------
# The test batch was measured once (docs/corpus.md, "Round 8 (test batch)", Figures); the rules below
# were written after that measurement from its texts, which are therefore no longer unseen.


def test_arabic_massacre_against_a_number_of_civilians_in_a_month_statement():
    # ar-2024-01-press-01 (held out, round 8; read after its measurement): "وأشارت الشبكة إلى مسؤولية
    # القوات الأردنية عن ارتكاب مجزرة بحق 7 مدنيين بينهم 2 طفل و3 سيدات في ريف السويداء جراء غارات
    # جوية": a massacre with its toll and place after it, no day: the month of the statement
    inc = [i for i in read_report(TEXTS / "ar-2024-01-press-01.txt").incidents if i.category == "massacre"]
    assert len(inc) == 1
    i = inc[0]
    assert (i.date, i.date_precision.value, i.killed, i.children, i.women) == (dt.date(2024, 1, 1), "month", 7, 2, 3)
    assert i.place_text == "ريف السويداء" and i.governorate_pcode == "SY13"


def test_arabic_named_massacre_told_years_later_keeps_its_own_day():
    # ar-2012-05-news-01 (held out, round 8; read after its measurement), published 25 May 2020 with no
    # month of its own: "مقتل 107 أشخاص في مجزرة الحولة 25 أيار 2012، بينهم 49 طفلاً": the massacre's
    # day, eight years before, is the incident's (not a date in passing near the publication)
    inc = read_report(TEXTS / "ar-2012-05-news-01.txt").incidents
    assert [(i.date, i.killed, i.children, i.place_text) for i in inc] == [(dt.date(2012, 5, 25), 107, 49, "الحولة")]


def test_arabic_retold_massacre_takes_snhr_s_toll_told_later_by_its_place():
    # ar-2013-05-news-01 (held out, round 8; read after its measurement): 'ذكرى "مجزرة البيضا"، التي
    # ارتكبتها قوات نظام الأسد ... في 2 من أيار عام 2013، في قرية البيضا التابعة لمدينة بانياس' has no
    # count; "وتمكنت الشبكة ... من توثيق 264 قتيلا من أهالي بلدة البيضا ... من بينهم 36 طفلا و 28 سيدة"
    inc = [i for i in read_report(TEXTS / "ar-2013-05-news-01.txt").incidents if i.date == dt.date(2013, 5, 2)]
    assert len(inc) == 1
    assert (inc[0].killed, inc[0].children, inc[0].women) == (264, 36, 28)
    assert inc[0].place_text.startswith("قرية البيضا")


def test_massacre_told_on_its_anniversary_with_its_year_only():
    # en-2012-05-news-01 (held out, round 8; read after its measurement), published May 2024: "on the
    # twelfth anniversary of the Houla Massacre, committed by Assad's forces ... in the Houla region of
    # Homs province in 2012": an incident of year precision; its toll is SNHR's, told two paragraphs
    # later ("The Network documented 107 victims ..., 49 children under the age of ten and 32 women")
    inc = read_report(TEXTS / "en-2012-05-news-01.txt").incidents
    assert len(inc) == 1
    i = inc[0]
    assert (i.date, i.date_precision.value, i.killed, i.children, i.women) == (dt.date(2012, 1, 1), "year", 107, 49, 32)
    assert i.place_text == "the Houla region of Homs province" and i.perpetrator == "REGIME"


def test_daily_report_s_toll_of_the_days_just_past_without_a_place():
    # en-2026-01-daily-01 (held out, round 8; read after its measurement), published Tuesday 20 January
    # 2026: "documented today, Tuesday, January 20, the killing of at least 23 civilians by operations
    # carried out by the “Syrian Democratic Forces” (SDF) in various areas ... over the past Sunday and
    # Monday": one incident with no place, dated the Sunday; its children from the next sentence ("the
    # victims, including three children, were killed")
    inc = [i for i in read_report(TEXTS / "en-2026-01-daily-01.txt").incidents if i.perpetrator == "SDF"]
    assert [(i.date, i.killed, i.children, i.place_text) for i in inc] == [(dt.date(2026, 1, 18), 23, 3, None)]


# -- round 9 (Arabic reader): rules from the 9ar-tune misses and round 8's leftovers ------------------
# (docs/corpus.md "Round 9 (Arabic reader)"; the round-8 test texts are read after their measurement)


def test_arabic_killings_at_a_town_s_edge_in_a_statement_of_two_days(geocoder):
    # ar-2025-03-press-01 (held out, round 8; read after its measurement): "ورصدت الشبكة ... مقتل نحو 15
    # مدنياً نتيجة استهداف مسلحين لمركباتهم على أطراف مدينة جبلة، ومقتل قرابة 125 مدنياً على يد قوات الأمن
    # في محافظتي اللاذقية وطرطوس" in a statement of "الفترة بين 6 و7 آذار 2025": an incident of those days
    # at Jableh (the governorates are the other killing's); "مقتل ما لا يقل عن 100 عنصر من قوات الأمن
    # الداخلي" are members of a force, no civilian incident
    inc = read_report(TEXTS / "ar-2025-03-press-01.txt").incidents
    assert [(i.date, i.date_precision.value, i.killed, i.place_text) for i in inc] == [
        (dt.date(2025, 3, 6), "week", 15, "مدينة جبلة")]
    text, governorate, context = inc[0].place_query()
    assert geocoder.geocode(text, governorate=governorate, date=inc[0].date, context=context).pcode == "C3585"


def test_arabic_news_lead_retold_by_its_body_and_an_infant_is_a_child():
    # ar-2022-08-news-02: 'وثقت "الشبكة السورية لحقوق الإنسان"، مقتل طفلَين، إثر انفجار لغم أرضي شمال غرب
    # محافظة الحسكة في 30-8-2022' is retold by the next sentence with the village; there, "الرضيعة عايدة
    # ...، والطفل عبد الرؤوف ...، قُتلا": two children
    (inc,) = read_report(TEXTS / "ar-2022-08-news-02.txt").incidents
    assert (inc.date, inc.killed, inc.children, inc.stated_control) == (dt.date(2022, 8, 30), 2, 2, "SNA")
    assert inc.place_text.startswith("قرية الناصرية")


def test_arabic_report_s_own_day_makes_no_incident():
    # "وبحسب تقرير صادر عن الشبكة، الإثنين 1 أيلول الجاري، فإنّ 3 مدنيين قُتلوا على يد القوات الحكومية"
    # and "وقالت الشبكة في تقرير لها أمس الثلاثاء أن ... ارتكبت 11 مجزرة": the report's day
    assert read_report(TEXTS / "ar-2025-08-press-02.txt").incidents == []
    assert read_report(TEXTS / "ar-2016-03-massacre-01.txt").incidents == []


def test_arabic_massacre_of_years_before_told_with_its_month_and_year_in_words():
    # ar-2015-06-massacre-01 (2015): "مجزرة حي الزهراء بحلب في كانون الاول – ديسمبر عام الفين واحد عشر
    # وُقتل فيها رميا بالرصاص تسعة عشر شخصا": an incident of December 2011 (the year in words), month
    # precision; that month is no month the article reports
    report = read_report(TEXTS / "ar-2015-06-massacre-01.txt")
    assert report.meta.period == (2015, 5)
    assert [(i.date, i.date_precision.value, i.killed, i.place_text) for i in report.incidents] == [
        (dt.date(2011, 12, 1), "month", 19, "حي الزهراء بحلب")]


def test_arabic_another_place_of_a_retold_massacre_with_snhr_s_toll(geocoder):
    # ar-2013-05-news-01 (held out, round 8; read after its measurement): "وفي حي رأس النبع في بانياس
    # وثقت الشبكة نتيجة القصف وما تلاه من عمليات قتل 195 مدنيا بينهم 56 طفلا و 43 سيدة": no day of its
    # own; the month of the massacre the article tells (al-Bayda, 2 May 2013)
    inc = [i for i in read_report(TEXTS / "ar-2013-05-news-01.txt").incidents if i.date_precision.value == "month"]
    assert [(i.date, i.killed, i.children, i.women, i.place_text) for i in inc] == [
        (dt.date(2013, 5, 1), 195, 56, 43, "حي رأس النبع في بانياس")]
    text, governorate, context = inc[0].place_query()
    assert geocoder.geocode(text, governorate=governorate, date=inc[0].date, context=context).pcode == "C5360"
# -- round 9 (test batch, held out; read after its measurement, so round 9 is now tuned): Arabic ------


def test_arabic_occupied_golan_and_control_in_quotes_and_children_counted_not_the_injured():
    # ar-2024-07-press-01: "... في قرية مجدل شمس في الجولان السوري المحتل من قبل الكيان الإسرائيلي، ...
    # حيث وثقت الشبكة مقتل 12 طفلاً ...، إضافة إلى إصابة قرابة 36 شخصاً": 12 children (the 36 are
    # injured), stated control Israel
    (inc,) = read_report(TEXTS / "ar-2024-07-press-01.txt").incidents
    assert (inc.date, inc.killed, inc.children, inc.stated_control) == (dt.date(2024, 7, 27), 12, 12, "ISRAEL")
    # ar-2023-12-news-02: 'وأكدت أن المنطقة تخضع لسيطرة "قوات سوريا الديمقراطية" (قسد)' (the force in quotes)
    (inc,) = read_report(TEXTS / "ar-2023-12-news-02.txt").incidents
    assert (inc.killed, inc.stated_control) == (3, "SDF")


def test_arabic_killings_of_a_range_of_days_in_the_city_the_sentence_before_named(geocoder):
    # ar-2025-04-news-02: "... عمليات العنف والقتـل خارج نطاق القانون في مدينة حمص، بلغ ذروته خلال الفترة
    # الممتدة من 23 حتى 28 نيسان/أبريل 2025." then "مقتل ما لا يقل عن 20 مدنياً، بينهم سيدة واحدة، ... في
    # حــوادث متفرقة ومتتالية داخل المدينة": one incident of those days (week precision) at Homs city
    (inc,) = read_report(TEXTS / "ar-2025-04-news-02.txt").incidents
    assert (inc.date, inc.date_precision.value, inc.killed, inc.women, inc.place_text) == (
        dt.date(2025, 4, 23), "week", 20, 1, "مدينة حمص")
    text, governorate, context = inc.place_query()
    assert geocoder.geocode(text, governorate=governorate, date=inc.date, context=context).pcode == "C2528"


# -- round 9 (English reader, 9en-tune): rules from the batch's unseen misses and round 8's leftovers ----
# The seven 9en-tune texts were measured once before any of these rules (docs/corpus.md, "Round 9
# (English reader)"); en-2024-11-news-01 is a held-out text of round 8, read after its measurement.


def test_bare_month_after_the_toll_s_including_list():
    # en-2021-05-press-01 (tune): "96 civilians were killed, including 15 children and 11 women, and 9
    # under torture in prisons, in May": the month (its year from the publication) after the list
    r = read_report(TEXTS / "en-2021-05-press-01.txt")
    assert r.meta.period == (2021, 5) and r.meta.covers_month
    t = r.tallies
    assert (t.killed, t.children, t.women, t.torture) == (96, 15, 11, 9)


def test_party_counts_in_a_press_restatement_s_wordings():
    # en-2021-05-press-01 (tune): "“Hay’at Tahrir al-Sham caused the death of three civilians,” while the
    # revolutionary factions killed one civilian" (the opposition press's name for the armed opposition)
    parties = {c: p.killed for c, p in read_report(TEXTS / "en-2021-05-press-01.txt").tallies.by_party.items()}
    assert parties == {"REGIME": 12, "SDF": 13, "HTS": 3, "OPP_SNA": 1, "OTHER": 65}
    # en-2020-09-press-01 (tune): "16 civilians ... were killed by the Syrian regime forces, one at the
    # hands of Hay’at Tahrir al-Sham (HTS), and three — including one child and one woman — at the hands
    # of the armed opposition/National Army" (the noun left out after the first count), and "77
    # civilians ... at the hands of miscellaneous parties" (SNHR's other parties)
    t = read_report(TEXTS / "en-2020-09-press-01.txt").tallies
    assert {c: p.killed for c, p in t.by_party.items()} == {"REGIME": 16, "HTS": 1, "OPP_SNA": 3, "SDF": 5,
                                                            "OTHER": 77}
    assert (t.by_party["OPP_SNA"].children, t.by_party["OPP_SNA"].women) == (1, 1)


def test_a_figure_of_the_period_named_before_is_kept_as_that_period_s():
    # en-2024-11-news-01 (held out, round 8; read after its measurement): "The report covers the period
    # between November 27, 2024, and December 3, 2024." then "149 civilians ... were killed ... in this
    # period": a figure of another period than a month - the text is read (no longer refused), no month tally
    r = read_report(TEXTS / "en-2024-11-news-01.txt")
    assert r.tallies.killed is None
    assert any(o.get("killed") == 149 and o.get("children") == 35 for o in r.tallies.other_totals)


def test_massacre_named_without_a_count_in_a_month_statement():
    # en-2020-09-press-01 (tune): "It also documented a massacre due to a vehicle-borne explosive device
    # in the Aleppo governorate." - no count, no day: an incident of the statement's month, toll unknown
    inc = [i for i in read_report(TEXTS / "en-2020-09-press-01.txt").incidents if i.category == "massacre"]
    assert [(i.date, i.date_precision.value, i.killed, i.place_text, i.governorate_pcode) for i in inc] == [
        (dt.date(2020, 9, 1), "month", None, "the Aleppo governorate", "SY02")]


def test_daily_report_s_further_toll_told_after_its_first_line():
    # en-2026-01-daily-01 (held out, round 8; read after its measurement): "One additional death was
    # recorded as a result of an explosion for which the responsible party remains unknown." - a second
    # incident of the same day, no place
    inc = read_report(TEXTS / "en-2026-01-daily-01.txt").incidents
    assert [(i.date, i.killed, i.place_text) for i in inc] == [(dt.date(2026, 1, 18), 23, None),
                                                               (dt.date(2026, 1, 18), 1, None)]
    assert inc[1].perpetrator != "SDF"


def test_news_lead_without_a_day_and_a_body_found_on_a_weekday():
    # en-2025-02-news-01 (held out, round 8; read after its measurement), published Sunday 2 February 2025.
    # Its lead: "... a group of armed masked extremists stormed the village of Tal Dahab, inhabited by ...
    # in the eastern countryside of Hama province, and shot dead four people." - no day: the week before
    # publication, the place the attackers stormed. Then "In the town of Maraba, some five kilometres north
    # of the capital, the body of scientist Hassan Ibrahim was found on Sunday" - the weekday after the
    # verb; Rural Damascus (measured from the capital), not the victim's "province of Tartous".
    inc = read_report(TEXTS / "en-2025-02-news-01.txt").incidents
    by_place = {i.place_text: i for i in inc}
    tal = by_place["the village of Tal Dahab"]
    assert (tal.date, tal.date_precision.value, tal.killed, tal.governorate_pcode) == (
        dt.date(2025, 1, 26), "week", 4, "SY05")
    maraba = by_place["the town of Maraba"]
    assert (maraba.date, maraba.killed, maraba.governorate_pcode) == (dt.date(2025, 2, 2), 1, "SY03")


def test_day_s_toll_split_by_place_in_one_sentence():
    # en-2013-10-press-01 (tune), World Bulletin of Saturday 19 October 2013: "At least 59 people were
    # killed on Saturday in attacks staged by the Syrian regime in several cities across Syria." (a day's
    # toll over many places: no incident of its own) then "Assad forces killed 25 people in the suburbs of
    # the capital Damascus, 15 in Aleppo, 19 in several other cities across the country": one incident per
    # named place, on that Saturday; "several other cities" names none
    inc = read_report(TEXTS / "en-2013-10-press-01.txt").incidents
    assert [(i.date, i.killed, i.place_text, i.governorate_pcode, i.perpetrator) for i in inc] == [
        (dt.date(2013, 10, 19), 25, "the suburbs of the capital Damascus", "SY03", "REGIME"),
        (dt.date(2013, 10, 19), 15, "Aleppo", "SY02", "REGIME")]


def test_attack_marked_on_its_anniversary_and_a_counted_series_before_it():
    # en-2013-08-news-02 (tune), SNHR's "First year anniversary of Ghouta chemical attack" of 18 August 2014:
    # "The first one of which were on 23 December, 2012 ... while the last time were on 21 July, 2013" are
    # the first and last of the "28 times" before (their 83 victims are that series' sum, no incident);
    # "government forces have shelled several location in Eastern & Western Ghoutas with missiles that
    # carried sarin ... These attacks killed 1127 at least" is the attack the statement marks: August 2013
    inc = read_report(TEXTS / "en-2013-08-news-02.txt").incidents
    assert [(i.date, i.date_precision.value, i.killed, i.place_text, i.governorate_pcode) for i in inc] == [
        (dt.date(2013, 8, 1), "month", 1127, "Eastern & Western Ghoutas", "SY03")]


# -- round 9 (test batch), after its measurement: rules from its English misses ----------------------
# The test batch was measured once (docs/corpus.md, "Round 9 (test batch)", Figures); the rules below were
# written after that measurement from its English texts, which are therefore no longer unseen (round 9 is
# now tuned on for these rules). Each rule is a wording family; a made-up variant beside the real text
# checks that the rule reads the family, not the one sentence.


def test_a_party_s_torture_told_among_the_victims_after_its_line():
    # en-2017-03-monthly-01: "... where Syrian regime forces killed 417 civilians including 61 children ...
    # and 46 women (Adult female). Additionally, among the victims were 13 civilians who died due to
    # torture.": the regime's torture, not the month's
    t = read_report(TEXTS / "en-2017-03-monthly-01.txt").tallies
    assert t.torture is None and t.torture_by_party == {"REGIME": 13}
    # after the month's total it stays the month's (en-2022-07-monthly-01: "... the deaths of 86
    # civilians ... Among the victims were five individuals who died due to torture")
    assert read_report(TEXTS / "en-2022-07-monthly-01.txt").tallies.torture == 5
    v = read_report("source: x\npublished: 2016-05-02\n---\nSNHR documented the killing of 1200 civilians in "
                    "April 2016.\nThe report says that Russian forces killed 220 civilians including 40 children. "
                    "Among them were 5 civilians who died due to torture.\n").tallies
    assert v.torture is None and v.torture_by_party == {"RUSSIA": 5}
    v = read_report("source: x\npublished: 2016-05-02\n---\nSNHR documented the killing of 1200 civilians in "
                    "April 2016.\nThe report says that Russian forces killed 220 civilians including 40 children. "
                    "Among the victims, 5 civilians died due to torture.\n").tallies
    assert v.torture is None and v.torture_by_party == {"RUSSIA": 5}


def test_a_press_lead_s_subject_then_its_weekday_then_the_verb(geocoder):
    # en-2019-08-press-01, Saturday 17 August 2019: "In yet new bloody attack on unarmed civilians, the
    # Russian jets on Friday bombed a building sheltering IDPs in the town of Hass in southern rural Idlib,
    # killing 14 civilians, including four children, two women ...": the Friday before
    inc = read_report(TEXTS / "en-2019-08-press-01.txt").incidents
    assert [(i.date, i.killed, i.children, i.women, i.perpetrator, i.place_text) for i in inc] == [
        (dt.date(2019, 8, 16), 14, 4, 2, "RUSSIA", "a building sheltering IDPs in the town of Hass in southern rural Idlib")]
    text, governorate, context = inc[0].place_query()
    assert geocoder.geocode(text, governorate=governorate, date=inc[0].date, context=context).pcode == "C4058"
    (v,) = read_report("source: x\npublished: 2020-03-08\n---\nRegime forces on Tuesday shelled the town of Kafr "
                       "Nobol in southern rural Idlib, killing three civilians, including a child.").incidents
    assert (v.date, v.killed, v.children, v.place_text) == (dt.date(2020, 3, 3), 3, 1,
                                                            "the town of Kafr Nobol in southern rural Idlib")
    # (and the weekday after the target: "bombed a market in Ariha city ... on Monday, killing 10")
    (v,) = read_report("source: x\npublished: 2020-03-08\n---\nRussian warplanes bombed a market in Ariha city in "
                       "southern rural Idlib on Monday, killing 10 civilians, including three children.").incidents
    assert (v.date, v.killed, v.perpetrator, v.place_text) == (dt.date(2020, 3, 2), 10, "RUSSIA",
                                                              "Ariha city in southern rural Idlib")


def test_a_massacre_report_s_massacre_is_of_the_month_it_was_released():
    # en-2021-10-massacre-01 (released 28 October 2021): "SNHR states in its report released today that the
    # Syrian regime committed a massacre in Ariha city, the largest since March 2020, killing 11 Syrian
    # citizens, including four children": no day; October, not the month before it a monthly would cover
    inc = read_report(TEXTS / "en-2021-10-massacre-01.txt").incidents
    assert [(i.date, i.date_precision.value, i.killed, i.children, i.perpetrator, i.place_text) for i in inc] == [
        (dt.date(2021, 10, 1), "month", 11, 4, "REGIME", "Ariha city")]
    # the family's other wordings: "documented a massacre by ... in X, killing N", "killed N ... in a
    # massacre in X", and "The report documents the massacre ... in X, which killed N" after "released today"
    for body in ("SNHR states in its report released today that it documented a massacre by Russian forces in "
                 "Ariha city, killing 11 civilians, including four children.",
                 "SNHR said in a report released today that Russian forces killed 11 civilians, including four "
                 "children, in a massacre in Ariha city.",
                 "SNHR said in its report released today that the massacre is the largest since 2020. The report "
                 "documents the massacre committed by Russian forces in Ariha city, which killed 11 civilians, "
                 "including four children."):
        (v,) = read_report("source: x\npublished: 2021-10-28\n---\n" + body).incidents
        assert (v.date, v.killed, v.children, v.perpetrator, v.place_text) == (
            dt.date(2021, 10, 1), 11, 4, "RUSSIA", "Ariha city"), body


def test_what_was_documented_over_a_range_of_days_is_that_period_s():
    # en-2017-03-news-01: "SNHR team documented from the beginning of the fifth round of Geneva Talks -
    # Thursday, March 23, 2017 until Thursday March 30, 2017, the following:" ... "- Syrian regime force
    # (...): 89 civilians, including 11 children and 8 women.": no month figure and no incident
    r = read_report(TEXTS / "en-2017-03-news-01.txt")
    assert r.incidents == [] and r.tallies.by_party == {}
    assert any(o.get("by") == "REGIME" and o.get("killed") == 89 for o in r.tallies.other_totals)
    v = read_report("source: x\npublished: 2018-02-25\n---\nSNHR team documented between February 18, 2018 and "
                    "February 24, 2018 the following:\n150 civilians were killed, at the hands of the main parties "
                    "as follows:\n- Syrian regime forces: 120 civilians, including 30 children.\n")
    assert v.incidents == [] and v.tallies.by_party == {}
    v = read_report("source: x\npublished: 2017-03-31\n---\nDuring the period from March 23 to March 30, 2017, SNHR "
                    "team documented the following:\n189 civilians were killed at the hands of the main parties as "
                    "follows:\n- Syrian regime forces: 89 civilians, including 11 children.\n")
    assert v.incidents == [] and v.tallies.by_party == {}


def test_a_toll_told_for_an_attack_the_text_dated_before_at_its_place(geocoder):
    # en-2024-04-news-01 (2024): "This week marks the seventh anniversary of the Syrian regime's chemical
    # weapons attack on Khan Sheikhoun city on April 4, 2017, and the sixth anniversary of the regime's
    # chemical weapons attack on Douma city on April 7, 2018." then "In relation to the attack on Khan
    # Sheikhoun city, ... SNHR documented the deaths from suffocation of 91 civilians, including 32
    # children and 23 women" (and Douma's 43): each toll on its attack's day, years before
    inc = read_report(TEXTS / "en-2024-04-news-01.txt").incidents
    assert [(i.date, i.killed, i.children, i.women, i.perpetrator) for i in inc] == [
        (dt.date(2017, 4, 4), 91, 32, 23, "REGIME"), (dt.date(2018, 4, 7), 43, 19, 17, "REGIME")]
    assert inc[0].place_text == "Khan Sheikhoun city"
    for i, pcode in zip(inc, ("C3987", "C2338")):
        text, governorate, context = i.place_query()
        assert geocoder.geocode(text, governorate=governorate, date=i.date, context=context).pcode == pcode
    (v,) = read_report("source: x\npublished: 2022-03-10\n---\nSNHR marked the anniversary of the regime's attack "
                       "on Kafr Zita town on March 2, 2016.\n\nIn the attack on Kafr Zita town, SNHR documented the "
                       "killing of 12 civilians, including five children.").incidents
    assert (v.date, v.killed, v.children, v.place_text) == (dt.date(2016, 3, 2), 12, 5, "Kafr Zita town")
    # (the place named before the attack: "the Ghouta chemical attack killed 1144 people")
    (v,) = read_report("source: x\npublished: 2023-08-21\n---\nToday marks the tenth anniversary of the chemical "
                       "attack by the Syrian regime on the Eastern Ghouta on August 21, 2013.\n\nSNHR documented that "
                       "the Ghouta chemical attack killed 1144 people, including 99 children and 194 women.").incidents
    assert (v.date, v.killed, v.children, v.perpetrator, v.place_text) == (
        dt.date(2013, 8, 21), 1144, 99, "REGIME", "Ghouta")


def test_a_toll_killed_in_these_attacks_told_after_the_attack_s_place(geocoder):
    # en-2016-09-news-01 (24 September 2016, no day in the text): "... took part in a concentrated attack that
    # comprised multiple airstrikes on a center for the Red Crescent in eastern Urm Al Kubra town ..." and,
    # two paragraphs later, "The report documented that 12 civilians, who were all relief workers and truck
    # drivers, were killed in these attacks.": the attack's target, the month of publication
    inc = read_report(TEXTS / "en-2016-09-news-01.txt").incidents
    assert [(i.date, i.date_precision.value, i.killed, i.place_text) for i in inc] == [
        (dt.date(2016, 9, 1), "month", 12, "a center for the Red Crescent in eastern Urm Al Kubra town")]
    text, governorate, context = inc[0].place_query()
    assert geocoder.geocode(text, governorate=governorate, date=inc[0].date, context=context).pcode == "C1029"
    (v,) = read_report("source: x\npublished: 2018-05-20\n---\nSNHR published a report today. Russian warplanes "
                       "carried out several airstrikes on the popular market in Maaret al-Numan city.\n\nThe report "
                       "documented that 15 civilians were killed in these airstrikes.").incidents
    assert (v.date, v.killed, v.perpetrator, v.place_text) == (dt.date(2018, 5, 1), 15, "RUSSIA",
                                                              "the popular market in Maaret al-Numan city")


def test_a_place_that_has_witnessed_killings_counted_by_the_next_sentence(geocoder):
    # en-2021-11-press-01 (1 December 2021): "Al-Hol camp in the eastern countryside of Hassakeh, which the
    # Syrian Democratic Forces (SDF) controls, has witnessed ongoing killings by “unknown gunmen.” Last
    # month, the SNHR recorded that four civilians had been killed by gunmen who the report could not
    # identify": November, at the camp, the control its sentence states
    inc = read_report(TEXTS / "en-2021-11-press-01.txt").incidents
    assert [(i.date, i.date_precision.value, i.killed, i.place_text, i.stated_control) for i in inc] == [
        (dt.date(2021, 11, 1), "month", 4, "Al-Hol camp in the eastern countryside of Hassakeh", "SDF")]
    text, governorate, context = inc[0].place_query()
    assert geocoder.geocode(text, governorate=governorate, date=inc[0].date, context=context).pcode == "C4519"
    (v,) = read_report("source: x\npublished: 2019-06-03\n---\nSNHR released its monthly report on Wednesday. "
                       "Rukban camp in the eastern desert of Homs, which the US-backed factions control, has seen "
                       "repeated killings by unidentified gunmen. Last month, SNHR documented that three civilians "
                       "had been killed by unidentified gunmen.").incidents
    assert (v.date, v.killed, v.place_text, v.stated_control_text) == (
        dt.date(2019, 5, 1), 3, "Rukban camp in the eastern desert of Homs", "the US-backed factions")
    (v,) = read_report("source: x\npublished: 2020-01-05\n---\nSNHR released its report today. Jasim city in "
                       "northern rural Daraa has witnessed a wave of assassinations by unidentified gunmen. In "
                       "December, SNHR documented the killing of five civilians there.").incidents
    assert (v.date, v.killed, v.place_text) == (dt.date(2019, 12, 1), 5, "Jasim city in northern rural Daraa")


# -- round 10 (test batch), after its measurement: rules from its English misses ---------------------
# The test batch was measured once (docs/corpus.md, "Round 10 (test batch)", Figures: 15/20, tallies 65 %,
# found 4/9, placed 1/4); the rules below were written after that measurement from its English texts, which
# are therefore no longer unseen (round 10 is now tuned on for these rules). Each rule is a wording family;
# a made-up variant beside the real text checks that the rule reads the family, not the one sentence.


def test_a_torture_report_s_title_with_no_month_is_the_month_before_its_release():
    # en-2016-03-torture-01 (SNHR's page of 2 April 2016): "The Killing of 45 Individuals under Torture, 42
    # amongst which were killed by Government Forces"; the month is never named, the report on a month
    # comes out in the first days of the next: March's torture, 42 of them the government's
    r = read_report(TEXTS / "en-2016-03-torture-01.txt")
    assert r.meta.period == (2016, 3) and r.meta.covers_month
    assert (r.tallies.killed, r.tallies.torture, r.tallies.torture_by_party, r.tallies.by_party) == (
        None, 45, {"REGIME": 42}, {})
    v = read_report("source: x\npublished: 2017-06-03\n---\n31 Individuals Died due to Torture, 28 of whom were "
                    "killed by Syrian Regime Forces\n\nThe report documents the deaths of detainees.")
    assert (v.meta.period, v.tallies.torture, v.tallies.torture_by_party, v.tallies.by_party) == (
        (2017, 5), 31, {"REGIME": 28}, {})
    # released late in the month, the title's count is no month's (a news post's): no month figure is read. (It was
    # refused until round 15's measurement; a headline's death figure is now kept as one of an unstated period and
    # the text accepted - fix15en, "a headline's figure of an unstated period".)
    t = read_report("source: x\npublished: 2017-06-24\n---\n31 Individuals Died due to Torture, 28 of whom "
                    "were killed by Syrian Regime Forces\n\nThe report documents the deaths of detainees.").tallies
    assert (t.killed, t.torture, t.torture_by_party, t.by_party) == (None, None, {}, {})
    assert [(o["torture"], o["period"]) for o in t.other_totals] == [(31, "unstated")]


def test_people_tortured_to_death_and_the_governorates_shares():
    # en-2018-03-torture-01 (SY24): "12 People Tortured to Death in Syria in March 2018" / "regime forces have
    # tortured 12 people to death in Syria in March 2018." / "Daraa province recorded the highest number of
    # deaths due to torture with three deaths, meanwhile, two people were tortured to death in Damascus, two
    # in rural Damascus, ...": 12 deaths under torture (no killed figure), the governorates' shares no total
    t = read_report(TEXTS / "en-2018-03-torture-01.txt").tallies
    assert (t.killed, t.torture) == (None, 12)
    v = read_report("source: x\npublished: 2019-08-02\n---\nSNHR said that regime forces tortured at least 9 people "
                    "to death in July 2019. Aleppo had the highest toll with four deaths, while two "
                    "people died in Homs.").tallies
    assert (v.killed, v.torture) == (None, 9)
    # a party's "Also, 82 victims were tortured to death" stays that party's (en-2015-05-monthly-01)
    assert read_report(TEXTS / "en-2015-05-monthly-01.txt").tallies.torture is None


def test_a_toll_of_these_attacks_shares_the_period_of_the_sentence_before():
    # en-2023-01-landmine-01 (Kayhan): "... cluster munitions were used in at least 496 attacks between July 2012
    # and January 2023. According to the NGO, at least 1,053 civilians were killed in these attacks, including
    # 394 children and 219 women.": a figure of those eleven years (kept as another period's), no month's
    t = read_report(TEXTS / "en-2023-01-landmine-01.txt").tallies
    assert (t.killed, t.children, t.women) == (None, None, None)
    assert [(o["killed"], o["children"], o["women"]) for o in t.other_totals] == [(1053, 394, 219)]
    v = read_report("source: x\npublished: 2021-03-10\n---\nSNHR said Russian forces carried out 130 air strikes on "
                    "hospitals between September 2015 and February 2021. The group said 78 civilians died in those "
                    "strikes.").tallies
    assert v.killed is None and [o["killed"] for o in v.other_totals] == [78]


def test_the_killing_a_statement_marks_on_its_anniversary():
    # en-2022-11-news-02 (23 November 2022): "... marks the fourth anniversary of the assassination of the activist
    # ... Raed al-Fares who was assassinated at the hands of masked gunmen in an area under the control of
    # Hay'at Tahrir al-Sham (HTS), who shot at the car he and his colleague Hamoud Jneed were travelling in on
    # Friday November 23, 2018.": that day, two killed, HTS's area; no place (Kafranbel is his home city)
    inc = read_report(TEXTS / "en-2022-11-news-02.txt").incidents
    assert [(i.date, i.date_precision.value, i.killed, i.place_text, i.stated_control) for i in inc] == [
        (dt.date(2018, 11, 23), "day", 2, None, "HTS_OPP")]
    (v,) = read_report("source: x\npublished: 2021-03-15\n---\nSNHR: Today marks the fifth anniversary of the murder "
                       "of the journalist Ahmad Hasan, who was assassinated by unknown gunmen, who opened fire on the "
                       "car he and his cameraman were driving in on March 12, 2016.").incidents
    assert (v.date, v.killed, v.notes) == (dt.date(2016, 3, 12), 2, ["the killing the statement marks on its anniversary"])


def test_a_lead_s_toll_restated_with_its_day_by_a_correspondent():
    # en-2019-12-news-03 (Enab Baladi): "Air raids on a popular market in Maraat al-Numan in Syria's rebel-held
    # Idlib province have killed 11 civilians and wounded at least 20 others." / "Enab Baladi's correspondent
    # in rural Idlib quoted medical sources as saying that 11 civilians, including two women, were killed ...
    # on Monday, 2 December.": the lead's market, the second sentence's day; the correspondent's "rural
    # Idlib" is where the news came from
    inc = read_report(TEXTS / "en-2019-12-news-03.txt").incidents
    assert (inc[0].date, inc[0].killed, inc[0].women) == (dt.date(2019, 12, 2), 11, 2)
    assert inc[0].place_text.startswith("a popular market in Maraat al-Numan")
    (v,) = read_report("source: x\npublished: 2020-02-05\n---\nSNHR news. Shelling on a school in Ariha city in Idlib "
                       "governorate killed 6 civilians. Our reporter in northern Idlib said that 6 civilians, "
                       "including a child, were killed on Monday, 3 February.").incidents
    assert (v.date, v.killed, v.place_text) == (dt.date(2020, 2, 3), 6, "a school in Ariha city in Idlib governorate")


def test_the_day_a_source_spoke_is_no_incident_s_day():
    # en-2019-12-news-03: "The Syrian Network for Human Rights (SNHR) documented on 1 December the killing of 277
    # civilians, ..." (its November report) and "The fighting factions in Idlib ... said on 2 December that violent
    # clashes ... are taking place": no incident of 1 or 2 December
    inc = read_report(TEXTS / "en-2019-12-news-03.txt").incidents
    assert [i.killed for i in inc] == [11, 1]
    v = read_report("source: x\npublished: 2020-03-03\n---\nSNHR reported on Monday, 2 March the killing of 250 "
                    "civilians in February 2020, including 60 children.")
    assert v.incidents == [] and v.tallies.killed == 250


def test_another_attack_on_a_place_of_its_own_told_with_moreover():
    # en-2019-12-news-03: "Moreover, Russian air raids hit the main market in the city of Sarajib, east of Idlib,
    # led to the death of one civilian and injuries of scores more.": no day of its own, inside the account of
    # the Maarat al-Numan market (2 December): that day, Russia, Sarajib, one killed
    inc = read_report(TEXTS / "en-2019-12-news-03.txt").incidents
    assert (inc[1].date, inc[1].killed, inc[1].perpetrator, inc[1].place_text) == (
        dt.date(2019, 12, 2), 1, "RUSSIA", "the city of Sarajib")
    inc = read_report("source: x\npublished: 2020-02-05\n---\nSNHR news. On Monday, 3 February, Syrian regime forces shelled a "
                      "school in Ariha city, killing 6 civilians. Moreover, Russian warplanes bombed a bakery in the "
                      "town of Binnish, killing two civilians.").incidents
    assert [(i.date, i.killed, i.perpetrator) for i in inc] == [
        (dt.date(2020, 2, 3), 6, "REGIME"), (dt.date(2020, 2, 3), 2, "RUSSIA")]


# -- round 11 (test batch), after its measurement: rules from its English misses ---------------------
# The test batch was measured once (docs/corpus.md, "Round 11 (test batch)", Figures: 11/14, tallies 77 %,
# found 1/11); the rules below were written after that measurement from its English texts, which are
# therefore no longer unseen (round 11 is now tuned on for these rules). Each rule is a wording family;
# a made-up variant beside the real text checks that the rule reads the family, not the one sentence.


def test_a_lead_s_dead_placed_by_the_next_sentence_s_among_those_killed_in():
    # en-2012-05-news-11 (Reuters via the Irish Times): "Syrian troops ... shot dead seven civilians when they
    # overran a rebellious Sunni Muslim village west of the city of Hama, ..." / "Four women were among those
    # killed in the village of Tamanaa in al-Ghab, ...": one incident, the lead's seven in the second's village
    inc = read_report(TEXTS / "en-2012-05-news-11.txt").incidents
    assert (inc[0].killed, inc[0].women, inc[0].place_text) == (7, 4, "the village of Tamanaa in al-Ghab")
    assert len(inc[0].sentences) == 2
    (v,) = read_report("source: x\npublished: 2013-03-04\n---\nRegime soldiers stormed a farming village south of the "
                       "city of Idlib and shot dead nine people, including a doctor, the group said.\nThree children "
                       "were among those killed in the village of Kafr Nabl, said the Syrian Network for Human "
                       "Rights.").incidents
    assert (v.killed, v.children, v.place_text) == (9, 3, "the village of Kafr Nabl")
    # more "among those killed" than the lead's dead: not a part of them, the lead keeps its place
    (w,) = read_report("source: x\npublished: 2013-03-04\n---\nRegime soldiers stormed a farming village south of the "
                       "city of Idlib and shot dead two people, including a doctor, the group said.\nThree children "
                       "were among those killed in the village of Kafr Nabl, said the Syrian Network for Human "
                       "Rights.").incidents
    assert w.place_text != "the village of Kafr Nabl"


def test_a_report_s_title_page_massacre_run_into_its_date_line():
    # en-2018-07-massacre-11 (docslib copy of SNHR's report of 18 July 2018): the PDF's text runs the titles and
    # the date line together: "... Killed by Russia since the Intervention Started in Syria Russian Forces Kill 52
    # Civilians, including 10 Children, in a Horrifying Massacre in Zardana village, Northeastern Suburbs of Idlib
    # Wednesday, July 18, 2018 ...": the massacre, not the cumulative toll, and not on the report's day
    inc = read_report(TEXTS / "en-2018-07-massacre-11.txt").incidents
    z = [i for i in inc if i.killed == 52]
    assert len(z) == 1 and (z[0].children, z[0].perpetrator, z[0].category) == (10, "RUSSIA", "massacre")
    assert z[0].place_text.startswith("Zardana village") and z[0].date != dt.date(2018, 7, 18)
    v = read_report("source: x\npublished: 2019-05-02\n---\nSyrian Regime Forces Kill 12 Civilians, including Five "
                    "Children, in a Brutal Massacre in Kafr Nabl city, Southern Suburbs of Idlib Thursday, May 2, "
                    "2019 SNHR www.sn4hr.org The report documents the attack.").incidents
    # (the "1 killed on 2 May" the dated-sentence reader also takes from this variant's title is older than
    # this rule and is left: the real text's cumulative title keeps that reader off it)
    assert [(i.killed, i.children, i.perpetrator, i.date) for i in v if i.killed == 12] == [
        (12, 5, "REGIME", dt.date(2019, 4, 1))]


def test_an_outlet_quoting_snhr_on_a_killing_with_no_day():
    # en-2014-05-news-11 (Syrian Observer, published May 2014): "The Syrian government intensified its aerial
    # campaign targeting rebel-held areas in Aleppo's Old City on Wednesday, with airstrikes killing a family of
    # seven, ..." / "The Syria Network for Human Rights (SNHR) said seven victims, including three children and
    # two women, were killed by a barrel bomb attack on the neighborhood of al-Balat.": no dated incident, so the
    # quoted killing is one of the month of publication; the lead's "targeting rebel-held areas" is the control
    (inc,) = read_report(TEXTS / "en-2014-05-news-11.txt").incidents
    assert (inc.date, inc.killed, inc.children, inc.women) == (dt.date(2014, 5, 1), 7, 3, 2)
    assert inc.place_text == "the neighborhood of al-Balat" and inc.stated_control == "OPP"
    (v,) = read_report("source: x\npublished: 2015-02\n---\nAirstrikes hit the town of Douma on Monday, a monitor said."
                       "\n\nThe Syrian Network for Human Rights said that five civilians, including a woman, were "
                       "killed in the town of Douma.").incidents
    assert (v.date, v.date_precision, v.killed, v.women) == (dt.date(2015, 2, 1), DatePrecision.MONTH, 5, 1)
    # a cumulative toll SNHR is quoted on is no incident
    assert read_report("source: x\npublished: 2015-02\n---\nSNHR said 150 civilians were killed in Aleppo since the "
                       "start of the year.").incidents == []
# -- round 11 (test batch), after its measurement: rules from its Arabic misses ----------------------
# The test batch was measured once (docs/corpus.md, "Round 11 (test batch)", Figures: Arabic incidents found 0/6);
# the rules below were written after that measurement from its Arabic texts, which are therefore no longer
# unseen (round 11 is now tuned on for these rules). Each rule is a wording family; a made-up variant beside
# the real text checks that the rule reads the family, not the one sentence.


def test_an_outlet_s_undated_killing_at_a_settlement_takes_the_publication_month():
    # ar-2017-08-press-11 (2017-09-06): "قُتلَ 5 اشخاص من بينهم مديرُ الدفاعِ المدني بريفِ دمشق جراءَ قصفٍ
    # عنيف شنتهُ قواتُ النظام على بلدةِ مسرابا بريفِ دمشق": the verb and the kinds with their harakat,
    # "اشخاص" without its hamza, the countryside before the cause and the town after it; no day printed
    inc = read_report(TEXTS / "ar-2017-08-press-11.txt").incidents
    assert [(i.date, i.date_precision.value, i.killed, i.perpetrator, i.governorate) for i in inc] == [
        (dt.date(2017, 9, 1), "month", 5, "REGIME", "Rural Damascus")]
    assert inc[0].place_text == "بلدةِ مسرابا بريفِ دمشق"
    # ar-2022-03-landmine-11: "أن الطفلة تسنيم أيمن عتوم، فارقت الحياة متأثرة بجراحها ... في مدينة الصنمين"
    inc = read_report(TEXTS / "ar-2022-03-landmine-11.txt").incidents
    assert (inc[0].date, inc[0].killed, inc[0].children, inc[0].category) == (dt.date(2022, 3, 1), 1, 1, "landmine")
    (v,) = read_report("source: x\npublished: 2019-05-20\n---\nقُتلَ ثلاثة اشخاص جراءَ قصفٍ مدفعي شنتهُ قواتُ "
                       "النظام على قريةِ الهبيط بريف إدلب.").incidents
    assert (v.date, v.killed, v.perpetrator) == (dt.date(2019, 5, 1), 3, "REGIME")
    # a month's total is still no incident (and, with no SNHR figure read, the text is refused)
    with pytest.raises(InputError):
        read_report("source: x\npublished: 2019-05-20\n---\nقُتل 300 مدني في سوريا خلال شهر نيسان، بينهم "
                    "40 في مدينة إدلب.")


def test_a_sentence_opening_with_its_full_date_keeps_it_in_a_text_with_no_month():
    # ar-2022-03-landmine-11 (2022-03-17): "وفي 30 تشرين الأول/ أكتوبر عام 2021، قُتل ثلاثة أطفال من عائلة
    # واحدة في قرية الكتيبة بمدينة خربة غزالة في ريف درعا": an earlier incident told with its own day
    inc = read_report(TEXTS / "ar-2022-03-landmine-11.txt").incidents
    assert (inc[1].date, inc[1].killed, inc[1].children) == (dt.date(2021, 10, 30), 3, 3)
    assert inc[1].place_text.startswith("قرية الكتيبة")
    (v,) = read_report("source: x\npublished: 2023-06-10\n---\nوفي 4 كانون الثاني/ يناير عام 2022، قُتل طفلان "
                       "في قرية الغارية الشرقية بريف درعا، نتيجة انفجار لغم.").incidents
    assert (v.date, v.killed, v.children) == (dt.date(2022, 1, 4), 2, 2)


def test_children_among_the_victims_named_before_the_verb():
    # ar-2019-11-news-11: "إن” 6 مدنيين من بينهم 4 أطفال قُتلوا، مساء اليوم، إثر استهداف الطيران الحربي
    # الروسي ... مدينة معرة النعمان"
    inc = read_report(TEXTS / "ar-2019-11-news-11.txt").incidents
    assert (inc[0].killed, inc[0].children) == (6, 4)


def test_a_figure_of_a_list_of_parties_is_no_one_party_s_nor_its_torture_the_month_s():
    # ar-2017-09-press-11: "بينما قتلت التنظيمات الإسلامية المتشددة “داعش، وهيئة تحرير الشام” 44 مدنيا، بينهم 6
    # أطفال وسيدة وشخص تحت التعذيب": not HTS's 44 (the ", وX N" after a party's name is no ellipsis of a
    # figure), and its one under torture is no month's torture total
    t = read_report(TEXTS / "ar-2017-09-press-11.txt").tallies
    assert "HTS" not in t.by_party and "ISIS" not in t.by_party and t.torture is None
    assert (t.by_party["REGIME"].killed, t.by_party["SDF"].killed) == (498, 11)
    v = read_report("source: x\npublished: 2019-05-02\n---\nوثقت الشبكة السورية لحقوق الإنسان مقتل 300 مدني في "
                    "نيسان 2019، وقتلت قوات النظام 200 مدنيا، بينما قتلت الفصائل “داعش، وهيئة تحرير الشام” 30 "
                    "مدنيا، بينهم شخصان تحت التعذيب.").tallies
    assert "HTS" not in v.by_party and v.torture is None and v.by_party["REGIME"].killed == 200


def test_the_report_lays_the_killing_on_a_party():
    # ar-2017-08-press-11: "وحمّل التقرير قوات النظام مسؤولية "مقتل 229 مدنياً؛ بينهم 24 طفلاً و17 امرأة"":
    # the party the report holds responsible, named before the figure
    t = read_report(TEXTS / "ar-2017-08-press-11.txt").tallies
    assert t.by_party["REGIME"].killed == 229
    v = read_report("source: x\npublished: 2016-04-03\n---\nوثقت الشبكة السورية لحقوق الإنسان مقتل 500 مدني في آذار "
                    "2016. وحمّلت الشبكة القوات الروسية مسؤولية مقتل 120 مدنياً.").tallies
    assert v.by_party["RUSSIA"].killed == 120


def test_an_annual_report_s_last_month_told_after_the_year_s_figure():
    # ar-2023-12-annual-11 (2024-01-02): "أن 1032 مدنيًّا قتلوا في سوريا عام 2023، ... وأضافت أن 91 مدنيًّا قتلوا في
    # كانون الأول(ديسمبر) 2023، بينهم 14 طفلاً و13 امرأة": the year's figure first, then December's, the month
    # before publication ("مدنيًّا": tanwin and shadda on the yaa)
    r = read_report(TEXTS / "ar-2023-12-annual-11.txt")
    assert r.meta.period == (2023, 12)
    assert (r.tallies.killed, r.tallies.children, r.tallies.women) == (91, 14, 13)
    v = read_report("source: x\npublished: 2022-01-01\n---\nقالت الشبكة السورية لحقوق الإنسان إن 3746 مدنيًّا قتلوا في "
                    "سوريا عام 2021، بينهم 300 طفل. وأضافت أن 97 مدنياً قتلوا في كانون الأول 2021، بينهم 20 طفلاً.")
    assert (v.meta.period, v.tallies.killed, v.tallies.children) == ((2021, 12), 97, 20)


def test_a_cumulative_toll_with_its_harakat_is_read():
    # ar-2024-03-press-11 (the 13th anniversary): "وثّقت مقتلَ 231278 مدنيّاً بينهم 15334 بسبب التعذيبِ": the
    # verbal noun with its fatha and "مدنيّاً" with its shadda; a cumulative figure, no month's
    r = read_report(TEXTS / "ar-2024-03-press-11.txt")
    assert r.tallies.killed is None and [o["killed"] for o in r.tallies.other_totals][:1] == [231278]
    v = read_report("source: x\npublished: 2025-03-15\n---\nقالت الشبكة السورية لحقوق الإنسان إنَّها وثّقت مقتلَ "
                    "234000 مدنيّاً منذ آذار 2011.")
    assert [o["killed"] for o in v.tallies.other_totals][:1] == [234000]


# -- round 12 (test batch), after its measurement ----------------------------------------------------
# The test batch was measured once (docs/corpus.md, "Round 12 (test batch)", Figures: found 11/20); the rules
# below were written after that measurement from its texts, which are therefore no longer unseen for them.
# Each is a wording family: a made-up variant beside the real text checks the family, not the sentence.


def test_a_day_toll_by_place_after_its_own_count_is_read_whoever_counted_it():
    # ar-2012-06-press-12: "مما أدى وبحسب لجان التنسيق المحلية لسقوط ما لا يقل عن 50 قتيلا، بينهم 14 شخصا تم
    # إعدامهم ميدانيا في البويضة في حمص، و11 شخصا في القصير و3 أشخاص في دير الزور، ... و3 في ريف دمشق (داريا،
    # دوما، المعضمية»، و3 في دير الزور، وقتيلان في حلب، وقتيل في كل من الحسكة ودرعا": the victims' noun and up
    # to three words before "في", a town that is no governorate, the bracket's towns, "قتيلان"/"قتيل", and
    # the line printed twice kept once; no day: the month the text covers
    r = read_report(TEXTS / "ar-2012-06-press-12.txt")
    assert [(i.killed, i.place_text, i.governorate) for i in r.incidents] == [
        (14, "البويضة", "Homs"), (11, "القصير", None), (3, "دير الزور", "Deir Ez-Zour"), (27, "حمص", "Homs"),
        (3, "ريف دمشق", "Rural Damascus"), (2, "حلب", "Aleppo"), (1, "الحسكة", "Hasaka"), (1, "درعا", "Daraa")]
    assert {(i.date, i.date_precision.value) for i in r.incidents} == {(dt.date(2012, 5, 1), "month")}
    # ar-2013-08-press-02: "أن 28 شخصا لقوا مصرعهم فى إدلب، ... إضافة إلى مصرع شخص فى كل من القنيطرة واللاذقية"
    items = distribution_ar("أن 28 شخصا لقوا مصرعهم فى إدلب، فيما قتل 11 فى ريف دمشق، و5 فى حمص، إضافة إلى "
                            "مصرع شخص فى كل من القنيطرة واللاذقية")
    assert [x[:2] for x in items] == [(28, "إدلب"), (11, "ريف دمشق"), (5, "حمص"), (1, "القنيطرة"), (1, "اللاذقية")]
    v = read_report("source: x\npublished: 2013-03-10\n---\nوثقت الشبكة السورية لحقوق الإنسان مقتل 60 مدنياً يوم "
                    "أمس. وقال ناشطون إن القصف أدى لسقوط 30 قتيلا، بينهم 9 مدنيين قضوا ذبحاً في الحولة، و8 أشخاص في "
                    "تلكلخ و6 في حماة.").incidents
    assert [(i.killed, i.place_text) for i in v] == [(9, "الحولة"), (8, "تلكلخ"), (6, "حماة")]
    v = read_report("source: x\npublished: 2013-03-10\n---\nوثقت الشبكة السورية لحقوق الإنسان مقتل 30 مدنياً يوم "
                    "أمس، بينهم 9 مدنيين في دوما و7 أشخاص قضوا في معضمية الشام وقتيلان في داريا.").incidents
    assert [(i.killed, i.place_text, i.date) for i in v] == [
        (9, "دوما", dt.date(2013, 3, 9)), (7, "معضمية الشام", dt.date(2013, 3, 9)), (2, "داريا", dt.date(2013, 3, 9))]
    # (no list without a victims' noun or a governorate: "و5 في القصف" is no place)
    assert distribution_ar("بينهم 9 مدنيين في دوما، و7 في القصف، و5 في الغارات") == []
    # a month's distribution is still no day's incidents (ar-2015-08-press-01, ar-2014-09-torture-01)
    assert read_report(TEXTS / "ar-2015-08-press-01.txt").incidents == [] or all(
        "ثم درعا" not in i.sentence for i in read_report(TEXTS / "ar-2015-08-press-01.txt").incidents)
    assert not [i for i in read_report(TEXTS / "ar-2014-09-torture-01.txt").incidents if i.place_text == "حمص"]


def test_a_massacre_s_toll_sentence_after_its_narrative_is_one_incident():
    # ar-2012-05-massacre-12: the narrative "حدثت في سهول الحولة ... في الخامس والعشرين من شهر أيار، ... تركز على
    # مدينة تلدو بشكل كبير" and then "107 من القتلى هي الحصيلة الأولية لمجزرة الحولة ... من بين الضحايا 49 طفلاً
    # دون العاشرة من العمر، و32 امرأة"
    (inc,) = read_report(TEXTS / "ar-2012-05-massacre-12.txt").incidents
    assert (inc.date, inc.killed, inc.children, inc.women, inc.category, inc.place_text) == (
        dt.date(2012, 5, 25), 107, 49, 32, "massacre", "مدينة تلدو")
    (v,) = read_report("source: x\npublished: 2013-05-04\n---\nارتكبت قوات النظام مجزرة في قرية البيضا بريف بانياس في "
                       "الثاني من أيار، حيث قتل عدد من الأهالي. 62 من الضحايا هي الحصيلة الأولية لمجزرة البيضا، من "
                       "بينهم 14 طفلاً.").incidents
    assert (v.killed, v.children, v.category) == (62, 14, "massacre")


def test_a_governorate_s_toll_is_not_moved_to_the_city_of_its_name():
    # ar-2026-01-news-12: "مقتل ما لا يقل عن 22 مدنياً ... في محافظة الرقة" then "في قرى وأحياء مدينة الرقة"
    (inc,) = read_report(TEXTS / "ar-2026-01-news-12.txt").incidents
    assert (inc.place_text, inc.killed, inc.children) == ("محافظة الرقة", 22, 3)


def test_a_quoted_village_takes_the_countryside_after_it():
    # ar-2022-07-landmine-12: 'في قرية "خربة المناصير" بريف حلب الجنوبي' (a text that names Deir ez-Zor after it)
    inc = read_report(TEXTS / "ar-2022-07-landmine-12.txt").incidents
    assert [(i.place_text, i.governorate) for i in inc][0] == ("قرية خربة المناصير", "Aleppo")


def test_a_torture_count_of_a_count_whose_killers_are_named_is_theirs():
    # ar-2015-02-press-01: "توثيق مقتل 1251 شخصاً على يد قوات الأسد ...، فيما بلغ مجموع الضحايا الذين قضوا تحت
    # التعذيب ما لايقل عن 74 شخصاً": the regime's torture deaths, not the month's
    t = read_report(TEXTS / "ar-2015-02-press-01.txt").tallies
    assert (t.torture, t.torture_by_party.get("REGIME")) == (None, 74)
    v = read_report("source: x\npublished: 2016-04-03\n---\nوثقت الشبكة السورية لحقوق الإنسان مقتل 900 مدني خلال شهر "
                    "آذار 2016. وقالت الشبكة إن مجموع الأشخاص الذين قضوا تحت التعذيب بلغ 40 شخصاً.").tallies
    assert v.torture == 40


def test_a_clause_of_the_killing_just_read_takes_its_day_and_precision():
    # ar-2019-11-news-11 (a round-11 miss, read after round 12's measurement): "6 مدنيين من بينهم 4 أطفال
    # قُتلوا، مساء اليوم، ... مدينة معرة النعمان جنوبي إدلب، كما قُتل مدني وأصيب آخر في غارات مماثلة على قرية
    # جبالا بالريف ذاته": the second killing is of the first one's day (here the month of publication), and a
    # date the text gives in passing ("نهاية آب الماضي", read as its period) does not drop it
    inc = read_report(TEXTS / "ar-2019-11-news-11.txt").incidents
    assert [(i.killed, i.place_text, i.date, i.date_precision.value) for i in inc][:2] == [
        (6, "مدينة معرة النعمان جنوبي إدلب", dt.date(2019, 11, 1), "month"),
        (1, "قرية جبالا بالريف ذاته", dt.date(2019, 11, 1), "month")]


def test_a_plural_kind_before_a_list_of_towns_is_the_place():
    # after round 12's measurement: "على بلدات كفرنبل وحاس وكفرومة بريف إدلب الجنوبي" (a made-up sentence of the
    # form of ar-2019-11-news-11's "على بلدات عدة من محافظة إدلب"): the towns, each named (the geocoder places
    # the list at its first town, the others as its context), not the countryside after them
    (v,) = read_report("source: x\npublished: 2019-03-10\n---\nقالت الشبكة السورية لحقوق الإنسان إن 5 مدنيين قتلوا "
                       "يوم أمس جراء قصف مدفعي لقوات النظام على بلدات كفرنبل وحاس وكفرومة بريف إدلب الجنوبي.").incidents
    assert (v.killed, v.place_text, v.governorate) == (5, "بلدات كفرنبل وحاس وكفرومة بريف إدلب الجنوبي", "Idlib")
    # a settlement told beside "قرى وسهول الحولة" is still the place (ar-2012-05-massacre-12)
    (inc,) = read_report(TEXTS / "ar-2012-05-massacre-12.txt").incidents
    assert inc.place_text == "مدينة تلدو"


# -- round 13 (test batch), after its measurement: the English misses (branch fix13en) ---------------------------
# Round 13 was measured once (docs/corpus.md, "Round 13 (test batch)"); these rules were written after that
# measurement from its English misses. Each is checked on the real text and on a made-up variant of its wording.


def test_a_comma_after_the_month_before_a_day_and_a_year_is_a_date():
    # en-2014-02-news-13: "shelled Tafas with barrel bombs on February, 12, 2014. 13 people were killed"
    (inc,) = read_report(TEXTS / "en-2014-02-news-13.txt").incidents
    assert (inc.date, inc.killed) == (dt.date(2014, 2, 12), 13) and "shelled Tafas" in inc.sentence
    assert [d.date for d in find_dates("on March, 3rd 2015 the town was shelled")] == [dt.date(2015, 3, 3)]
    # (no year after it: a count, not a day)
    assert find_dates("In March, 12 people were killed") == []


def test_a_placeless_toll_takes_the_place_of_the_attack_it_refers_back_to():
    # en-2014-09-news-13: "made an airstrike on the east of Kafar-Daryan village ... at about 3:30 am." / "The
    # huge pressure done by the explosion caused the collapse of a residential house ...; which caused the
    # death of 12 people, all civilians, including five children and five women."
    (inc,) = read_report(TEXTS / "en-2014-09-news-13.txt").incidents
    assert (inc.killed, inc.children, inc.women) == (12, 5, 5)
    assert inc.place_text.startswith("the east of Kafar-Daryan village") and inc.governorate == "Idlib"
    (v,) = read_report("source: x\npublished: 2016-03-02\n---\nSNHR: Russian warplanes carried out an airstrike on a "
                       "market in Ariha city in the southern suburbs of Idlib. The strike set fire to the shops. The blast brought "
                       "down a building, which caused the death of 7 people, all civilians, including two women."
                       ).incidents
    assert (v.killed, v.women, v.place_text) == (7, 2, "a market in Ariha city in the southern suburbs of Idlib")
    # (no attack told before: no place, no incident)
    with pytest.raises(InputError):
        read_report("source: x\npublished: 2016-03-02\n---\nSNHR: the blast brought down a building, which "
                    "caused the death of 7 people.")


def test_where_the_attackers_were_stationed_is_not_the_place_they_hit(geocoder):
    # en-2021-03-news-13: "Syrian regime forces ..., stationed on Brigade 46 near Orm al Kubra village ..., fired
    # three mortar shells at al Atareb Surgical Hospital ... northwest of al Atareb city"
    (inc,) = read_report(TEXTS / "en-2021-03-news-13.txt").incidents
    assert inc.place_text.startswith("al Atareb Surgical Hospital")
    assert geocoder.geocode(inc.place_text, inc.governorate).pcode == "C1022"
    phrases = place_phrases("Regime forces, stationed in Jurin camp, fired shells at Qastoun village, killing 3 civilians.")
    assert [(p.text, p.origin_of_fire) for p in phrases] == [("Jurin camp", True), ("Qastoun village", False)]


def test_a_town_s_military_prison_is_the_town_s(geocoder):
    # en-2022-11-torture-13 (g367): "Ali had died in Seydnaya Military Prison in Damascus suburbs governorate"
    assert geocoder.geocode("Seydnaya Military Prison in Damascus suburbs governorate").pcode == "C2404"
    assert geocoder.geocode("Saydnaya Military Prison in Rural Damascus governorate").pcode == "C2404"
    assert geocoder.geocode("Hama Military Hospital in Hama city").pcode == "C2987"


def test_party_tallies_of_press_restatements():
    # en-2017-11-press-13: "279 civilians ... were killed in Russian airstrikes", "15 civilians ... were killed by
    # the militia of the Democratic Union Party (PYD)" (the bracket's acronym, not "militia"). (Its "74 civilians
    # ... killed in bombings ... that the SNHR said were untraceable" is left unread: the tune text
    # en-2017-04-press-01's answer gives the same wording no party.)
    t = read_report(TEXTS / "en-2017-11-press-13.txt").tallies
    assert {k: v.killed for k, v in t.by_party.items()} == {
        "REGIME": 503, "RUSSIA": 279, "ISIS": 114, "SDF": 15, "COALITION": 6}
    # en-2015-04-press-13: "attacks by the regime forces resulted in the death of 1,884, including 1,519 civilians
    # of which 269 were children and 192 women"; "the number of opposition fighters killed by militants of the
    # Islamic State ... adding that 220 people were killed by IS militants" (fighters: no civilians' count)
    t = read_report(TEXTS / "en-2015-04-press-13.txt").tallies
    assert {k: (v.killed, v.children, v.women) for k, v in t.by_party.items()} == {"REGIME": (1519, 269, 192)}
    assert [f[:5] for f in party_figures("It said that shelling by Russian forces caused the deaths of 300 people, "
                                         "including 250 civilians, among them 60 children.")] == [
        ("RUSSIA", "Russian forces", 250, 60, 0)]
    assert [f[:5] for f in party_figures("At least 40 civilians were killed in Turkish shelling, it said.")] == [
        ("TURKEY", "Turkish", 40, None, None)]


# -- round 14 (test batch), after its measurement: the English misses (branch fix14en) ---------------------------
# Round 14 was measured once (docs/corpus.md, "Round 14 (test batch)"); these rules were written after that
# measurement from its English misses, so round 14 is tuned for them from here on. Each is checked on the real
# round-14 text and on a made-up variant of its wording.


def test_a_toll_that_reached_a_figure_is_the_whole_toll_not_a_party_s():
    # en-2018-06-press-14: "It also pointed out that last June, death toll reached 593 civilians, including 87 women
    # and 141 children, were killed by the Syrian regime and its allied Iranian militias." (SNHR's June figure)
    t = read_report(TEXTS / "en-2018-06-press-14.txt").tallies
    assert (t.killed, t.children, t.women) == (593, 141, 87) and t.by_party == {}
    assert party_figures("In May, the death toll rose to 120 civilians, including 20 children, killed by the "
                         "regime forces.") == []
    # (a party's own count, and a party's toll, are still the party's)
    assert [f[:3] for f in party_figures("In May, 30 civilians were killed by the Syrian regime.")] == [
        ("REGIME", "Syrian regime", 30)]


def test_other_groups_and_militias_are_other_parties():
    # en-2020-05-press-14: "ten civilians were killed by the Syrian regime, one by allied Russian forces, seven by
    # loyalist militias, and the remaining 107 by other groups and militias."
    t = read_report(TEXTS / "en-2020-05-press-14.txt").tallies
    assert {k: v.killed for k, v in t.by_party.items()} == {"REGIME": 10, "RUSSIA": 1, "OTHER": 107}
    assert [f[:3] for f in party_figures("The report said 30 civilians were killed by regime forces, 12 by other "
                                         "factions and militias and 5 by other opposition factions.")] == [
        ("REGIME", "regime forces", 30), ("OTHER", "other factions and militias and", 12),
        ("OPP_SNA", "other opposition factions", 5)]


def test_torture_told_as_the_total_s_share_and_died_of_torture():
    # en-2020-05-press-14: "Some 125 civilians have been killed in Syria throughout the month of May alone, eight as
    # a result of torture, ..." and "Eight civilians died of torture, with seven of those victims while detained ..."
    assert read_report(TEXTS / "en-2020-05-press-14.txt").tallies.torture == 8
    t = read_report("source: x\npublished: 2021-04-02\n---\nSNHR documented the killing of 90 civilians in Syria in "
                    "March 2021, seven as a result of torture.").tallies
    assert (t.killed, t.torture) == (90, 7)
    t = read_report("source: x\npublished: 2021-04-02\n---\nSNHR documented the killing of 90 civilians in Syria in "
                    "March 2021, including 12 children. Six civilians died of torture in March.").tallies
    assert (t.killed, t.children, t.torture) == (90, 12, 6)


def test_the_month_s_one_massacre():
    # en-2020-05-press-14: "Five civilians were killed in a massacre in May."
    t = read_report(TEXTS / "en-2020-05-press-14.txt").tallies
    assert (t.massacres, t.massacre_killed) == (1, 5)
    t = read_report("source: x\npublished: 2021-04-02\n---\nSNHR documented the killing of 90 civilians in Syria in "
                    "March 2021. Three civilians were killed in a massacre in March.").tallies
    assert (t.massacres, t.massacre_killed) == (1, 3)
    # (with a place or a day it tells an incident, not the month's count)
    from geo.report.tallies import _one_massacre_of_month

    assert _one_massacre_of_month("Three civilians were killed in a massacre in Ariha city in March.", (2021, 3)) is None
    assert _one_massacre_of_month("Three civilians were killed in a massacre on March 4.", (2021, 3)) is None


def test_a_range_of_days_with_no_place_is_a_period_not_an_incident():
    # en-2016-06-monthly-14: "government forces and its pro-government forces killed 314 from civilians 6 June 2016
    # to 16 June 2016 including 55 children, 23 women, and six victims who died under torture."
    assert read_report(TEXTS / "en-2016-06-monthly-14.txt").incidents == []
    r = read_report("source: x\npublished: 2019-05-20\n---\nSNHR: From 3 May 2019 to 9 May 2019 regime forces killed "
                    "40 civilians including 5 children. On 3 May 2019, regime forces shelled Kafr Nabl town in Idlib, "
                    "killing 4 civilians.")
    assert [(i.date, i.killed) for i in r.incidents] == [(dt.date(2019, 5, 3), 4)]


def test_deaths_of_a_siege_s_want_with_no_day_are_no_incident():
    # en-2018-02-press-14: "The Network also said that eight civilians, including two children and a woman, died
    # due to lack of food and medicine resulting from the siege imposed by the Assad regime forces on the Damascus
    # suburb." (over the report's three months)
    assert read_report(TEXTS / "en-2018-02-press-14.txt").incidents == []
    text = ("died due to lack of food and medicine resulting from the siege imposed by regime forces on Madaya town "
            "in Rural Damascus.")
    (inc,) = read_report("source: x\npublished: 2016-01-20\n---\nSNHR: On January 5, 2016, a child " + text).incidents
    assert (inc.date, inc.killed, inc.children) == (dt.date(2016, 1, 5), 1, 1)
    with pytest.raises(InputError):
        read_report("source: x\npublished: 2016-01-20\n---\nSNHR: The Network said that a child " + text)


# -- round 15 (test batch), after its measurement: the English misses (branch fix15en) ---------------------------
# Round 15 was measured once (docs/corpus.md, "Round 15 (test batch)"); these rules were written after that
# measurement from its English misses, so round 15 is tuned for them from here on. Each is checked on the real
# round-15 text and on another real text of the family or a made-up variant of its wording.


def test_a_detainee_s_death_on_a_day_after_the_torture_told_as_his_state(geocoder):
    # en-2024-07-torture-15: "At the time of his transfer to the hospital, he was extremely unwell due to the brutal
    # torture to which he had been subjected in detention. He remained in the hospital's intensive care unit until
    # his death on Saturday, July 6, 2024, as we recorded." (it was refused as "arrests and detentions, not killings")
    (inc,) = read_report(TEXTS / "en-2024-07-torture-15.txt").incidents
    assert (inc.date, inc.killed, inc.category) == (dt.date(2024, 7, 6), 1, "torture")
    assert geocoder.geocode(inc.place_text, inc.governorate).pcode == "C1001"
    (v,) = read_report("source: x\npublished: 2023-03-10\n---\nOmar, from Kafr Zita city, was arrested in January 2023 "
                       "by regime forces at a checkpoint in Hama city. In February, he was moved to the Military "
                       "Hospital in Hama city, extremely unwell due to severe torture. He remained there until his "
                       "death on March 3, 2023, as SNHR recorded.").incidents
    assert (v.date, v.killed, v.category) == (dt.date(2023, 3, 3), 1, "torture")
    # (refused, a text of arrests that tells a death is not said to report "not killings")
    with pytest.raises(InputError, match="deaths it tells have no day, place or figure"):
        read_report("source: x\npublished: 2023-03-10\n---\nSNHR documented the arrest of 30 people in Hama. The "
                    "detainees were held in detention centres and one of the detainees died, his family said.")


def test_a_headline_s_figure_of_an_unstated_period_is_kept_apart_and_the_text_accepted():
    # en-2015-12-press-15: the title "Russian Forces Kill 570 Civilians, including 152 Children and 60 Women" (the
    # period, three months since the intervention, is told paragraphs later)
    t = read_report(TEXTS / "en-2015-12-press-15.txt").tallies
    assert t.killed is None and t.by_party == {}
    assert [(o["killed"], o["children"], o["women"], o.get("by"), o["period"]) for o in t.other_totals] == [
        (570, 152, 60, "RUSSIA", "unstated")]
    # en-2019-07-news-01 (held out, round 4): "606 Civilians, including 157 Children, Were Killed at the Hands of
    # Syrian-Russian Alliance Forces" (an 11-week campaign), refused before this rule
    t = read_report(TEXTS / "en-2019-07-news-01.txt").tallies
    assert t.killed is None and [(o["killed"], o["children"]) for o in t.other_totals] == [(606, 157)]
    t = read_report("source: x\npublished: 2016-03-02\n---\nRegime Forces Kill 45 Civilians, including 10 Children\n"
                    "SNHR said the attacks went on for weeks.").tallies
    assert t.killed is None and [(o["killed"], o.get("by")) for o in t.other_totals] == [(45, "REGIME")]
    # (a monthly release's subtitle "Israeli Airstrikes on Syria Kill 12 Civilians, ..." is no month figure)
    t = read_report(TEXTS / "en-2024-10-monthly-01.txt").tallies
    assert (t.killed, t.children, t.women) == (89, 25, 12) and "ISRAEL" not in t.by_party


def test_the_first_hours_after_an_event_are_a_period_of_their_own():
    # en-2018-02-press-15: "107 Civilians Killed, including 34 Children, in the First 72 Hours Following Security
    # Council Resolution 2401"
    t = read_report(TEXTS / "en-2018-02-press-15.txt").tallies
    assert t.killed is None and [(o["killed"], o["children"]) for o in t.other_totals] == [(107, 34)]
    assert figure_period("45 civilians were killed within three days of the truce", (2018, 2)) == "other"
    assert figure_period("12 civilians were killed in the past 24 hours") == "other"


def test_a_town_named_as_its_sentence_s_subject_is_the_place(geocoder):
    # en-2024-11-news-15: "The town of Atarib in Aleppo's countryside witnessed a horrific regime attack on Thursday,
    # where 13 people, including seven members of the same family, were killed ..." (placed at the governorate
    # from "Aleppo's countryside witnessed a horrific regime attack")
    inc = read_report(TEXTS / "en-2024-11-news-15.txt").incidents[0]
    assert inc.killed == 13 and inc.place_text.startswith("The town of Atarib in Aleppo")
    assert geocoder.geocode(inc.place_text, inc.governorate).pcode == "C1022"
    assert [p.text for p in place_phrases("The village of Kafr Nabl in the southern countryside of Idlib was shelled "
                                          "on Monday, killing four civilians.")] == [
        "The village of Kafr Nabl in the southern countryside of Idlib"]
    # (en-2024-12-press-01: "The city of Daraa experienced significant violence, with 122 documented fatalities")
    assert [p.text for p in place_phrases("The city of Daraa experienced significant violence, with 122 documented "
                                          "fatalities")] == ["The city of Daraa"]


def test_a_placeless_toll_placed_by_the_next_sentence_s_attack(geocoder):
    # en-2024-11-news-15: "According to the Syrian Civil Defense, four civilians were killed, and 21 others injured,
    # including seven children ... resulting from airstrikes by regime and Russian forces. The strikes targeted
    # residential areas in the town of Daret Izza in western Aleppo, ..."
    inc = read_report(TEXTS / "en-2024-11-news-15.txt").incidents[1]
    assert (inc.killed, inc.children, inc.place_text) == (4, None, "the town of Daret Izza in western Aleppo")
    assert geocoder.geocode(inc.place_text, inc.governorate).pcode == "C1139"
    head = "source: x\npublished: 2019-05-20\n---\nLocal sources said that five civilians were killed in airstrikes by "
    (v,) = read_report(head + "Russian forces. The strikes targeted a market in Kafr Nabl town in southern Idlib.").incidents
    assert (v.killed, v.place_text) == (5, "Kafr Nabl town in southern Idlib")
    # (a next sentence with a toll of its own is its own incident, not the place of the first)
    (v,) = read_report(head + "Russian forces. The strikes killed two more people in Kafr Nabl town in southern "
                       "Idlib.").incidents
    assert v.killed == 2


def test_dozens_killed_counted_by_the_next_sentence_and_the_force_as_the_city_s_adjective(geocoder):
    # en-2020-04-news-15: "On Tuesday, an explosion killed and injured dozens of civilians in the center of the Syrian
    # National Army-controlled city of Afrin, 43 kilometers north of Aleppo, Northern Syria." / "A medical source at
    # the Military Hospital in Afrin reported to SMART that 27 bodies and 40 injured people arrived at the hospital."
    # (27 read as 1, no control; "the Turkish police killed a Syrian young man in Adana, Southern Turkey" is abroad)
    (inc,) = read_report(TEXTS / "en-2020-04-news-15.txt").incidents
    assert (inc.date, inc.killed, inc.stated_control) == (dt.date(2020, 4, 28), 27, "SNA")
    assert geocoder.geocode(inc.place_text, inc.governorate).pcode == "C1366"
    (v,) = read_report("source: x\npublished: 2019-05-20\n---\nOn May 3, 2019, a car bomb killed dozens of people in "
                       "the center of the SDF-controlled city of Manbij. A doctor said 19 bodies reached the "
                       "hospital.").incidents
    assert (v.killed, v.stated_control, v.place_text) == (19, "SDF", "the center of the SDF-controlled city of Manbij")
    with pytest.raises(InputError):
        read_report("source: x\npublished: 2020-04-28\n---\nOn Tuesday, the police killed a Syrian young man in "
                    "Gaziantep, Southern Turkey.")


# -- round 16 (test batch), after its measurement: the English misses (branch fix16en) ---------------------------
# Round 16 was measured once (docs/corpus.md, "Round 16 (test batch)"); these rules were written after that
# measurement from its English misses, so round 16 is tuned for them from here on. Each is checked on the real
# round-16 text and on a made-up variant of its wording (or another real text of the family).
HEAD16 = "source: x\npublished: 2019-05-02\n---\n"


def test_a_restatement_s_month_of_year_its_release_day_and_a_percentage_share():
    # en-2018-03-monthly-16: "... 1241 civilians were killed in Syria, 68% of them in Eastern Ghouta by the Syrian
    # regime during March of 2018." / "The report of the network reported on 1 April that 914 people were killed,
    # ..." / "Russian forces also killed 92 people, including 46 children and 14 women." / "Islamist militant groups
    # killed 39 people, including 10 children and two women (Daesh killed 30, HTS killed 9). 34 people, including 7
    # women, were killed by the YPG."
    r = read_report(TEXTS / "en-2018-03-monthly-16.txt")
    t = r.tallies
    assert t.killed == 1241 and "REGIME" not in t.by_party  # the 68% share is no count of the regime's
    assert {c: (p.killed, p.children, p.women) for c, p in t.by_party.items()} == {
        "RUSSIA": (92, 46, 14), "ISIS": (30, None, None), "HTS": (9, None, None), "SDF": (34, 0, 7)}
    assert r.incidents == []
    t = read_report(HEAD16 + "SNHR documented that 120 civilians were killed in Syria, 40% of them by the Syrian "
                    "regime during April of 2019. The report said on 1 May that Russian forces also killed 20 people. "
                    "Extremist groups killed 12 people (ISIS killed 8, HTS killed 4).").tallies
    assert t.killed == 120 and {c: p.killed for c, p in t.by_party.items()} == {"RUSSIA": 20, "ISIS": 8, "HTS": 4}
    # (a made-up bare year after "killed" is no count)
    assert party_figures("Russian forces killed 2019.") == []


def test_the_reported_victims_include_children_and_women_of_the_month():
    # en-2020-03-press-16: "At least 145 civilians ... were documented killed in Syria in March 2020 ..." then "The
    # reported victims include 28 children and 16 women."
    t = read_report(TEXTS / "en-2020-03-press-16.txt").tallies
    assert (t.killed, t.children, t.women) == (145, 28, 16)
    t = read_report(HEAD16 + "SNHR documented the killing of 80 civilians in Syria in April 2019. The victims "
                    "included 12 children and 9 women.").tallies
    assert (t.killed, t.children, t.women) == (80, 12, 9)
    # (not a count of civilians: "The victims included 124 civilians, including 34 children ..., who were killed in
    # various explosions" is a cause's share - en-2017-07-press-01 keeps its own figures)
    t = read_report(HEAD16 + "SNHR documented the killing of 300 civilians in Syria in April 2019. The victims "
                    "included 124 civilians, including 34 children and 16 women, who were killed in explosions.").tallies
    assert (t.killed, t.children) == (300, None)


def test_a_party_s_deaths_in_its_airstrikes_and_two_parties_joint_figure():
    # en-2017-09-monthly-16: "... documented the deaths of 207 civilians, including 45 children and 31 women, in
    # suspected Russian airstrikes mostly in Idlib province." (Russia's count, and no incident: a province only);
    # "... the deaths of 912 civilians at the hands of the Assad regime and in airstrikes by the Russian forces during
    # the month of September." (two parties' joint figure: not the month's whole toll)
    r = read_report(TEXTS / "en-2017-09-monthly-16.txt")
    t = r.tallies
    assert t.killed is None
    assert {c: (p.killed, p.children, p.women) for c, p in t.by_party.items()} == {
        "REGIME": (498, 101, 83), "RUSSIA": (207, 45, 31), "COALITION": (104, 29, 0), "SDF": (11, None, None),
        "HTS": (4, None, None)}
    assert r.incidents == []
    r = read_report(HEAD16 + "SNHR said it had documented the deaths of 60 civilians at the hands of the Syrian regime "
                    "and in airstrikes by Russian forces during the month of April. It documented the deaths of 25 "
                    "civilians, including 5 children, in Russian airstrikes mostly in Hama province.")
    assert r.tallies.killed is None and r.tallies.by_party["RUSSIA"].killed == 25 and r.incidents == []
    # (a village before its province stays an incident's place)
    (inc,) = read_report(HEAD16 + "Local activists said that five civilians were killed at the hands of regime forces "
                         "in the village of Kafr Nabl in Idlib province.").incidents
    assert inc.killed == 5 and "Kafr Nabl" in inc.place_text


# -- round 17 (test batch), after its measurement (branch fix17) ---------------------------------------------------
# Round 17 was measured once (docs/corpus.md, "Round 17 (test batch)"); these rules were written after that
# measurement from its misses, so round 17 is tuned for them from here on.


def test_a_count_a_year_before_the_text_is_recalled_and_a_country_s_intervention_is_a_period():
    # en-2014-08-news-17 (published 10 August 2014): "At least 100,000 deaths had been recorded in the last official
    # count in July 2013." is the UN's old count, not the text's month (nor its toll, nor its parties' month)
    r = read_report(TEXTS / "en-2014-08-news-17.txt")
    assert r.meta.period == (2014, 7) and r.meta.period_from == "published"
    assert r.tallies.killed is None and r.tallies.by_party == {}
    made_up = ("source: x\npublished: 2016-05-03\n---\nGunmen killed two civilians in Tafas on Monday, the Syrian Network"
               " for Human Rights said.\nAt least 250,000 deaths had been recorded in the last count in January 2015.\n")
    assert read_report(made_up).meta.period == (2016, 4)
    # (a month within the year before stays the text's: "killed in Syria in March 2016" in a text of May 2016)
    made_up = ("source: x\npublished: 2016-05-03\n---\nSNHR documented the killing of 120 civilians in Syria in March"
               " 2016.\n")
    assert read_report(made_up).meta.period == (2016, 3)
    # en-2021-04-news-17: "We have documented thousands of killings perpetrated by Russian forces since Russia's
    # intervention in Syria on September 30, 2015, ..." is a period's count, not an incident of that day
    r = read_report(TEXTS / "en-2021-04-news-17.txt")
    assert all(inc.date.year == 2021 for inc in r.incidents)
    r = read_report("source: x\npublished: 2021-05-01\n---\nSNHR has documented the killing of 4,000 civilians by "
                    "Iranian militias since Iran's intervention in Syria on June 1, 2013.\n")
    assert r.incidents == []


def test_a_lead_s_sum_over_the_places_it_names_told_one_by_one_after_it():
    # en-2014-08-news-17: "At least 24 people have been killed by barrel bombs ... in Hama and ar-Raqqah on Sunday"
    # then "The Syrian Network of Human Rights said 10 people, including five children, were killed ... in
    # ar-Raqqah" (reported speech with no "that") and "... 14 others died during another barrel bomb attack ... in
    # Hama": two incidents of the lead's day, not the lead's sum as a third
    r = read_report(TEXTS / "en-2014-08-news-17.txt")
    assert sorted((i.place_text, i.killed, i.children, i.date.isoformat()) for i in r.incidents) == [
        ("Hama", 14, None, "2014-08-10"), ("ar-Raqqah", 10, 5, "2014-08-10")]
    made_up = ("source: x\npublished: 2015-03-09\n---\nRegime shelling kills 9 people in Syria\n\nAt least 9 people have "
               "been killed by barrel bombs that regime helicopters dropped on opposition-held areas in Douma and Saqba "
               "on Sunday, activists said.\n\nThe Syrian Network for Human Rights said 6 civilians were killed in "
               "Douma.\n\nMeanwhile, 3 others died in another attack in Saqba.\n")
    assert sorted((i.place_text, i.killed, i.date.isoformat()) for i in read_report(made_up).incidents) == [
        ("Douma", 6, "2015-03-08"), ("Saqba", 3, "2015-03-08")]
    # (a lead whose places' counts do not add up to it stays: another count than theirs)
    made_up = made_up.replace("At least 9", "At least 12")
    assert len(read_report(made_up).incidents) == 3


# -- round 19 (test batch), after its measurement: English (branch fix19en) -----------------------------------------
# Round 19 was measured once (docs/corpus.md, "Round 19 (test batch)"); these rules were written after that
# measurement from its English misses, so round 19 is tuned for them from here on.


def test_snhr_s_monthly_media_report_states_the_month_s_media_workers_killed():
    # SNHR's periodic report on media workers: its title's count of media activists killed is the month's media
    # toll (injured and arrested are not deaths), the only death figure it states; never the civilians' toll
    for name, month, media in (("en-2016-03-monthly-19", (2016, 3), 3), ("en-2017-07-monthly-19", (2017, 7), 2),
                               ("en-2017-11-monthly-19", (2017, 11), 1)):
        r = read_report(TEXTS / f"{name}.txt")
        assert (r.meta.period, r.tallies.personnel, r.tallies.killed, r.incidents) == (month, {"media": media}, None, [])
    made_up = ("source: x\npublished: 2018-04-02\n---\nFive Media Workers Killed, Three Injured, and Six Arrested, Toll"
               " of March 2018\n\nSNHR has published its monthly report documenting the violations against media "
               "workers.\n")
    r = read_report(made_up)
    assert (r.meta.period, r.tallies.personnel) == ((2018, 3), {"media": 5})
    # (a news post's "a media worker killed" names no month: no month's media figure, and no figure of its own)
    with pytest.raises(InputError):
        read_report("source: x\npublished: 2018-04-02\n---\nSNHR condemns the killing of media workers in Syria.\n")


def test_members_of_an_armed_faction_are_fighters_not_the_incident_s_civilians():
    # en-2020-10-news-19: "The bombardment resulted in the killing of Rashid Bakr, ... a media activist ... which
    # resulted in the deaths of at least 37 members of Failaq al Sham": one civilian, 37 fighters
    r = read_report(TEXTS / "en-2020-10-news-19.txt")
    assert [(i.date.isoformat(), i.killed) for i in r.incidents] == [("2020-10-26", 1)]
    made_up = ("source: x\npublished: 2019-05-03\n---\nOn May 2, 2019, Russian warplanes fired missiles at a camp of "
               "Jaysh al Izza near Latamna town in the northern suburbs of Hama governorate, which resulted in the deaths"
               " of 12 members of Jaysh al Izza and a civilian, a shepherd who was grazing his sheep nearby.\n")
    assert [i.killed for i in read_report(made_up).incidents] == [1]
    # (members of a family, of a religious minority, are civilians)
    made_up = made_up.replace("12 members of Jaysh al Izza and a civilian, a shepherd who was grazing his sheep "
                              "nearby", "seven members of the same family")
    assert [i.killed for i in read_report(made_up).incidents] == [7]


def test_a_page_s_breadcrumb_and_related_posts_are_no_incidents_of_the_page():
    # en-2022-05-torture-19: "Related News" lists other posts' titles and cut first words ("Boy killed, man injured
    # by the explosion of a war remnant ... in E. Hama, November 10, 2024" / "A boy, identified as ...from...")
    r = read_report(TEXTS / "en-2022-05-torture-19.txt")
    assert not any(i.date.year == 2024 for i in r.incidents)
    # en-2021-11-news-18 (the same page template): its own incident stays, at Taltita
    r = read_report(TEXTS / "en-2021-11-news-18.txt")
    assert [(i.date.isoformat(), i.killed) for i in r.incidents] == [("2021-11-22", 2)]
    made_up = ("source: x\npublished: 2023-02-03\n---\nMonday, May 6, 2024\nHomeNewsCasualtiesTwo civilians killed in "
               "Sarmin...\n\nRelated News\n\nThree children killed by a landmine in Tafas, May 5, 2024\n\nOn May 5, 2024,"
               " three...\n\nOn February 2, 2023, Syrian regime forces fired shells at Sarmin city in the eastern suburbs"
               " of Idlib governorate, killing two civilians.\n")
    assert [(i.date.isoformat(), i.killed) for i in read_report(made_up).incidents] == [("2023-02-02", 2)]


def test_a_death_in_custody_learnt_of_with_no_day_of_death_and_no_place_is_no_incident():
    # en-2019-12-torture-19: "On December 23, 2019, we received information confirming his death due to torture in
    # 2014, in a detention center": the title's "December 23" is the day SNHR learnt of it; en-2022-05-torture-19:
    # "arrested ... on November 15, 2011 ... On May 26, 2022, his family learned of his death inside a Syrian regime
    # forces detention center". The death stays a figure of the text (accepted), not an incident
    for name in ("en-2019-12-torture-19", "en-2022-05-torture-19"):
        r = read_report(TEXTS / f"{name}.txt")
        assert r.incidents == [] and len(r.tallies.other_totals) == 1
    # en-2020-08-news-01: "confirming his death on January 8, 2020": a day of death, the incident stays
    r = read_report(TEXTS / "en-2020-08-news-01.txt")
    assert [i.dates.get("died") for i in r.incidents] == ["2020-01-08"]


def test_the_victims_of_the_weapons_a_sentence_before_counted_are_the_weapons_share():
    # en-2017-02-press-19: "Assad regime ha hrefed at least 502 barrel bombs during the month of February. ... The
    # report also said that 14 civilians, including five children and four women, were killed by these deadly barrel
    # bombs.": the barrel bombs' victims, kept apart (not the month's toll, not an incident)
    r = read_report(TEXTS / "en-2017-02-press-19.txt")
    assert r.tallies.killed is None and r.incidents == []
    assert [(o["killed"], o["children"], o["women"]) for o in r.tallies.other_totals] == [(14, 5, 4)]


# -- round 20 (test batch), after its measurement: English and Arabic tallies (branch fix20misc) -------------------
# Round 20 was measured once on main; the rules below were written after that measurement from its misses, so round 20
# is tuned for them from here on.

def test_a_feed_time_stamp_is_no_day_of_an_event_and_an_old_massacre_is_refused_for_its_era():
    # en-2022-02-refuse-20 (a syrianeyes copy of SNHR's "Massacres" RSS feed): "Massacres - Syrian Network for Human
    # Rights https://snhr.org ... Tue, 01 Mar 2022 15:13:31 +0000": the feed's build stamp was read as the day of a
    # massacre. The text commemorates "the 1982 Hama massacre": refused, and for what is true of it
    from geo.report.text import find_dates, find_month_years
    assert find_dates("Tue, 01 Mar 2022 15:13:31 +0000 en-US hourly 1 ... Mon, 28 Feb 2022 11:24:07 GMT") == []
    assert find_month_years("Tue, 01 Mar 2022 15:13:31 +0000") == []
    assert [d.date.isoformat() for d in find_dates("killed on Tue, 01 Mar 2022, at 15:13")] == ["2022-03-01"]
    with pytest.raises(InputError, match="are of 1982, before the conflict"):
        read_report(TEXTS / "en-2022-02-refuse-20.txt")
    # the other copies of SNHR's feeds stay refused for what they were refused for
    with pytest.raises(InputError, match="reports no killing"):
        read_report(TEXTS / "en-2024-10-refuse-20.txt")
    # made-up variants: a day of a killing in the text is no killing of another era; years of the conflict are not
    from geo.report.reader import _before_conflict
    assert _before_conflict("SNHR recalls the 1982 Hama massacre. The regime killed 20,000 people in 1982.") == ["1982"]
    assert _before_conflict("SNHR recalls the 1982 Hama massacre. On February 3, a massacre was committed.") == []
    assert _before_conflict("The massacre of 2012 in Houla, where 108 were killed.") == []


def test_arabic_medical_and_civil_defence_workers_counted_together_are_no_medical_count():
    # ar-2019-02-monthly-20: "و6 من الكوادر الطبية وكوادر الدفاع المدني" and ar-2020-01-press-01: "أربعة من الكوادر
    # الطبية وكوادر الدفاع المدني": one figure of both kinds of workers, no count of medical workers alone
    for name in ("ar-2019-02-monthly-20", "ar-2020-01-press-01"):
        assert "medical" not in read_report(TEXTS / f"{name}.txt").tallies.personnel, name
    # ar-2019-09-press-01: "مقتل 1 من الكوادر الطبية" alone stays a medical count
    assert read_report(TEXTS / "ar-2019-09-press-01.txt").tallies.personnel.get("medical") == 1


def test_arabic_victims_of_a_count_of_barrel_bombs_are_kept_apart_from_the_month():
    # ar-2016-09-press-20: "أن 658 برميلاً متفجراً قد ألقاها النظام على المدنيين في شهر أيلول الفائت فحسب، ما تسبب بمقتل
    # 71 مدنياً، بينهم 15 طفلاً و9 سيدات": the barrel bombs' victims, not the month's toll (as en-2017-02-press-19)
    r = read_report(TEXTS / "ar-2016-09-press-20.txt")
    assert r.tallies.killed is None and r.incidents == []
    assert [(o["killed"], o["children"], o["women"]) for o in r.tallies.other_totals] == [(71, 15, 9)]
    # a made-up variant with rockets, and a month's toll beside it that stays the month's
    made_up = ("source: x\npublished: 2016-10-01\n---\nوثقت الشبكة السورية لحقوق الإنسان مقتل 300 مدنياً في أيلول 2016. "
               "وأن 40 صاروخاً قد أطلقتها القوات الروسية في أيلول، ما أدى إلى مقتل 25 مدنياً.\n")
    r = read_report(made_up)
    assert r.tallies.killed == 300 and [o["killed"] for o in r.tallies.other_totals] == [25]


# -- round 21 (test batch), after its measurement: English tallies (branch fix21en) ---------------------------------
# Round 21 was measured once on main; the rules below were written after that measurement from its English misses, so
# round 21 is tuned for them from here on.

def test_snhr_own_count_with_no_period_in_a_text_of_no_month_is_an_other_total():
    # en-2012-11-annual-21 (a Children's Day statistic): "SNHR documented the death of 2710 children at the hands of
    # security and army forces affiliated to Syrian government which are distributed to:" - no month, no day, no place:
    # SNHR's count up to the report's day, kept as a figure of an unsaid period (the text is not refused)
    r = read_report(TEXTS / "en-2012-11-annual-21.txt")
    assert r.incidents == [] and r.tallies.killed is None and r.tallies.by_party == {}
    assert [(o["killed"], o["children"], o.get("by"), o.get("period")) for o in r.tallies.other_totals][:1] == [
        (2710, 2710, "REGIME", "unstated")]
    # en-2018-03-news-01: "SNHR documented the death of 26 civilians, including 8 children and 4 women, in Eastern
    # Ghouta ...": a count at a place stays what it was read as (no unstated period)
    r = read_report(TEXTS / "en-2018-03-news-01.txt")
    assert not any(o.get("period") == "unstated" for o in r.tallies.other_totals)
    # made-up variants: the same wording with a month is the month's; without SNHR as its subject it is still refused
    r = read_report("source: x\npublished: 2016-11-20\n---\nThe Syrian Network for Human Rights has recorded the killing "
                    "of 800 children at the hands of government forces.\n")
    assert [(o["killed"], o.get("period")) for o in r.tallies.other_totals] == [(800, "unstated")]
    r = read_report("source: x\npublished: 2016-11-20\n---\nSNHR documented the killing of 800 civilians in "
                    "October 2016.\n")
    assert r.tallies.killed == 800 and not r.tallies.other_totals
    with pytest.raises(InputError):
        read_report("source: x\npublished: 2016-11-20\n---\nThe SNHR said that children are killed. Their families "
                    "documented the death of 800 children at the hands of government forces.\n")


def test_a_count_from_one_day_up_till_another_is_a_tally_not_an_incident():
    # en-2015-08-annual-21: "SNHR documented the killing of 2236 children by the main conflict parties in Syria since
    # 1 January 2015 and up till 31 August 2015": the period's figure, no incident dated 1 January
    r = read_report(TEXTS / "en-2015-08-annual-21.txt")
    assert r.incidents == []
    assert 2236 in [o["killed"] for o in r.tallies.other_totals]
    # made-up variants of the range's joint: "and up to", "and until"; a single day with a place stays an incident
    from geo.report.incidents import _period_of_days
    for text in ("Regime forces killed 40 civilians from 3 March 2016 and up to 9 March 2016.",
                 "Regime forces killed 40 civilians since 3 March 2016 and until 9 March 2016."):
        assert _period_of_days(text, find_dates(text)), text
    text = "Regime forces killed 40 civilians on 3 March 2016 and on 9 March 2016."
    assert not _period_of_days(text, find_dates(text))


def test_all_parties_toll_with_a_list_of_them_and_a_share_of_the_total_deaths():
    # en-2017-10-press-21 (The Syrian Observer): "At least 923 civilians have been killed during October at the hands
    # of all parties to the conflict in Syria, including the Assad regime, the Islamic State (ISIS) group, ...": the
    # toll of all parties, not the regime's; "398 of the total deaths were caused by the Assad regime, including 78
    # children and 62 women": the regime's share; "71 people ... were killed by the U.S.-led international coalition"
    assert party_figures("At least 923 civilians have been killed during October at the hands of all parties to the "
                         "conflict in Syria, including the Assad regime, the Islamic State (ISIS) group, Russia and "
                         "the U.S.-led coalition, a human rights watchdog reported.") == []
    assert [f[:5] for f in party_figures("The Syrian Network for Human Rights on Wednesday said that 398 of the total "
                                         "deaths were caused by the Assad regime, including 78 children and 62 women.")] \
        == [("REGIME", "Assad regime", 398, 78, 62)]
    assert [f[:5] for f in party_figures("According to the report, 71 people, including 22 children and 15 women, were "
                                         "killed by the U.S.-led international coalition.")] == [
        ("COALITION", "U.S.-led international coalition", 71, 22, 15)]
    r = read_report(TEXTS / "en-2017-10-press-21.txt")
    assert r.tallies.killed == 923
    assert {c: p.killed for c, p in r.tallies.by_party.items()} == {
        "REGIME": 398, "RUSSIA": 221, "ISIS": 162, "COALITION": 71, "OPP_SNA": 16, "SDF": 15}
    # made-up variants: a party named after the comma still owns the count ("by terror group, DAESH"); a share of
    # the total deaths by another party
    assert [f[:3] for f in party_figures("Also, 30 civilians were killed by the terror group, DAESH.")] == [
        ("ISIS", "DAESH", 30)]
    assert [f[:3] for f in party_figures("It said that 120 of the total deaths were caused by Russian forces.")] == [
        ("RUSSIA", "Russian forces", 120)]


# -- round 22 (test batch), after its measurement: English (branch fix22en) ---------------------------------------
# Round 22 was measured once on main; the rules below were written after that measurement from its English misses, so
# round 22 is tuned for them from here on.

def test_people_detained_by_a_party_are_no_party_figure_and_an_arrest_report_is_refused():
    # en-2022-04-refuse-22 (Daily News Brief on SNHR's April 2022 arrest report): "at least 194 people, including six
    # children and three women have been detained illegally by Syria regime forces only in April" - arrests, not the
    # regime's 194 deaths; the text reports no killing and is refused for what it is
    assert party_figures("The Syrian Network for Human Rights (SNHR) said Thursday that at least 194 people, including "
                         "six children and three women have been detained illegally by Syria regime forces only in "
                         "April.") == []
    with pytest.raises(InputError, match="arrests and detentions, not killings"):
        read_report(TEXTS / "en-2022-04-refuse-22.txt")
    # made-up variants: "were arrested by", "are still detained by"; the same count killed by the party is read
    assert party_figures("At least 150 civilians were arrested by Syrian regime forces in May.") == []
    assert party_figures("It said that 84 people are still detained by the Syrian Democratic Forces.") == []
    assert [(f[0], f[2], f[3]) for f in party_figures("At least 150 civilians, including six children, were killed by "
                                                      "Syrian regime forces in May.")] == [("REGIME", 150, 6)]


def test_medical_personnel_killed_since_a_year_are_another_period_s_figure():
    # en-2020-05-press-22 (Anadolu on SNHR's medical-personnel report): "855 medical staff killed in Syria since 2011"
    # and "A total of 855 medical personnel have been killed since civil war erupted in Syria in 2011": a figure since
    # 2011, kept once in other_totals, never the month's; the text is no longer refused
    r = read_report(TEXTS / "en-2020-05-press-22.txt")
    assert r.incidents == [] and r.tallies.personnel == {}
    assert [o["medical"] for o in r.tallies.other_totals if "medical" in o] == [855]
    # en-2020-06-monthly-01: "at least 1,006 civilians, including three media workers and 12 medical and Civil Defense
    # personnel, were documented killed in the first half of 2020": the half-year's media workers, not June's
    r = read_report(TEXTS / "en-2020-06-monthly-01.txt")
    assert "media" not in r.tallies.personnel
    assert [o["media"] for o in r.tallies.other_totals if "media" in o] == [3]
    # made-up variants: "have been killed since March 2011" is another period's; a month's count stays the month's
    from geo.report.tallies import Tallies, _personnel
    t = Tallies()
    _personnel(t, "A total of 40 media workers have been killed since March 2011.", (2016, 5), True, 3)
    assert t.personnel == {} and [(o["media"], o["line"]) for o in t.other_totals] == [(40, 3)]
    t = Tallies()
    _personnel(t, "Two medical personnel were killed in May 2016.", (2016, 5), True, 3)
    assert t.personnel == {"medical": 2} and t.other_totals == []


def test_a_count_of_thousands_with_no_day_is_a_running_total_not_an_incident():
    # en-2021-02-torture-22: "SNHR notes that at least 14,269 Syrian citizens have died due to torture in Syrian regime
    # forces' detention center." - SNHR's running count of torture deaths, no incident dated by the post's month
    r = read_report(TEXTS / "en-2021-02-torture-22.txt")
    assert not any(i.killed == 14269 for i in r.incidents)
    assert [(o["torture"], o["period"]) for o in r.tallies.other_totals if o.get("torture")] == [(14269, "unstated")]
    # en-2018-02-annual-22, the title of SNHR's report over seven years: "Approximately 13,000 Civilians Killed at the
    # Hands of Syrian Regime Forces in Eastern Ghouta, including 1,463 Children" - the title's count (its participle has
    # no auxiliary) is read, and it is a total of the regime's, not an incident of the week before publication
    r = read_report(TEXTS / "en-2018-02-annual-22.txt")
    assert r.incidents == []
    # (the women, unsaid, are left unknown)
    assert [(o["killed"], o["children"], o["women"], o["by"], o["period"]) for o in r.tallies.other_totals] == [
        (13000, 1463, None, "REGIME", "unstated")]
    # the deadliest attack SNHR documented stays an incident (en-2013-08-news-02, the Ghouta chemical attack: "These
    # attacks killed 1127 at least", no day in its sentence), and so does a title's massacre beside a total of
    # thousands (en-2018-07-massacre-11: 52 killed in Zardana, "6,187 Civilians ... Killed by Russia since ...")
    assert [i.killed for i in read_report(TEXTS / "en-2013-08-news-02.txt").incidents] == [1127]
    assert 52 in [i.killed for i in read_report(TEXTS / "en-2018-07-massacre-11.txt").incidents]
    # made-up variants: a running total of thousands at a place, and a title's; thousands on a day stay an incident,
    # and tens with no day too
    head = "source: x\npublished: 2019-03-10\n---\n"
    r = read_report(head + "SNHR notes that at least 3,500 civilians have died in Idlib governorate at the hands of "
                           "Syrian regime forces.\n")
    assert r.incidents == [] and [(o["killed"], o["by"]) for o in r.tallies.other_totals] == [(3500, "REGIME")]
    r = read_report(head + "Approximately 3,000 Civilians Killed at the Hands of Russian Forces in Idlib, including "
                           "900 Children\n\nThe report outlines the violations.\n")
    assert r.incidents == [] and [(o["killed"], o["children"], o["by"]) for o in r.tallies.other_totals] == [
        (3000, 900, "RUSSIA")]
    r = read_report(head + "At least 2,400 civilians were killed on March 3, 2019 in Idlib city by Syrian regime "
                           "forces.\n")
    assert [(i.date, i.killed) for i in r.incidents] == [(dt.date(2019, 3, 3), 2400)]
    r = read_report(head + "SNHR notes that at least 35 civilians have died in Idlib governorate at the hands of "
                           "Syrian regime forces.\n")
    assert [i.killed for i in r.incidents] == [35]


# -- round 23 (test batch), after its measurement: English (branch fix23en) ---------------------------------------
# Rules written from round 23's English misses (docs/corpus.md "Round 23 (test batch), after the measurement:
# fix23en"); round 23 is tuned for them from here on.

def test_a_hometown_with_the_article_apart_is_the_place_the_text_refers_back_to():
    # en-2021-03-landmine-23: "from al Keshkiya town which is administratively a part of al Sh'aitat area in the
    # eastern suburbs of Deir Ez-Zour governorate, was killed ... when a detonator ... exploded in the town"
    r = read_report(TEXTS / "en-2021-03-landmine-23.txt")
    assert [i.place_text for i in r.incidents] == ["al Keshkiya town"]
    # the same article apart in another text (en-2020-06-news-02, tune): "from al Talhiya village" is a hometown
    s = ("A 13- year-old boy, Maher Malek Nouri Durrah, from al Talhiya village in the northern suburbs of Idlib "
         "governorate, was shot dead on June 4")
    first = place_phrases(s)[0]
    assert first.text.startswith("al Talhiya village") and first.hometown
    # made up: a lower-case word after "from" is still no place ("from al shelling" is no name)
    assert not any(p.hometown for p in place_phrases("A man died from al shelling of the town on May 2"))


def test_a_headline_with_a_bare_participle_counts_its_victims_and_retells_the_body():
    # en-2021-05-landmine-23: the title "Two children killed by the blast of a munition ... on May 3" is the body's
    # incident (2 children), not a second one of 1
    r = read_report(TEXTS / "en-2021-05-landmine-23.txt")
    assert [(i.killed, i.children) for i in r.incidents] == [(2, 2)]
    # made up: a headline with a participle and an object is not the participle form ("Gunmen killed a man")
    head = "source: x\npublished: 2021-05-05\n---\n"
    r = read_report(head + "Three civilians killed by shelling in Tafas city in Daraa governorate on May 3\n")
    assert [(i.killed, i.children or 0) for i in r.incidents] == [(3, 0)]


def test_a_two_consonant_skeleton_does_not_match_a_name_of_more_words(geocoder):
    # en-2021-05-landmine-23: "Tatla village" (not in the gazetteer) was Ata Allah (W2854), the same skeleton "tl"
    m = geocoder.geocode("al Sayyed Ayed neighborhood in Tatla village in the northeastern suburbs in Deir Ez-Zour "
                         "governorate")
    assert m.pcode == "SY09"


def test_a_figure_of_some_weeks_ago_is_a_days_not_the_months():
    # en-2015-09-news-23: "Two weeks ago, regime air strikes in eastern Damascus killed 247 people - including 50
    # children" is no regime line of the month; made up: "three days ago"
    r = read_report(TEXTS / "en-2015-09-news-23.txt")
    assert "REGIME" not in r.tallies.by_party
    assert party_figures("Three days ago, Russian forces killed 12 civilians in Ariha.") == []
    assert [f[:3] for f in party_figures("Russian forces killed 12 civilians in the past month.")] == [
        ("RUSSIA", "Russian forces", 12)]


def test_extract_dates_a_page_saved_without_its_header_by_the_address_given():
    # en-2016-10-news-28 (an Airwars page saved with no 'source:' line; its day is only in its address): refused
    # without the address, read with it (--url), the incident dated by it
    from incmap import cli

    path = str(TEXTS / "en-2016-10-news-28.txt")
    r = CliRunner().invoke(cli, ["extract", path])
    # (its refusal names the count it could not date: "counts dead ('nine civilians'), but with no day ..."; fixleft41)
    assert r.exit_code != 0 and "no day, place or period" in r.output
    url = "https://airwars.org/civilian-casualties/cs336-october-11-2016"
    r = CliRunner().invoke(cli, ["extract", path, "--url", url, "--json"])
    assert r.exit_code == 0, r.output
    (inc,) = json.loads(r.output)["incidents"]
    assert (inc["date"], inc["killed"], inc["perpetrator"]) == ("2016-10-11", 5, "COALITION")


# -- rounds 35 and 36 (test batches), after their measurement: fix3536 --------------------------------------

def test_day_s_toll_by_governorate_without_its_noun_and_counts_for_each_of_two():
    # en-2013-12-daily-36, World Bulletin updated 30 December 2013: "Meanwhile, Syrian regime forces killed 50 in
    # Aleppo, 15 in Homs, 16 in the suburbs of capital Damascus, seven in Hama, three each in Daraa and Deir-ez Zor,
    # two each in Rakka and Idlib, and one in Latakia in air and land offensives across the country, according to
    # the latest statement by the Syrian Network of Human Rights (SNHR)": no noun after the first count, "N each
    # in A and B" is N in each; the statement's day is not printed ("since December 15" opens SOHR's period in the
    # paragraph before, not this toll's day): the month of publication
    inc = [i for i in read_report(TEXTS / "en-2013-12-daily-36.txt").incidents
           if "one place of a day's toll split by place" in i.notes]
    assert [(i.killed, i.place_text, i.governorate_pcode) for i in inc] == [
        (50, "Aleppo", "SY02"), (15, "Homs", "SY04"), (16, "the suburbs of capital Damascus", "SY03"),
        (7, "Hama", "SY05"), (3, "Daraa", "SY12"), (3, "Deir-ez Zor", "SY09"), (2, "Rakka", "SY11"),
        (2, "Idlib", "SY07"), (1, "Latakia", "SY06")]
    assert {(i.date, i.date_precision, i.perpetrator) for i in inc} == {
        (dt.date(2013, 12, 1), DatePrecision.MONTH, "REGIME")}
    # en-2013-01-daily-36, an undated page: "... said that Assad forces killed 31 in Dera'a, 23 in the suburbs of
    # capital Damascus, 13 in Aleppo, 8 in Homs, 6 in Idlib, two each in el-Haseqqeh and Raqqah, one each in Hama
    # and Deir al-Zor in air and land offensives": undated incidents ("on Thursday" of no known week)
    inc = read_report(TEXTS / "en-2013-01-daily-36.txt").incidents
    assert [(i.date, i.killed, i.place_text, i.governorate_pcode, i.perpetrator) for i in inc] == [
        (None, 31, "Dera'a", "SY12", "REGIME"), (None, 23, "the suburbs of capital Damascus", "SY03", "REGIME"),
        (None, 13, "Aleppo", "SY02", "REGIME"), (None, 8, "Homs", "SY04", "REGIME"),
        (None, 6, "Idlib", "SY07", "REGIME"), (None, 2, "el-Haseqqeh", "SY08", "REGIME"),
        (None, 2, "Raqqah", "SY11", "REGIME"), (None, 1, "Hama", "SY05", "REGIME"),
        (None, 1, "Deir al-Zor", "SY09", "REGIME")]


def test_day_s_toll_by_governorate_made_up_variants():
    # the same family, made up: a weekday told before dates the toll; "civilians" after the first count; the
    # last place's "by shelling" is how, not where
    inc = read_report("source: x\npublished: 2014-03-09\n---\nAt least 40 people were killed on Saturday in "
                      "several cities across Syria.\n\nGovernment forces killed 20 civilians in Hama, four each in Idlib and Homs, and "
                      "eleven in Tartous by shelling, the SNHR said.\n").incidents
    assert [(i.date, i.killed, i.place_text, i.governorate_pcode) for i in inc] == [
        (dt.date(2014, 3, 8), 20, "Hama", "SY05"), (dt.date(2014, 3, 8), 4, "Idlib", "SY07"),
        (dt.date(2014, 3, 8), 4, "Homs", "SY04"), (dt.date(2014, 3, 8), 11, "Tartous", "SY10")]
    # a count "in several other cities" names no place; a single "killed 5 in Aleppo" is no list
    inc = read_report("source: x\npublished: 2014-03-09\n---\nRegime forces killed 9 in Dera'a, 6 in several other "
                      "cities in air and land offensives, the SNHR said.\n").incidents
    assert [(i.date, i.date_precision, i.killed, i.place_text) for i in inc] == [
        (dt.date(2014, 3, 1), DatePrecision.MONTH, 9, "Dera'a")]


def test_arabic_massacre_retold_its_toll_in_a_sentence_after_that_names_it_back():
    # ar-2022-04-press-35: "و يصادف اليوم الذكرى السنوية العاشرة لإحدى ابشع المجازر ... ضد اهالي حي دير بعلبة حيث أنه وفي
    # الفترة الممتدة بين 7 و24 من نيسان 2012، وقعت هذه المجزرة ..." then "حسب الشبكة السورية لحقوق الإنسان فإن المجزرة
    # وقعت في ثلاثة أحياء، ...، وبلغ عدد الضحايا الموثقين 200 شخص.": the massacre's toll, not 1
    (inc,) = read_report(TEXTS / "ar-2022-04-press-35.txt").incidents
    assert (inc.place_text, inc.killed) == ("حي دير بعلبة", 200)
    # ar-2022-01-press-36: "... بحلول الذكرى السنوية للمجزرة المروعة إذ لفتت إلى أن في صباح يوم الثلاثاء 15-1-2013
    # اقتحمت قوات النظام السوري وميليشيات موالية له قرية الحصوية بريف حمص." then "وأشارت إلى أن عمليات القتل الوحشية
    # نفذت ...، ولفتت إلى توثيق لشبكة السورية لحقوق الإنسان مقتل 108 مدنياً بينهم 25 طفلاً و17 سيدة ..."
    inc = [i for i in read_report(TEXTS / "ar-2022-01-press-36.txt").incidents if i.date == dt.date(2013, 1, 15)]
    assert [(i.place_text, i.killed, i.children, i.women) for i in inc] == [("قرية الحصوية بريف حمص", 108, 25, 17)]
    # made up, the same family: the toll after, "عدد القتلى" naming "المجزرة" back
    (inc,) = read_report("source: x\npublished: 2020-05-10\n---\nتصادف اليوم ذكرى مجزرة ارتكبتها قوات النظام السوري في "
                         "قرية التريمسة بريف حماة في 12 تموز 2012.\nوبحسب الشبكة السورية لحقوق الإنسان فإن المجزرة "
                         "استمرت ساعات، وبلغ عدد القتلى 150 شخصاً.\n").incidents
    assert (inc.date, inc.killed) == (dt.date(2012, 7, 12), 150)
    # a killing told after with no word for the massacre is not its toll
    (inc,) = read_report("source: x\npublished: 2020-05-10\n---\nتصادف اليوم ذكرى مجزرة ارتكبتها قوات النظام السوري في "
                         "قرية التريمسة بريف حماة في 12 تموز 2012.\nوفي سياق آخر، بلغ عدد القتلى في سوريا 150 شخصاً.\n"
                         ).incidents
    assert inc.killed != 150


def test_arabic_anniversary_title_and_this_massacre_are_no_more_incidents():
    # ar-2022-01-press-36 (15 January 2022): the title '"مذبحة الثلاثاء الأسود" .. الذكرى السنوية التاسعة لمجزرة الحصوية
    # بريف حمص' (twice) and 'ويطلق ناشطون على هذه المجزرة اسم "الثلاثاء الأسود"' name again the massacre of 15-1-2013
    # that SNHR counted (108): no killings of January 2022
    inc = read_report(TEXTS / "ar-2022-01-press-36.txt").incidents
    assert [(i.date, i.killed) for i in inc] == [(dt.date(2013, 1, 15), 108)]
    # made up, the same family: another village, governorate and anniversary; a new killing of one told in the same
    # piece, with its own day and no anniversary word, is kept
    raw = (TEXTS / "ar-2022-01-press-36.txt").read_text(encoding="utf-8")
    raw = raw.replace("الحصوية", "التريمسة").replace("حمص", "حماة").replace("التاسعة", "الثامنة")
    inc = read_report(raw).incidents
    assert [(i.date, i.killed, i.place_text) for i in inc] == [(dt.date(2013, 1, 15), 108, "قرية التريمسة بريف حماة")]
    raw += "\n\nوفي سياق آخر، قُتل مدني يوم الخميس 13 كانون الثاني 2022 برصاص قناص في قرية كفرنبودة بريف حماة.\n"
    inc = read_report(raw).incidents
    assert [(i.date, i.killed) for i in inc] == [(dt.date(2013, 1, 15), 108), (dt.date(2022, 1, 13), 1)]


@pytest.mark.parametrize("name", ["ar-2022-01-refuse-35.txt", "ar-2023-03-refuse-36.txt"])
def test_arabic_outlet_s_own_killing_with_snhr_named_without_a_figure_is_refused(name):
    # ar-2022-01-refuse-35 (SY24): "وقال مراسلنا في درعا، إن ..." and SNHR named only as "أصدرت في شهر تشرين الأول الماضي،
    # تقريرا وثقت من خلاله الانتهاكات ..."; ar-2023-03-refuse-36: "وكشف مراسلنا عن مقتل أربعة أشخاص ..." and "فيما تشير
    # الشبكة السورية لحقوق الإنسان إلى أنّ قوات “الجيش الوطني” قد ارتكبت انتهاكاً ...": the counts are the outlet's
    with pytest.raises(InputError, match="the outlet's own"):
        read_report(TEXTS / name)


def test_arabic_correspondent_s_killing_with_an_snhr_figure_is_read():
    # made up, the family's other side: the correspondent tells the killing, SNHR counts it: read
    inc = read_report("source: x\npublished: 2023-03-21\n---\nوكشف مراسلنا عن مقتل أربعة مدنيين إثر إطلاق النار عليهم في "
                      "بلدة جنديرس بريف حلب يوم 20 آذار 2023.\nووثقت الشبكة السورية لحقوق الإنسان مقتل 4 مدنيين في "
                      "البلدة.\n").incidents
    assert [i.killed for i in inc] == [4]
    # and a made-up variant of the refused form: "قال مراسلنا" and SNHR's judgement only
    with pytest.raises(InputError, match="the outlet's own"):
        read_report("source: x\npublished: 2023-03-21\n---\nوقال مراسلنا إن مدنيين اثنين قتلا برصاص عناصر حاجز في بلدة "
                    "نوى بريف درعا يوم 20 آذار 2023.\nفيما تعتبر الشبكة السورية لحقوق الإنسان أن ذلك انتهاك للقانون.\n")


def test_snhr_quoted_only_for_damage_among_other_sources_deaths_is_refused():
    # en-2019-07-refuse-36 (Airwars, Saraqib, 22 July 2019): nine killed per local sources, Shahba Press, Step, SY24 ...;
    # "Syrian Network for Human Rights reported that “Syrian regime warplanes fired missiles on Najdat al Khaled High
    # School for Girls in Saraqeb city in Idlib governorate eastern suburbs, damaging its building severely, on July
    # 22nd.”": SNHR tells no death, the page's figures are other sources'
    with pytest.raises(InputError, match="SNHR's own account tells the attack with no one killed"):
        read_report(TEXTS / "en-2019-07-refuse-36.txt")
    # made up, the same family
    with pytest.raises(InputError, match="no one killed"):
        read_report("source: x\npublished: 2019-08-02\n---\nFive civilians were killed in airstrikes on a market in Ariha "
                    "on August 1st, local sources said.\nSNHR said that “warplanes fired missiles on a bakery in Ariha, "
                    "destroying it.”\n")
    # SNHR told to, not telling ("Local activists explained to SNHR that the roof had been severely damaged"): the
    # death it tells first is read (en-2020-11-news-22)
    assert read_report(TEXTS / "en-2020-11-news-22.txt").incidents


def test_another_monitor_named_as_the_teller_at_the_sentence_end():
    # en-2013-12-daily-36: "At least 517 civilians including 151 children and 46 women have been killed by barrel bombs
    # that Syrian regime air forces dropped on opposition-controlled areas in Aleppo, Syria, since December 15, said
    # London-based Syrian Observatory for Human Rights.": SOHR's toll, not an SNHR incident (kept as another's total)
    r = read_report(TEXTS / "en-2013-12-daily-36.txt")
    assert 517 not in [i.killed for i in r.incidents]
    assert any(o.get("killed") == 517 and o.get("source") == "other" for o in r.tallies.other_totals)
    # made up, the same family ("reported the Syrian Observatory"); SNHR named in the sentence keeps it
    text = ("source: x\npublished: 2014-02-03\n---\nAt least 12 civilians were killed in a barrel bomb attack on the "
            "town of Daraya on February 2, 2014, reported the Syrian Observatory for Human Rights.\n")
    assert not read_report(text).incidents
    text = ("source: x\npublished: 2014-02-03\n---\nAt least 12 civilians were killed in a barrel bomb attack on the "
            "town of Daraya on February 2, 2014, said the SNHR and the Syrian Observatory for Human Rights.\n")
    assert [i.killed for i in read_report(text).incidents] == [12]


# -- rounds 37-40 (test batches), after their measurement: fix3740 ---------------------------------------------------

def test_narrative_toll_takes_the_place_of_the_attack_told_before_it():
    # en-2012-06-massacre-40 (SNHR, 2 July 2012): "After this, a car bomb explosion, number 539, 608, occurred in al
    # Joura area in Deir Ez-Zour city at 6 pm, ..." then (a sentence on the car between) "This latest terrorist attack
    # killed 10 people, who we were able to positively identify, and three others whose identities we could not
    # ascertain since their remains were so mangled ...": 13 at al Joura ("since" is the reason, no period); then
    # "residents of al Jbeila staged a huge demonstration ..." and "In response to the protests, Syrian army forces
    # shelled the unarmed protesters with heavy artillery, killing 12 civilians ...": 12 at al Jbeila
    text = (TEXTS / "en-2012-06-massacre-40.txt").read_text(encoding="utf-8")
    inc = read_report(text).incidents
    assert [(i.killed, i.place_text, i.governorate_pcode) for i in inc] == [
        (4, "al Ashara city at about 12 noon", None),
        (13, "al Joura area in Deir Ez-Zour city at 6 pm", "SY09"), (12, "al Jbeila", "SY09")]
    # the car bomb's incident spans the attack's sentence, but shows only the toll's (the car's owner is named there)
    assert inc[1].start == text.index("After this, a car bomb") and "Avanti" not in inc[1].sentence
    # en-2012-09-massacre-40 (9 September 2012): "... a MIG23 airplane ... threw several barrels on a building near
    # Al-Halwaneyeh roundabout in Tareq Al Bab neighborhood, ..." then "The explosion led to kill at least 30
    # civilians"; "the MIG23 airplane resumed its flight over Al Shaar neighborhood and shelled Sad El Wez street by a
    # missile, ..." then a paragraph "13 people were killed, and at least 25 people were injured": the title's 43 (the
    # two strikes' sum, "in Tareq Al-Bab of Aleppo") is their headline, and gives the quarters' governorate
    inc = read_report(TEXTS / "en-2012-09-massacre-40.txt").incidents
    assert [(i.killed, i.place_text, i.governorate_pcode) for i in inc] == [
        (30, "a building near Al-Halwaneyeh roundabout in Tareq Al Bab neighborhood", "SY02"),
        (13, "Al Shaar neighborhood", "SY02")]


def test_narrative_toll_made_up_variants():
    # made up, the same family: "the blast" refers back to a car bomb that "went off" in a town; a bare count opening
    # the next paragraph after a shelling told at a quarter; a gathering's toll
    inc = read_report("source: x\npublished: 2013-05-20\n---\nOn May 18, 2013, a car bomb went off in the town of "
                      "Jdeidet Artouz in Rural Damascus. The blast killed seven people.\n").incidents
    assert [(i.date, i.killed, i.place_text) for i in inc] == [
        (dt.date(2013, 5, 18), 7, "the town of Jdeidet Artouz in Rural Damascus")]
    assert narrated_count("The blast killed seven people, who were identified, and two others whose bodies were "
                          "burned").killed == 9
    assert narrated_count("The blast killed seven people, who were identified, and three others were injured").killed == 7
    inc = read_report("source: x\npublished: 2013-05-20\n---\nA warplane flew over Bab al-Nairab neighborhood and "
                      "shelled a bakery in Aleppo.\n\n11 people were killed, and at least 20 were injured.\n").incidents
    assert [(i.killed, i.place_text) for i in inc] == [(11, "Bab al-Nairab neighborhood")]
    inc = read_report("source: x\npublished: 2012-06-20\n---\nResidents of Hraytan held a big demonstration after "
                      "Friday prayers. Security forces fired on the demonstrators, killing five civilians.\n").incidents
    assert [(i.killed, i.place_text) for i in inc] == [(5, "Hraytan")]
    # not so: a bare count with no attack right before it (no incident: the text is refused)
    with pytest.raises(InputError):
        read_report("source: x\npublished: 2013-05-20\n---\nThe neighbourhood of Bab al-Nairab is poor.\n\n11 "
                    "people were killed, and at least 20 were injured.\n")


def test_massacre_title_named_by_its_city_is_the_incident():
    # en-2012-07-massacre-40 (16 July 2012): the title "Hama city massacre 2012… 49 civilians died on one day and
    # counted hours"; the body gives only "the death and the injury of ten individuals" and a burned family
    (inc,) = read_report(TEXTS / "en-2012-07-massacre-40.txt").incidents
    assert (inc.killed, inc.place_text, inc.governorate_pcode, inc.category) == (49, "Hama city", "SY05", "massacre")
    assert [p.text for p in place_phrases("Douma town massacre… 30 civilians died")] == ["Douma town"]


def test_arabic_massacre_story_told_on_with_snhr_s_toll_after_it():
    # ar-2021-03-press-39: "... حاصرت ميليشيات النظام السوري ... أحياء الرفاعي والعدوية وكرم الزيتون في مدينة حمص، واستمرت
    # في قصفها بالمدفعية قرابة 18 ساعة." then "ثم اقتحمتها صباح الأحد 11/ آذار/ 2012 ونفَّذت عمليات قتل جماعي حملت صبغة
    # طائفية." and "وثقت الشبكة السورية لحقوق الإنسان مقتل 212 مدنياً بينهم 46 طفلاً و33 سيدة.": one massacre at Homs, SNHR's
    # toll of the killings told right before it
    (inc,) = read_report(TEXTS / "ar-2021-03-press-39.txt").incidents
    assert (inc.date, inc.place_text, inc.killed, inc.children, inc.women, inc.category) == (
        dt.date(2012, 3, 9), "مدينة حمص", 212, 46, 33, "massacre")
    # made up, the same family: another city's quarters, another day and toll
    raw = (TEXTS / "ar-2021-03-press-39.txt").read_text(encoding="utf-8")
    raw = raw.replace("حمص", "حماة").replace("11/ آذار/ 2012", "12/ آذار/ 2012").replace("212 مدنياً", "150 مدنياً")
    (inc,) = read_report(raw).incidents
    assert (inc.place_text, inc.killed) == ("مدينة حماة", 150)
    # not so: storming told a fortnight after the siege is another incident; SNHR's figure is no toll of the siege's
    inc = read_report(raw.replace("12/ آذار/ 2012", "25/ آذار/ 2012")).incidents
    assert [(i.place_text, i.killed) for i in inc if i.date == dt.date(2012, 3, 9)] != [("مدينة حماة", 150)]


def test_arabic_anniversary_massacre_dated_by_the_story_told_after_it():
    # ar-2024-06-press-39: "يصادف اليوم الاثنين الذكرى الثالثة عشرة لمجزرة جمعة أطفال الحرية في مدينة حماة والتي راح ضحيتها
    # أكثر من 65 مدنيًا ..." then "وبعد ظهر يوم الجمعة 3 حزيران 2011 توجه الآلاف ... باتجاه ساحة العاصي وسط المدينة، ..."
    # and "وعقب ذلك ردت قوات الأمن ... ما أدى إلى مقتل 65 مدنيًا بحسب توثيق الشبكة السورية لحقوق الإنسان.": the massacre of
    # 3 June 2011, told through the toll's sentence (not an undated incident of the anniversary's days)
    text = (TEXTS / "ar-2024-06-press-39.txt").read_text(encoding="utf-8")
    (inc,) = read_report(text).incidents
    assert (inc.date, inc.killed, inc.governorate_pcode) == (dt.date(2011, 6, 3), 65, "SY05")
    assert inc.end >= text.index("بحسب توثيق الشبكة السورية")
    # made up, the same family: another city, day and toll; a toll told after that is not the massacre's leaves it undated
    raw = ("source: x\npublished: 2024-07-01\n---\nيصادف اليوم الذكرى الثانية عشرة لمجزرة الحولة في مدينة تلدو والتي راح "
           "ضحيتها أكثر من 100 مدني على يد نظام الأسد.\nوفي مساء يوم الجمعة 25 أيار 2012 اقتحمت قوات النظام المدينة.\n"
           "وأسفر الهجوم عن مقتل {n} مدنياً بحسب توثيق الشبكة السورية لحقوق الإنسان.\n")
    (inc,) = read_report(raw.format(n=100)).incidents
    assert (inc.date, inc.killed) == (dt.date(2012, 5, 25), 100)
    assert all(i.date != dt.date(2012, 5, 25) or i.killed != 100 or len(i.sentences) == 1
               for i in read_report(raw.format(n=7)).incidents)


@pytest.mark.parametrize("name, killed, place", [("ar-2015-04-press-37.txt", 15, "مدينة إدلب"),
                                                 ("ar-2015-04-news-37.txt", 19, "مدينة جسر الشغور")])
def test_arabic_detainees_executed_with_no_day_are_an_undated_incident(name, killed, place):
    # ar-2015-04-press-37: "وقالت الشبكة في بيان إن القوات الحكومية قبل مغادرة مدنية إدلب، أقدمت على إعدام 15 معتقلا رميا
    # بالرصاص ..." (and "كمشفى إدلب الوطني" is a hospital, no army); ar-2015-04-news-37: "... إن القوات الحكومية قامت
    # بتصفية 19 معتقلًا في فرع الأمن العسكري بمدينة جسر الشغور" ("لايزال الغموض يلف مصير 15 معتقلًا" holds no mine):
    # told by the forces' leaving, no day: undated, not refused as arrests
    (inc,) = read_report(TEXTS / name).incidents
    assert (inc.date, inc.killed, inc.place_text, inc.perpetrator, inc.category) == (None, killed, place, "REGIME",
                                                                                      "killing")


def test_arabic_detainees_executed_made_up_variants():
    # made up, the same family: another town and force; a detainee killed under torture is no execution count
    (inc,) = read_report("source: x\npublished: 2016-03-10\n---\nوقالت الشبكة السورية لحقوق الإنسان إن عناصر تنظيم داعش "
                         "أعدموا 7 معتقلين في سجن مدينة الباب قبل انسحابهم منها.\n").incidents
    assert (inc.killed, inc.perpetrator) == (7, "ISIS")  # (its day: none, or the post's month)
    inc = read_report("source: x\npublished: 2019-07-20\n---\nقتل معتقل من أبناء محافظة الحسكة تحت التعذيب في أحد سجون "
                      "النظام السوري. ووثقت الشبكة السورية لحقوق الإنسان مقتل 14 ألف شخص تحت التعذيب منذ 2011.\n")
    assert all(i.killed != 14 for i in inc.incidents)


def test_arabic_one_killed_and_a_count_of_others_wounded_or_taken():
    # ar-2021-06-news-37: "... ما أدى إلى مقتل <a name>، نازح من مدينة دير حافر شرق محافظة حلب، وإصابة قرابة 7 مدنيين آخرين
    # بجراح": one killed, not 7
    (inc,) = read_report(TEXTS / "ar-2021-06-news-37.txt").incidents
    assert (inc.killed, inc.children or 0) == (1, 0)
    # ar-2025-06-press-39 (an undated page; its day "فجر يوم الخميس 12 حزيران الجاري" has no year): "... توغلت في أحياء
    # سكنية داخل بيت جن، وأسفرت العملية عن قتل الشاب المدني <a name> واعتقال سبعة مدنيين آخرين": one killed, date unknown,
    # at the town the sentence before names ("سكان البلدة"), by Israeli forces; not refused as arrests
    (inc,) = read_report(TEXTS / "ar-2025-06-press-39.txt").incidents
    assert (inc.date, inc.killed, inc.place_text, inc.perpetrator) == (None, 1, "بلدة بيت جن بريف دمشق الغربي", "ISRAEL")
    # made up, the same family: a boy killed, three wounded; a count of the killed itself is still read
    (inc,) = read_report("source: x\npublished: 2022-05-03\n---\nانفجرت عبوة ناسفة في بلدة سجو بريف حلب الشمالي، في 2 أيار "
                         "2022، ما أدى إلى مقتل الطفل علي، وإصابة 3 مدنيين آخرين.\n").incidents
    assert (inc.killed, inc.children) == (1, 1)
    (inc,) = read_report("source: x\npublished: 2022-05-03\n---\nانفجرت عبوة ناسفة في بلدة سجو بريف حلب الشمالي، في 2 أيار "
                         "2022، ما أدى إلى مقتل 4 مدنيين، وإصابة 3 مدنيين آخرين.\n").incidents
    assert inc.killed == 4


def test_children_counted_after_the_lead_s_toll_of_the_same_attack():
    # en-2017-04-news-38 (ABC): "At least 11 people have been killed by barrel bombs dropped by Syrian Government
    # helicopters following a weekend of violence and protests across the country, human rights monitors say." then "The
    # Syrian Network for Human rights said four children died in Sunday's bombing near Daraa in the country's south":
    # 11 killed, 4 of them children
    inc = [i for i in read_report(TEXTS / "en-2017-04-news-38.txt").incidents if i.governorate_pcode == "SY12"]
    assert [(i.killed, i.children) for i in inc] == [(11, 4)]
    # made up, the same family: women; not so when the lead names another place (its own incident) or no attack
    base = ("source: x\npublished: 2016-03-08\n---\n{lead}\n\nSNHR said three women died in the shelling of the town of "
            "Kafr Nabl on Monday.\n")
    inc = read_report(base.format(lead="At least nine people were killed by artillery shells on Monday, activists "
                                       "said.")).incidents
    assert [(i.killed, i.women) for i in inc] == [(9, 3)]
    inc = read_report(base.format(lead="The regime is accused of many crimes, and nine people were killed, "
                                       "activists said.")).incidents
    assert [(i.killed, i.women) for i in inc if i.women] == [(3, 3)]


def test_snhr_s_low_estimate_against_another_teller_in_the_same_sentence():
    # en-2016-11-news-40 (Airwars RS1693): "Between three and 14 civilians were killed ..." then "The Syrian Network for
    # Human Rights reported the low estimate of three deaths while Halab News listed that 14 civilians were killed but
    # their identities were not known.": SNHR's 3, not Halab News' 14
    (inc,) = read_report(TEXTS / "en-2016-11-news-40.txt").incidents
    assert inc.killed == 3
    from geo.report.monitors import _count, _snhrs_part

    # made up, the same family: "whereas" another outlet "said"; SNHR's own figure after "while" stays
    text = "The Syrian Network for Human Rights put the death toll at five, whereas Step News said that 9 people died."
    assert _count(_snhrs_part(text)).killed == 5
    text = "The Syrian Network for Human Rights said that 7 civilians were killed while they slept."
    assert _count(_snhrs_part(text)).killed == 7


# -- rounds 41 and 42 (test batches), after their measurement: fix4142 ------------------------------------------------

@pytest.mark.parametrize("name, place, date, killed, children, party", [
    # "Syrian Network for Human Rights blamed the Syrian Regime." (no date printed, none in the address ?p=32926)
    ("en-2017-08-massacre-42", "near two schools in the city of Al Mayadeen", None, None, None, "REGIME"),
    # "The Syrian Network for Human Rights reported that regime warplanes were responsible, but the VDC - ..."
    ("en-2015-11-news-42", "Khan Sheikhoun", None, None, None, "REGIME"),
    # "The Syrian Network said two children died." (dated by the address, cs418-december-20-2016)
    ("en-2016-12-news-42", "al Tabaqa", dt.date(2016, 12, 20), 2, 2, None),
])
def test_airwars_page_quoting_snhr_s_blame_only_is_snhr_s_incident(name, place, date, killed, children, party):
    (inc,) = read_report(TEXTS / f"{name}.txt").incidents
    assert (inc.place_text, inc.date, inc.killed, inc.children) == (place, date, killed, children)
    assert inc.date_precision is (None if date is None else DatePrecision.DAY)
    if party:
        assert inc.perpetrator == party


def test_airwars_page_quoting_snhr_s_blame_only_made_up_variants():
    from geo.report.incidents import Count
    from geo.report.monitors import _STRIKE_ON, _count, _kind_count

    page = ("Geolocation\nAirwars assessment\nThree civilians were killed in an airstrike on Kafr Nabl - though "
            "reports were conflicted as to who was responsible.\nThe Syrian Network for Human Rights blamed Russian "
            "warplanes.\n")
    (inc,) = read_report(page).incidents
    assert (inc.place_text, inc.date, inc.killed, inc.perpetrator) == ("Kafr Nabl", None, None, "RUSSIA")
    # SNHR named for no blame and no figure: nothing of SNHR's, the page stays refused
    with pytest.raises(InputError):
        read_report(page.replace("blamed Russian warplanes", "was among the sources"))
    # SNHR's figure of one kind of victim; a figure of civilians comes first
    assert _kind_count(["The Syrian Network said two children died."]) == Count(2, 2, None)
    assert _kind_count(["SNHR said 3 women were killed"]) == Count(3, None, 3)
    assert _count("SNHR said 5 civilians, including two children, died").killed == 5
    # the kind's count on an Airwars page; the lead's toll elsewhere (a news story's: the kind is among its dead)
    tabaqa = page.replace("The Syrian Network for Human Rights blamed Russian warplanes.", "The Syrian Network said two "
                          "children died.").replace("Geolocation\n", "source: https://airwars.org/civilian-casualties/"
                                                    "cs1-march-3-2016\n---\nGeolocation\n")
    assert [(i.killed, i.children) for i in read_report(tabaqa).incidents] == [(2, 2)]
    # a place with a spaced "al" and one followed by a dash
    assert _STRIKE_ON.search("killed in a Coalition airstrike on al Tabaqa.").group("p") == "al Tabaqa"
    assert _STRIKE_ON.search("in an airstrike on Khan Sheikhoun - though").group("p") == "Khan Sheikhoun"


def test_a_name_given_in_snhr_s_sentence_on_a_monitors_page_is_withheld():
    # en-2015-11-news-42: "... but the VDC - who named the girl as Shatha Dawood - said she was killed by Russian
    # strikes." is the incident's sentence: the name is the incident's victim's, withheld in every public output
    (inc,) = read_report(TEXTS / "en-2015-11-news-42.txt").incidents
    assert inc.victim_names == ["Shatha Dawood"]
    from geo.report.incidents import _names

    # made up: who the victim was between "named" and "as"; a place "named" stays no name
    assert _names("the monitor named the man as Khaled Omar al-Ali.", [])[0] == ["Khaled Omar al-Ali"]
    assert _names("local activists named the victim as Rami Hasan", [])[0] == ["Rami Hasan"]


# -- rounds 43 and 44 (test batches), after their measurement: fix4344 ------------------------------------------------

def test_arabic_massacres_told_with_one_toll_are_one_incident_each_with_no_count():
    # ar-2025-03-massacre-43: "... إنها وثقت مقتل 12 مدنياً، بينهم 5 أطفال وسيدة، في مجزرتين منفصلتين وقعتا يومي 30 و31
    # آذار/مارس 2025، في كل من حي كرم الزيتون في مدينة حمص، وقرية حرف بنمرة التابعة لمدينة بانياس في ريف محافظة طرطوس، ...":
    # two massacres, the 12 theirs together (no split): one incident at each place, no count
    inc = read_report(TEXTS / "ar-2025-03-massacre-43.txt").incidents
    assert [(i.place_text, i.governorate_pcode, i.killed, i.children, i.category) for i in inc] == [
        ("حي كرم الزيتون في مدينة حمص", "SY04", None, None, "massacre"),
        ("قرية حرف بنمرة التابعة لمدينة بانياس في ريف محافظة طرطوس", "SY10", None, None, "massacre")]


def test_arabic_massacres_told_with_one_toll_made_up_variants():
    from geo.report.arabic import _listed_massacre_places_ar

    # made up, the same family: no "كل من", three massacres, "مجزرتان"; one place only, or fewer places than
    # massacres, or massacres told one by one ("الأولى في ...") split nothing
    assert _listed_massacre_places_ar("قُتل 9 مدنيين بينهم طفلان في مجزرتين في قرية كفرنبل، وبلدة حاس بريف إدلب.") == [
        "قرية كفرنبل", "بلدة حاس بريف إدلب"]
    assert _listed_massacre_places_ar("وثقت الشبكة مقتل 20 مدنياً في 3 مجازر في كل من بلدة دوما، ومدينة حرستا، وحي جوبر، "
                                      "حيث قصفت الطائرات") == ["بلدة دوما", "مدينة حرستا", "حي جوبر"]
    assert _listed_massacre_places_ar("قُتل 9 مدنيين في مجزرتين في بلدة حاس بريف إدلب.") == []
    assert _listed_massacre_places_ar("وثقت مقتل 20 مدنياً في 3 مجازر في كل من بلدة دوما ومدينة حرستا.") == []
    assert _listed_massacre_places_ar("ارتكبت القوات مجزرتين، الأولى في قرية التريمسة راح ضحيتها 20 مدنيا، والثانية في "
                                      "بلدة كفرنبل") == []
    (a, b) = read_report("source: x\npublished: 2019-06-03\n---\nوثقت الشبكة السورية لحقوق الإنسان مقتل 9 مدنيين، بينهم 4 "
                         "أطفال، في مجزرتين ارتكبتهما قوات النظام يوم 2 حزيران 2019، في كل من قرية كفرنبل، وبلدة حاس "
                         "بريف إدلب.\n").incidents
    assert [(i.place_text, i.killed) for i in (a, b)] == [("قرية كفرنبل", None), ("بلدة حاس بريف إدلب", None)]


def test_two_named_children_near_a_town_in_its_governorate_s_suburbs():
    # en-2019-12-news-44 (Airwars RS4247): "The Syrian Network for Human Rights reported: “The sibling children Hajar and
    # Mohammad Ahmad al Qazaq, displaced from al Ghadafa village ..., were killed as fixed-wing warplanes we believe were
    # Russian fired missiles near a tent where they stay with their family south of Binnesh city in the southern suburbs
    # of Idlib governorate, on December 16, 2019”": two children, at the town (not the governorate), SNHR's one incident
    # (the page's own "As many as three civilians" is the same attack)
    (inc,) = read_report(TEXTS / "en-2019-12-news-44.txt").incidents
    assert (inc.place_text, inc.killed, inc.children, inc.perpetrator, inc.date) == (
        "Binnesh city in the southern suburbs of Idlib governorate", 2, 2, "RUSSIA", dt.date(2019, 12, 16))
    # both named children are withheld, the first named by her given name alone (it had stayed in the public sentence)
    assert inc.victim_names == ["Hajar", "Mohammad Ahmad al Qazaq"] and "Hajar" not in str(inc.to_dict(False))
    from geo.report.incidents import _names

    assert _names("the brothers Omar and Khaled al Hasan were killed", [])[0] == ["Omar", "Khaled al Hasan"]
    from geo.report.incidents import Count
    from geo.report.monitors import _count

    # made up, the same family: brothers (no children said), girls; a pair with a number or no names is not this
    assert _count("SNHR said the brothers Omar and Khaled al Hasan were killed by a sniper.") == Count(2, 0, 0)
    assert _count("SNHR reported that the girls Rama and Sara, aged five and seven, were killed in the strike.") == Count(2, 2, 2)
    assert _count("SNHR said the children and their mother were killed.") is None
    # the town a spot lies by, before its governorate's suburbs or countryside; a bare direction is no place
    assert [p.text for p in place_phrases("shells fell north of Sarmin town in the eastern countryside of Idlib "
                                          "governorate, killing two")] == [
        "Sarmin town in the eastern countryside of Idlib governorate"]
    assert [p.text for p in place_phrases("shells fell north of Sarmin town, killing two")] == []


def test_arabic_party_s_record_since_its_founding_is_another_period_s_figure():
    # ar-2022-01-press-43: "“الشبكة السورية” ترصد انتهاكات “تحرير الشام” منذ تأسيس “النصرة”" (its head) then "وأحصى التقرير
    # مقتل ما لا يقل عن 505 مدنيين على يد “الهيئة”، بينهم 71 طفلًا و77 سيدة، ...": the party's record, no month: accepted,
    # the 505 kept as another period's figure (it had been refused as stating "no figure")
    r = read_report(TEXTS / "ar-2022-01-press-43.txt")
    assert r.tallies.killed is None and [(o["killed"], o["children"], o["women"]) for o in r.tallies.other_totals
                                         if o.get("killed")][:1] == [(505, 71, 77)]
    # made up, the same family: another party, "منذ نشأته"; with no such head, a bare party figure stays unread
    body = ("source: x\npublished: \n---\nتقرير يرصد انتهاكات قوات سوريا الديمقراطية منذ نشأتها\n\nوأحصى التقرير مقتل ما لا "
            "يقل عن 120 مدنياً على يد القوات، بينهم 30 طفلاً.\n")
    assert [o["killed"] for o in read_report(body).tallies.other_totals] == [120]
    with pytest.raises(InputError):
        read_report(body.replace(" منذ نشأتها", ""))


def test_arabic_killing_told_per_another_monitor_snhr_only_warning_is_refused():
    # ar-2022-02-refuse-43: "وبحسب المرصد السوري لحقوق الانسان، فإن الطفل ... لقي حتفه في انفجار ذخيرة ..." then "وأشارت الشبكة
    # السورية لحقوق الإنسان إلى أن مخلفات الأسلحة ... لا تزال تُشكِّل تهديداً حقيقياً للمدنيين": SOHR's killing, SNHR's warning
    with pytest.raises(InputError, match="another monitor"):
        read_report(TEXTS / "ar-2022-02-refuse-43.txt")
    # made up, the same family: "وفق المرصد السوري"; SNHR's own toll beside it (in digits or words) keeps the text
    base = ("source: x\npublished: 2022-02-23\n---\nقُتل رجل، أمس الثلاثاء، اثر انفجار لغم في قرية كفرلاتا جنوب محافظة ادلب.\n"
            "ووفق المرصد السوري لحقوق الانسان، فإن الرجل لقي حتفه في انفجار لغم.\n{snhr}\n")
    with pytest.raises(InputError, match="another monitor"):
        read_report(base.format(snhr="وحذرت الشبكة السورية لحقوق الإنسان من خطر الألغام على المدنيين."))
    assert read_report(base.format(snhr="ووثقت الشبكة السورية لحقوق الإنسان مقتل 3 مدنيين بالألغام في الشهر ذاته.")).incidents


def test_airwars_page_quoting_snhr_for_damage_and_injuries_only_is_refused():
    # en-2016-07-refuse-44 (Airwars RS973): "Three children died ... according to local media" and "Syrian Network for
    # Human Rights claims that the national hospital became inoperable after the raid due to the extensive damage and staff
    # injuries.": SNHR tells no death; the deaths are other sources'
    with pytest.raises(InputError, match="no one killed"):
        read_report(TEXTS / "en-2016-07-refuse-44.txt")
    from geo.report.monitors import snhr_tells_only_damage

    # made up, the same family: "claimed", wounded civilians; a death in SNHR's words is no damage only
    assert snhr_tells_only_damage("Two men died. SNHR claimed that the bakery was destroyed and several civilians wounded.")
    assert not snhr_tells_only_damage("Two men died. SNHR claimed that the bakery was destroyed and two civilians killed.")


def test_another_teller_s_retelling_in_its_month_on_snhr_s_incident_page_is_no_extra():
    # en-2016-02-news-44 (Airwars RS694): 'Baladi reported: “Our correspondent reported that there was an air raid by
    # Russian planes in the centre of the town of Jisr al Shoughour ... which killed a woman and her baby ...”' beside SNHR's
    # "at least 2 victims (a woman and her baby) died in regime warplanes missiles fired on Jisr AL Shoughour city in Idlib
    # governorate, February 28, 2016.": one attack, SNHR's
    (inc,) = read_report(TEXTS / "en-2016-02-news-44.txt").incidents
    assert (inc.killed, inc.perpetrator, inc.date) == (2, "REGIME", dt.date(2016, 2, 28))
    from geo.report.incidents import ReportIncident
    from geo.report.monitors import _retold_in_its_month

    # made up, the same family: another governorate, or a retelling dated to another day, is another incident
    day = ReportIncident(date=dt.date(2016, 2, 28), governorate_pcode="SY07")
    month = dict(date=dt.date(2016, 2, 1), date_precision=DatePrecision.MONTH)
    assert _retold_in_its_month(ReportIncident(**month, governorate_pcode="SY07"), day)
    assert not _retold_in_its_month(ReportIncident(**month, governorate_pcode="SY02"), day)
    assert not _retold_in_its_month(ReportIncident(date=dt.date(2016, 2, 20), governorate_pcode="SY07"), day)


# -- rounds 57 and 58 (test batches), after the measurement: Arabic (branch fix5758) ------------------------------

def test_a_birth_year_a_count_or_a_period_start_is_no_year_of_the_killings():
    # ar-2021-06-torture-57: "ثم قتله تحت التعذيب، وهو من مواليد عام 1986" (the victim's birth year) and
    # ar-2023-08-press-58: "قرابة 7000 مواطن سوري، بينهم قرابة 2000 طفل قتلتهم القوات الروسية ... منذ ... أيلول 2015"
    # (a count) were refused as "the killings the text speaks of are of 1986 (2000), before the conflict"
    from geo.report.reader import _before_conflict
    assert _before_conflict("ثم قتله تحت التعذيب، وهو من مواليد عام 1986، ويقيم في مدينة الحسكة") == []
    assert _before_conflict("قرابة 7000 مواطن سوري، بينهم قرابة 2000 طفل قتلتهم القوات الروسية في سوريا") == []
    # made-up variants of the same families
    assert _before_conflict("He was tortured to death; he was born in 1986.") == []
    assert _before_conflict("Russian forces killed about 2000 children.") == []
    assert _before_conflict("Russian forces killed 2000 civilians.") == []
    assert _before_conflict("The regime has killed thousands since 1986.") == []
    assert _before_conflict("وثقت الشبكة مقتل ما لا يقل عن 2000 مدني منذ عام 2000") == []
    # a killing of another era stays one
    assert _before_conflict("مجزرة حماة عام 1982") == ["1982"]
    assert _before_conflict("the massacre in Hama city in 1982 killed thousands") == ["1982"]
    for name in ("ar-2021-06-torture-57", "ar-2023-08-press-58"):
        try:
            read_report(TEXTS / f"{name}.txt")
        except InputError as e:
            assert "before the conflict" not in str(e)


def test_arabic_people_a_party_killed_since_a_start_told_as_a_relative_clause_is_another_periods_total():
    # ar-2023-08-press-58: "قائمة بيانات لقرابة 7000 مواطن سوري، بينهم قرابة 2000 طفل قتلتهم القوات الروسية في سوريا منذ
    # تدخلها العسكري غير الشرعي في سوريا في أيلول 2015": a cumulative figure of one party, no month's, no incident
    from geo.report.arabic import _KILLED_BY_SINCE_AR
    r = read_report(TEXTS / "ar-2023-08-press-58.txt")
    assert r.incidents == [] and r.tallies.killed is None
    assert [(o["killed"], o["children"], o["by"]) for o in r.tallies.other_totals] == [(7000, 2000, "RUSSIA")]
    # made-up variants of the same family
    m = _KILLED_BY_SINCE_AR.search("وثقت الشبكة 3000 مدني، بينهم 500 طفل، قتلهم تنظيم داعش منذ عام 2014")
    assert (m.group("n"), m.group("ch"), m.group("p")) == ("3000", "500", "تنظيم داعش")
    m = _KILLED_BY_SINCE_AR.search("أسماء 250 شخصاً الذين قتلتهم قوات النظام منذ بداية العام")
    assert (m.group("n"), m.group("ch")) == ("250", None)
    # a killing with a day and no start is not one
    assert _KILLED_BY_SINCE_AR.search("مقتل 5 مدنيين قتلتهم قوات النظام في قصف على المدينة يوم الأحد") is None


def test_arabic_one_victim_arrested_then_killed_under_torture_with_no_day_of_death():
    # ar-2021-06-torture-57: "تحدث التقرير ... عن اعتقال قوات سوريا الديمقراطية التعسفي للضحية <name>، ثم إخفائه قسرياً
    # ثم قتله تحت التعذيب، وهو من مواليد عام 1986، ويقيم في مدينة الحسكة": one incident, the month of the report (the
    # day of death is not printed; the arrest's day, told after, is not it); the birth year is no figure
    from geo.report.arabic import _undated_torture_death_ar, _EVENT_AR
    r = read_report(TEXTS / "ar-2021-06-torture-57.txt")
    assert [(i.killed, i.perpetrator, i.place_text, str(i.date)) for i in r.incidents] == [
        (1, "SDF", "مدينة الحسكة", "2021-06-01")]
    # made-up variants of the same family
    assert _undated_torture_death_ar("أدان التقرير اعتقال قوات النظام التعسفي للشاب فلان، ثم قتله تحت التعذيب، "
                                     "وهو من مواليد 1990، من أبناء مدينة دوما")
    assert _undated_torture_death_ar("تحدث البيان عن احتجاز هيئة تحرير الشام للمواطن فلان، ثم وفاته بسبب التعذيب")
    assert _EVENT_AR.search("ثم قتلها تحت التعذيب")
    # not a figure-less account: a count, or an arrest with no death
    assert not _undated_torture_death_ar("اعتقال قوات النظام للشاب فلان، ثم قتله تحت التعذيب مع 5 آخرين")
    assert not _undated_torture_death_ar("اعتقال قوات النظام للشاب فلان، ثم إخفاؤه قسرياً")
    assert not _EVENT_AR.search("حاولوا قتله في كمين")


def test_arabic_massacre_told_inside_todays_toll_is_an_incident_of_the_day():
    # ar-2012-10-daily-57: "ارتفاع عدد القتلى في سوريا اليوم، إلى 108 أشخاص؛ بينهم 30 شخصًا في مجزرة بسلقين في ريف إدلب":
    # the massacre's 30 at its place, the day of the post (not the country's 108)
    from geo.report.arabic import _TODAYS_TOLL_MASSACRE_AR
    r = read_report(TEXTS / "ar-2012-10-daily-57.txt")
    assert [(str(i.date), i.killed, i.place_text, i.governorate) for i in r.incidents] == [
        ("2012-10-01", 30, "سلقين", "Idlib")]
    # made-up variants of the same family
    m = _TODAYS_TOLL_MASSACRE_AR.search("وثقت الشبكة مقتل 75 شخصا اليوم، بينهم 20 في مجزرة في قرية التريمسة بريف حماة")
    assert (m.group("n"), m.group("place").strip()) == ("20", "قرية التريمسة بريف حماة")
    assert _TODAYS_TOLL_MASSACRE_AR.search("ارتفع عدد القتلى اليوم إلى 90 منهم 12 شخصا بمجزرة في حي القابون")
    # a toll with no massacre in it is not one
    assert _TODAYS_TOLL_MASSACRE_AR.search("ارتفاع عدد القتلى في سوريا اليوم، إلى 108 أشخاص؛ بينهم 30 طفلا") is None


def test_arabic_torture_count_with_a_mark_on_its_cause():
    # ar-2024-01-news-57: "مقتل 91 مدنيًا خلال شهر ديسمبر الماضي، منهم 14 طفلًا، و13 امرأة، و11 شخصًا بسببِ التعذيب":
    # the kasra on "بسببِ" and the tanwin in "شخصًا" hid the month's 11; the year's 57 was read instead
    from geo.report.arabic import _TORTURE_AR
    r = read_report(TEXTS / "ar-2024-01-news-57.txt")
    assert r.tallies.torture == 11
    # made-up variants of the same family
    assert _TORTURE_AR.search("و11 شخصًا بسببِ التعذيب").group("n") == "11"
    assert _TORTURE_AR.search("و5 أشخاص تحتَ التعذيب").group("n") == "5"
    assert _TORTURE_AR.search("و7 شخصاً بسبب التعذيب").group("n") == "7"


def test_arabic_a_month_named_total_replaces_a_news_items_killing_read_as_the_months():
    # ar-2024-01-news-57: "قُتل 4 مدنيين وأصيب 11 آخرون بجروح جراء قصف نفذته قوات النظام السوري، الإثنين، على مدينة دارة
    # عزة" (a news item's killing, no month named) was read as the month's total and the REGIME's figure; then
    # "وثقت الشبكة السورية لحقوق الإنسان مقتل 91 مدنيًا خلال شهر ديسمبر الماضي، منهم 14 طفلًا، و13 امرأة، و11 شخصًا
    # بسببِ التعذيب": SNHR's month, with its children and women after "منهم"
    from geo.report.arabic import _among
    t = read_report(TEXTS / "ar-2024-01-news-57.txt").tallies
    assert (t.killed, t.children, t.women, t.torture, dict(t.by_party)) == (91, 14, 13, 11, {})
    assert _among("، منهم 14 طفلًا، و13 امرأة، و11 شخصًا بسببِ التعذيب.") == (14, 13)
    assert _among("، منهم 14 طفلا و13 سيدة.") == (14, 13)
    assert _among("، وكان منهم الكثير من الأطفال") == (None, None)  # ("منهم" with no count after it)
    # a total told first with no month and again with it is kept with the parties after it (ar-2022-01-press-01)
    t = read_report(TEXTS / "ar-2022-01-press-01.txt").tallies
    assert t.killed == 69 and t.by_party


def test_arabic_a_count_over_a_list_of_places_is_a_reports_total_not_an_incident():
    # ar-2015-10-press-58: "قتلت 47 شخصا، بينهم 9 أطفال و8 سيدات، ... وذلك في قرية أبو شاخات بريف مدينة رأس العين،
    # وبلدة الجوادية شمال الحسكة، ووحي غويران بمدينة الحسكة، ومنطقة جبل عبد العزيز": a report's total over months
    # (February to August 2015), kept as another period's, no incident
    from geo.report.arabic import _PLACES_LIST_AR
    r = read_report(TEXTS / "ar-2015-10-press-58.txt")
    assert r.incidents == [] and [(o["killed"], o["by"]) for o in r.tallies.other_totals] == [(47, "SDF")]
    # made-up variants of the same family
    assert _PLACES_LIST_AR.search("في قرية الزيارة، وبلدة تلمنس، وحي الشيخ سعيد، ومدينة حلب، خلال الشهر")
    # two places, or one, are no list
    assert _PLACES_LIST_AR.search("في قرية الزيارة، وبلدة تلمنس، خلال الشهر") is None
    assert _PLACES_LIST_AR.search("على قرية الزيارة بريف حماة، ظهر اليوم") is None


def test_arabic_a_death_of_wounds_told_then_its_attack_is_one_incident():
    # ar-2024-07-landmine-57: "إن المسن <name>، من أبناء قرية برج القاص ...، توفي في 3-7-2024، متأثراً بجراحه التي أصيب
    # بها إثر انفجار لغم أرضي." then "لم نتمكن من تحديد مصدر اللغم المنفجر أثناء عمله في أرض زراعية في محيط قرية برج
    # القاص في 1-7-2024، حيث نُقل إلى مدينة حلب للعلاج بأحد مشافيها وتوفي هناك": one death, the blast's day and place
    from geo.report.arabic import _OF_WOUNDS_AR
    r = read_report(TEXTS / "ar-2024-07-landmine-57.txt")
    assert [(str(i.date), i.killed, i.place_text, i.dates) for i in r.incidents] == [
        ("2024-07-01", 1, "قرية برج القاص", {"died": "2024-07-03"})]
    # made-up variants of the same family
    assert _OF_WOUNDS_AR.search("توفيت في 5-3-2023، متأثرةً بجراحها")
    assert _OF_WOUNDS_AR.search("توفي متأثرا بإصابته")
    assert _OF_WOUNDS_AR.search("أصيب بجراحه") is None


def test_arabic_a_number_of_areas_held_by_a_force_is_no_stated_control_of_the_site():
    # ar-2013-12-massacre-58: "أفاد مركز حلب الإعلامي باستهداف الطيران المروحي عددا من المناطق الخاضعة لسيطرة مقاتلي
    # المعارضة في مدينة حلب": areas in general, not the site the barrels struck ("أرض الحمرا بقرب حي الحيدري")
    from geo.report.arabic import stated_control_ar
    r = read_report(TEXTS / "ar-2013-12-massacre-58.txt")
    assert [i.stated_control for i in r.incidents] == [None]
    # made-up variants of the same family
    assert stated_control_ar("استهدف الطيران عدداً من المناطق الخاضعة لسيطرة المعارضة في ريف إدلب") is None
    assert stated_control_ar("استهدف الطيران بعض المناطق الخاضعة لسيطرة المعارضة") is None
    # the site's own control stays read
    assert stated_control_ar("قصف الطيران قرية كفرنبل الخاضعة لسيطرة فصائل المعارضة المسلحة") is not None


def test_arabic_the_event_a_massacre_came_after_is_no_incident_of_the_text():
    # ar-2013-08-massacre-58: "وجاءت هذه المجزرة بعد أن شهدت بلدة المليحة بريف دمشق مجزرة صباح الجمعة، حيث قتل ما لا
    # يقل عن 15 وجرح العشرات": the Mleiha massacre told in passing (activists'), not the Kalasa one the text reports
    from geo.report.arabic import _CAME_AFTER_AR
    r = read_report(TEXTS / "ar-2013-08-massacre-58.txt")
    assert [(i.killed, i.place_text) for i in r.incidents] == [(25, "حي الكلاسة بحلب")]
    # made-up variants of the same family
    assert _CAME_AFTER_AR.search("وتأتي هذه الغارات بعد يومين من مجزرة في بلدة كفربطنا قتل فيها 10 مدنيين")
    assert _CAME_AFTER_AR.search("وجاء هذا القصف بعد مقتل 5 مدنيين في حي جوبر")
    # "بعد" of the text's own event is not it
    assert _CAME_AFTER_AR.search("قتل 5 مدنيين بعد قصف على بلدة كفربطنا") is None


def test_english_month_restatement_women_as_a_share_of_the_dead_and_a_member_of_the_medical_staff():
    # en-2024-02-press-69 (round 69, test batch, after its measurement: fix69): "According to the network's monthly
    # report, four of the deceased were women, and nine people, including a child, were killed under torture." and
    # "The SNHR documented the killing of a member of the medical staff by other entities, in addition to three
    # massacres ...": the month's women and its one medical worker
    r = read_report(TEXTS / "en-2024-02-press-69.txt")
    assert (r.tallies.killed, r.tallies.children, r.tallies.women, r.tallies.personnel.get("medical")) == (78, 7, 4, 1)
    assert {c: p.killed for c, p in r.tallies.by_party.items()} == {"REGIME": 9, "OPP_SNA": 3, "HTS": 1, "SDF": 7,
                                                                    "OTHER": 59}
    # made-up variants of the same families, in a month's text
    head = "Report documents the killing of 50 civilians in Syria during May 2024\n\nSNHR documented the killing of 50 " \
           "civilians in Syria in May, including six children.\n\n"
    r = read_report(head + "According to the report, three of the victims were women.\n\nThe report documented the "
                    "killing of two members of the medical personnel.\n")
    assert (r.tallies.women, r.tallies.personnel.get("medical")) == (3, 2)
    # not the month's women: "women or children" together, another period's, or a party's share
    for other in ("A third of the victims were women or children.", "Five of the victims were women or children.",
                  "Since 2011, 900 of the victims were women.",
                  "Regime forces killed 20 civilians; four of the victims were women."):
        assert read_report(head + other + "\n").tallies.women is None, other


def test_a_photo_caption_line_is_no_incident_of_the_text():
    # en-2024-02-press-69 (round 69, test batch, after its measurement: fix69): the caption under the title, printed
    # twice, "The debris left by Russian airstrikes west of Idlib, resulting in the death of a civilian and five
    # injuries – March 1, 2024 (Syria Civil Defense/Telegram)", is the picture's event (Civil Defence's, the day after
    # SNHR's February), not the story's: no incident, and no dated subtitle that would date the story's sentences
    from geo.report.incidents import is_photo_caption
    r = read_report(TEXTS / "en-2024-02-press-69.txt")
    assert r.incidents == []
    assert is_photo_caption("The debris left by Russian airstrikes west of Idlib, resulting in the death of a civilian "
                            "and five injuries - March 1, 2024 (Syria Civil Defense/Telegram)")
    # made-up variants of the same form: the day first, a month only, another credit
    assert is_photo_caption("Civil Defense members search the rubble of a house in Ariha after a regime strike - 3 May "
                            "2023 (Enab Baladi/Ahmad Ahmad)")
    assert is_photo_caption("A funeral in Daraa for two civilians killed by a landmine - June 2022 (Horan Free League)")
    # not a caption: a sentence (its full stop), a dated sentence ending in its source, a line with no credit
    assert not is_photo_caption("On March 1, 2024, Russian airstrikes west of Idlib killed a civilian (Syria Civil "
                                "Defense).")
    assert not is_photo_caption("Russian airstrikes west of Idlib killed a civilian on March 1, 2024 (SNHR).")
    assert not is_photo_caption("The debris left by Russian airstrikes west of Idlib - March 1, 2024")


# -- perp41: the perpetrator of each found incident (docs/corpus.md, "Perpetrators scored (perp41)") ---------------

@pytest.mark.parametrize("sentence,code", [
    # the government's arms by their kind (en-2015-04-massacre-01, en-2014-08-news-17, en-2015-09-news-23,
    # en-2012-06-massacre-40, en-2014-02-news-13, en-2015-02-press-30, en-2015-09-news-23)
    ("Sunday, March 29, 2015, government forces fired a SSM missile on Idlib city, what led to the death of 17 "
     "individuals, including 7 children, and 4 women.", "REGIME"),
    ("Meanwhile, an opposition news agency claimed that 14 others died during another barrel bomb attack by government "
     "helicopters in Hama.", "REGIME"),
    ("The Syrian air force launched deadly raids on the rebel-held city of Douma near Damascus, killing 10 civilians",
     "REGIME"),
    ("Syrian army forces began the relentless bombardment in al Ashara city at about 12 noon, killing four people",
     "REGIME"),
    ("Helicopters of the Syrian government shelled Tafas with barrel bombs on February, 12, 2014.", "REGIME"),
    ("In one attack on Thursday, regime forces hit a busy market in Kafr Batna city, killing 39 civilians.", "REGIME"),
    ("In western Ghouta, regime army snipers killed two in the town of Moadamiyet Al-Sham, according to SNHR.", "REGIME"),
    # made-up variants
    ("Government troops stormed the village and shot five men.", "REGIME"),
    ("Two children were killed by Syrian warplanes in Ariha.", "REGIME"),
    # the weapon's owner (en-2022-07-monthly-62, en-2017-04-massacre-27, en-2015-07-news-46, en-2024-01-news-01)
    ("Most recently, seven civilians, including five children, were killed and 13 others injured when Russian "
     "airstrikes hit Christian-majority villages in the west of Syria's Idlib province.", "RUSSIA"),
    ("Eighteen civilians including 11 children and three women, died in an alleged Coalition airstrike on Filastin "
     "Palestine Street, Al Tabaqa.", "COALITION"),
    ("A US night time airstrike on a vehicle carrying alleged al-Nusra Front personnel also killed two passing "
     "civilian motorcyclists.", "COALITION"),
    ("On January 1, 2024, Hay'at Tahrir al-Sham (HTS) used a rocket launcher to fire multiple rockets at Nebbel and "
     "al-Zahra towns in western rural Aleppo governorate, killing three civilians", "HTS"),
    ("Three were killed when Israeli drones struck a car near Quneitra.", "ISRAEL"),
    # one of two the text hesitates between is not the party (en-2018-03-news-50: SNHR's own words decide)
    ("One civilian was reported killed in alleged Russian forces or Syrian regime forces on Marj Al Zuhour in Idlib. "
     "The Syrian Network for Human Rights reported that Syrian regime warplanes fired a missile", "REGIME"),
    # an origin not identified: the parties named after it are suspects (en-2021-06-news-23, en-2021-07-news-02)
    ("On June 19, 2021, the Civil Defense center in Qastoun village in the western suburbs of Hama governorate was "
     "subjected to an attack by several shells whose origin hasn't been identified as of this writing, with the primary "
     "parties suspected of responsibility for the attack being the Russian and Syrian regime forces", "OTHER_BOMBING"),
    ("their two-floor home was targeted with a shell. SNHR has so far been unable to identify the party responsible for "
     "the attack with the primary parties suspected to be Syrian regime forces", "OTHER_BOMBING"),
    # the regime's prisons (en-2022-11-torture-13, en-2024-08-torture-15, en-2023-01-torture-54, en-2024-07-torture-15,
    # en-2022-12-torture-50: its body later crosses to SDF-held land), and more subjects (en-2014-09-press-01,
    # en-2020-04-news-20, en-2024-10-news-01)
    ("On November 29, 2022, his family learnt that Ali had died in Seydnaya Military Prison in Damascus suburbs "
     "governorate.", "REGIME"),
    ("indicating a strong probability that he had died due to torture and medical negligence in Sednaya Military Prison.",
     "REGIME"),
    ("On January 6, 2023, his family learned he had died in a regime detention center in 2017.", "REGIME"),
    ("At the end of June 2024, we documented his transfer from the Palestine Branch to a hospital elsewhere in Damascus "
     "city.", "REGIME"),
    ("Hassan's family was notified that he had died in the Air Force Intelligence branch in Aleppo city, with his body "
     "subsequently transferred to Afrin city via Al-Taeyha crossing which connects the Syrian regime-controlled areas "
     "with the Syrian Democratic Forces-controlled areas", "REGIME"),
    ("when pro-Assad militants stormed the town on September 17 and stabbed 13 civilians to death.", "REGIME"),
    ("On April 20, 2020, his family received information states that Hay'at Tahrir al Sham executed him by firing squad "
     "in a detention center for blasphemy.", "HTS"),
    ("fixed-wing warplanes, suspected to be Israeli, fired multiple missiles, believed to number three, at al-Sheikh Saed "
     "area", "ISRAEL"),
    # the sides of a clash (en-2020-12-news-14) and a place's holder are no party
    ("A 13-year-old girl was shot dead during clashes between Syrian regime forces and Syrian Democratic Forces on the "
     "banks of Euphrates River near Theyban town", None),
    ("Air raids on a popular market in Maraat al-Numan in Syria's rebel-held Idlib province have killed 11 civilians",
     None),
])
def test_an_incident_s_party_in_english_wordings(sentence, code):
    from geo.report.incidents import _perpetrator

    assert _perpetrator(sentence, 0)[1] == code


def test_government_forces_in_a_party_figure_stay_the_parser_s():
    # the general parser is unchanged: "Government forces killed 312 victims of medical cadres" (en-2013-08-annual-38)
    # is no party tally of the month
    from geo.incident import UnknownPerpetrator, parse_perpetrator

    with pytest.raises(UnknownPerpetrator):
        parse_perpetrator("government forces")
