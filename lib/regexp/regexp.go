// Package regexp is deferjit's implementation of Go's package regexp. Patterns are
// parsed as Go 1.23's regexp/syntax parses them (RE2 syntax, the same simplifications and
// the same error messages), compiled to a program of Go's shape (so that LiteralPrefix
// answers as Go's does), and run by a Pike VM that follows Go's leftmost-first
// (Perl) or leftmost-longest (POSIX) rules, in time linear in the input.
package regexp

import (
	"io"
	"unicode"
	"unicode/utf8"
	"unsafe"
)

// ---------------------------------------------------------------------------
// Syntax tree

// Parse flags, as regexp/syntax numbers them.
const (
	fFoldCase uint16 = 1 << iota
	fLiteral
	fClassNL
	fDotNL
	fOneLine
	fNonGreedy
	fPerlX
	fUnicodeGroups
	fWasDollar
	fSimple

	fPerl = fClassNL | fOneLine | fPerlX | fUnicodeGroups
)

// Node kinds, in regexp/syntax's order (the parser compares them).
const (
	opNoMatch = 1 + iota
	opEmptyMatch
	opLiteral
	opCharClass
	opAnyCharNotNL
	opAnyChar
	opBeginLine
	opEndLine
	opBeginText
	opEndText
	opWordBoundary
	opNoWordBoundary
	opCapture
	opStar
	opPlus
	opQuest
	opRepeat
	opConcat
	opAlternate

	opPseudo      = 128
	opLeftParen   = opPseudo
	opVerticalBar = opPseudo + 1
)

// node is one node of a parsed expression.
type node struct {
	op       int
	flags    uint16
	sub      []*node
	runes    []rune
	min, max int
	cap      int
	name     string
	link     *node // the parser's free list
}

// parseError is the error of a pattern that does not parse.
type parseError struct {
	code string
	expr string
}

// perr makes the error of code for the part expr of a pattern.
func perr(code, expr string) error {
	return &parseError{code, expr}
}

func (e *parseError) Error() string {
	return "error parsing regexp: " + e.code + ": `" + e.expr + "`"
}

const (
	errInvalidCharRange      = "invalid character class range"
	errInvalidEscape         = "invalid escape sequence"
	errInvalidNamedCapture   = "invalid named capture"
	errInvalidPerlOp         = "invalid or unsupported Perl syntax"
	errInvalidRepeatOp       = "invalid nested repetition operator"
	errInvalidRepeatSize     = "invalid repeat count"
	errInvalidUTF8           = "invalid UTF-8"
	errMissingBracket        = "missing closing ]"
	errMissingParen          = "missing closing )"
	errMissingRepeatArgument = "missing argument to repetition operator"
	errTrailingBackslash     = "trailing backslash at end of expression"
	errUnexpectedParen       = "unexpected )"
	errNestingDepth          = "expression nests too deeply"
	errLarge                 = "expression too large"
)

// limitPanic unwinds the parser when an expression grows past a limit.
type limitPanic struct{ code string }

const (
	maxHeight = 1000
	maxSize   = 128 << 20 / 40
	maxRunes  = 128 << 20 / 4
	minFold   = 0x0041
	maxFold   = 0x1e943
)

type parser struct {
	flags     uint16
	stack     []*node
	free      *node
	numCap    int
	whole     string
	tmp       []rune
	numRegexp int
	numRunes  int
	repeats   int64
	sizeOn    bool
	heightOn  bool
}

func (p *parser) newNode(op int) *node {
	re := p.free
	if re != nil {
		p.free = re.link
		*re = node{}
	} else {
		re = new(node)
		p.numRegexp++
	}
	re.op = op
	return re
}

func (p *parser) reuse(re *node) {
	re.link = p.free
	p.free = re
}

func (p *parser) checkLimits(re *node) {
	if p.numRunes > maxRunes {
		panic(&limitPanic{errLarge})
	}
	p.checkSize(re)
	p.checkHeight(re)
}

func (p *parser) checkSize(re *node) {
	if !p.sizeOn {
		if p.repeats == 0 {
			p.repeats = 1
		}
		if re.op == opRepeat {
			n := re.max
			if n == -1 {
				n = re.min
			}
			if n <= 0 {
				n = 1
			}
			if int64(n) > maxSize/p.repeats {
				p.repeats = maxSize
			} else {
				p.repeats *= int64(n)
			}
		}
		if int64(p.numRegexp) < maxSize/p.repeats {
			return
		}
		p.sizeOn = true
		for _, s := range p.stack {
			p.checkSize(s)
		}
	}
	if calcSize(re) > maxSize {
		panic(&limitPanic{errLarge})
	}
}

// calcSize estimates the number of instructions re compiles to.
func calcSize(re *node) int64 {
	var size int64
	switch re.op {
	case opLiteral:
		size = int64(len(re.runes))
	case opCapture, opStar:
		size = 2 + calcSize(re.sub[0])
	case opPlus, opQuest:
		size = 1 + calcSize(re.sub[0])
	case opConcat:
		for _, s := range re.sub {
			size += calcSize(s)
		}
	case opAlternate:
		for _, s := range re.sub {
			size += calcSize(s)
		}
		if len(re.sub) > 1 {
			size += int64(len(re.sub)) - 1
		}
	case opRepeat:
		sub := calcSize(re.sub[0])
		if re.max == -1 {
			if re.min == 0 {
				size = 2 + sub
			} else {
				size = 1 + int64(re.min)*sub
			}
			break
		}
		size = int64(re.max)*sub + int64(re.max-re.min)
	}
	if size < 1 {
		size = 1
	}
	return size
}

func (p *parser) checkHeight(re *node) {
	if p.numRegexp < maxHeight {
		return
	}
	if !p.heightOn {
		p.heightOn = true
		for _, s := range p.stack {
			p.checkHeight(s)
		}
	}
	if calcHeight(re) > maxHeight {
		panic(&limitPanic{errNestingDepth})
	}
}

func calcHeight(re *node) int {
	h := 1
	for _, s := range re.sub {
		if hs := calcHeight(s); h < 1+hs {
			h = 1 + hs
		}
	}
	return h
}

// push pushes re onto the stack, turning one-rune classes into literals and merging
// adjacent literals.
func (p *parser) push(re *node) *node {
	p.numRunes += len(re.runes)
	r := re.runes
	if re.op == opCharClass && len(r) == 2 && r[0] == r[1] {
		if p.maybeConcat(r[0], p.flags&^fFoldCase) {
			return nil
		}
		re.op = opLiteral
		re.runes = r[:1]
		re.flags = p.flags &^ fFoldCase
	} else if re.op == opCharClass && (len(r) == 4 && r[0] == r[1] && r[2] == r[3] &&
		unicode.SimpleFold(r[0]) == r[2] && unicode.SimpleFold(r[2]) == r[0] ||
		len(r) == 2 && r[0]+1 == r[1] &&
			unicode.SimpleFold(r[0]) == r[1] && unicode.SimpleFold(r[1]) == r[0]) {
		if p.maybeConcat(r[0], p.flags|fFoldCase) {
			return nil
		}
		re.op = opLiteral
		re.runes = r[:1]
		re.flags = p.flags | fFoldCase
	} else {
		p.maybeConcat(-1, 0)
	}
	p.stack = append(p.stack, re)
	p.checkLimits(re)
	return re
}

// maybeConcat merges the two literals on top of the stack, if they are that; then, if
// r >= 0, reuses the top node for the literal r and reports true.
func (p *parser) maybeConcat(r rune, flags uint16) bool {
	n := len(p.stack)
	if n < 2 {
		return false
	}
	re1 := p.stack[n-1]
	re2 := p.stack[n-2]
	if re1.op != opLiteral || re2.op != opLiteral || re1.flags&fFoldCase != re2.flags&fFoldCase {
		return false
	}
	re2.runes = append(re2.runes, re1.runes...)
	if r >= 0 {
		re1.runes = []rune{r}
		re1.flags = flags
		return true
	}
	p.stack = p.stack[:n-1]
	p.reuse(re1)
	return false
}

func (p *parser) literal(r rune) {
	re := p.newNode(opLiteral)
	re.flags = p.flags
	if p.flags&fFoldCase != 0 {
		r = minFoldRune(r)
	}
	re.runes = []rune{r}
	p.push(re)
}

// minFoldRune is the smallest rune of r's case-folding orbit.
func minFoldRune(r rune) rune {
	if r < minFold || r > maxFold {
		return r
	}
	m := r
	for f := unicode.SimpleFold(r); f != r; f = unicode.SimpleFold(f) {
		if f < m {
			m = f
		}
	}
	return m
}

func (p *parser) op(op int) *node {
	re := p.newNode(op)
	re.flags = p.flags
	return p.push(re)
}

// repeat applies a repetition operator to the top of the stack. before is the pattern
// from the operator on, after what follows it, lastRepeat the pattern from the
// previous operator on when that operator came just before this one.
func (p *parser) repeat(op, min, max int, before, after, lastRepeat string) (string, error) {
	flags := p.flags
	if p.flags&fPerlX != 0 {
		if len(after) > 0 && after[0] == '?' {
			after = after[1:]
			flags ^= fNonGreedy
		}
		if lastRepeat != "" {
			return "", perr(errInvalidRepeatOp, lastRepeat[:len(lastRepeat)-len(after)])
		}
	}
	n := len(p.stack)
	if n == 0 || p.stack[n-1].op >= opPseudo {
		return "", perr(errMissingRepeatArgument, before[:len(before)-len(after)])
	}
	re := p.newNode(op)
	re.min = min
	re.max = max
	re.flags = flags
	re.sub = []*node{p.stack[n-1]}
	p.stack[n-1] = re
	p.checkLimits(re)
	if op == opRepeat && (min >= 2 || max >= 2) && !repeatIsValid(re, 1000) {
		return "", perr(errInvalidRepeatSize, before[:len(before)-len(after)])
	}
	return after, nil
}

// repeatIsValid reports whether the nested counted repetitions of re multiply to at
// most n.
func repeatIsValid(re *node, n int) bool {
	if re.op == opRepeat {
		m := re.max
		if m == 0 {
			return true
		}
		if m < 0 {
			m = re.min
		}
		if m > n {
			return false
		}
		if m > 0 {
			n /= m
		}
	}
	for _, s := range re.sub {
		if !repeatIsValid(s, n) {
			return false
		}
	}
	return true
}

func (p *parser) concat() *node {
	p.maybeConcat(-1, 0)
	i := len(p.stack)
	for i > 0 && p.stack[i-1].op < opPseudo {
		i--
	}
	subs := p.stack[i:]
	p.stack = p.stack[:i]
	if len(subs) == 0 {
		return p.push(p.newNode(opEmptyMatch))
	}
	return p.push(p.collapse(subs, opConcat))
}

func (p *parser) alternate() *node {
	i := len(p.stack)
	for i > 0 && p.stack[i-1].op < opPseudo {
		i--
	}
	subs := p.stack[i:]
	p.stack = p.stack[:i]
	if len(subs) > 0 {
		cleanAlt(subs[len(subs)-1])
	}
	if len(subs) == 0 {
		return p.push(p.newNode(opNoMatch))
	}
	return p.push(p.collapse(subs, opAlternate))
}

// cleanAlt tidies a class about to become a branch of an alternation.
func cleanAlt(re *node) {
	if re.op == opCharClass {
		re.runes = cleanClass(re.runes)
		r := re.runes
		if len(r) == 2 && r[0] == 0 && r[1] == unicode.MaxRune {
			re.runes = nil
			re.op = opAnyChar
		} else if len(r) == 4 && r[0] == 0 && r[1] == '\n'-1 && r[2] == '\n'+1 && r[3] == unicode.MaxRune {
			re.runes = nil
			re.op = opAnyCharNotNL
		}
	}
}

// collapse makes one node of op from subs, flattening subs that are op already.
func (p *parser) collapse(subs []*node, op int) *node {
	if len(subs) == 1 {
		return subs[0]
	}
	re := p.newNode(op)
	for _, s := range subs {
		if s.op == op {
			re.sub = append(re.sub, s.sub...)
			p.reuse(s)
		} else {
			re.sub = append(re.sub, s)
		}
	}
	if op == opAlternate {
		re.sub = p.factor(re.sub)
		if len(re.sub) == 1 {
			old := re
			re = re.sub[0]
			p.reuse(old)
		}
	}
	return re
}

// factor pulls common prefixes out of the branches of an alternation, merges runs of
// single-character branches into classes and drops repeated empty branches.
func (p *parser) factor(sub []*node) []*node {
	if len(sub) < 2 {
		return sub
	}
	// Common literal prefixes.
	var str []rune
	var strflags uint16
	start := 0
	var out []*node
	for i := 0; i <= len(sub); i++ {
		var istr []rune
		var iflags uint16
		if i < len(sub) {
			istr, iflags = leadingString(sub[i])
			if iflags == strflags {
				same := 0
				for same < len(str) && same < len(istr) && str[same] == istr[same] {
					same++
				}
				if same > 0 {
					str = str[:same]
					continue
				}
			}
		}
		if i == start {
		} else if i == start+1 {
			out = append(out, sub[start])
		} else {
			prefix := p.newNode(opLiteral)
			prefix.flags = strflags
			prefix.runes = append([]rune(nil), str...)
			for j := start; j < i; j++ {
				sub[j] = p.removeLeadingString(sub[j], len(str))
				p.checkLimits(sub[j])
			}
			suffix := p.collapse(sub[start:i], opAlternate)
			re := p.newNode(opConcat)
			re.sub = []*node{prefix, suffix}
			out = append(out, re)
		}
		start = i
		str = istr
		strflags = iflags
	}
	sub = out

	// Common leading single-character or fixed-repeat pieces.
	start = 0
	out = nil
	var first *node
	for i := 0; i <= len(sub); i++ {
		var ifirst *node
		if i < len(sub) {
			ifirst = leadingRegexp(sub[i])
			if first != nil && first.equal(ifirst) &&
				(isCharClass(first) || (first.op == opRepeat && first.min == first.max && isCharClass(first.sub[0]))) {
				continue
			}
		}
		if i == start {
		} else if i == start+1 {
			out = append(out, sub[start])
		} else {
			prefix := first
			for j := start; j < i; j++ {
				sub[j] = p.removeLeadingRegexp(sub[j], j != start)
				p.checkLimits(sub[j])
			}
			suffix := p.collapse(sub[start:i], opAlternate)
			re := p.newNode(opConcat)
			re.sub = []*node{prefix, suffix}
			out = append(out, re)
		}
		start = i
		first = ifirst
	}
	sub = out

	// Runs of single characters become one class.
	start = 0
	out = nil
	for i := 0; i <= len(sub); i++ {
		if i < len(sub) && isCharClass(sub[i]) {
			continue
		}
		if i == start {
		} else if i == start+1 {
			out = append(out, sub[start])
		} else {
			max := start
			for j := start + 1; j < i; j++ {
				if sub[max].op < sub[j].op || sub[max].op == sub[j].op && len(sub[max].runes) < len(sub[j].runes) {
					max = j
				}
			}
			sub[start], sub[max] = sub[max], sub[start]
			for j := start + 1; j < i; j++ {
				mergeCharClass(sub[start], sub[j])
				p.reuse(sub[j])
			}
			cleanAlt(sub[start])
			out = append(out, sub[start])
		}
		if i < len(sub) {
			out = append(out, sub[i])
		}
		start = i + 1
	}
	sub = out

	// Runs of empty matches become one.
	out = nil
	for i := range sub {
		if i+1 < len(sub) && sub[i].op == opEmptyMatch && sub[i+1].op == opEmptyMatch {
			continue
		}
		out = append(out, sub[i])
	}
	return out
}

func leadingString(re *node) ([]rune, uint16) {
	if re.op == opConcat && len(re.sub) > 0 {
		re = re.sub[0]
	}
	if re.op != opLiteral {
		return nil, 0
	}
	return re.runes, re.flags & fFoldCase
}

func (p *parser) removeLeadingString(re *node, n int) *node {
	if re.op == opConcat && len(re.sub) > 0 {
		s := p.removeLeadingString(re.sub[0], n)
		re.sub[0] = s
		if s.op == opEmptyMatch {
			p.reuse(s)
			switch len(re.sub) {
			case 0, 1:
				re.op = opEmptyMatch
				re.sub = nil
			case 2:
				old := re
				re = re.sub[1]
				p.reuse(old)
			default:
				copy(re.sub, re.sub[1:])
				re.sub = re.sub[:len(re.sub)-1]
			}
		}
		return re
	}
	if re.op == opLiteral {
		re.runes = re.runes[:copy(re.runes, re.runes[n:])]
		if len(re.runes) == 0 {
			re.op = opEmptyMatch
		}
	}
	return re
}

func leadingRegexp(re *node) *node {
	if re.op == opEmptyMatch {
		return nil
	}
	if re.op == opConcat && len(re.sub) > 0 {
		if re.sub[0].op == opEmptyMatch {
			return nil
		}
		return re.sub[0]
	}
	return re
}

func (p *parser) removeLeadingRegexp(re *node, reuse bool) *node {
	if re.op == opConcat && len(re.sub) > 0 {
		if reuse {
			p.reuse(re.sub[0])
		}
		re.sub = re.sub[:copy(re.sub, re.sub[1:])]
		switch len(re.sub) {
		case 0:
			re.op = opEmptyMatch
			re.sub = nil
		case 1:
			old := re
			re = re.sub[0]
			p.reuse(old)
		}
		return re
	}
	if reuse {
		p.reuse(re)
	}
	return p.newNode(opEmptyMatch)
}

// equal reports whether x and y are the same expression.
func (x *node) equal(y *node) bool {
	if x == nil || y == nil {
		return x == y
	}
	if x.op != y.op {
		return false
	}
	switch x.op {
	case opEndText:
		if x.flags&fWasDollar != y.flags&fWasDollar {
			return false
		}
	case opLiteral, opCharClass:
		if len(x.runes) != len(y.runes) {
			return false
		}
		for i, r := range x.runes {
			if r != y.runes[i] {
				return false
			}
		}
		return true
	case opAlternate, opConcat:
		if len(x.sub) != len(y.sub) {
			return false
		}
		for i, s := range x.sub {
			if !s.equal(y.sub[i]) {
				return false
			}
		}
		return true
	case opStar, opPlus, opQuest:
		if x.flags&fNonGreedy != y.flags&fNonGreedy || !x.sub[0].equal(y.sub[0]) {
			return false
		}
	case opRepeat:
		if x.flags&fNonGreedy != y.flags&fNonGreedy || x.min != y.min || x.max != y.max || !x.sub[0].equal(y.sub[0]) {
			return false
		}
	case opCapture:
		if x.cap != y.cap || x.name != y.name || !x.sub[0].equal(y.sub[0]) {
			return false
		}
	}
	return true
}

func isCharClass(re *node) bool {
	return re.op == opLiteral && len(re.runes) == 1 || re.op == opCharClass ||
		re.op == opAnyCharNotNL || re.op == opAnyChar
}

func matchRune(re *node, r rune) bool {
	switch re.op {
	case opLiteral:
		return len(re.runes) == 1 && re.runes[0] == r
	case opCharClass:
		for i := 0; i < len(re.runes); i += 2 {
			if re.runes[i] <= r && r <= re.runes[i+1] {
				return true
			}
		}
		return false
	case opAnyCharNotNL:
		return r != '\n'
	case opAnyChar:
		return true
	}
	return false
}

func mergeCharClass(dst, src *node) {
	switch dst.op {
	case opAnyChar:
	case opAnyCharNotNL:
		if matchRune(src, '\n') {
			dst.op = opAnyChar
		}
	case opCharClass:
		if src.op == opLiteral {
			dst.runes = appendLiteral(dst.runes, src.runes[0], src.flags)
		} else {
			dst.runes = appendClass(dst.runes, src.runes)
		}
	case opLiteral:
		if src.runes[0] == dst.runes[0] && src.flags == dst.flags {
			break
		}
		d0, dflags := dst.runes[0], dst.flags
		dst.op = opCharClass
		dst.runes = appendLiteral(nil, d0, dflags)
		dst.runes = appendLiteral(dst.runes, src.runes[0], src.flags)
	}
}

func (p *parser) parseVerticalBar() {
	p.concat()
	if !p.swapVerticalBar() {
		p.op(opVerticalBar)
	}
}

// swapVerticalBar moves a vertical bar below the expression on top of the stack,
// merging single-character branches on the way; it reports whether there was one.
func (p *parser) swapVerticalBar() bool {
	n := len(p.stack)
	if n >= 3 && p.stack[n-2].op == opVerticalBar && isCharClass(p.stack[n-1]) && isCharClass(p.stack[n-3]) {
		re1 := p.stack[n-1]
		re3 := p.stack[n-3]
		if re1.op > re3.op {
			re1, re3 = re3, re1
			p.stack[n-3] = re3
		}
		mergeCharClass(re3, re1)
		p.reuse(re1)
		p.stack = p.stack[:n-1]
		return true
	}
	if n >= 2 {
		re1 := p.stack[n-1]
		re2 := p.stack[n-2]
		if re2.op == opVerticalBar {
			if n >= 3 {
				cleanAlt(p.stack[n-3])
			}
			p.stack[n-2] = re1
			p.stack[n-1] = re2
			return true
		}
	}
	return false
}

func (p *parser) parseRightParen() error {
	p.concat()
	if p.swapVerticalBar() {
		p.stack = p.stack[:len(p.stack)-1]
	}
	p.alternate()
	n := len(p.stack)
	if n < 2 {
		return perr(errUnexpectedParen, p.whole)
	}
	re1 := p.stack[n-1]
	re2 := p.stack[n-2]
	p.stack = p.stack[:n-2]
	if re2.op != opLeftParen {
		return perr(errUnexpectedParen, p.whole)
	}
	p.flags = re2.flags
	if re2.cap == 0 {
		p.push(re1)
	} else {
		re2.op = opCapture
		re2.sub = []*node{re1}
		p.push(re2)
	}
	return nil
}

// parse parses s with flags, giving the tree and Go's error for a bad pattern.
func parse(s string, flags uint16) (res *node, err error) {
	defer func() {
		if r := recover(); r != nil {
			lp, ok := r.(*limitPanic)
			if !ok {
				panic(r)
			}
			res = nil
			err = perr(lp.code, s)
		}
	}()
	p := &parser{flags: flags, whole: s}
	t := s
	lastRepeat := ""
	var e error
	for t != "" {
		repeat := ""
		switch t[0] {
		default:
			var c rune
			if c, t, e = nextRune(t); e != nil {
				return nil, e
			}
			p.literal(c)
		case '(':
			if p.flags&fPerlX != 0 && len(t) >= 2 && t[1] == '?' {
				if t, e = p.parsePerlFlags(t); e != nil {
					return nil, e
				}
				break
			}
			p.numCap++
			p.op(opLeftParen).cap = p.numCap
			t = t[1:]
		case '|':
			p.parseVerticalBar()
			t = t[1:]
		case ')':
			if e = p.parseRightParen(); e != nil {
				return nil, e
			}
			t = t[1:]
		case '^':
			if p.flags&fOneLine != 0 {
				p.op(opBeginText)
			} else {
				p.op(opBeginLine)
			}
			t = t[1:]
		case '$':
			if p.flags&fOneLine != 0 {
				p.op(opEndText).flags |= fWasDollar
			} else {
				p.op(opEndLine)
			}
			t = t[1:]
		case '.':
			if p.flags&fDotNL != 0 {
				p.op(opAnyChar)
			} else {
				p.op(opAnyCharNotNL)
			}
			t = t[1:]
		case '[':
			if t, e = p.parseClass(t); e != nil {
				return nil, e
			}
		case '*', '+', '?':
			before := t
			op := opStar
			if t[0] == '+' {
				op = opPlus
			} else if t[0] == '?' {
				op = opQuest
			}
			after := t[1:]
			if after, e = p.repeat(op, 0, 0, before, after, lastRepeat); e != nil {
				return nil, e
			}
			repeat = before
			t = after
		case '{':
			before := t
			min, max, after, ok := parseRepeat(t)
			if !ok {
				p.literal('{')
				t = t[1:]
				break
			}
			if min < 0 || min > 1000 || max > 1000 || max >= 0 && min > max {
				return nil, perr(errInvalidRepeatSize, before[:len(before)-len(after)])
			}
			if after, e = p.repeat(opRepeat, min, max, before, after, lastRepeat); e != nil {
				return nil, e
			}
			repeat = before
			t = after
		case '\\':
			if t, e = p.parseBackslash(t); e != nil {
				return nil, e
			}
		}
		lastRepeat = repeat
	}
	p.concat()
	if p.swapVerticalBar() {
		p.stack = p.stack[:len(p.stack)-1]
	}
	p.alternate()
	if len(p.stack) != 1 {
		return nil, perr(errMissingParen, s)
	}
	return p.stack[0], nil
}

// parseBackslash parses an escape outside a class: an assertion, \Q...\E, a class
// (\d, \pL, ...) or an escaped character.
func (p *parser) parseBackslash(t string) (string, error) {
	if p.flags&fPerlX != 0 && len(t) >= 2 {
		switch t[1] {
		case 'A':
			p.op(opBeginText)
			return t[2:], nil
		case 'b':
			p.op(opWordBoundary)
			return t[2:], nil
		case 'B':
			p.op(opNoWordBoundary)
			return t[2:], nil
		case 'C':
			return "", perr(errInvalidEscape, t[:2])
		case 'Q':
			lit := t[2:]
			t = ""
			if i := indexString(lit, `\E`); i >= 0 {
				lit, t = lit[:i], lit[i+2:]
			}
			for lit != "" {
				c, rest, err := nextRune(lit)
				if err != nil {
					return "", err
				}
				p.literal(c)
				lit = rest
			}
			return t, nil
		case 'z':
			p.op(opEndText)
			return t[2:], nil
		}
	}
	re := p.newNode(opCharClass)
	re.flags = p.flags
	if len(t) >= 2 && (t[1] == 'p' || t[1] == 'P') {
		r, rest, ok, err := p.parseUnicodeClass(t, []rune{})
		if err != nil {
			return "", err
		}
		if ok {
			re.runes = r
			p.push(re)
			return rest, nil
		}
	}
	if r, rest, ok := p.parsePerlClassEscape(t, []rune{}); ok {
		re.runes = r
		p.push(re)
		return rest, nil
	}
	p.reuse(re)
	c, rest, err := p.parseEscape(t)
	if err != nil {
		return "", err
	}
	p.literal(c)
	return rest, nil
}

// parseRepeat parses {min}, {min,} or {min,max} at the start of s (max -1 for none).
func parseRepeat(s string) (min, max int, rest string, ok bool) {
	if s == "" || s[0] != '{' {
		return
	}
	s = s[1:]
	var ok1 bool
	if min, s, ok1 = parseInt(s); !ok1 {
		return
	}
	if s == "" {
		return
	}
	if s[0] != ',' {
		max = min
	} else {
		s = s[1:]
		if s == "" {
			return
		}
		if s[0] == '}' {
			max = -1
		} else if max, s, ok1 = parseInt(s); !ok1 {
			return
		} else if max < 0 {
			min = -1
		}
	}
	if s == "" || s[0] != '}' {
		return
	}
	rest = s[1:]
	ok = true
	return
}

// parseInt parses a decimal number without leading zeros; one of 1e8 or more is -1.
func parseInt(s string) (n int, rest string, ok bool) {
	if s == "" || s[0] < '0' || '9' < s[0] {
		return
	}
	if len(s) >= 2 && s[0] == '0' && '0' <= s[1] && s[1] <= '9' {
		return
	}
	i := 0
	for i < len(s) && '0' <= s[i] && s[i] <= '9' {
		i++
	}
	rest = s[i:]
	ok = true
	for j := 0; j < i; j++ {
		if n >= 1e8 {
			n = -1
			break
		}
		n = n*10 + int(s[j]) - '0'
	}
	return
}

// parsePerlFlags parses (?flags), (?flags: and the named groups (?P<name> and (?<name>.
func (p *parser) parsePerlFlags(s string) (string, error) {
	t := s
	startsWithP := len(t) > 4 && t[2] == 'P' && t[3] == '<'
	startsWithName := len(t) > 3 && t[2] == '<'
	if startsWithP || startsWithName {
		exprStart := 4
		if startsWithName {
			exprStart = 3
		}
		end := -1
		for i := 0; i < len(t); i++ {
			if t[i] == '>' {
				end = i
				break
			}
		}
		if end < 0 {
			if err := checkUTF8(t); err != nil {
				return "", err
			}
			return "", perr(errInvalidNamedCapture, s)
		}
		capture := t[:end+1]
		name := t[exprStart:end]
		if err := checkUTF8(name); err != nil {
			return "", err
		}
		if !isValidCaptureName(name) {
			return "", perr(errInvalidNamedCapture, capture)
		}
		p.numCap++
		re := p.op(opLeftParen)
		re.cap = p.numCap
		re.name = name
		return t[end+1:], nil
	}
	t = t[2:]
	flags := p.flags
	sign := 1
	sawFlag := false
Loop:
	for t != "" {
		c, rest, err := nextRune(t)
		if err != nil {
			return "", err
		}
		t = rest
		switch c {
		default:
			break Loop
		case 'i':
			flags |= fFoldCase
			sawFlag = true
		case 'm':
			flags &^= fOneLine
			sawFlag = true
		case 's':
			flags |= fDotNL
			sawFlag = true
		case 'U':
			flags |= fNonGreedy
			sawFlag = true
		case '-':
			if sign < 0 {
				break Loop
			}
			sign = -1
			flags = ^flags
			sawFlag = false
		case ':', ')':
			if sign < 0 {
				if !sawFlag {
					break Loop
				}
				flags = ^flags
			}
			if c == ':' {
				p.op(opLeftParen)
			}
			p.flags = flags
			return t, nil
		}
	}
	return "", perr(errInvalidPerlOp, s[:len(s)-len(t)])
}

func isValidCaptureName(name string) bool {
	if name == "" {
		return false
	}
	for _, c := range name {
		if c != '_' && !isalnum(c) {
			return false
		}
	}
	return true
}

func isalnum(c rune) bool {
	return '0' <= c && c <= '9' || 'A' <= c && c <= 'Z' || 'a' <= c && c <= 'z'
}

func unhex(c rune) rune {
	if '0' <= c && c <= '9' {
		return c - '0'
	}
	if 'a' <= c && c <= 'f' {
		return c - 'a' + 10
	}
	if 'A' <= c && c <= 'F' {
		return c - 'A' + 10
	}
	return -1
}

func checkUTF8(s string) error {
	for s != "" {
		r, size := utf8.DecodeRuneInString(s)
		if r == utf8.RuneError && size == 1 {
			return perr(errInvalidUTF8, s)
		}
		s = s[size:]
	}
	return nil
}

func nextRune(s string) (rune, string, error) {
	c, size := utf8.DecodeRuneInString(s)
	if c == utf8.RuneError && size == 1 {
		return 0, "", perr(errInvalidUTF8, s)
	}
	return c, s[size:], nil
}

// parseEscape parses the escaped character at the start of s (which starts with \).
func (p *parser) parseEscape(s string) (r rune, rest string, err error) {
	t := s[1:]
	if t == "" {
		return 0, "", perr(errTrailingBackslash, "")
	}
	c, t, err := nextRune(t)
	if err != nil {
		return 0, "", err
	}
	switch c {
	default:
		if c < utf8.RuneSelf && !isalnum(c) {
			return c, t, nil
		}
	case '1', '2', '3', '4', '5', '6', '7', '0':
		if c != '0' && (t == "" || t[0] < '0' || t[0] > '7') {
			break
		}
		r = c - '0'
		for i := 1; i < 3; i++ {
			if t == "" || t[0] < '0' || t[0] > '7' {
				break
			}
			r = r*8 + rune(t[0]) - '0'
			t = t[1:]
		}
		return r, t, nil
	case 'x':
		if t == "" {
			break
		}
		if c, t, err = nextRune(t); err != nil {
			return 0, "", err
		}
		if c == '{' {
			nhex := 0
			r = 0
			for {
				if t == "" {
					return 0, "", perr(errInvalidEscape, s[:len(s)-len(t)])
				}
				if c, t, err = nextRune(t); err != nil {
					return 0, "", err
				}
				if c == '}' {
					break
				}
				v := unhex(c)
				if v < 0 {
					return 0, "", perr(errInvalidEscape, s[:len(s)-len(t)])
				}
				r = r*16 + v
				if r > unicode.MaxRune {
					return 0, "", perr(errInvalidEscape, s[:len(s)-len(t)])
				}
				nhex++
			}
			if nhex == 0 {
				break
			}
			return r, t, nil
		}
		x := unhex(c)
		if c, t, err = nextRune(t); err != nil {
			return 0, "", err
		}
		y := unhex(c)
		if x < 0 || y < 0 {
			break
		}
		return x*16 + y, t, nil
	case 'a':
		return '\a', t, nil
	case 'f':
		return '\f', t, nil
	case 'n':
		return '\n', t, nil
	case 'r':
		return '\r', t, nil
	case 't':
		return '\t', t, nil
	case 'v':
		return '\v', t, nil
	}
	return 0, "", perr(errInvalidEscape, s[:len(s)-len(t)])
}

func (p *parser) parseClassChar(s, wholeClass string) (rune, string, error) {
	if s == "" {
		return 0, "", perr(errMissingBracket, wholeClass)
	}
	if s[0] == '\\' {
		return p.parseEscape(s)
	}
	return nextRune(s)
}

// perlGroup is the class of \d \D \s \S \w \W (sign -1 for the negated ones).
func perlGroup(s string) (int, []rune) {
	switch s {
	case `\d`:
		return 1, []rune{'0', '9'}
	case `\D`:
		return -1, []rune{'0', '9'}
	case `\s`:
		return 1, []rune{'\t', '\n', '\f', '\r', ' ', ' '}
	case `\S`:
		return -1, []rune{'\t', '\n', '\f', '\r', ' ', ' '}
	case `\w`:
		return 1, []rune{'0', '9', 'A', 'Z', '_', '_', 'a', 'z'}
	case `\W`:
		return -1, []rune{'0', '9', 'A', 'Z', '_', '_', 'a', 'z'}
	}
	return 0, nil
}

// posixGroup is the class of [:name:] or [:^name:].
func posixGroup(s string) (int, []rune) {
	sign := 1
	name := s[2 : len(s)-2]
	if name != "" && name[0] == '^' {
		sign = -1
		name = name[1:]
	}
	var r []rune
	switch name {
	case "alnum":
		r = []rune{'0', '9', 'A', 'Z', 'a', 'z'}
	case "alpha":
		r = []rune{'A', 'Z', 'a', 'z'}
	case "ascii":
		r = []rune{0, 0x7f}
	case "blank":
		r = []rune{'\t', '\t', ' ', ' '}
	case "cntrl":
		r = []rune{0, 0x1f, 0x7f, 0x7f}
	case "digit":
		r = []rune{'0', '9'}
	case "graph":
		r = []rune{'!', '~'}
	case "lower":
		r = []rune{'a', 'z'}
	case "print":
		r = []rune{' ', '~'}
	case "punct":
		r = []rune{'!', '/', ':', '@', '[', '`', '{', '~'}
	case "space":
		r = []rune{'\t', '\r', ' ', ' '}
	case "upper":
		r = []rune{'A', 'Z'}
	case "word":
		r = []rune{'0', '9', 'A', 'Z', '_', '_', 'a', 'z'}
	case "xdigit":
		r = []rune{'0', '9', 'A', 'F', 'a', 'f'}
	default:
		return 0, nil
	}
	return sign, r
}

func (p *parser) parsePerlClassEscape(s string, r []rune) ([]rune, string, bool) {
	if p.flags&fPerlX == 0 || len(s) < 2 || s[0] != '\\' {
		return nil, "", false
	}
	sign, class := perlGroup(s[:2])
	if sign == 0 {
		return nil, "", false
	}
	return p.appendGroup(r, sign, class), s[2:], true
}

func (p *parser) parseNamedClass(s string, r []rune) ([]rune, string, bool, error) {
	if len(s) < 2 || s[0] != '[' || s[1] != ':' {
		return nil, "", false, nil
	}
	i := indexString(s[2:], ":]")
	if i < 0 {
		return nil, "", false, nil
	}
	i += 2
	name, s := s[0:i+2], s[i+2:]
	sign, class := posixGroup(name)
	if sign == 0 {
		return nil, "", false, perr(errInvalidCharRange, name)
	}
	return p.appendGroup(r, sign, class), s, true, nil
}

func (p *parser) appendGroup(r []rune, sign int, class []rune) []rune {
	if p.flags&fFoldCase != 0 {
		tmp := appendFoldedClass(p.tmp[:0], class)
		p.tmp = tmp
		class = cleanClass(tmp)
	}
	if sign < 0 {
		return appendNegatedClass(r, class)
	}
	return appendClass(r, class)
}

var anyTable *unicode.RangeTable

// unicodeTable finds the table of a \p name, and the table of the runes that case
// folding adds to it.
func unicodeTable(name string) (*unicode.RangeTable, *unicode.RangeTable) {
	if name == "Any" {
		if anyTable == nil {
			anyTable = &unicode.RangeTable{
				R16: []unicode.Range16{{Lo: 0, Hi: 1<<16 - 1, Stride: 1}},
				R32: []unicode.Range32{{Lo: 1 << 16, Hi: unicode.MaxRune, Stride: 1}},
			}
		}
		return anyTable, anyTable
	}
	if t := unicode.Categories[name]; t != nil {
		return t, unicode.FoldCategory[name]
	}
	if t := unicode.Scripts[name]; t != nil {
		return t, unicode.FoldScript[name]
	}
	return nil, nil
}

// parseUnicodeClass parses \pN, \p{Name}, \PN, \P{Name} or \p{^Name} at the start of
// s, appending its runes to r; ok is false if s starts with none of them.
func (p *parser) parseUnicodeClass(s string, r []rune) (out []rune, rest string, ok bool, err error) {
	if p.flags&fUnicodeGroups == 0 || len(s) < 2 || s[0] != '\\' || s[1] != 'p' && s[1] != 'P' {
		return
	}
	sign := 1
	if s[1] == 'P' {
		sign = -1
	}
	t := s[2:]
	c, t, err := nextRune(t)
	if err != nil {
		return
	}
	var seq, name string
	if c != '{' {
		seq = s[:len(s)-len(t)]
		name = seq[2:]
	} else {
		end := -1
		for i := 0; i < len(s); i++ {
			if s[i] == '}' {
				end = i
				break
			}
		}
		if end < 0 {
			if err = checkUTF8(s); err != nil {
				return
			}
			return nil, "", false, perr(errInvalidCharRange, s)
		}
		seq, t = s[:end+1], s[end+1:]
		name = s[3:end]
		if err = checkUTF8(name); err != nil {
			return
		}
	}
	if name != "" && name[0] == '^' {
		sign = -sign
		name = name[1:]
	}
	tab, fold := unicodeTable(name)
	if tab == nil {
		return nil, "", false, perr(errInvalidCharRange, seq)
	}
	if p.flags&fFoldCase == 0 || fold == nil {
		if sign > 0 {
			r = appendTable(r, tab)
		} else {
			r = appendNegatedTable(r, tab)
		}
	} else {
		tmp := appendTable(p.tmp[:0], tab)
		tmp = appendTable(tmp, fold)
		p.tmp = tmp
		tmp = cleanClass(tmp)
		if sign > 0 {
			r = appendClass(r, tmp)
		} else {
			r = appendNegatedClass(r, tmp)
		}
	}
	return r, t, true, nil
}

// parseClass parses the bracketed class at the start of s.
func (p *parser) parseClass(s string) (string, error) {
	t := s[1:]
	re := p.newNode(opCharClass)
	re.flags = p.flags
	class := []rune{}
	sign := 1
	if t != "" && t[0] == '^' {
		sign = -1
		t = t[1:]
		if p.flags&fClassNL == 0 {
			class = append(class, '\n', '\n')
		}
	}
	first := true
	for t == "" || t[0] != ']' || first {
		if t != "" && t[0] == '-' && p.flags&fPerlX == 0 && !first && (len(t) == 1 || t[1] != ']') {
			_, size := utf8.DecodeRuneInString(t[1:])
			return "", perr(errInvalidCharRange, t[:1+size])
		}
		first = false
		if len(t) > 2 && t[0] == '[' && t[1] == ':' {
			nclass, nt, ok, err := p.parseNamedClass(t, class)
			if err != nil {
				return "", err
			}
			if ok {
				class, t = nclass, nt
				continue
			}
		}
		nclass, nt, ok, err := p.parseUnicodeClass(t, class)
		if err != nil {
			return "", err
		}
		if ok {
			class, t = nclass, nt
			continue
		}
		if nclass, nt, ok := p.parsePerlClassEscape(t, class); ok {
			class, t = nclass, nt
			continue
		}
		rng := t
		var lo, hi rune
		if lo, t, err = p.parseClassChar(t, s); err != nil {
			return "", err
		}
		hi = lo
		if len(t) >= 2 && t[0] == '-' && t[1] != ']' {
			t = t[1:]
			if hi, t, err = p.parseClassChar(t, s); err != nil {
				return "", err
			}
			if hi < lo {
				rng = rng[:len(rng)-len(t)]
				return "", perr(errInvalidCharRange, rng)
			}
		}
		if p.flags&fFoldCase == 0 {
			class = appendRange(class, lo, hi)
		} else {
			class = appendFoldedRange(class, lo, hi)
		}
	}
	t = t[1:]
	class = cleanClass(class)
	if sign < 0 {
		class = negateClass(class)
	}
	re.runes = class
	p.push(re)
	return t, nil
}

// pairLess orders the ranges i and j of r: by low end, then longest first.
func pairLess(r []rune, i, j int) bool {
	return r[2*i] < r[2*j] || r[2*i] == r[2*j] && r[2*i+1] > r[2*j+1]
}

func pairSwap(r []rune, i, j int) {
	r[2*i], r[2*i+1], r[2*j], r[2*j+1] = r[2*j], r[2*j+1], r[2*i], r[2*i+1]
}

// sortPairs sorts the ranges of r (a heap sort).
func sortPairs(r []rune) {
	n := len(r) / 2
	sift := func(root, end int) {
		for {
			child := 2*root + 1
			if child >= end {
				return
			}
			if child+1 < end && pairLess(r, child, child+1) {
				child++
			}
			if !pairLess(r, root, child) {
				return
			}
			pairSwap(r, root, child)
			root = child
		}
	}
	for i := n/2 - 1; i >= 0; i-- {
		sift(i, n)
	}
	for end := n - 1; end > 0; end-- {
		pairSwap(r, 0, end)
		sift(0, end)
	}
}

// cleanClass sorts the ranges of r and merges overlapping and adjacent ones.
func cleanClass(r []rune) []rune {
	sorted := true
	for i := 2; i < len(r); i += 2 {
		if pairLess(r, i/2, i/2-1) {
			sorted = false
			break
		}
	}
	if !sorted {
		sortPairs(r)
	}
	if len(r) < 2 {
		return r
	}
	w := 2
	for i := 2; i < len(r); i += 2 {
		lo, hi := r[i], r[i+1]
		if lo <= r[w-1]+1 {
			if hi > r[w-1] {
				r[w-1] = hi
			}
			continue
		}
		r[w] = lo
		r[w+1] = hi
		w += 2
	}
	return r[:w]
}

func appendLiteral(r []rune, x rune, flags uint16) []rune {
	if flags&fFoldCase != 0 {
		return appendFoldedRange(r, x, x)
	}
	return appendRange(r, x, x)
}

// appendRange appends lo-hi to r, merging it into one of the last two ranges if it
// touches one.
func appendRange(r []rune, lo, hi rune) []rune {
	n := len(r)
	for i := 2; i <= 4; i += 2 {
		if n >= i {
			rlo, rhi := r[n-i], r[n-i+1]
			if lo <= rhi+1 && rlo <= hi+1 {
				if lo < rlo {
					r[n-i] = lo
				}
				if hi > rhi {
					r[n-i+1] = hi
				}
				return r
			}
		}
	}
	return append(r, lo, hi)
}

// appendFoldedRange appends lo-hi and every rune case folding reaches from it.
func appendFoldedRange(r []rune, lo, hi rune) []rune {
	if lo <= minFold && hi >= maxFold {
		return appendRange(r, lo, hi)
	}
	if hi < minFold || lo > maxFold {
		return appendRange(r, lo, hi)
	}
	if lo < minFold {
		r = appendRange(r, lo, minFold-1)
		lo = minFold
	}
	if hi > maxFold {
		r = appendRange(r, maxFold+1, hi)
		hi = maxFold
	}
	for c := lo; c <= hi; c++ {
		r = appendRange(r, c, c)
		for f := unicode.SimpleFold(c); f != c; f = unicode.SimpleFold(f) {
			r = appendRange(r, f, f)
		}
	}
	return r
}

func appendClass(r []rune, x []rune) []rune {
	for i := 0; i < len(x); i += 2 {
		r = appendRange(r, x[i], x[i+1])
	}
	return r
}

func appendFoldedClass(r []rune, x []rune) []rune {
	for i := 0; i < len(x); i += 2 {
		r = appendFoldedRange(r, x[i], x[i+1])
	}
	return r
}

func appendNegatedClass(r []rune, x []rune) []rune {
	nextLo := rune(0)
	for i := 0; i < len(x); i += 2 {
		lo, hi := x[i], x[i+1]
		if nextLo <= lo-1 {
			r = appendRange(r, nextLo, lo-1)
		}
		nextLo = hi + 1
	}
	if nextLo <= unicode.MaxRune {
		r = appendRange(r, nextLo, unicode.MaxRune)
	}
	return r
}

// tableRanges calls f with each range of x, strided ranges rune by rune.
func tableRanges(x *unicode.RangeTable, f func(lo, hi rune)) {
	for _, xr := range x.R16 {
		lo, hi, stride := rune(xr.Lo), rune(xr.Hi), rune(xr.Stride)
		if stride == 1 {
			f(lo, hi)
			continue
		}
		for c := lo; c <= hi; c += stride {
			f(c, c)
		}
	}
	for _, xr := range x.R32 {
		lo, hi, stride := rune(xr.Lo), rune(xr.Hi), rune(xr.Stride)
		if stride == 1 {
			f(lo, hi)
			continue
		}
		for c := lo; c <= hi; c += stride {
			f(c, c)
		}
	}
}

func appendTable(r []rune, x *unicode.RangeTable) []rune {
	tableRanges(x, func(lo, hi rune) {
		r = appendRange(r, lo, hi)
	})
	return r
}

func appendNegatedTable(r []rune, x *unicode.RangeTable) []rune {
	nextLo := rune(0)
	tableRanges(x, func(lo, hi rune) {
		if nextLo <= lo-1 {
			r = appendRange(r, nextLo, lo-1)
		}
		nextLo = hi + 1
	})
	if nextLo <= unicode.MaxRune {
		r = appendRange(r, nextLo, unicode.MaxRune)
	}
	return r
}

// negateClass replaces the sorted ranges of r with their complement.
func negateClass(r []rune) []rune {
	nextLo := rune(0)
	w := 0
	for i := 0; i < len(r); i += 2 {
		lo, hi := r[i], r[i+1]
		if nextLo <= lo-1 {
			r[w] = nextLo
			r[w+1] = lo - 1
			w += 2
		}
		nextLo = hi + 1
	}
	r = r[:w]
	if nextLo <= unicode.MaxRune {
		r = append(r, nextLo, unicode.MaxRune)
	}
	return r
}

// indexString is the index of the first sep in s, or -1.
func indexString(s, sep string) int {
	n := len(sep)
	for i := 0; i+n <= len(s); i++ {
		if s[i] == sep[0] && s[i:i+n] == sep {
			return i
		}
	}
	return -1
}

func maxCap(re *node) int {
	m := 0
	if re.op == opCapture {
		m = re.cap
	}
	for _, s := range re.sub {
		if n := maxCap(s); m < n {
			m = n
		}
	}
	return m
}

func capNames(re *node, names []string) {
	if re.op == opCapture {
		names[re.cap] = re.name
	}
	for _, s := range re.sub {
		capNames(s, names)
	}
}

// simplify rewrites counted repetitions in terms of *, + and ?.
func simplify(re *node) *node {
	switch re.op {
	case opCapture, opConcat, opAlternate:
		nre := re
		for i, s := range re.sub {
			ns := simplify(s)
			if nre == re && ns != s {
				nre = new(node)
				*nre = *re
				nre.runes = nil
				nre.sub = append([]*node(nil), re.sub[:i]...)
			}
			if nre != re {
				nre.sub = append(nre.sub, ns)
			}
		}
		return nre
	case opStar, opPlus, opQuest:
		return simplify1(re.op, re.flags, simplify(re.sub[0]), re)
	case opRepeat:
		if re.min == 0 && re.max == 0 {
			return &node{op: opEmptyMatch}
		}
		sub := simplify(re.sub[0])
		if re.max == -1 {
			if re.min == 0 {
				return simplify1(opStar, re.flags, sub, nil)
			}
			if re.min == 1 {
				return simplify1(opPlus, re.flags, sub, nil)
			}
			nre := &node{op: opConcat}
			for i := 0; i < re.min-1; i++ {
				nre.sub = append(nre.sub, sub)
			}
			nre.sub = append(nre.sub, simplify1(opPlus, re.flags, sub, nil))
			return nre
		}
		if re.min == 1 && re.max == 1 {
			return sub
		}
		var prefix *node
		if re.min > 0 {
			prefix = &node{op: opConcat}
			for i := 0; i < re.min; i++ {
				prefix.sub = append(prefix.sub, sub)
			}
		}
		if re.max > re.min {
			suffix := simplify1(opQuest, re.flags, sub, nil)
			for i := re.min + 1; i < re.max; i++ {
				nre2 := &node{op: opConcat, sub: []*node{sub, suffix}}
				suffix = simplify1(opQuest, re.flags, nre2, nil)
			}
			if prefix == nil {
				return suffix
			}
			prefix.sub = append(prefix.sub, suffix)
		}
		if prefix != nil {
			return prefix
		}
		return &node{op: opNoMatch}
	}
	return re
}

func simplify1(op int, flags uint16, sub, re *node) *node {
	if sub.op == opEmptyMatch {
		return sub
	}
	if op == sub.op && flags&fNonGreedy == sub.flags&fNonGreedy {
		return sub
	}
	if re != nil && re.op == op && re.flags&fNonGreedy == flags&fNonGreedy && sub == re.sub[0] {
		return re
	}
	return &node{op: op, flags: flags, sub: []*node{sub}}
}

// ---------------------------------------------------------------------------
// Program

// Instruction kinds, as regexp/syntax numbers them.
const (
	iAlt = iota
	iAltMatch
	iCapture
	iEmptyWidth
	iMatch
	iFail
	iNop
	iRune
	iRune1
	iRuneAny
	iRuneAnyNotNL
)

// Empty-width conditions.
const (
	emptyBeginLine = 1 << iota
	emptyEndLine
	emptyBeginText
	emptyEndText
	emptyWordBoundary
	emptyNoWordBoundary
)

type inst struct {
	op    int
	out   uint32
	arg   uint32
	runes []rune
}

type prog struct {
	inst   []inst
	start  int
	numCap int
}

// patchList threads the unfilled exits of a fragment through the instructions
// themselves: n>>1 is an instruction, n&1 says whether its out or arg.
type patchList struct{ head, tail uint32 }

type frag struct {
	i        uint32
	out      patchList
	nullable bool
}

func (l patchList) patch(p *prog, val uint32) {
	head := l.head
	for head != 0 {
		i := &p.inst[head>>1]
		if head&1 == 0 {
			head = i.out
			i.out = val
		} else {
			head = i.arg
			i.arg = val
		}
	}
}

func (l1 patchList) append(p *prog, l2 patchList) patchList {
	if l1.head == 0 {
		return l2
	}
	if l2.head == 0 {
		return l1
	}
	i := &p.inst[l1.tail>>1]
	if l1.tail&1 == 0 {
		i.out = l2.head
	} else {
		i.arg = l2.head
	}
	return patchList{l1.head, l2.tail}
}

func compileProg(re *node) *prog {
	p := &prog{numCap: 2}
	p.emit(iFail)
	f := p.comp(re)
	f.out.patch(p, p.emit(iMatch).i)
	p.start = int(f.i)
	return p
}

func (p *prog) emit(op int) frag {
	f := frag{i: uint32(len(p.inst)), nullable: true}
	p.inst = append(p.inst, inst{op: op})
	return f
}

func (p *prog) nop() frag {
	f := p.emit(iNop)
	f.out = patchList{f.i << 1, f.i << 1}
	return f
}

func (p *prog) comp(re *node) frag {
	switch re.op {
	case opNoMatch:
		return frag{}
	case opEmptyMatch:
		return p.nop()
	case opLiteral:
		if len(re.runes) == 0 {
			return p.nop()
		}
		var f frag
		for j := range re.runes {
			f1 := p.runeInst(re.runes[j:j+1], re.flags)
			if j == 0 {
				f = f1
			} else {
				f = p.cat(f, f1)
			}
		}
		return f
	case opCharClass:
		return p.runeInst(re.runes, re.flags)
	case opAnyCharNotNL:
		return p.runeInst([]rune{0, '\n' - 1, '\n' + 1, unicode.MaxRune}, 0)
	case opAnyChar:
		return p.runeInst([]rune{0, unicode.MaxRune}, 0)
	case opBeginLine:
		return p.empty(emptyBeginLine)
	case opEndLine:
		return p.empty(emptyEndLine)
	case opBeginText:
		return p.empty(emptyBeginText)
	case opEndText:
		return p.empty(emptyEndText)
	case opWordBoundary:
		return p.empty(emptyWordBoundary)
	case opNoWordBoundary:
		return p.empty(emptyNoWordBoundary)
	case opCapture:
		bra := p.capInst(uint32(re.cap << 1))
		sub := p.comp(re.sub[0])
		ket := p.capInst(uint32(re.cap<<1 | 1))
		return p.cat(p.cat(bra, sub), ket)
	case opStar:
		return p.star(p.comp(re.sub[0]), re.flags&fNonGreedy != 0)
	case opPlus:
		return p.plus(p.comp(re.sub[0]), re.flags&fNonGreedy != 0)
	case opQuest:
		return p.quest(p.comp(re.sub[0]), re.flags&fNonGreedy != 0)
	case opConcat:
		if len(re.sub) == 0 {
			return p.nop()
		}
		var f frag
		for i, s := range re.sub {
			if i == 0 {
				f = p.comp(s)
			} else {
				f = p.cat(f, p.comp(s))
			}
		}
		return f
	case opAlternate:
		var f frag
		for _, s := range re.sub {
			f = p.alt(f, p.comp(s))
		}
		return f
	}
	panic("regexp: unhandled case in compile")
}

func (p *prog) capInst(arg uint32) frag {
	f := p.emit(iCapture)
	f.out = patchList{f.i << 1, f.i << 1}
	p.inst[f.i].arg = arg
	if p.numCap < int(arg)+1 {
		p.numCap = int(arg) + 1
	}
	return f
}

func (p *prog) cat(f1, f2 frag) frag {
	if f1.i == 0 || f2.i == 0 {
		return frag{}
	}
	f1.out.patch(p, f2.i)
	return frag{f1.i, f2.out, f1.nullable && f2.nullable}
}

func (p *prog) alt(f1, f2 frag) frag {
	if f1.i == 0 {
		return f2
	}
	if f2.i == 0 {
		return f1
	}
	f := p.emit(iAlt)
	i := &p.inst[f.i]
	i.out = f1.i
	i.arg = f2.i
	f.out = f1.out.append(p, f2.out)
	f.nullable = f1.nullable || f2.nullable
	return f
}

func (p *prog) quest(f1 frag, nongreedy bool) frag {
	f := p.emit(iAlt)
	i := &p.inst[f.i]
	if nongreedy {
		i.arg = f1.i
		f.out = patchList{f.i << 1, f.i << 1}
	} else {
		i.out = f1.i
		f.out = patchList{f.i<<1 | 1, f.i<<1 | 1}
	}
	f.out = f.out.append(p, f1.out)
	return f
}

func (p *prog) loop(f1 frag, nongreedy bool) frag {
	f := p.emit(iAlt)
	i := &p.inst[f.i]
	if nongreedy {
		i.arg = f1.i
		f.out = patchList{f.i << 1, f.i << 1}
	} else {
		i.out = f1.i
		f.out = patchList{f.i<<1 | 1, f.i<<1 | 1}
	}
	f1.out.patch(p, f.i)
	return f
}

func (p *prog) star(f1 frag, nongreedy bool) frag {
	if f1.nullable {
		return p.quest(p.plus(f1, nongreedy), nongreedy)
	}
	return p.loop(f1, nongreedy)
}

func (p *prog) plus(f1 frag, nongreedy bool) frag {
	return frag{f1.i, p.loop(f1, nongreedy).out, f1.nullable}
}

func (p *prog) empty(op uint32) frag {
	f := p.emit(iEmptyWidth)
	p.inst[f.i].arg = op
	f.out = patchList{f.i << 1, f.i << 1}
	return f
}

func (p *prog) runeInst(r []rune, flags uint16) frag {
	f := p.emit(iRune)
	f.nullable = false
	i := &p.inst[f.i]
	i.runes = r
	flags &= fFoldCase
	if len(r) != 1 || unicode.SimpleFold(r[0]) == r[0] {
		flags &^= fFoldCase
	}
	i.arg = uint32(flags)
	f.out = patchList{f.i << 1, f.i << 1}
	switch {
	case flags&fFoldCase == 0 && (len(r) == 1 || len(r) == 2 && r[0] == r[1]):
		i.op = iRune1
	case len(r) == 2 && r[0] == 0 && r[1] == unicode.MaxRune:
		i.op = iRuneAny
	case len(r) == 4 && r[0] == 0 && r[1] == '\n'-1 && r[2] == '\n'+1 && r[3] == unicode.MaxRune:
		i.op = iRuneAnyNotNL
	}
	return f
}

func isRuneOp(op int) bool {
	return op == iRune || op == iRune1 || op == iRuneAny || op == iRuneAnyNotNL
}

// skipNop follows nops and captures from pc.
func (p *prog) skipNop(pc uint32) *inst {
	i := &p.inst[pc]
	for i.op == iNop || i.op == iCapture {
		i = &p.inst[i.out]
	}
	return i
}

// prefix is the literal every match starts with, and whether it is the whole match.
func (p *prog) prefix() (string, bool) {
	i := p.skipNop(uint32(p.start))
	if !isRuneOp(i.op) || len(i.runes) != 1 {
		return "", i.op == iMatch
	}
	var buf []byte
	for isRuneOp(i.op) && len(i.runes) == 1 && uint16(i.arg)&fFoldCase == 0 && i.runes[0] != utf8.RuneError {
		buf = append(buf, string(i.runes[0])...)
		i = p.skipNop(i.out)
	}
	return string(buf), i.op == iMatch
}

// startCond is the set of empty-width conditions every match starts with (all of
// them if the program cannot match).
func (p *prog) startCond() uint32 {
	var flag uint32
	i := &p.inst[p.start]
	for {
		switch i.op {
		case iEmptyWidth:
			flag |= i.arg
		case iFail:
			return ^uint32(0)
		case iCapture, iNop:
		default:
			return flag
		}
		i = &p.inst[i.out]
	}
}

// matchRunePos is the index of the range of i holding r, or -1.
func (i *inst) matchRunePos(r rune) int {
	return runePos(i.runes, i.arg, r)
}

// runePos is the index of the range of rs holding r, or -1; a single rune with the
// fold flag in arg matches its whole case-folding orbit.
func runePos(rs []rune, arg uint32, r rune) int {
	switch len(rs) {
	case 0:
		return -1
	case 1:
		r0 := rs[0]
		if r == r0 {
			return 0
		}
		if uint16(arg)&fFoldCase != 0 {
			for f := unicode.SimpleFold(r0); f != r0; f = unicode.SimpleFold(f) {
				if r == f {
					return 0
				}
			}
		}
		return -1
	case 2:
		if r >= rs[0] && r <= rs[1] {
			return 0
		}
		return -1
	case 4, 6, 8:
		for j := 0; j < len(rs); j += 2 {
			if r < rs[j] {
				return -1
			}
			if r <= rs[j+1] {
				return j / 2
			}
		}
		return -1
	}
	lo, hi := 0, len(rs)/2
	for lo < hi {
		m := int(uint(lo+hi) >> 1)
		if c := rs[2*m]; c <= r {
			if r <= rs[2*m+1] {
				return m
			}
			lo = m + 1
		} else {
			hi = m
		}
	}
	return -1
}

// ---------------------------------------------------------------------------
// Matching

const endOfText rune = -1

type runeReader = io.RuneReader

// ctx holds the runes on either side of a position, for empty-width conditions.
type ctx struct{ before, after rune }

func isWordChar(r rune) bool {
	return 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z' || '0' <= r && r <= '9' || r == '_'
}

// match reports whether the conditions op hold between c.before and c.after.
func (c ctx) match(op uint32) bool {
	if op == 0 {
		return true
	}
	r1 := c.before
	if op&emptyBeginLine != 0 {
		if r1 != '\n' && r1 >= 0 {
			return false
		}
		op &^= emptyBeginLine
	}
	if op&emptyBeginText != 0 {
		if r1 >= 0 {
			return false
		}
		op &^= emptyBeginText
	}
	if op == 0 {
		return true
	}
	r2 := c.after
	if op&emptyEndLine != 0 {
		if r2 != '\n' && r2 >= 0 {
			return false
		}
		op &^= emptyEndLine
	}
	if op&emptyEndText != 0 {
		if r2 >= 0 {
			return false
		}
		op &^= emptyEndText
	}
	if op == 0 {
		return true
	}
	if isWordChar(r1) != isWordChar(r2) {
		op &^= emptyWordBoundary
	} else {
		op &^= emptyNoWordBoundary
	}
	return op == 0
}

type thread struct {
	pc  uint32
	cap []int
}

type entry struct {
	pc uint32
	t  *thread
}

// queue is a sparse set of instructions, in the order added (priority order).
type queue struct {
	sparse []uint32
	dense  []entry
}

// machine is the state of a Pike VM run: one thread per instruction, kept in
// priority order, so that each instruction holds the best-priority path to it.
type machine struct {
	re       *Regexp
	p        *prog
	q0, q1   queue
	pool     []*thread
	matched  bool
	matchcap []int
	longest  bool

	str   string
	rr    runeReader
	rrEOT bool
	rrPos int
}

func newMachine(re *Regexp) *machine {
	n := len(re.prog.inst)
	m := &machine{re: re, p: re.prog}
	m.q0 = queue{make([]uint32, n), make([]entry, 0, n)}
	m.q1 = queue{make([]uint32, n), make([]entry, 0, n)}
	return m
}

// step reads the rune at pos.
func (m *machine) step(pos int) (rune, int) {
	if m.rr != nil {
		if !m.rrEOT && pos != m.rrPos {
			return endOfText, 0
		}
		r, w, err := m.rr.ReadRune()
		if err != nil {
			m.rrEOT = true
			return endOfText, 0
		}
		m.rrPos += w
		return r, w
	}
	if pos < len(m.str) {
		c := m.str[pos]
		if c < utf8.RuneSelf {
			return rune(c), 1
		}
		return utf8.DecodeRuneInString(m.str[pos:])
	}
	return endOfText, 0
}

// context is the pair of runes around pos.
func (m *machine) context(pos int) ctx {
	r1, r2 := endOfText, endOfText
	s := m.str
	if uint(pos-1) < uint(len(s)) {
		r1 = rune(s[pos-1])
		if r1 >= utf8.RuneSelf {
			r1, _ = utf8.DecodeLastRuneInString(s[:pos])
		}
	}
	if uint(pos) < uint(len(s)) {
		r2 = rune(s[pos])
		if r2 >= utf8.RuneSelf {
			r2, _ = utf8.DecodeRuneInString(s[pos:])
		}
	}
	return ctx{r1, r2}
}

func (m *machine) alloc(pc uint32) *thread {
	var t *thread
	if n := len(m.pool); n > 0 {
		t = m.pool[n-1]
		m.pool = m.pool[:n-1]
	} else {
		t = &thread{cap: make([]int, len(m.matchcap), cap(m.matchcap))}
	}
	t.pc = pc
	return t
}

// run searches from pos, leaving the match in m.matchcap.
func (m *machine) run(pos int) bool {
	cond := m.re.cond
	if cond == ^uint32(0) {
		return false
	}
	m.matched = false
	for i := range m.matchcap {
		m.matchcap[i] = -1
	}
	runq, nextq := &m.q0, &m.q1
	r, r1 := endOfText, endOfText
	width, width1 := 0, 0
	r, width = m.step(pos)
	if r != endOfText {
		r1, width1 = m.step(pos + width)
	}
	var flag ctx
	if pos == 0 {
		flag = ctx{-1, r}
	} else {
		flag = m.context(pos)
	}
	prefix := m.re.skip
	for {
		if len(runq.dense) == 0 {
			if cond&emptyBeginText != 0 && pos != 0 {
				break
			}
			if m.matched {
				break
			}
			if prefix != "" && m.rr == nil && r1 != m.re.skipRune {
				adv := indexString(m.str[pos:], prefix)
				if adv < 0 {
					break
				}
				pos += adv
				r, width = m.step(pos)
				r1, width1 = m.step(pos + width)
			}
		}
		if !m.matched {
			if len(m.matchcap) > 0 {
				m.matchcap[0] = pos
			}
			m.add(runq, uint32(m.p.start), pos, m.matchcap, &flag, nil)
		}
		flag = ctx{r, r1}
		m.stepAll(runq, nextq, pos, pos+width, r, &flag)
		if width == 0 {
			break
		}
		if len(m.matchcap) == 0 && m.matched {
			break
		}
		pos += width
		r, width = r1, width1
		if r != endOfText {
			r1, width1 = m.step(pos + width)
		}
		runq, nextq = nextq, runq
	}
	m.clear(nextq)
	return m.matched
}

func (m *machine) clear(q *queue) {
	for _, d := range q.dense {
		if d.t != nil {
			m.pool = append(m.pool, d.t)
		}
	}
	q.dense = q.dense[:0]
}

// stepAll advances the threads of runq over the rune c at pos into nextq.
func (m *machine) stepAll(runq, nextq *queue, pos, nextPos int, c rune, nextCond *ctx) {
	longest := m.longest
	for j := 0; j < len(runq.dense); j++ {
		t := runq.dense[j].t
		if t == nil {
			continue
		}
		if longest && m.matched && len(t.cap) > 0 && m.matchcap[0] < t.cap[0] {
			m.pool = append(m.pool, t)
			continue
		}
		i := &m.p.inst[t.pc]
		add := false
		switch i.op {
		case iMatch:
			if len(t.cap) > 0 && (!longest || !m.matched || m.matchcap[1] < pos) {
				t.cap[1] = pos
				copy(m.matchcap, t.cap)
			}
			if !longest {
				for _, d := range runq.dense[j+1:] {
					if d.t != nil {
						m.pool = append(m.pool, d.t)
					}
				}
				runq.dense = runq.dense[:0]
			}
			m.matched = true
		case iRune:
			add = i.matchRunePos(c) >= 0
		case iRune1:
			add = c == i.runes[0]
		case iRuneAny:
			add = true
		case iRuneAnyNotNL:
			add = c != '\n'
		}
		if add {
			t = m.add(nextq, i.out, nextPos, t.cap, nextCond, t)
		}
		if t != nil {
			m.pool = append(m.pool, t)
		}
	}
	runq.dense = runq.dense[:0]
}

// add adds pc to q, following empty transitions, unless q holds it already; cap holds
// the captures so far, and t (if not nil) is a thread that may be reused.
func (m *machine) add(q *queue, pc uint32, pos int, cap []int, cond *ctx, t *thread) *thread {
	for {
		if pc == 0 {
			return t
		}
		if j := q.sparse[pc]; j < uint32(len(q.dense)) && q.dense[j].pc == pc {
			return t
		}
		j := len(q.dense)
		q.dense = append(q.dense, entry{pc, nil})
		q.sparse[pc] = uint32(j)
		i := &m.p.inst[pc]
		switch i.op {
		case iFail:
			return t
		case iAlt, iAltMatch:
			t = m.add(q, i.out, pos, cap, cond, t)
			pc = i.arg
		case iEmptyWidth:
			if !cond.match(i.arg) {
				return t
			}
			pc = i.out
		case iNop:
			pc = i.out
		case iCapture:
			if int(i.arg) < len(cap) {
				old := cap[i.arg]
				cap[i.arg] = pos
				m.add(q, i.out, pos, cap, cond, nil)
				cap[i.arg] = old
				return t
			}
			pc = i.out
		default:
			if t == nil {
				t = m.alloc(pc)
			} else {
				t.pc = pc
			}
			if len(cap) > 0 && &t.cap[0] != &cap[0] {
				copy(t.cap, cap)
			}
			q.dense[j].t = t
			return nil
		}
	}
}

// doExecute finds the leftmost match in the input from pos, giving ncap capture
// positions, or nil.
func (re *Regexp) doExecute(r runeReader, s string, pos int, ncap int) []int {
	m := re.mach
	if m == nil {
		m = newMachine(re)
	}
	re.mach = nil
	if cap(m.matchcap) < ncap {
		m.matchcap = make([]int, ncap)
		for _, t := range m.pool {
			t.cap = make([]int, ncap)
		}
	}
	m.matchcap = m.matchcap[:ncap]
	for _, t := range m.pool {
		t.cap = t.cap[:ncap]
	}
	m.longest = re.longest
	m.str = s
	m.rr = r
	m.rrEOT = false
	m.rrPos = 0
	var res []int
	if m.run(pos) {
		res = append(make([]int, 0, ncap), m.matchcap...)
	}
	m.str = ""
	m.rr = nil
	re.mach = m
	return res
}

// ---------------------------------------------------------------------------
// API

// Regexp is a compiled regular expression. Its methods may be called one after
// another on the same value; deferjit has no goroutines.
type Regexp struct {
	expr         string
	prog         *prog
	numSubexp    int
	subexpNames  []string
	skip         string // the literal prefix of the program, which the matcher seeks
	skipRune     rune
	skipComplete bool
	cond         uint32
	longest      bool
	onePass      []opInst // Go's one-pass program, made when first needed
	onePassDone  bool
	mach         *machine
}

// String returns the source text used to compile the regular expression.
func (re *Regexp) String() string {
	return re.expr
}

// Copy returns a new Regexp copied from re.
//
// Deprecated: kept for compatibility, as in Go.
func (re *Regexp) Copy() *Regexp {
	re2 := *re
	re2.mach = nil
	return &re2
}

// Compile parses a regular expression (Perl syntax, leftmost-first matching) and
// returns, if successful, a Regexp that can be used to match against text.
func Compile(expr string) (*Regexp, error) {
	return compile(expr, fPerl, false)
}

// CompilePOSIX is like Compile but restricts the syntax to POSIX ERE (egrep) and
// makes matches leftmost-longest.
func CompilePOSIX(expr string) (*Regexp, error) {
	return compile(expr, 0, true)
}

// Longest makes future searches prefer leftmost-longest matches.
func (re *Regexp) Longest() {
	re.longest = true
}

func compile(expr string, mode uint16, longest bool) (*Regexp, error) {
	tree, err := parse(expr, mode)
	if err != nil {
		return nil, err
	}
	ncap := maxCap(tree)
	names := make([]string, ncap+1)
	capNames(tree, names)
	p := compileProg(simplify(tree))
	re := &Regexp{
		expr:        expr,
		prog:        p,
		numSubexp:   ncap,
		subexpNames: names,
		cond:        p.startCond(),
		longest:     longest,
	}
	re.skip, re.skipComplete = p.prefix()
	if re.skip != "" {
		re.skipRune, _ = utf8.DecodeRuneInString(re.skip)
	}
	return re, nil
}

// MustCompile is like Compile but panics if the expression cannot be parsed.
func MustCompile(str string) *Regexp {
	re, err := Compile(str)
	if err != nil {
		panic(`regexp: Compile(` + quote(str) + `): ` + err.Error())
	}
	return re
}

// MustCompilePOSIX is like CompilePOSIX but panics if the expression cannot be parsed.
func MustCompilePOSIX(str string) *Regexp {
	re, err := CompilePOSIX(str)
	if err != nil {
		panic(`regexp: CompilePOSIX(` + quote(str) + `): ` + err.Error())
	}
	return re
}

// quote quotes s as the panics of MustCompile do: in backquotes when it can be,
// otherwise as strconv.Quote does.
func quote(s string) string {
	if canBackquote(s) {
		return "`" + s + "`"
	}
	const hex = "0123456789abcdef"
	buf := []byte{'"'}
	for width := 0; len(s) > 0; s = s[width:] {
		r := rune(s[0])
		width = 1
		if r >= utf8.RuneSelf {
			r, width = utf8.DecodeRuneInString(s)
		}
		if width == 1 && r == utf8.RuneError {
			buf = append(buf, '\\', 'x', hex[s[0]>>4], hex[s[0]&0xF])
			continue
		}
		if r == '"' || r == '\\' {
			buf = append(buf, '\\', byte(r))
			continue
		}
		if unicode.IsPrint(r) {
			buf = append(buf, string(r)...)
			continue
		}
		switch r {
		case '\a':
			buf = append(buf, `\a`...)
		case '\b':
			buf = append(buf, `\b`...)
		case '\f':
			buf = append(buf, `\f`...)
		case '\n':
			buf = append(buf, `\n`...)
		case '\r':
			buf = append(buf, `\r`...)
		case '\t':
			buf = append(buf, `\t`...)
		case '\v':
			buf = append(buf, `\v`...)
		default:
			switch {
			case r < ' ' || r == 0x7f:
				buf = append(buf, '\\', 'x', hex[byte(r)>>4], hex[byte(r)&0xF])
			case r < 0x10000:
				buf = append(buf, '\\', 'u')
				for sh := 12; sh >= 0; sh -= 4 {
					buf = append(buf, hex[r>>uint(sh)&0xF])
				}
			default:
				buf = append(buf, '\\', 'U')
				for sh := 28; sh >= 0; sh -= 4 {
					buf = append(buf, hex[r>>uint(sh)&0xF])
				}
			}
		}
	}
	return string(append(buf, '"'))
}

func canBackquote(s string) bool {
	for len(s) > 0 {
		r, wid := utf8.DecodeRuneInString(s)
		s = s[wid:]
		if wid > 1 {
			if r == '\ufeff' {
				return false
			}
			continue
		}
		if r == utf8.RuneError {
			return false
		}
		if (r < ' ' && r != '\t') || r == '`' || r == '\u007F' {
			return false
		}
	}
	return true
}

// NumSubexp returns the number of parenthesized subexpressions in this Regexp.
func (re *Regexp) NumSubexp() int {
	return re.numSubexp
}

// SubexpNames returns the names of the parenthesized subexpressions in this Regexp:
// names[0] is always "", and unnamed groups have "".
func (re *Regexp) SubexpNames() []string {
	return re.subexpNames
}

// SubexpIndex returns the index of the first subexpression with the given name, or
// -1 if there is none.
func (re *Regexp) SubexpIndex(name string) int {
	if name != "" {
		for i, s := range re.subexpNames {
			if name == s {
				return i
			}
		}
	}
	return -1
}

// LiteralPrefix returns a literal string that must begin any match of the regular
// expression re, and whether that literal is the whole of the expression.
func (re *Regexp) LiteralPrefix() (prefix string, complete bool) {
	// Go takes the prefix from its one-pass matcher when it builds one (only for
	// expressions anchored at both ends); that analysis is done here on demand.
	if !re.onePassDone {
		re.onePass = buildOnePass(re.prog)
		re.onePassDone = true
	}
	if re.onePass != nil {
		return onePassPrefix(re.prog)
	}
	return re.skip, re.skipComplete
}

// MatchReader reports whether the text read from r contains any match of re.
func (re *Regexp) MatchReader(r io.RuneReader) bool {
	return re.doReader(r, 0) != nil
}

// MatchString reports whether the string s contains any match of re.
func (re *Regexp) MatchString(s string) bool {
	return re.doExecute(nil, s, 0, 0) != nil
}

// Match reports whether the byte slice b contains any match of re.
func (re *Regexp) Match(b []byte) bool {
	return re.doExecute(nil, bstr(b), 0, 0) != nil
}

// MatchReader reports whether the text read from r contains any match of pattern.
func MatchReader(pattern string, r io.RuneReader) (matched bool, err error) {
	re, err := Compile(pattern)
	if err != nil {
		return false, err
	}
	return re.MatchReader(r), nil
}

// MatchString reports whether s contains any match of pattern.
func MatchString(pattern string, s string) (matched bool, err error) {
	re, err := Compile(pattern)
	if err != nil {
		return false, err
	}
	return re.MatchString(s), nil
}

// Match reports whether b contains any match of pattern.
func Match(pattern string, b []byte) (matched bool, err error) {
	re, err := Compile(pattern)
	if err != nil {
		return false, err
	}
	return re.Match(b), nil
}

// bstr views b as a string without copying it.
func bstr(b []byte) string {
	return unsafe.String(unsafe.SliceData(b), len(b))
}

// ReplaceAllString returns a copy of src, replacing matches of re with repl, in which
// $1, ${name} and so on are expanded as by Expand.
func (re *Regexp) ReplaceAllString(src, repl string) string {
	n := 2
	if indexString(repl, "$") >= 0 {
		n = 2 * (re.numSubexp + 1)
	}
	b := re.replaceAll(src, n, func(dst []byte, match []int) []byte {
		return re.expand(dst, repl, src, match)
	})
	return string(b)
}

// ReplaceAllLiteralString returns a copy of src, replacing matches of re with repl,
// taken literally.
func (re *Regexp) ReplaceAllLiteralString(src, repl string) string {
	return string(re.replaceAll(src, 2, func(dst []byte, match []int) []byte {
		return append(dst, repl...)
	}))
}

// ReplaceAllStringFunc returns a copy of src in which every match of re has been
// replaced by what repl returns for it.
func (re *Regexp) ReplaceAllStringFunc(src string, repl func(string) string) string {
	b := re.replaceAll(src, 2, func(dst []byte, match []int) []byte {
		return append(dst, repl(src[match[0]:match[1]])...)
	})
	return string(b)
}

func (re *Regexp) replaceAll(src string, nmatch int, repl func(dst []byte, m []int) []byte) []byte {
	lastMatchEnd := 0
	searchPos := 0
	var buf []byte
	endPos := len(src)
	if nmatch > re.prog.numCap {
		nmatch = re.prog.numCap
	}
	for searchPos <= endPos {
		a := re.doExecute(nil, src, searchPos, nmatch)
		if len(a) == 0 {
			break
		}
		buf = append(buf, src[lastMatchEnd:a[0]]...)
		if a[1] > lastMatchEnd || a[0] == 0 {
			buf = repl(buf, a)
		}
		lastMatchEnd = a[1]
		_, width := utf8.DecodeRuneInString(src[searchPos:])
		if searchPos+width > a[1] {
			searchPos += width
		} else if searchPos+1 > a[1] {
			searchPos++
		} else {
			searchPos = a[1]
		}
	}
	return append(buf, src[lastMatchEnd:]...)
}

// ReplaceAll returns a copy of src, replacing matches of re with repl, in which $1,
// ${name} and so on are expanded as by Expand.
func (re *Regexp) ReplaceAll(src, repl []byte) []byte {
	n := 2
	for _, c := range repl {
		if c == '$' {
			n = 2 * (re.numSubexp + 1)
			break
		}
	}
	s := bstr(src)
	srepl := ""
	return re.replaceAll(s, n, func(dst []byte, match []int) []byte {
		if len(srepl) != len(repl) {
			srepl = string(repl)
		}
		return re.expand(dst, srepl, s, match)
	})
}

// ReplaceAllLiteral returns a copy of src, replacing matches of re with repl, taken
// literally.
func (re *Regexp) ReplaceAllLiteral(src, repl []byte) []byte {
	return re.replaceAll(bstr(src), 2, func(dst []byte, match []int) []byte {
		return append(dst, repl...)
	})
}

// ReplaceAllFunc returns a copy of src in which every match of re has been replaced by
// what repl returns for it.
func (re *Regexp) ReplaceAllFunc(src []byte, repl func([]byte) []byte) []byte {
	return re.replaceAll(bstr(src), 2, func(dst []byte, match []int) []byte {
		return append(dst, repl(src[match[0]:match[1]])...)
	})
}

// special reports whether b must be escaped by QuoteMeta.
func special(b byte) bool {
	switch b {
	case '\\', '.', '+', '*', '?', '(', ')', '|', '[', ']', '{', '}', '^', '$':
		return true
	}
	return false
}

// QuoteMeta returns a string that escapes all regular expression metacharacters
// inside the argument text.
func QuoteMeta(s string) string {
	var i int
	for i = 0; i < len(s); i++ {
		if special(s[i]) {
			break
		}
	}
	if i >= len(s) {
		return s
	}
	b := make([]byte, 2*len(s)-i)
	copy(b, s[:i])
	j := i
	for ; i < len(s); i++ {
		if special(s[i]) {
			b[j] = '\\'
			j++
		}
		b[j] = s[i]
		j++
	}
	return string(b[:j])
}

func (re *Regexp) pad(a []int) []int {
	if a == nil {
		return nil
	}
	n := (1 + re.numSubexp) * 2
	for len(a) < n {
		a = append(a, -1)
	}
	return a
}

// allMatches calls deliver with each successive match (at most n), skipping an empty
// match right after a previous match.
func (re *Regexp) allMatches(s string, n int, deliver func([]int)) {
	end := len(s)
	for pos, i, prevMatchEnd := 0, 0, -1; i < n && pos <= end; {
		matches := re.doExecute(nil, s, pos, re.prog.numCap)
		if len(matches) == 0 {
			break
		}
		accept := true
		if matches[1] == pos {
			if matches[0] == prevMatchEnd {
				accept = false
			}
			width := 0
			if pos < len(s) {
				_, width = utf8.DecodeRuneInString(s[pos:])
			}
			if width > 0 {
				pos += width
			} else {
				pos = end + 1
			}
		} else {
			pos = matches[1]
		}
		prevMatchEnd = matches[1]
		if accept {
			deliver(re.pad(matches))
			i++
		}
	}
}

// Find returns the leftmost match of re in b, or nil.
func (re *Regexp) Find(b []byte) []byte {
	a := re.doExecute(nil, bstr(b), 0, 2)
	if a == nil {
		return nil
	}
	return b[a[0]:a[1]:a[1]]
}

// FindIndex returns the location of the leftmost match of re in b, or nil.
func (re *Regexp) FindIndex(b []byte) (loc []int) {
	a := re.doExecute(nil, bstr(b), 0, 2)
	if a == nil {
		return nil
	}
	return a[0:2]
}

// FindString returns the text of the leftmost match of re in s, or "".
func (re *Regexp) FindString(s string) string {
	a := re.doExecute(nil, s, 0, 2)
	if a == nil {
		return ""
	}
	return s[a[0]:a[1]]
}

// FindStringIndex returns the location of the leftmost match of re in s, or nil.
func (re *Regexp) FindStringIndex(s string) (loc []int) {
	a := re.doExecute(nil, s, 0, 2)
	if a == nil {
		return nil
	}
	return a[0:2]
}

// FindReaderIndex returns the location of the leftmost match of re in the text read
// from r, or nil.
func (re *Regexp) FindReaderIndex(r io.RuneReader) (loc []int) {
	a := re.doReader(r, 2)
	if a == nil {
		return nil
	}
	return a[0:2]
}

// FindSubmatch returns the leftmost match of re in b and the matches of its
// subexpressions, or nil.
func (re *Regexp) FindSubmatch(b []byte) [][]byte {
	a := re.doExecute(nil, bstr(b), 0, re.prog.numCap)
	if a == nil {
		return nil
	}
	ret := make([][]byte, 1+re.numSubexp)
	for i := range ret {
		if 2*i < len(a) && a[2*i] >= 0 {
			ret[i] = b[a[2*i]:a[2*i+1]:a[2*i+1]]
		}
	}
	return ret
}

// Expand appends template to dst, with $1, ${name} and so on replaced by the
// corresponding submatches of src that match gives, and returns the result.
func (re *Regexp) Expand(dst []byte, template []byte, src []byte, match []int) []byte {
	return re.expand(dst, string(template), bstr(src), match)
}

// ExpandString is like Expand but the template and source are strings.
func (re *Regexp) ExpandString(dst []byte, template string, src string, match []int) []byte {
	return re.expand(dst, template, src, match)
}

func (re *Regexp) expand(dst []byte, template string, src string, match []int) []byte {
	for len(template) > 0 {
		i := indexString(template, "$")
		if i < 0 {
			break
		}
		dst = append(dst, template[:i]...)
		template = template[i+1:]
		if template != "" && template[0] == '$' {
			dst = append(dst, '$')
			template = template[1:]
			continue
		}
		name, num, rest, ok := extract(template)
		if !ok {
			dst = append(dst, '$')
			continue
		}
		template = rest
		if num >= 0 {
			if 2*num+1 < len(match) && match[2*num] >= 0 {
				dst = append(dst, src[match[2*num]:match[2*num+1]]...)
			}
		} else {
			for i, namei := range re.subexpNames {
				if name == namei && 2*i+1 < len(match) && match[2*i] >= 0 {
					dst = append(dst, src[match[2*i]:match[2*i+1]]...)
					break
				}
			}
		}
	}
	return append(dst, template...)
}

// extract parses a name or number (optionally in braces) at the start of str.
func extract(str string) (name string, num int, rest string, ok bool) {
	if str == "" {
		return
	}
	brace := false
	if str[0] == '{' {
		brace = true
		str = str[1:]
	}
	i := 0
	for i < len(str) {
		r, size := utf8.DecodeRuneInString(str[i:])
		if !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '_' {
			break
		}
		i += size
	}
	if i == 0 {
		return
	}
	name = str[:i]
	if brace {
		if i >= len(str) || str[i] != '}' {
			return
		}
		i++
	}
	num = 0
	for j := 0; j < len(name); j++ {
		if name[j] < '0' || '9' < name[j] || num >= 1e8 {
			num = -1
			break
		}
		num = num*10 + int(name[j]) - '0'
	}
	if name[0] == '0' && len(name) > 1 {
		num = -1
	}
	rest = str[i:]
	ok = true
	return
}

// FindSubmatchIndex returns the locations of the leftmost match of re in b and of its
// subexpressions, or nil.
func (re *Regexp) FindSubmatchIndex(b []byte) []int {
	return re.pad(re.doExecute(nil, bstr(b), 0, re.prog.numCap))
}

// FindStringSubmatch returns the text of the leftmost match of re in s and of its
// subexpressions, or nil.
func (re *Regexp) FindStringSubmatch(s string) []string {
	a := re.doExecute(nil, s, 0, re.prog.numCap)
	if a == nil {
		return nil
	}
	ret := make([]string, 1+re.numSubexp)
	for i := range ret {
		if 2*i < len(a) && a[2*i] >= 0 {
			ret[i] = s[a[2*i]:a[2*i+1]]
		}
	}
	return ret
}

// FindStringSubmatchIndex returns the locations of the leftmost match of re in s and
// of its subexpressions, or nil.
func (re *Regexp) FindStringSubmatchIndex(s string) []int {
	return re.pad(re.doExecute(nil, s, 0, re.prog.numCap))
}

// FindReaderSubmatchIndex returns the locations of the leftmost match of re in the
// text read from r and of its subexpressions, or nil.
func (re *Regexp) FindReaderSubmatchIndex(r io.RuneReader) []int {
	return re.pad(re.doReader(r, re.prog.numCap))
}

const startSize = 10

// FindAll returns the successive matches of re in b (at most n, all if n < 0).
func (re *Regexp) FindAll(b []byte, n int) [][]byte {
	if n < 0 {
		n = len(b) + 1
	}
	var result [][]byte
	re.allMatches(bstr(b), n, func(match []int) {
		if result == nil {
			result = make([][]byte, 0, startSize)
		}
		result = append(result, b[match[0]:match[1]:match[1]])
	})
	return result
}

// FindAllIndex returns the locations of the successive matches of re in b.
func (re *Regexp) FindAllIndex(b []byte, n int) [][]int {
	if n < 0 {
		n = len(b) + 1
	}
	var result [][]int
	re.allMatches(bstr(b), n, func(match []int) {
		if result == nil {
			result = make([][]int, 0, startSize)
		}
		result = append(result, match[0:2])
	})
	return result
}

// FindAllString returns the successive matches of re in s (at most n, all if n < 0).
func (re *Regexp) FindAllString(s string, n int) []string {
	if n < 0 {
		n = len(s) + 1
	}
	var result []string
	re.allMatches(s, n, func(match []int) {
		if result == nil {
			result = make([]string, 0, startSize)
		}
		result = append(result, s[match[0]:match[1]])
	})
	return result
}

// FindAllStringIndex returns the locations of the successive matches of re in s.
func (re *Regexp) FindAllStringIndex(s string, n int) [][]int {
	if n < 0 {
		n = len(s) + 1
	}
	var result [][]int
	re.allMatches(s, n, func(match []int) {
		if result == nil {
			result = make([][]int, 0, startSize)
		}
		result = append(result, match[0:2])
	})
	return result
}

// FindAllSubmatch returns the successive matches of re in b with their submatches.
func (re *Regexp) FindAllSubmatch(b []byte, n int) [][][]byte {
	if n < 0 {
		n = len(b) + 1
	}
	var result [][][]byte
	re.allMatches(bstr(b), n, func(match []int) {
		if result == nil {
			result = make([][][]byte, 0, startSize)
		}
		slice := make([][]byte, len(match)/2)
		for j := range slice {
			if match[2*j] >= 0 {
				slice[j] = b[match[2*j]:match[2*j+1]:match[2*j+1]]
			}
		}
		result = append(result, slice)
	})
	return result
}

// FindAllSubmatchIndex returns the locations of the successive matches of re in b and
// of their submatches.
func (re *Regexp) FindAllSubmatchIndex(b []byte, n int) [][]int {
	if n < 0 {
		n = len(b) + 1
	}
	var result [][]int
	re.allMatches(bstr(b), n, func(match []int) {
		if result == nil {
			result = make([][]int, 0, startSize)
		}
		result = append(result, match)
	})
	return result
}

// FindAllStringSubmatch returns the successive matches of re in s with their
// submatches.
func (re *Regexp) FindAllStringSubmatch(s string, n int) [][]string {
	if n < 0 {
		n = len(s) + 1
	}
	var result [][]string
	re.allMatches(s, n, func(match []int) {
		if result == nil {
			result = make([][]string, 0, startSize)
		}
		slice := make([]string, len(match)/2)
		for j := range slice {
			if match[2*j] >= 0 {
				slice[j] = s[match[2*j]:match[2*j+1]]
			}
		}
		result = append(result, slice)
	})
	return result
}

// FindAllStringSubmatchIndex returns the locations of the successive matches of re in
// s and of their submatches.
func (re *Regexp) FindAllStringSubmatchIndex(s string, n int) [][]int {
	if n < 0 {
		n = len(s) + 1
	}
	var result [][]int
	re.allMatches(s, n, func(match []int) {
		if result == nil {
			result = make([][]int, 0, startSize)
		}
		result = append(result, match)
	})
	return result
}

// Split slices s into substrings separated by the matches of re, returning at most n
// of them (all if n < 0, none if n == 0).
func (re *Regexp) Split(s string, n int) []string {
	if n == 0 {
		return nil
	}
	if len(re.expr) > 0 && len(s) == 0 {
		return []string{""}
	}
	matches := re.FindAllStringIndex(s, n)
	strs := make([]string, 0, len(matches))
	beg := 0
	end := 0
	for _, match := range matches {
		if n > 0 && len(strs) >= n-1 {
			break
		}
		end = match[0]
		if match[1] != 0 {
			strs = append(strs, s[beg:end])
		}
		beg = match[1]
	}
	if end != len(s) {
		strs = append(strs, s[beg:])
	}
	return strs
}

// MarshalText implements encoding.TextMarshaler: the text is the expression.
func (re *Regexp) MarshalText() ([]byte, error) {
	return []byte(re.String()), nil
}

// UnmarshalText implements encoding.TextUnmarshaler by compiling the text.
func (re *Regexp) UnmarshalText(text []byte) error {
	newRE, err := Compile(string(text))
	if err != nil {
		return err
	}
	*re = *newRE
	return nil
}

// ---------------------------------------------------------------------------
// One-pass analysis. Go runs an anchored expression that never has to choose between
// two ways forward with a special matcher, and then takes LiteralPrefix from it; this
// reproduces Go's test for such expressions so that LiteralPrefix answers alike.

type opInst struct {
	op       int
	out, arg uint32
	runes    []rune
	next     []uint32
}

func isAltOp(op int) bool { return op == iAlt || op == iAltMatch }

// buildOnePass builds the one-pass program Go would build for prog, or nil.
func buildOnePass(prog *prog) []opInst {
	if prog.start == 0 {
		return nil
	}
	if st := &prog.inst[prog.start]; st.op != iEmptyWidth || st.arg&emptyBeginText != emptyBeginText {
		return nil
	}
	for _, in := range prog.inst {
		opOut := prog.inst[in.out].op
		switch in.op {
		default:
			if opOut == iMatch {
				return nil
			}
		case iAlt, iAltMatch:
			if opOut == iMatch || prog.inst[in.arg].op == iMatch {
				return nil
			}
		case iEmptyWidth:
			if opOut == iMatch && in.arg&emptyEndText != emptyEndText {
				return nil
			}
		}
	}
	p := make([]opInst, len(prog.inst))
	for i, in := range prog.inst {
		p[i] = opInst{op: in.op, out: in.out, arg: in.arg, runes: in.runes}
	}
	// Rewrite the loops of nested alternations as Go does before checking.
	for pc := range p {
		if !isAltOp(p[pc].op) {
			continue
		}
		aOther, aAlt := &p[pc].out, &p[pc].arg
		instAlt := p[*aAlt]
		if !isAltOp(instAlt.op) {
			aAlt, aOther = aOther, aAlt
			instAlt = p[*aAlt]
			if !isAltOp(instAlt.op) {
				continue
			}
		}
		if isAltOp(p[*aOther].op) {
			continue
		}
		bAlt, bOther := &p[*aAlt].out, &p[*aAlt].arg
		patch := false
		if instAlt.out == uint32(pc) {
			patch = true
		} else if instAlt.arg == uint32(pc) {
			patch = true
			bAlt, bOther = bOther, bAlt
		}
		if patch {
			*bAlt = *aOther
		}
		if *aOther == *bAlt {
			*aAlt = *bOther
		}
	}
	if !makeOnePass(p, uint32(prog.start)) {
		return nil
	}
	// As Go leaves it: the instructions it runs as they were, the others with the
	// rune sets and successors of the analysis.
	for ix, in := range prog.inst {
		switch in.op {
		case iCapture, iEmptyWidth, iNop, iMatch, iFail:
			p[ix].next = nil
		case iRune1, iRuneAny, iRuneAnyNotNL:
			p[ix] = opInst{op: in.op, out: in.out, arg: in.arg, runes: in.runes}
		}
	}
	return p
}

func makeOnePass(p []opInst, start uint32) bool {
	n := len(p)
	if n >= 1000 {
		return false
	}
	queued := make([]bool, n)
	var queue []uint32
	visited := make([]int, n)
	gen := 0
	runes := make([][]rune, n)
	m := make([]bool, n)
	enqueue := func(pc uint32) {
		if !queued[pc] {
			queued[pc] = true
			queue = append(queue, pc)
		}
	}
	fill := func(k int, pc uint32) []uint32 {
		nx := make([]uint32, k)
		for i := range nx {
			nx[i] = pc
		}
		return nx
	}
	foldRunes := func(r0 rune) []rune {
		rs := []rune{r0, r0}
		for r1 := unicode.SimpleFold(r0); r1 != r0; r1 = unicode.SimpleFold(r1) {
			rs = append(rs, r1, r1)
		}
		// sort the (equal-ended) runes
		for i := 1; i < len(rs); i++ {
			for j := i; j > 0 && rs[j] < rs[j-1]; j-- {
				rs[j], rs[j-1] = rs[j-1], rs[j]
			}
		}
		return rs
	}
	var check func(pc uint32) bool
	check = func(pc uint32) bool {
		in := &p[pc]
		if visited[pc] == gen {
			return true
		}
		visited[pc] = gen
		switch in.op {
		case iAlt, iAltMatch:
			if !check(in.out) || !check(in.arg) {
				return false
			}
			matchOut, matchArg := m[in.out], m[in.arg]
			if matchOut && matchArg {
				return false
			}
			if matchArg {
				in.out, in.arg = in.arg, in.out
				matchOut = matchArg
			}
			if matchOut {
				m[pc] = true
				in.op = iAltMatch
			}
			merged, next, ok := mergeRuneSets(runes[in.out], runes[in.arg], in.out, in.arg)
			if !ok {
				return false
			}
			runes[pc] = merged
			in.next = next
		case iCapture, iNop, iEmptyWidth:
			if !check(in.out) {
				return false
			}
			m[pc] = m[in.out]
			runes[pc] = append([]rune{}, runes[in.out]...)
			in.next = fill(len(runes[pc])/2+1, in.out)
		case iMatch, iFail:
			m[pc] = in.op == iMatch
		case iRune, iRune1:
			m[pc] = false
			if len(in.next) > 0 {
				break
			}
			enqueue(in.out)
			if len(in.runes) == 0 {
				runes[pc] = []rune{}
				in.next = []uint32{in.out}
				break
			}
			var rs []rune
			if len(in.runes) == 1 && uint16(in.arg)&fFoldCase != 0 {
				rs = foldRunes(in.runes[0])
			} else if in.op == iRune1 {
				rs = []rune{in.runes[0], in.runes[0]}
			} else {
				rs = append([]rune{}, in.runes...)
			}
			runes[pc] = rs
			in.next = fill(len(rs)/2+1, in.out)
			in.op = iRune
		case iRuneAny:
			m[pc] = false
			if len(in.next) > 0 {
				break
			}
			enqueue(in.out)
			runes[pc] = []rune{0, unicode.MaxRune}
			in.next = []uint32{in.out}
		case iRuneAnyNotNL:
			m[pc] = false
			if len(in.next) > 0 {
				break
			}
			enqueue(in.out)
			runes[pc] = []rune{0, '\n' - 1, '\n' + 1, unicode.MaxRune}
			in.next = fill(3, in.out)
		}
		return true
	}
	enqueue(start)
	for k := 0; k < len(queue); k++ {
		gen++
		if !check(queue[k]) {
			return false
		}
	}
	for i := range p {
		p[i].runes = runes[i]
	}
	return true
}

// mergeRuneSets merges two sorted range lists, failing if they overlap; next gives
// for each range of the result the pc of the list it came from.
func mergeRuneSets(left, right []rune, lpc, rpc uint32) ([]rune, []uint32, bool) {
	merged := []rune{}
	next := []uint32{}
	lx, rx := 0, 0
	for lx < len(left) || rx < len(right) {
		var lo, hi rune
		pc := lpc
		if rx >= len(right) || lx < len(left) && right[rx] >= left[lx] {
			lo, hi = left[lx], left[lx+1]
			lx += 2
		} else {
			lo, hi = right[rx], right[rx+1]
			rx += 2
			pc = rpc
		}
		if len(merged) > 0 && lo <= merged[len(merged)-1] {
			return nil, nil, false
		}
		merged = append(merged, lo, hi)
		next = append(next, pc)
	}
	return merged, next, true
}

// doReader matches the text of r from its start as Go's one-pass matcher does
// (reading the same runes), when re has a one-pass program; otherwise as doExecute.
func (re *Regexp) doReader(r io.RuneReader, ncap int) []int {
	if !re.onePassDone {
		re.onePass = buildOnePass(re.prog)
		re.onePassDone = true
	}
	op := re.onePass
	if op == nil {
		return re.doExecute(r, "", 0, ncap)
	}
	if re.cond == ^uint32(0) {
		return nil
	}
	capt := make([]int, ncap)
	for i := range capt {
		capt[i] = -1
	}
	in := &machine{rr: r}
	c, width := in.step(0)
	c1, width1 := endOfText, 0
	if c != endOfText {
		c1, width1 = in.step(width)
	}
	flag := ctx{-1, c}
	pc := uint32(re.prog.start)
	pos := 0
	for {
		i := &op[pc]
		pc = i.out
		switch i.op {
		case iMatch:
			if ncap > 0 {
				capt[0] = 0
				capt[1] = pos
			}
			return capt
		case iRune:
			if runePos(i.runes, i.arg, c) < 0 {
				return nil
			}
		case iRune1:
			if c != i.runes[0] {
				return nil
			}
		case iRuneAny:
		case iRuneAnyNotNL:
			if c == '\n' {
				return nil
			}
		case iAlt, iAltMatch:
			if k := runePos(i.runes, 0, c); k >= 0 {
				pc = i.next[k]
			} else if i.op == iAltMatch {
				pc = i.out
			} else {
				pc = 0
			}
			continue
		case iFail:
			return nil
		case iNop:
			continue
		case iEmptyWidth:
			if !flag.match(i.arg) {
				return nil
			}
			continue
		case iCapture:
			if int(i.arg) < ncap {
				capt[i.arg] = pos
			}
			continue
		}
		if width == 0 {
			return nil
		}
		flag = ctx{c, c1}
		pos += width
		c, width = c1, width1
		if c != endOfText {
			c1, width1 = in.step(pos + width)
		}
	}
}

// onePassPrefix is LiteralPrefix's answer for a one-pass program.
func onePassPrefix(p *prog) (string, bool) {
	i := &p.inst[p.start]
	if i.op != iEmptyWidth || i.arg&emptyBeginText == 0 {
		return "", i.op == iMatch
	}
	i = &p.inst[i.out]
	for i.op == iNop {
		i = &p.inst[i.out]
	}
	if !isRuneOp(i.op) || len(i.runes) != 1 {
		return "", i.op == iMatch
	}
	var buf []byte
	for isRuneOp(i.op) && len(i.runes) == 1 && uint16(i.arg)&fFoldCase == 0 && i.runes[0] != utf8.RuneError {
		buf = append(buf, string(i.runes[0])...)
		i = &p.inst[i.out]
	}
	complete := i.op == iEmptyWidth && i.arg&emptyEndText != 0 && p.inst[i.out].op == iMatch
	return string(buf), complete
}
