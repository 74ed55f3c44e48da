// Package fmtscan holds fmt's scanning functions (Scan, Sscan, Sscanf, Fscanln, ...,
// and the Scanner and ScanState interfaces), written in Go. The checker resolves fmt's
// names that lib/fmt lacks here, and loads this package only for programs that mention
// scanning, so that printing alone does not import io, os, strconv and math.
package fmtscan

import (
	"errors"
	"fmt"
	"io"
	"math"
	"os"
	"strconv"
	"unicode/utf8"
)

// ScanState is what a Scanner's Scan method reads its input through. ReadRune returns
// io.EOF at the end of the input, at the end of the operand's width and, for the Scanln
// family, after the first newline; Token returns the next run of runes satisfying f
// (non-space runes when f is nil), after skipping space when skipSpace is true.
type ScanState interface {
	// ReadRune reads the next rune of the input.
	ReadRune() (r rune, size int, err error)
	// UnreadRune makes the next ReadRune return the rune just read again.
	UnreadRune() error
	// SkipSpace skips space, treating newlines as the scanning function does.
	SkipSpace()
	// Token returns the next run of runes satisfying f, in a buffer that the next scan
	// overwrites.
	Token(skipSpace bool, f func(rune) bool) (token []byte, err error)
	// Width returns the operand's width and whether the format gave one.
	Width() (wid int, ok bool)
	// Read is never used by the scanning functions; ScanState's always fails.
	Read(buf []byte) (n int, err error)
}

// Scanner is implemented by types that scan their own values: the scanning functions
// call the Scan method of an operand that has one, with the verb (%v for Scan, Sscan,
// Fscan and their ln forms).
type Scanner interface {
	Scan(state ScanState, verb rune) error
}

// Scan scans space-separated values from the standard input into the operands a,
// treating newlines as space. It returns how many operands it stored and, when that is
// fewer than len(a), the error that stopped it.
func Scan(a ...any) (n int, err error) {
	return Fscan(os.Stdin, a...)
}

// Scanln is Scan, but it stops at a newline, which (or the end of the input) must follow
// the last operand.
func Scanln(a ...any) (n int, err error) {
	return Fscanln(os.Stdin, a...)
}

// Scanf scans the standard input as the format says. Newlines in the input must match
// newlines in the format, except that %c reads any rune, newline included.
func Scanf(format string, a ...any) (n int, err error) {
	return Fscanf(os.Stdin, format, a...)
}

// Sscan is Scan reading from the string str.
func Sscan(str string, a ...any) (n int, err error) {
	return Fscan(&stringInput{str}, a...)
}

// Sscanln is Scanln reading from the string str.
func Sscanln(str string, a ...any) (n int, err error) {
	return Fscanln(&stringInput{str}, a...)
}

// Sscanf is Scanf reading from the string str.
func Sscanf(str string, format string, a ...any) (n int, err error) {
	return Fscanf(&stringInput{str}, format, a...)
}

// Fscan is Scan reading from r. It reads r rune by rune through its ReadRune and
// UnreadRune methods when r is an io.RuneScanner, and otherwise one byte per Read call,
// so it never reads more of r than it consumes (but one rune).
func Fscan(r io.Reader, a ...any) (n int, err error) {
	return newScanner(r, true, false).scanAll(a)
}

// Fscanln is Scanln reading from r.
func Fscanln(r io.Reader, a ...any) (n int, err error) {
	return newScanner(r, false, true).scanAll(a)
}

// Fscanf is Scanf reading from r.
func Fscanf(r io.Reader, format string, a ...any) (n int, err error) {
	return newScanner(r, false, false).scanFormat(format, a)
}

// stringInput is the reader of the Sscan family: a plain io.Reader over a string, read
// through a runeInput as any reader without ReadRune.
type stringInput struct {
	s string
}

func (r *stringInput) Read(b []byte) (n int, err error) {
	n = copy(b, r.s)
	r.s = r.s[n:]
	if n == 0 {
		err = io.EOF
	}
	return
}

// runeInput reads runes from a reader that lacks ReadRune, one byte per Read. The bytes
// after the first of an invalid encoding are kept in held for the next runes.
type runeInput struct {
	r     io.Reader
	bytes [utf8.UTFMax]byte
	held  [utf8.UTFMax]byte
	nheld int
	// last is the rune to give again (>= 0) after UnreadRune, or the complement of the
	// last rune read (< 0; -1 before the first).
	last rune
}

func (in *runeInput) nextByte() (byte, error) {
	if in.nheld > 0 {
		b := in.held[0]
		copy(in.held[:], in.held[1:in.nheld])
		in.nheld--
		return b, nil
	}
	var one [1]byte
	n, err := io.ReadFull(in.r, one[:])
	if n != 1 {
		return 0, err
	}
	return one[0], err
}

// ReadRune decodes the next rune of the input.
func (in *runeInput) ReadRune() (r rune, size int, err error) {
	if in.last >= 0 {
		r = in.last
		in.last = ^r
		return r, utf8.RuneLen(r), nil
	}
	in.bytes[0], err = in.nextByte()
	if err != nil {
		return 0, 0, err
	}
	if in.bytes[0] < utf8.RuneSelf {
		r = rune(in.bytes[0])
		in.last = ^r
		return r, 1, nil
	}
	n := 1
	for !utf8.FullRune(in.bytes[:n]) {
		in.bytes[n], err = in.nextByte()
		if err == io.EOF {
			err = nil
			break
		}
		if err != nil {
			return 0, 0, err
		}
		n++
	}
	r, size = utf8.DecodeRune(in.bytes[:n])
	for k := size; k < n; k++ {
		in.held[in.nheld] = in.bytes[k]
		in.nheld++
	}
	in.last = ^r
	return r, size, nil
}

// UnreadRune makes ReadRune give the last rune again.
func (in *runeInput) UnreadRune() error {
	if in.last >= 0 {
		return errors.New("fmt: scanning called UnreadRune with no rune available")
	}
	in.last = ^in.last
	return nil
}

// scanFailure is the panic value that ends a scan with err.
type scanFailure struct {
	err error
}

const (
	endOfInput = -1      // the rune that next returns at the end of the input
	noWidth    = 1 << 30 // the width of an operand without one
)

// scanner is the state of one scan, and the ScanState of Scan methods.
type scanner struct {
	in        io.RuneScanner
	tok       []byte // the token being read
	count     int    // runes read so far
	atEnd     bool   // the input ended (or, for Scanln, a newline was read)
	nlIsSpace bool   // newlines are space (Scan)
	nlIsEnd   bool   // a newline ends the input (Scanln)
	argLimit  int    // count may not reach it for the current operand
	width     int    // the current operand's width, or noWidth
}

func newScanner(r io.Reader, nlIsSpace, nlIsEnd bool) *scanner {
	s := &scanner{nlIsSpace: nlIsSpace, nlIsEnd: nlIsEnd, argLimit: noWidth, width: noWidth}
	if rs, ok := r.(io.RuneScanner); ok {
		s.in = rs
	} else {
		s.in = &runeInput{r: r, last: -1}
	}
	return s
}

// Read always fails: Scan methods read with ReadRune.
func (s *scanner) Read(buf []byte) (n int, err error) {
	return 0, errors.New("ScanState's Read should not be called. Use ReadRune")
}

// ReadRune reads the next rune, or returns io.EOF at the end of the input or of the
// operand's width.
func (s *scanner) ReadRune() (r rune, size int, err error) {
	if s.atEnd || s.count >= s.argLimit {
		return 0, 0, io.EOF
	}
	r, size, err = s.in.ReadRune()
	if err == nil {
		s.count++
		if r == '\n' && s.nlIsEnd {
			s.atEnd = true
		}
	} else if err == io.EOF {
		s.atEnd = true
	}
	return
}

// UnreadRune puts back the rune just read.
func (s *scanner) UnreadRune() error {
	s.in.UnreadRune()
	s.atEnd = false
	s.count--
	return nil
}

// Width returns the operand's width, if the format gave one.
func (s *scanner) Width() (wid int, ok bool) {
	if s.width == noWidth {
		return 0, false
	}
	return s.width, true
}

func (s *scanner) fail(err error) {
	panic(scanFailure{err})
}

func (s *scanner) failText(text string) {
	panic(scanFailure{errors.New(text)})
}

// next returns the next rune, or endOfInput.
func (s *scanner) next() rune {
	r, _, err := s.ReadRune()
	if err != nil {
		if err == io.EOF {
			return endOfInput
		}
		s.fail(err)
	}
	return r
}

// mustNext returns the next rune; the end of the input is io.ErrUnexpectedEOF.
func (s *scanner) mustNext() rune {
	r := s.next()
	if r == endOfInput {
		s.fail(io.ErrUnexpectedEOF)
	}
	return r
}

// Token skips space if skipSpace, then returns the run of runes satisfying f (by
// default, not space).
func (s *scanner) Token(skipSpace bool, f func(rune) bool) (tok []byte, err error) {
	defer func() {
		if e := recover(); e != nil {
			sf, ok := e.(scanFailure)
			if !ok {
				panic(e)
			}
			err = sf.err
		}
	}()
	if f == nil {
		f = notSpace
	}
	s.tok = s.tok[:0]
	tok = s.token(skipSpace, f)
	return
}

// isSpace reports whether r has Unicode's White_Space property.
func isSpace(r rune) bool {
	switch {
	case r <= 0xa0:
		return r >= 0x09 && r <= 0x0d || r == ' ' || r == 0x85 || r == 0xa0
	case r < 0x1680 || r >= 0x10000:
		return false
	}
	switch r {
	case 0x1680, 0x2028, 0x2029, 0x202f, 0x205f, 0x3000:
		return true
	}
	return r >= 0x2000 && r <= 0x200a
}

func notSpace(r rune) bool {
	return !isSpace(r)
}

// SkipSpace skips space; a newline is space for Scan and an error otherwise (a carriage
// return before it goes with it).
func (s *scanner) SkipSpace() {
	for {
		r := s.next()
		if r == endOfInput {
			return
		}
		if r == '\r' && s.peek("\n") {
			continue
		}
		if r == '\n' {
			if s.nlIsSpace {
				continue
			}
			s.failText("unexpected newline")
		}
		if !isSpace(r) {
			s.UnreadRune()
			return
		}
	}
}

// token appends to s.tok the run of runes satisfying f, after skipping space if asked.
func (s *scanner) token(skipSpace bool, f func(rune) bool) []byte {
	if skipSpace {
		s.SkipSpace()
	}
	for {
		r := s.next()
		if r == endOfInput {
			break
		}
		if !f(r) {
			s.UnreadRune()
			break
		}
		s.tok = utf8.AppendRune(s.tok, r)
	}
	return s.tok
}

// in reports whether r is one of the runes of set.
func in(set string, r rune) bool {
	for _, c := range set {
		if c == r {
			return true
		}
	}
	return false
}

// consume reads the next rune and reports whether it is in set; if it is and keep is
// true, it goes into the token; if it is not and keep is true, it is put back.
func (s *scanner) consume(set string, keep bool) bool {
	r := s.next()
	if r == endOfInput {
		return false
	}
	if in(set, r) {
		if keep {
			s.tok = utf8.AppendRune(s.tok, r)
		}
		return true
	}
	if keep {
		s.UnreadRune()
	}
	return false
}

// accept adds the next rune to the token if it is in set.
func (s *scanner) accept(set string) bool {
	return s.consume(set, true)
}

// peek reports whether the next rune is in set, without reading it.
func (s *scanner) peek(set string) bool {
	r := s.next()
	if r != endOfInput {
		s.UnreadRune()
	}
	return in(set, r)
}

// mustHaveInput panics with io.EOF at the end of the input.
func (s *scanner) mustHaveInput() {
	if s.next() == endOfInput {
		panic(io.EOF)
	}
	s.UnreadRune()
}

// checkVerb fails unless verb is one of verbs.
func (s *scanner) checkVerb(verb rune, verbs, what string) bool {
	if !in(verbs, verb) {
		s.failText("bad verb '%" + string(verb) + "' for " + what)
	}
	return true
}

var (
	errScanBool    = errors.New("syntax error scanning boolean")
	errScanComplex = errors.New("syntax error scanning complex number")
)

const (
	digits2   = "01"
	digits8   = "01234567"
	digits10  = "0123456789"
	digits16  = "0123456789aAbBcCdDeEfF"
	signs     = "+-"
	floatVerb = "beEfFgGv"
)

func (s *scanner) scanBool(verb rune) bool {
	s.SkipSpace()
	s.mustHaveInput()
	s.checkVerb(verb, "tv", "boolean")
	switch s.next() {
	case '1':
		return true
	case 't', 'T':
		if s.accept("rR") && (!s.accept("uU") || !s.accept("eE")) {
			s.fail(errScanBool)
		}
		return true
	case 'f', 'F':
		if s.accept("aA") && (!s.accept("lL") || !s.accept("sS") || !s.accept("eE")) {
			s.fail(errScanBool)
		}
	}
	return false
}

// intBase returns the base and digits of an integer verb.
func (s *scanner) intBase(verb rune) (int, string) {
	s.checkVerb(verb, "bdoUxXv", "integer")
	switch verb {
	case 'b':
		return 2, digits2
	case 'o':
		return 8, digits8
	case 'x', 'X', 'U':
		return 16, digits16
	}
	return 10, digits10
}

// digitsToken reads the digits of a number into the token (at least one unless some
// were read already) and returns the token.
func (s *scanner) digitsToken(digits string, some bool) string {
	if !some {
		s.mustHaveInput()
		if !s.accept(digits) {
			s.failText("expected integer")
		}
	}
	for s.accept(digits) {
	}
	return string(s.tok)
}

// scanChar reads one rune (%c) and checks that it fits in bits bits.
func (s *scanner) scanChar(bits int) int64 {
	s.mustHaveInput()
	r := s.next()
	shift := uint(64 - bits)
	if (int64(r)<<shift)>>shift != int64(r) {
		s.failText("overflow on character value " + string(r))
	}
	return int64(r)
}

// prefixBase reads a leading 0, 0b, 0o or 0x for %v, returning the digits that may
// follow and whether a zero was read.
func (s *scanner) prefixBase() (string, bool) {
	if !s.peek("0") {
		return digits10 + "_", false
	}
	s.accept("0")
	switch {
	case s.peek("bB"):
		s.consume("bB", true)
		return digits2 + "_", true
	case s.peek("oO"):
		s.consume("oO", true)
		return digits8 + "_", true
	case s.peek("xX"):
		s.consume("xX", true)
		return digits16 + "_", true
	}
	return digits8 + "_", true
}

// numberStart skips space, checks the verb and reads a %U prefix or, for %v, the base
// prefix (and a sign, for signed operands). It returns the base and digits of the number.
func (s *scanner) numberStart(verb rune, signed bool) (base int, digits string, some bool) {
	s.SkipSpace()
	s.mustHaveInput()
	base, digits = s.intBase(verb)
	if verb == 'U' {
		if !s.consume("U", false) || !s.consume("+", false) {
			s.failText("bad unicode format ")
		}
		return
	}
	if signed {
		s.accept(signs)
	}
	if verb == 'v' {
		base = 0
		digits, some = s.prefixBase()
	}
	return
}

func (s *scanner) scanInt(verb rune, bits int) int64 {
	if verb == 'c' {
		return s.scanChar(bits)
	}
	base, digits, some := s.numberStart(verb, true)
	tok := s.digitsToken(digits, some)
	x, err := strconv.ParseInt(tok, base, 64)
	if err != nil {
		s.fail(err)
	}
	shift := uint(64 - bits)
	if (x<<shift)>>shift != x {
		s.failText("integer overflow on token " + tok)
	}
	return x
}

func (s *scanner) scanUint(verb rune, bits int) uint64 {
	if verb == 'c' {
		return uint64(s.scanChar(bits))
	}
	base, digits, some := s.numberStart(verb, false)
	tok := s.digitsToken(digits, some)
	x, err := strconv.ParseUint(tok, base, 64)
	if err != nil {
		s.fail(err)
	}
	shift := uint(64 - bits)
	if (x<<shift)>>shift != x {
		s.failText("unsigned integer overflow on token " + tok)
	}
	return x
}

// floatToken reads what may be a floating-point number (ParseFloat checks it).
func (s *scanner) floatToken() string {
	s.tok = s.tok[:0]
	if s.accept("nN") && s.accept("aA") && s.accept("nN") {
		return string(s.tok)
	}
	s.accept(signs)
	if s.accept("iI") && s.accept("nN") && s.accept("fF") {
		return string(s.tok)
	}
	digits, exp := digits10+"_", "eEpP"
	if s.accept("0") && s.accept("xX") {
		digits, exp = digits16+"_", "pP"
	}
	for s.accept(digits) {
	}
	if s.accept(".") {
		for s.accept(digits) {
		}
	}
	if s.accept(exp) {
		s.accept(signs)
		for s.accept(digits10 + "_") {
		}
	}
	return string(s.tok)
}

// parseFloat converts a float token of bits bits; a decimal mantissa may have a binary
// exponent (1.5p3).
func (s *scanner) parseFloat(str string, bits int) float64 {
	p := -1
	hex := false
	for i := 0; i < len(str); i++ {
		switch str[i] {
		case 'p':
			if p < 0 {
				p = i
			}
		case 'x', 'X':
			hex = true
		}
	}
	if p < 0 || hex {
		f, err := strconv.ParseFloat(str, bits)
		if err != nil {
			s.fail(err)
		}
		return f
	}
	f, err := strconv.ParseFloat(str[:p], bits)
	if err == nil {
		var e int
		e, err = strconv.Atoi(str[p+1:])
		if err == nil {
			return math.Ldexp(f, e)
		}
	}
	if ne, ok := err.(*strconv.NumError); ok {
		ne.Num = str
	}
	s.fail(err)
	return 0
}

func (s *scanner) scanFloat(verb rune, bits int, what string) float64 {
	s.checkVerb(verb, floatVerb, what)
	s.SkipSpace()
	s.mustHaveInput()
	return s.parseFloat(s.floatToken(), bits)
}

// scanComplex reads a complex number, (N+Ni) or N+Ni, of bits bits.
func (s *scanner) scanComplex(verb rune, bits int) complex128 {
	s.checkVerb(verb, floatVerb, "complex")
	s.SkipSpace()
	s.mustHaveInput()
	paren := s.accept("(")
	re := s.floatToken()
	s.tok = s.tok[:0]
	if !s.accept(signs) {
		s.fail(errScanComplex)
	}
	sign := string(s.tok)
	im := sign + s.floatToken()
	if !s.accept("i") || paren && !s.accept(")") {
		s.fail(errScanComplex)
	}
	return complex(s.parseFloat(re, bits/2), s.parseFloat(im, bits/2))
}

// scanString reads a string operand: a word (%s, %v), a quoted string (%q) or hex
// pairs (%x, %X).
func (s *scanner) scanString(verb rune) string {
	s.checkVerb(verb, "svqxX", "string")
	s.SkipSpace()
	s.mustHaveInput()
	switch verb {
	case 'q':
		return s.quoted()
	case 'x', 'X':
		return s.hexBytes()
	}
	return string(s.token(true, notSpace))
}

func (s *scanner) quoted() string {
	s.mustHaveInput()
	switch q := s.next(); q {
	case '`':
		for {
			r := s.mustNext()
			if r == '`' {
				return string(s.tok)
			}
			s.tok = utf8.AppendRune(s.tok, r)
		}
	case '"':
		s.tok = append(s.tok, '"')
		for {
			r := s.mustNext()
			s.tok = utf8.AppendRune(s.tok, r)
			if r == '"' {
				break
			}
			if r == '\\' {
				// Only the rune right after a backslash can be a quote or a backslash
				// that does not end or start something.
				s.tok = utf8.AppendRune(s.tok, s.mustNext())
			}
		}
		str, err := strconv.Unquote(string(s.tok))
		if err != nil {
			s.fail(err)
		}
		return str
	}
	s.failText("expected quoted string")
	return ""
}

func hexValue(r rune) (int, bool) {
	switch {
	case '0' <= r && r <= '9':
		return int(r - '0'), true
	case 'a' <= r && r <= 'f':
		return int(r-'a') + 10, true
	case 'A' <= r && r <= 'F':
		return int(r-'A') + 10, true
	}
	return -1, false
}

func (s *scanner) hexBytes() string {
	s.mustHaveInput()
	for {
		r := s.next()
		if r == endOfInput {
			break
		}
		hi, ok := hexValue(r)
		if !ok {
			s.UnreadRune()
			break
		}
		lo, ok := hexValue(s.mustNext())
		if !ok {
			s.failText("illegal hex digit")
		}
		s.tok = append(s.tok, byte(hi<<4|lo))
	}
	if len(s.tok) == 0 {
		s.failText("no hex data for %x string")
	}
	return string(s.tok)
}

// scanOperand scans one value into arg, which is a Scanner or a pointer to a basic type.
func (s *scanner) scanOperand(verb rune, arg any) {
	s.tok = s.tok[:0]
	if sc, ok := arg.(Scanner); ok {
		if err := sc.Scan(s, verb); err != nil {
			if err == io.EOF {
				err = io.ErrUnexpectedEOF
			}
			s.fail(err)
		}
		return
	}
	switch p := arg.(type) {
	case *bool:
		*p = s.scanBool(verb)
	case *complex64:
		*p = complex64(s.scanComplex(verb, 64))
	case *complex128:
		*p = s.scanComplex(verb, 128)
	case *int:
		*p = int(s.scanInt(verb, 64))
	case *int8:
		*p = int8(s.scanInt(verb, 8))
	case *int16:
		*p = int16(s.scanInt(verb, 16))
	case *int32:
		*p = int32(s.scanInt(verb, 32))
	case *int64:
		*p = s.scanInt(verb, 64)
	case *uint:
		*p = uint(s.scanUint(verb, 64))
	case *uint8:
		*p = uint8(s.scanUint(verb, 8))
	case *uint16:
		*p = uint16(s.scanUint(verb, 16))
	case *uint32:
		*p = uint32(s.scanUint(verb, 32))
	case *uint64:
		*p = s.scanUint(verb, 64)
	case *uintptr:
		*p = uintptr(s.scanUint(verb, 64))
	case *float32:
		*p = float32(s.scanFloat(verb, 32, "float32"))
	case *float64:
		*p = s.scanFloat(verb, 64, "float64")
	case *string:
		*p = s.scanString(verb)
	case *[]byte:
		*p = []byte(s.scanString(verb))
	case nil:
		// Go's reflection fails on a nil operand, and the scan panics.
		panic(errors.New("reflect: call of reflect.Value.Type on zero Value"))
	default:
		// deferjit has no reflection: pointers to other types (named basic types
		// included) are not scanned.
		t := fmt.Sprintf("%T", arg)
		if t[0] != '*' {
			s.failText("type not a pointer: " + t)
		}
		s.failText("can't scan type: " + t)
	}
}

// catch turns the panic of a failed scan into *errp; other panics go on.
func catch(errp *error) {
	if e := recover(); e != nil {
		if sf, ok := e.(scanFailure); ok {
			*errp = sf.err
		} else if err, ok := e.(error); ok && err == io.EOF {
			*errp = err
		} else {
			panic(e)
		}
	}
}

// scanAll scans the operands of Fscan (or Fscanln, which then wants a newline or the
// end of the input after spaces).
func (s *scanner) scanAll(a []any) (n int, err error) {
	defer catch(&err)
	for _, arg := range a {
		s.scanOperand('v', arg)
		n++
	}
	if s.nlIsEnd {
		for {
			r := s.next()
			if r == '\n' || r == endOfInput {
				break
			}
			if !isSpace(r) {
				s.failText("expected newline")
			}
		}
	}
	return
}

// matchText matches the input with the format's text up to its next verb and returns
// how many bytes of format it matched: 0 at a verb (or at the end of the input), -1 if
// a literal rune did not match. A run of spaces in the format matches a run of spaces
// in the input (at least one unless at the end of the input); a newline in the format,
// with the spaces around it, matches spaces and a newline (or the end) in the input,
// and the spaces after it.
func (s *scanner) matchText(format string) int {
	i := 0
	for i < len(format) {
		c, w := utf8.DecodeRuneInString(format[i:])
		if isSpace(c) {
			newlines := 0
			spaceAfter := false
			for i < len(format) && isSpace(c) {
				if c == '\n' {
					newlines++
					spaceAfter = false
				} else {
					spaceAfter = true
				}
				i += w
				c, w = utf8.DecodeRuneInString(format[i:])
			}
			for k := 0; k < newlines; k++ {
				r := s.next()
				for r != '\n' && isSpace(r) {
					r = s.next()
				}
				if r != '\n' && r != endOfInput {
					s.failText("newline in format does not match input")
				}
			}
			if spaceAfter {
				r := s.next()
				if newlines == 0 {
					if r != endOfInput && !isSpace(r) {
						s.failText("expected space in input to match format")
					}
					if r == '\n' {
						s.failText("newline in input does not match format")
					}
				}
				for r != '\n' && isSpace(r) {
					r = s.next()
				}
				if r != endOfInput {
					s.UnreadRune()
				}
			}
			continue
		}
		if c == '%' {
			if i+w == len(format) {
				s.failText("missing verb: % at end of format string")
			}
			if format[i+w] != '%' {
				return i
			}
			i += w
		}
		if r := s.mustNext(); r != c {
			s.UnreadRune()
			return -1
		}
		i += w
	}
	return i
}

// formatWidth reads the decimal width at format[i:end]: its value, whether there was
// one, and the index after it (end when it is absurdly large).
func formatWidth(format string, i, end int) (int, bool, int) {
	if i >= end {
		return 0, false, end
	}
	n, ok := 0, false
	for ; i < end && '0' <= format[i] && format[i] <= '9'; i++ {
		if n > 1e6 {
			return 0, false, end
		}
		n = n*10 + int(format[i]-'0')
		ok = true
	}
	return n, ok, i
}

// scanFormat scans the operands of Fscanf.
func (s *scanner) scanFormat(format string, a []any) (n int, err error) {
	defer catch(&err)
	last := len(format) - 1
	for i := 0; i <= last; {
		w := s.matchText(format[i:])
		if w > 0 {
			i += w
			continue
		}
		if format[i] != '%' {
			if w < 0 {
				s.failText("input does not match format")
			}
			break // the input ended
		}
		i++
		var hasWidth bool
		s.width, hasWidth, i = formatWidth(format, i, last)
		if !hasWidth {
			s.width = noWidth
		}
		verb, vw := utf8.DecodeRuneInString(format[i:])
		i += vw
		if verb != 'c' {
			s.SkipSpace()
		}
		if verb == '%' {
			s.SkipSpace()
			s.mustHaveInput()
			if !s.accept("%") {
				s.failText("missing literal %")
			}
			continue
		}
		s.argLimit = noWidth
		if lim := s.count + s.width; lim < s.argLimit {
			s.argLimit = lim
		}
		if n >= len(a) {
			s.failText("too few operands for format '%" + format[i-vw:] + "'")
		}
		s.scanOperand(verb, a[n])
		n++
		s.argLimit = noWidth
	}
	if n < len(a) {
		s.failText("too many operands")
	}
	return
}
