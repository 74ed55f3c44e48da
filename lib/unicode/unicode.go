// Package unicode is deferjit's implementation of Go's package unicode: the predicates
// and case mappings of runes, answered by the runtime from Go 1.23's Unicode 15.0.0 data,
// and Go's range tables (unicode.Han, unicode.Lu, unicode.White_Space, ...) with exactly
// Go's ranges, which the runtime fills in at start-up. (CaseRanges and SpecialCase are
// not provided yet.)
package unicode

const (
	MaxRune         = '\U0010FFFF'
	ReplacementChar = '\uFFFD'
	MaxASCII        = '\u007F'
	MaxLatin1       = '\u00FF'
)

// Indices into the delta arrays inside CaseRanges for case mapping.
const (
	UpperCase = iota
	LowerCase
	TitleCase
	MaxCase
)

// Version is the Unicode edition from which the tables are derived.
const Version = "15.0.0"

// IsLetter reports whether r is a letter (category L).
func IsLetter(r rune) bool

// IsUpper reports whether r is an upper case letter (category Lu).
func IsUpper(r rune) bool

// IsLower reports whether r is a lower case letter (category Ll).
func IsLower(r rune) bool

// IsTitle reports whether r is a title case letter (category Lt).
func IsTitle(r rune) bool

// IsDigit reports whether r is a decimal digit (category Nd).
func IsDigit(r rune) bool

// IsNumber reports whether r is a number (category N).
func IsNumber(r rune) bool

// IsPunct reports whether r is punctuation (category P).
func IsPunct(r rune) bool

// IsSymbol reports whether r is a symbol (category S).
func IsSymbol(r rune) bool

// IsMark reports whether r is a mark (category M).
func IsMark(r rune) bool

// IsControl reports whether r is a control character (C0 and C1 only, as in Go).
func IsControl(r rune) bool

// IsSpace reports whether r is a space character: '\t', '\n', '\v', '\f', '\r', ' ',
// U+0085, U+00A0, and otherwise the White_Space property.
func IsSpace(r rune) bool

// IsPrint reports whether r is printable as Go defines it: letters, marks, numbers,
// punctuation, symbols and the ASCII space.
func IsPrint(r rune) bool

// IsGraphic reports whether r is graphic: IsPrint's classes and every Zs space.
func IsGraphic(r rune) bool

// ToUpper maps r to upper case.
func ToUpper(r rune) rune

// ToLower maps r to lower case.
func ToLower(r rune) rune

// ToTitle maps r to title case.
func ToTitle(r rune) rune

// SimpleFold returns the next rune of r's Unicode simple case-folding orbit.
func SimpleFold(r rune) rune

// To maps r to the case _case (UpperCase, LowerCase or TitleCase).
func To(_case int, r rune) rune {
	switch _case {
	case UpperCase:
		return ToUpper(r)
	case LowerCase:
		return ToLower(r)
	case TitleCase:
		return ToTitle(r)
	}
	return ReplacementChar
}

// RangeTable is a set of runes: ranges of 16-bit code points in R16 and of wider ones in
// R32, each list sorted and non-overlapping. LatinOffset is how many R16 entries lie
// wholly in Latin-1 (Hi <= MaxLatin1).
type RangeTable struct {
	R16         []Range16
	R32         []Range32
	LatinOffset int
}

// Range16 is the runes Lo, Lo+Stride, Lo+2*Stride, ... up to Hi, all below 0x10000.
type Range16 struct {
	Lo     uint16
	Hi     uint16
	Stride uint16
}

// Range32 is the runes Lo, Lo+Stride, Lo+2*Stride, ... up to Hi, all 0x10000 or above.
type Range32 struct {
	Lo     uint32
	Hi     uint32
	Stride uint32
}

// shortTable is the length up to which Is scans a list of ranges in order rather than
// bisecting it (as Go does, so that tables built by hand answer as under Go).
const shortTable = 18

// in16 reports whether r lies in one of the ranges.
func in16(ranges []Range16, r uint16) bool {
	if len(ranges) <= shortTable || r <= MaxLatin1 {
		for i := 0; i < len(ranges); i++ {
			g := ranges[i]
			if r < g.Lo {
				return false
			}
			if r <= g.Hi {
				return g.Stride == 1 || (r-g.Lo)%g.Stride == 0
			}
		}
		return false
	}
	lo, hi := 0, len(ranges)
	for lo < hi {
		mid := lo + (hi-lo)/2
		g := ranges[mid]
		if r < g.Lo {
			hi = mid
		} else if r > g.Hi {
			lo = mid + 1
		} else {
			return g.Stride == 1 || (r-g.Lo)%g.Stride == 0
		}
	}
	return false
}

// in32 reports whether r lies in one of the ranges.
func in32(ranges []Range32, r uint32) bool {
	if len(ranges) <= shortTable {
		for i := 0; i < len(ranges); i++ {
			g := ranges[i]
			if r < g.Lo {
				return false
			}
			if r <= g.Hi {
				return g.Stride == 1 || (r-g.Lo)%g.Stride == 0
			}
		}
		return false
	}
	lo, hi := 0, len(ranges)
	for lo < hi {
		mid := lo + (hi-lo)/2
		g := ranges[mid]
		if r < g.Lo {
			hi = mid
		} else if r > g.Hi {
			lo = mid + 1
		} else {
			return g.Stride == 1 || (r-g.Lo)%g.Stride == 0
		}
	}
	return false
}

// Is reports whether r is in the table rangeTab.
func Is(rangeTab *RangeTable, r rune) bool {
	// The length first, as under gc, where a nil rangeTab faults at address 8.
	if n := len(rangeTab.R16); n > 0 && uint32(r) <= uint32(rangeTab.R16[n-1].Hi) {
		return in16(rangeTab.R16, uint16(r))
	}
	r32 := rangeTab.R32
	if len(r32) > 0 && r >= rune(r32[0].Lo) {
		return in32(r32, uint32(r))
	}
	return false
}

// In reports whether r is in any of the tables.
func In(r rune, ranges ...*RangeTable) bool {
	for _, t := range ranges {
		if Is(t, r) {
			return true
		}
	}
	return false
}

// IsOneOf reports whether r is in any of the tables. (In is the same with the
// arguments the other way round.)
func IsOneOf(ranges []*RangeTable, r rune) bool {
	for _, t := range ranges {
		if Is(t, r) {
			return true
		}
	}
	return false
}

// loadTable sets t's ranges and LatinOffset to those of the runtime's table id.
func loadTable(id int, t *RangeTable)

// loaded holds the tables made so far, by id: each table is made once, whether a
// variable or one of the maps (Categories, Scripts, ...) asks for it first.
var loaded [tableCount]*RangeTable

// table is the RangeTable holding the runtime's table id.
func table(id int) *RangeTable {
	if t := loaded[id]; t != nil {
		return t
	}
	t := new(RangeTable)
	loadTable(id, t)
	loaded[id] = t
	return t
}

// tableMap makes a map from a list of "name:id " pairs.
func tableMap(pairs string) map[string]*RangeTable {
	m := make(map[string]*RangeTable)
	for i := 0; i < len(pairs); {
		colon := i
		for pairs[colon] != ':' {
			colon++
		}
		id, j := 0, colon+1
		for ; pairs[j] != ' '; j++ {
			id = id*10 + int(pairs[j]-'0')
		}
		m[pairs[i:colon]] = table(id)
		i = j + 1
	}
	return m
}

// GraphicRanges lists the tables whose runes are graphic (see IsGraphic).
var GraphicRanges = []*RangeTable{L, M, N, P, S, Zs}

// PrintRanges lists the tables whose runes are printable (see IsPrint), the ASCII
// space aside.
var PrintRanges = []*RangeTable{L, M, N, P, S}

// BEGIN generated range tables (scripts/gen-unicode-tables.go; do not edit)

// The tables of Go's package unicode, filled in by the runtime from its copy of Go's
// data at start-up (the ids index runtime/data/unicode_tables.rs's RANGE_TABLES).
var (
	// Cc is the set of runes of Unicode category Cc.
	Cc = table(0)
	// Cf is the set of runes of Unicode category Cf.
	Cf = table(1)
	// Co is the set of runes of Unicode category Co.
	Co = table(2)
	// Cs is the set of runes of Unicode category Cs.
	Cs = table(3)
	// Digit is the set of runes of Unicode category Nd.
	Digit = table(4)
	// Nd is the set of runes of Unicode category Nd.
	Nd = Digit
	// Letter is the set of runes of Unicode category L.
	Letter = table(5)
	// L is the set of runes of Unicode category L.
	L = Letter
	// Lm is the set of runes of Unicode category Lm.
	Lm = table(6)
	// Lo is the set of runes of Unicode category Lo.
	Lo = table(7)
	// Lower is the set of runes of Unicode category Ll.
	Lower = table(8)
	// Ll is the set of runes of Unicode category Ll.
	Ll = Lower
	// Mark is the set of runes of Unicode category M.
	Mark = table(9)
	// M is the set of runes of Unicode category M.
	M = Mark
	// Mc is the set of runes of Unicode category Mc.
	Mc = table(10)
	// Me is the set of runes of Unicode category Me.
	Me = table(11)
	// Mn is the set of runes of Unicode category Mn.
	Mn = table(12)
	// Nl is the set of runes of Unicode category Nl.
	Nl = table(13)
	// No is the set of runes of Unicode category No.
	No = table(14)
	// Number is the set of runes of Unicode category N.
	Number = table(15)
	// N is the set of runes of Unicode category N.
	N = Number
	// Other is the set of runes of Unicode category C.
	Other = table(16)
	// C is the set of runes of Unicode category C.
	C = Other
	// Pc is the set of runes of Unicode category Pc.
	Pc = table(17)
	// Pd is the set of runes of Unicode category Pd.
	Pd = table(18)
	// Pe is the set of runes of Unicode category Pe.
	Pe = table(19)
	// Pf is the set of runes of Unicode category Pf.
	Pf = table(20)
	// Pi is the set of runes of Unicode category Pi.
	Pi = table(21)
	// Po is the set of runes of Unicode category Po.
	Po = table(22)
	// Ps is the set of runes of Unicode category Ps.
	Ps = table(23)
	// Punct is the set of runes of Unicode category P.
	Punct = table(24)
	// P is the set of runes of Unicode category P.
	P = Punct
	// Sc is the set of runes of Unicode category Sc.
	Sc = table(25)
	// Sk is the set of runes of Unicode category Sk.
	Sk = table(26)
	// Sm is the set of runes of Unicode category Sm.
	Sm = table(27)
	// So is the set of runes of Unicode category So.
	So = table(28)
	// Space is the set of runes of Unicode category Z.
	Space = table(29)
	// Z is the set of runes of Unicode category Z.
	Z = Space
	// Symbol is the set of runes of Unicode category S.
	Symbol = table(30)
	// S is the set of runes of Unicode category S.
	S = Symbol
	// Title is the set of runes of Unicode category Lt.
	Title = table(31)
	// Lt is the set of runes of Unicode category Lt.
	Lt = Title
	// Upper is the set of runes of Unicode category Lu.
	Upper = table(32)
	// Lu is the set of runes of Unicode category Lu.
	Lu = Upper
	// Zl is the set of runes of Unicode category Zl.
	Zl = table(33)
	// Zp is the set of runes of Unicode category Zp.
	Zp = table(34)
	// Zs is the set of runes of Unicode category Zs.
	Zs = table(35)
	// Adlam is the set of runes of the Adlam script.
	Adlam = table(36)
	// Ahom is the set of runes of the Ahom script.
	Ahom = table(37)
	// Anatolian_Hieroglyphs is the set of runes of the Anatolian Hieroglyphs script.
	Anatolian_Hieroglyphs = table(38)
	// Arabic is the set of runes of the Arabic script.
	Arabic = table(39)
	// Armenian is the set of runes of the Armenian script.
	Armenian = table(40)
	// Avestan is the set of runes of the Avestan script.
	Avestan = table(41)
	// Balinese is the set of runes of the Balinese script.
	Balinese = table(42)
	// Bamum is the set of runes of the Bamum script.
	Bamum = table(43)
	// Bassa_Vah is the set of runes of the Bassa Vah script.
	Bassa_Vah = table(44)
	// Batak is the set of runes of the Batak script.
	Batak = table(45)
	// Bengali is the set of runes of the Bengali script.
	Bengali = table(46)
	// Bhaiksuki is the set of runes of the Bhaiksuki script.
	Bhaiksuki = table(47)
	// Bopomofo is the set of runes of the Bopomofo script.
	Bopomofo = table(48)
	// Brahmi is the set of runes of the Brahmi script.
	Brahmi = table(49)
	// Braille is the set of runes of the Braille script.
	Braille = table(50)
	// Buginese is the set of runes of the Buginese script.
	Buginese = table(51)
	// Buhid is the set of runes of the Buhid script.
	Buhid = table(52)
	// Canadian_Aboriginal is the set of runes of the Canadian Aboriginal script.
	Canadian_Aboriginal = table(53)
	// Carian is the set of runes of the Carian script.
	Carian = table(54)
	// Caucasian_Albanian is the set of runes of the Caucasian Albanian script.
	Caucasian_Albanian = table(55)
	// Chakma is the set of runes of the Chakma script.
	Chakma = table(56)
	// Cham is the set of runes of the Cham script.
	Cham = table(57)
	// Cherokee is the set of runes of the Cherokee script.
	Cherokee = table(58)
	// Chorasmian is the set of runes of the Chorasmian script.
	Chorasmian = table(59)
	// Common is the set of runes of the Common script.
	Common = table(60)
	// Coptic is the set of runes of the Coptic script.
	Coptic = table(61)
	// Cuneiform is the set of runes of the Cuneiform script.
	Cuneiform = table(62)
	// Cypriot is the set of runes of the Cypriot script.
	Cypriot = table(63)
	// Cypro_Minoan is the set of runes of the Cypro Minoan script.
	Cypro_Minoan = table(64)
	// Cyrillic is the set of runes of the Cyrillic script.
	Cyrillic = table(65)
	// Deseret is the set of runes of the Deseret script.
	Deseret = table(66)
	// Devanagari is the set of runes of the Devanagari script.
	Devanagari = table(67)
	// Dives_Akuru is the set of runes of the Dives Akuru script.
	Dives_Akuru = table(68)
	// Dogra is the set of runes of the Dogra script.
	Dogra = table(69)
	// Duployan is the set of runes of the Duployan script.
	Duployan = table(70)
	// Egyptian_Hieroglyphs is the set of runes of the Egyptian Hieroglyphs script.
	Egyptian_Hieroglyphs = table(71)
	// Elbasan is the set of runes of the Elbasan script.
	Elbasan = table(72)
	// Elymaic is the set of runes of the Elymaic script.
	Elymaic = table(73)
	// Ethiopic is the set of runes of the Ethiopic script.
	Ethiopic = table(74)
	// Georgian is the set of runes of the Georgian script.
	Georgian = table(75)
	// Glagolitic is the set of runes of the Glagolitic script.
	Glagolitic = table(76)
	// Gothic is the set of runes of the Gothic script.
	Gothic = table(77)
	// Grantha is the set of runes of the Grantha script.
	Grantha = table(78)
	// Greek is the set of runes of the Greek script.
	Greek = table(79)
	// Gujarati is the set of runes of the Gujarati script.
	Gujarati = table(80)
	// Gunjala_Gondi is the set of runes of the Gunjala Gondi script.
	Gunjala_Gondi = table(81)
	// Gurmukhi is the set of runes of the Gurmukhi script.
	Gurmukhi = table(82)
	// Han is the set of runes of the Han script.
	Han = table(83)
	// Hangul is the set of runes of the Hangul script.
	Hangul = table(84)
	// Hanifi_Rohingya is the set of runes of the Hanifi Rohingya script.
	Hanifi_Rohingya = table(85)
	// Hanunoo is the set of runes of the Hanunoo script.
	Hanunoo = table(86)
	// Hatran is the set of runes of the Hatran script.
	Hatran = table(87)
	// Hebrew is the set of runes of the Hebrew script.
	Hebrew = table(88)
	// Hiragana is the set of runes of the Hiragana script.
	Hiragana = table(89)
	// Imperial_Aramaic is the set of runes of the Imperial Aramaic script.
	Imperial_Aramaic = table(90)
	// Inherited is the set of runes of the Inherited script.
	Inherited = table(91)
	// Inscriptional_Pahlavi is the set of runes of the Inscriptional Pahlavi script.
	Inscriptional_Pahlavi = table(92)
	// Inscriptional_Parthian is the set of runes of the Inscriptional Parthian script.
	Inscriptional_Parthian = table(93)
	// Javanese is the set of runes of the Javanese script.
	Javanese = table(94)
	// Kaithi is the set of runes of the Kaithi script.
	Kaithi = table(95)
	// Kannada is the set of runes of the Kannada script.
	Kannada = table(96)
	// Katakana is the set of runes of the Katakana script.
	Katakana = table(97)
	// Kawi is the set of runes of the Kawi script.
	Kawi = table(98)
	// Kayah_Li is the set of runes of the Kayah Li script.
	Kayah_Li = table(99)
	// Kharoshthi is the set of runes of the Kharoshthi script.
	Kharoshthi = table(100)
	// Khitan_Small_Script is the set of runes of the Khitan Small Script script.
	Khitan_Small_Script = table(101)
	// Khmer is the set of runes of the Khmer script.
	Khmer = table(102)
	// Khojki is the set of runes of the Khojki script.
	Khojki = table(103)
	// Khudawadi is the set of runes of the Khudawadi script.
	Khudawadi = table(104)
	// Lao is the set of runes of the Lao script.
	Lao = table(105)
	// Latin is the set of runes of the Latin script.
	Latin = table(106)
	// Lepcha is the set of runes of the Lepcha script.
	Lepcha = table(107)
	// Limbu is the set of runes of the Limbu script.
	Limbu = table(108)
	// Linear_A is the set of runes of the Linear A script.
	Linear_A = table(109)
	// Linear_B is the set of runes of the Linear B script.
	Linear_B = table(110)
	// Lisu is the set of runes of the Lisu script.
	Lisu = table(111)
	// Lycian is the set of runes of the Lycian script.
	Lycian = table(112)
	// Lydian is the set of runes of the Lydian script.
	Lydian = table(113)
	// Mahajani is the set of runes of the Mahajani script.
	Mahajani = table(114)
	// Makasar is the set of runes of the Makasar script.
	Makasar = table(115)
	// Malayalam is the set of runes of the Malayalam script.
	Malayalam = table(116)
	// Mandaic is the set of runes of the Mandaic script.
	Mandaic = table(117)
	// Manichaean is the set of runes of the Manichaean script.
	Manichaean = table(118)
	// Marchen is the set of runes of the Marchen script.
	Marchen = table(119)
	// Masaram_Gondi is the set of runes of the Masaram Gondi script.
	Masaram_Gondi = table(120)
	// Medefaidrin is the set of runes of the Medefaidrin script.
	Medefaidrin = table(121)
	// Meetei_Mayek is the set of runes of the Meetei Mayek script.
	Meetei_Mayek = table(122)
	// Mende_Kikakui is the set of runes of the Mende Kikakui script.
	Mende_Kikakui = table(123)
	// Meroitic_Cursive is the set of runes of the Meroitic Cursive script.
	Meroitic_Cursive = table(124)
	// Meroitic_Hieroglyphs is the set of runes of the Meroitic Hieroglyphs script.
	Meroitic_Hieroglyphs = table(125)
	// Miao is the set of runes of the Miao script.
	Miao = table(126)
	// Modi is the set of runes of the Modi script.
	Modi = table(127)
	// Mongolian is the set of runes of the Mongolian script.
	Mongolian = table(128)
	// Mro is the set of runes of the Mro script.
	Mro = table(129)
	// Multani is the set of runes of the Multani script.
	Multani = table(130)
	// Myanmar is the set of runes of the Myanmar script.
	Myanmar = table(131)
	// Nabataean is the set of runes of the Nabataean script.
	Nabataean = table(132)
	// Nag_Mundari is the set of runes of the Nag Mundari script.
	Nag_Mundari = table(133)
	// Nandinagari is the set of runes of the Nandinagari script.
	Nandinagari = table(134)
	// New_Tai_Lue is the set of runes of the New Tai Lue script.
	New_Tai_Lue = table(135)
	// Newa is the set of runes of the Newa script.
	Newa = table(136)
	// Nko is the set of runes of the Nko script.
	Nko = table(137)
	// Nushu is the set of runes of the Nushu script.
	Nushu = table(138)
	// Nyiakeng_Puachue_Hmong is the set of runes of the Nyiakeng Puachue Hmong script.
	Nyiakeng_Puachue_Hmong = table(139)
	// Ogham is the set of runes of the Ogham script.
	Ogham = table(140)
	// Ol_Chiki is the set of runes of the Ol Chiki script.
	Ol_Chiki = table(141)
	// Old_Hungarian is the set of runes of the Old Hungarian script.
	Old_Hungarian = table(142)
	// Old_Italic is the set of runes of the Old Italic script.
	Old_Italic = table(143)
	// Old_North_Arabian is the set of runes of the Old North Arabian script.
	Old_North_Arabian = table(144)
	// Old_Permic is the set of runes of the Old Permic script.
	Old_Permic = table(145)
	// Old_Persian is the set of runes of the Old Persian script.
	Old_Persian = table(146)
	// Old_Sogdian is the set of runes of the Old Sogdian script.
	Old_Sogdian = table(147)
	// Old_South_Arabian is the set of runes of the Old South Arabian script.
	Old_South_Arabian = table(148)
	// Old_Turkic is the set of runes of the Old Turkic script.
	Old_Turkic = table(149)
	// Old_Uyghur is the set of runes of the Old Uyghur script.
	Old_Uyghur = table(150)
	// Oriya is the set of runes of the Oriya script.
	Oriya = table(151)
	// Osage is the set of runes of the Osage script.
	Osage = table(152)
	// Osmanya is the set of runes of the Osmanya script.
	Osmanya = table(153)
	// Pahawh_Hmong is the set of runes of the Pahawh Hmong script.
	Pahawh_Hmong = table(154)
	// Palmyrene is the set of runes of the Palmyrene script.
	Palmyrene = table(155)
	// Pau_Cin_Hau is the set of runes of the Pau Cin Hau script.
	Pau_Cin_Hau = table(156)
	// Phags_Pa is the set of runes of the Phags Pa script.
	Phags_Pa = table(157)
	// Phoenician is the set of runes of the Phoenician script.
	Phoenician = table(158)
	// Psalter_Pahlavi is the set of runes of the Psalter Pahlavi script.
	Psalter_Pahlavi = table(159)
	// Rejang is the set of runes of the Rejang script.
	Rejang = table(160)
	// Runic is the set of runes of the Runic script.
	Runic = table(161)
	// Samaritan is the set of runes of the Samaritan script.
	Samaritan = table(162)
	// Saurashtra is the set of runes of the Saurashtra script.
	Saurashtra = table(163)
	// Sharada is the set of runes of the Sharada script.
	Sharada = table(164)
	// Shavian is the set of runes of the Shavian script.
	Shavian = table(165)
	// Siddham is the set of runes of the Siddham script.
	Siddham = table(166)
	// SignWriting is the set of runes of the SignWriting script.
	SignWriting = table(167)
	// Sinhala is the set of runes of the Sinhala script.
	Sinhala = table(168)
	// Sogdian is the set of runes of the Sogdian script.
	Sogdian = table(169)
	// Sora_Sompeng is the set of runes of the Sora Sompeng script.
	Sora_Sompeng = table(170)
	// Soyombo is the set of runes of the Soyombo script.
	Soyombo = table(171)
	// Sundanese is the set of runes of the Sundanese script.
	Sundanese = table(172)
	// Syloti_Nagri is the set of runes of the Syloti Nagri script.
	Syloti_Nagri = table(173)
	// Syriac is the set of runes of the Syriac script.
	Syriac = table(174)
	// Tagalog is the set of runes of the Tagalog script.
	Tagalog = table(175)
	// Tagbanwa is the set of runes of the Tagbanwa script.
	Tagbanwa = table(176)
	// Tai_Le is the set of runes of the Tai Le script.
	Tai_Le = table(177)
	// Tai_Tham is the set of runes of the Tai Tham script.
	Tai_Tham = table(178)
	// Tai_Viet is the set of runes of the Tai Viet script.
	Tai_Viet = table(179)
	// Takri is the set of runes of the Takri script.
	Takri = table(180)
	// Tamil is the set of runes of the Tamil script.
	Tamil = table(181)
	// Tangsa is the set of runes of the Tangsa script.
	Tangsa = table(182)
	// Tangut is the set of runes of the Tangut script.
	Tangut = table(183)
	// Telugu is the set of runes of the Telugu script.
	Telugu = table(184)
	// Thaana is the set of runes of the Thaana script.
	Thaana = table(185)
	// Thai is the set of runes of the Thai script.
	Thai = table(186)
	// Tibetan is the set of runes of the Tibetan script.
	Tibetan = table(187)
	// Tifinagh is the set of runes of the Tifinagh script.
	Tifinagh = table(188)
	// Tirhuta is the set of runes of the Tirhuta script.
	Tirhuta = table(189)
	// Toto is the set of runes of the Toto script.
	Toto = table(190)
	// Ugaritic is the set of runes of the Ugaritic script.
	Ugaritic = table(191)
	// Vai is the set of runes of the Vai script.
	Vai = table(192)
	// Vithkuqi is the set of runes of the Vithkuqi script.
	Vithkuqi = table(193)
	// Wancho is the set of runes of the Wancho script.
	Wancho = table(194)
	// Warang_Citi is the set of runes of the Warang Citi script.
	Warang_Citi = table(195)
	// Yezidi is the set of runes of the Yezidi script.
	Yezidi = table(196)
	// Yi is the set of runes of the Yi script.
	Yi = table(197)
	// Zanabazar_Square is the set of runes of the Zanabazar Square script.
	Zanabazar_Square = table(198)
	// ASCII_Hex_Digit is the set of runes with the Unicode property ASCII_Hex_Digit.
	ASCII_Hex_Digit = table(199)
	// Bidi_Control is the set of runes with the Unicode property Bidi_Control.
	Bidi_Control = table(200)
	// Dash is the set of runes with the Unicode property Dash.
	Dash = table(201)
	// Deprecated is the set of runes with the Unicode property Deprecated.
	Deprecated = table(202)
	// Diacritic is the set of runes with the Unicode property Diacritic.
	Diacritic = table(203)
	// Extender is the set of runes with the Unicode property Extender.
	Extender = table(204)
	// Hex_Digit is the set of runes with the Unicode property Hex_Digit.
	Hex_Digit = table(205)
	// Hyphen is the set of runes with the Unicode property Hyphen.
	Hyphen = table(206)
	// IDS_Binary_Operator is the set of runes with the Unicode property IDS_Binary_Operator.
	IDS_Binary_Operator = table(207)
	// IDS_Trinary_Operator is the set of runes with the Unicode property IDS_Trinary_Operator.
	IDS_Trinary_Operator = table(208)
	// Ideographic is the set of runes with the Unicode property Ideographic.
	Ideographic = table(209)
	// Join_Control is the set of runes with the Unicode property Join_Control.
	Join_Control = table(210)
	// Logical_Order_Exception is the set of runes with the Unicode property Logical_Order_Exception.
	Logical_Order_Exception = table(211)
	// Noncharacter_Code_Point is the set of runes with the Unicode property Noncharacter_Code_Point.
	Noncharacter_Code_Point = table(212)
	// Other_Alphabetic is the set of runes with the Unicode property Other_Alphabetic.
	Other_Alphabetic = table(213)
	// Other_Default_Ignorable_Code_Point is the set of runes with the Unicode property Other_Default_Ignorable_Code_Point.
	Other_Default_Ignorable_Code_Point = table(214)
	// Other_Grapheme_Extend is the set of runes with the Unicode property Other_Grapheme_Extend.
	Other_Grapheme_Extend = table(215)
	// Other_ID_Continue is the set of runes with the Unicode property Other_ID_Continue.
	Other_ID_Continue = table(216)
	// Other_ID_Start is the set of runes with the Unicode property Other_ID_Start.
	Other_ID_Start = table(217)
	// Other_Lowercase is the set of runes with the Unicode property Other_Lowercase.
	Other_Lowercase = table(218)
	// Other_Math is the set of runes with the Unicode property Other_Math.
	Other_Math = table(219)
	// Other_Uppercase is the set of runes with the Unicode property Other_Uppercase.
	Other_Uppercase = table(220)
	// Pattern_Syntax is the set of runes with the Unicode property Pattern_Syntax.
	Pattern_Syntax = table(221)
	// Pattern_White_Space is the set of runes with the Unicode property Pattern_White_Space.
	Pattern_White_Space = table(222)
	// Prepended_Concatenation_Mark is the set of runes with the Unicode property Prepended_Concatenation_Mark.
	Prepended_Concatenation_Mark = table(223)
	// Quotation_Mark is the set of runes with the Unicode property Quotation_Mark.
	Quotation_Mark = table(224)
	// Radical is the set of runes with the Unicode property Radical.
	Radical = table(225)
	// Regional_Indicator is the set of runes with the Unicode property Regional_Indicator.
	Regional_Indicator = table(226)
	// STerm is the set of runes with the Unicode property Sentence_Terminal.
	STerm = table(227)
	// Sentence_Terminal is the set of runes with the Unicode property Sentence_Terminal.
	Sentence_Terminal = STerm
	// Soft_Dotted is the set of runes with the Unicode property Soft_Dotted.
	Soft_Dotted = table(228)
	// Terminal_Punctuation is the set of runes with the Unicode property Terminal_Punctuation.
	Terminal_Punctuation = table(229)
	// Unified_Ideograph is the set of runes with the Unicode property Unified_Ideograph.
	Unified_Ideograph = table(230)
	// Variation_Selector is the set of runes with the Unicode property Variation_Selector.
	Variation_Selector = table(231)
	// White_Space is the set of runes with the Unicode property White_Space.
	White_Space = table(232)
)

// The tables of the runes outside a category or script that case folding reaches.
var (
	foldL         = table(233)
	foldLl        = table(234)
	foldLt        = table(235)
	foldLu        = table(236)
	foldM         = table(237)
	foldMn        = table(238)
	foldCommon    = table(239)
	foldGreek     = table(240)
	foldInherited = table(241)
)

// tableCount is the number of the runtime's tables.
const tableCount = 242

// Categories maps the name of each Unicode category ("Lu", "L", ...) to its table.
var Categories = tableMap("" +
	"C:16 Cc:0 Cf:1 Co:2 Cs:3 L:5 Ll:8 Lm:6 " +
	"Lo:7 Lt:31 Lu:32 M:9 Mc:10 Me:11 Mn:12 N:15 " +
	"Nd:4 Nl:13 No:14 P:24 Pc:17 Pd:18 Pe:19 Pf:20 " +
	"Pi:21 Po:22 Ps:23 S:30 Sc:25 Sk:26 Sm:27 So:28 " +
	"Z:29 Zl:33 Zp:34 Zs:35 ")

// Scripts maps the name of each Unicode script ("Han", "Latin", ...) to its table.
var Scripts = tableMap("" +
	"Adlam:36 Ahom:37 Anatolian_Hieroglyphs:38 Arabic:39 Armenian:40 Avestan:41 Balinese:42 Bamum:43 " +
	"Bassa_Vah:44 Batak:45 Bengali:46 Bhaiksuki:47 Bopomofo:48 Brahmi:49 Braille:50 Buginese:51 " +
	"Buhid:52 Canadian_Aboriginal:53 Carian:54 Caucasian_Albanian:55 Chakma:56 Cham:57 Cherokee:58 Chorasmian:59 " +
	"Common:60 Coptic:61 Cuneiform:62 Cypriot:63 Cypro_Minoan:64 Cyrillic:65 Deseret:66 Devanagari:67 " +
	"Dives_Akuru:68 Dogra:69 Duployan:70 Egyptian_Hieroglyphs:71 Elbasan:72 Elymaic:73 Ethiopic:74 Georgian:75 " +
	"Glagolitic:76 Gothic:77 Grantha:78 Greek:79 Gujarati:80 Gunjala_Gondi:81 Gurmukhi:82 Han:83 " +
	"Hangul:84 Hanifi_Rohingya:85 Hanunoo:86 Hatran:87 Hebrew:88 Hiragana:89 Imperial_Aramaic:90 Inherited:91 " +
	"Inscriptional_Pahlavi:92 Inscriptional_Parthian:93 Javanese:94 Kaithi:95 Kannada:96 Katakana:97 Kawi:98 Kayah_Li:99 " +
	"Kharoshthi:100 Khitan_Small_Script:101 Khmer:102 Khojki:103 Khudawadi:104 Lao:105 Latin:106 Lepcha:107 " +
	"Limbu:108 Linear_A:109 Linear_B:110 Lisu:111 Lycian:112 Lydian:113 Mahajani:114 Makasar:115 " +
	"Malayalam:116 Mandaic:117 Manichaean:118 Marchen:119 Masaram_Gondi:120 Medefaidrin:121 Meetei_Mayek:122 Mende_Kikakui:123 " +
	"Meroitic_Cursive:124 Meroitic_Hieroglyphs:125 Miao:126 Modi:127 Mongolian:128 Mro:129 Multani:130 Myanmar:131 " +
	"Nabataean:132 Nag_Mundari:133 Nandinagari:134 New_Tai_Lue:135 Newa:136 Nko:137 Nushu:138 Nyiakeng_Puachue_Hmong:139 " +
	"Ogham:140 Ol_Chiki:141 Old_Hungarian:142 Old_Italic:143 Old_North_Arabian:144 Old_Permic:145 Old_Persian:146 Old_Sogdian:147 " +
	"Old_South_Arabian:148 Old_Turkic:149 Old_Uyghur:150 Oriya:151 Osage:152 Osmanya:153 Pahawh_Hmong:154 Palmyrene:155 " +
	"Pau_Cin_Hau:156 Phags_Pa:157 Phoenician:158 Psalter_Pahlavi:159 Rejang:160 Runic:161 Samaritan:162 Saurashtra:163 " +
	"Sharada:164 Shavian:165 Siddham:166 SignWriting:167 Sinhala:168 Sogdian:169 Sora_Sompeng:170 Soyombo:171 " +
	"Sundanese:172 Syloti_Nagri:173 Syriac:174 Tagalog:175 Tagbanwa:176 Tai_Le:177 Tai_Tham:178 Tai_Viet:179 " +
	"Takri:180 Tamil:181 Tangsa:182 Tangut:183 Telugu:184 Thaana:185 Thai:186 Tibetan:187 " +
	"Tifinagh:188 Tirhuta:189 Toto:190 Ugaritic:191 Vai:192 Vithkuqi:193 Wancho:194 Warang_Citi:195 " +
	"Yezidi:196 Yi:197 Zanabazar_Square:198 ")

// Properties maps the name of each Unicode property ("White_Space", ...) to its table.
var Properties = tableMap("" +
	"ASCII_Hex_Digit:199 Bidi_Control:200 Dash:201 Deprecated:202 Diacritic:203 Extender:204 Hex_Digit:205 Hyphen:206 " +
	"IDS_Binary_Operator:207 IDS_Trinary_Operator:208 Ideographic:209 Join_Control:210 Logical_Order_Exception:211 Noncharacter_Code_Point:212 Other_Alphabetic:213 Other_Default_Ignorable_Code_Point:214 " +
	"Other_Grapheme_Extend:215 Other_ID_Continue:216 Other_ID_Start:217 Other_Lowercase:218 Other_Math:219 Other_Uppercase:220 Pattern_Syntax:221 Pattern_White_Space:222 " +
	"Prepended_Concatenation_Mark:223 Quotation_Mark:224 Radical:225 Regional_Indicator:226 Sentence_Terminal:227 STerm:227 Soft_Dotted:228 Terminal_Punctuation:229 " +
	"Unified_Ideograph:230 Variation_Selector:231 White_Space:232 ")

// FoldCategory maps a category name to the runes outside the category that are
// equivalent under simple case folding to a rune inside it.
var FoldCategory = tableMap("" +
	"L:233 Ll:234 Lt:235 Lu:236 M:237 Mn:238 ")

// FoldScript maps a script name to the runes outside the script that are
// equivalent under simple case folding to a rune inside it.
var FoldScript = tableMap("" +
	"Common:239 Greek:240 Inherited:241 ")

// END generated range tables
