// Package unicode is deferjit's implementation of Go's package unicode: the predicates
// and case mappings of runes, answered by the runtime from Go 1.23's Unicode 15.0.0 data.
// (Range tables such as unicode.Latin are not provided yet.)
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
