-- Test fixture written for this project in the format of Wikipedia's
-- "Module:Syrian Civil War detailed map" as it was laid out in 2026 (unquoted
-- numbers, the legend after the fall of the regime). The marks are this project's own
-- choice of places (OCHA community points, rounded), not a copy of any revision.
return {
	marks = {
		{lat= 36.2031, long= 37.1409, mark= "Map-dot-grey-68a.svg", marksize= 9, label= "[[Aleppo]]"},
		{lat= 36.5272, long= 37.9521, mark= "Map-dot-grey-68a.svg", marksize= 8, label= "[[Manbij]]"},
		{lat= 35.932, long= 36.6349, mark= "Map-dot-grey-68a.svg", marksize= 8, label= "[[Idlib]]"},
		{lat= 34.7227, long= 36.7148, mark= "Map-dot-grey-68a.svg", marksize= 9, label= "[[Homs]]"},
		{lat= 35.9645, long= 38.9963, mark= "Map-dot-grey-68a.svg", marksize= 9, label= "[[Raqqa]]"},
		{lat= 35.3377, long= 40.1398, mark= "Map-dot-grey-68a.svg", marksize= 9, label= "[[Deir ez-Zor]]"},
		{lat= 36.5116, long= 40.7573, mark= "Dot_yellow_ff4.svg", marksize= 9, label= "[[al-Hasakah]]"},
		{lat= 37.048, long= 41.2252, mark= "Dot_yellow_ff4.svg", marksize= 9, label= "[[Qamishli]]"},
		{lat= 36.8909, long= 38.3482, mark= "Dot_yellow_ff4.svg", marksize= 8, label= "[[Kobanî]]"},
		{lat= 32.7118, long= 36.5674, mark= "Location_dot_lime.svg", marksize= 8, label= "[[as-Suwayda]]"},
		{lat= 33.1256, long= 35.824, mark= "Location dot blue.svg", marksize= 8, label= "[[Quneitra]]"},
		{lat= 35.3615, long= 35.9217, mark= "Map-dot-grey-68a.svg", marksize= 8, label= "[[Jableh]]"},
		{lat= 35.4011, long= 35.9486, mark= "Fighter-jet-red-icon.svg", marksize= 12, label= "[[Khmeimim Air Base]]"},
		{lat= 33.5699, long= 36.3991, mark= "Map-dot-grey-68a.svg", marksize= 8, label= "[[Douma]]"},
		{lat= 32.6187, long= 36.1134, mark= "Map-dot-grey-68a.svg", marksize= 8, label= "[[Daraa]]"},
		{lat= 34.5573, long= 38.2773, mark= "Map-dot-grey-68a.svg", marksize= 8, label= "[[Palmyra]]"},
		{lat= 34.4549, long= 40.9171, mark= "Map-dot-grey-68a.svg", marksize= 8, label= "[[Abu Kamal]]"},
		{lat= 36.5133, long= 36.8637, mark= "Map-dot-grey-68a.svg", marksize= 8, label= "[[Afrin]]"},
	},
	containerArgs = {
		'Syria',
		caption = [=['''Control: [[File:Map-dot-grey-68a.svg|11px]] Syrian transitional government & Turkish Armed Forces ; [[File:Dot_yellow_ff4.svg|11px]] SDF ; [[File:Location_dot_lime.svg|11px]] Druze militias ; [[File:Location_dot_blue.svg|11px]] Israel Defense Forces ; [[File:Location_dot_red.svg|11px]] Russian Armed Forces ; [[File:Location_dot_black.svg|11px]] ISIL''']=],
	},
}
