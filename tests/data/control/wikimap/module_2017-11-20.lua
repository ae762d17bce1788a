-- Test fixture written for this project in the format of Wikipedia's
-- "Module:Syrian Civil War detailed map" (a late-2017 revision's layout: quoted
-- numbers, one mark per line, a legend caption). The marks are this project's own
-- choice of places (OCHA community points, rounded), not a copy of any revision.
return {
	secondaryModules = {
		[[Module:Syrian, Iraqi, and Lebanese insurgencies detailed map]],
	},
	marks = {
		-- Aleppo governorate
		{ lat = "36.2031", long = "37.1409", mark = "Location dot red.svg", marksize = "9", label = "[[Aleppo]]", link = "Aleppo", position = "left" },
		{ lat = "36.5272", long = "37.9521", mark = "Dot_yellow_ff4.svg", marksize = "8", label = "[[Manbij]]", link = "Manbij" },
		{ lat = "36.5133", long = "36.8637", mark = "Dot_yellow_ff4.svg", marksize = "8", label = "[[Afrin, Syria|Afrin <small>(Efrîn)</small>]]" },
		{ lat = "36.3706", long = "37.5148", mark = "Dot_green_0d0.svg", marksize = "8", label = "[[al-Bab]]" },
		{ lat = "36.8909", long = "38.3482", mark = "Dot_yellow_ff4.svg", marksize = "8", label = "[[Kobanî]]" },
		{ lat = "36.3706", long = "37.5148", mark = "map-circle-red.svg", marksize = "14" },
		-- Idlib
		{ lat = "35.932", long = "36.6349", mark = "Map-dot-grey-68a.svg", marksize = "8", label = "[[Idlib]]" },
		-- { lat = "35.9320", long = "36.6349", mark = "Location dot red.svg", label = "[[Idlib]] (old mark)" },
		--[[ a block comment with a mark in it:
		{ lat = "35.80", long = "36.60", mark = "Location dot black.svg" },
		]]
		-- Raqqa and the Euphrates
		{ lat = "35.9645", long = "38.9963", mark = "Dot_yellow_ff4.svg", marksize = "9", label = "[[Raqqa]]" },
		{ lat = "35.8357", long = "38.5472", mark = "Dot_yellow_ff4.svg", marksize = "8", label = "[[al-Thawrah]]" },
		{ lat = "35.3377", long = "40.1398", mark = "Map-ctl2-red+yellow.svg", marksize = "9", label = "[[Deir ez-Zor]]" },
		{ lat = "35.021", long = "40.4517", mark = "Location dot red.svg", marksize = "8", label = "[[Mayadin]]" },
		{ lat = "34.4549", long = "40.9171", mark = "80x80-red-black-anim.gif", marksize = "8", label = "[[Abu Kamal]]" },
		{ lat = "34.3150", long = "40.6310", mark = "Mountain pass 12x12 se.svg", marksize = "20" },
		-- the north-east
		{ lat = "36.5116", long = "40.7573", mark = "Map-ctl2-yellow+red.svg", marksize = "9", label = "[[al-Hasakah]]" },
		{ lat = "37.048", long = "41.2252", mark = "Map-ctl2-yellow+red.svg", marksize = "9", label = "[[Qamishli]]" },
		-- Homs, the desert, the coast
		{ lat = "34.7227", long = "36.7148", mark = "Location dot red.svg", marksize = "9", label = "[[Homs]]" },
		{ lat = "34.5573", long = "38.2773", mark = "Location dot red.svg", marksize = "8", label = "[[Palmyra]]" },
		{ lat = "35.3615", long = "35.9217", mark = "Location dot red.svg", marksize = "8", label = "[[Jableh]]" },
		{ lat = "35.4011", long = "35.9486", mark = "Fighter-jet-red-icon.svg", marksize = "12", label = "[[Khmeimim Air Base]]" },
		-- Damascus and the south
		{ lat = "33.5699", long = "36.3991", mark = "Dot_green_0d0.svg", marksize = "8", label = "[[Douma]]" },
		{ lat = "32.6187", long = "36.1134", mark = "80x80-red-lime-anim.gif", marksize = "8", label = "[[Daraa]]" },
		{ lat = "32.7118", long = "36.5674", mark = "Location dot red.svg", marksize = "8", label = "[[as-Suwayda]]" },
		{ lat = "33.1256", long = "35.824", mark = "Dot_green_0d0.svg", marksize = "8", label = "[[Quneitra]]" },
		-- across the border (not Syria)
		{ lat = "33.8938", long = "35.5018", mark = "Location dot blue.svg", marksize = "6", label = "[[Beirut]]" },
	},
	containerArgs = {
		'Syria',
		caption = [=['''Control: [[File:Location_dot_red.svg|11px]] Government ; [[File:Dot_green_0d0.svg|11px]] rebels ; [[File:Dot_yellow_ff4.svg|11px]] SDF ; [[File:Map-dot-grey-68a.svg|11px]] HTS ; [[File:Location_dot_black.svg|11px]] ISIL''']=],
	},
}
