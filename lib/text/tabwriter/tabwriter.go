// Package tabwriter is deferjit's implementation of Go's package text/tabwriter: a
// Writer filter that aligns tab-terminated cells of adjacent lines into columns (the
// elastic tabstops algorithm), with Go's flags, escapes and padding, writing to its
// output in the same pieces as Go's does. Widths are counted in runes, not in display
// columns.
package tabwriter

import (
	"fmt"
	"io"
	"unicode/utf8"
)

// A cell is one piece of a line: text (kept in the Writer's buffer) ended by a tab, a
// vertical tab, or the end of the line.
type cell struct {
	size  int  // bytes of text in the buffer
	width int  // its width in runes, without the parts that take no room
	htab  bool // ended by '\t' (not '\v'): never a discardable empty column
}

// A Writer aligns the cells of the text written to it and passes the result on to its
// output when a block of lines ends (a line without tabs, a form feed) or on Flush.
// Text between two Escape bytes (and, with FilterHTML, HTML tags and entities) is
// passed through as one word. Initialize a Writer with Init or NewWriter.
type Writer struct {
	output   io.Writer
	minwidth int
	tabwidth int
	padding  int
	padbytes [8]byte // the padding character, eight times, written in chunks of 8
	flags    uint

	buf     []byte   // the text of all cells not yet written, without separators
	pos     int      // the width of cell counts buf up to here
	cell    cell     // the cell being collected
	endChar byte     // what ends the escaped text being collected, or 0 outside one
	lines   [][]cell // the lines collected, the last one open
	widths  []int    // column widths during format, one per enclosing column
}

// The flags that change a Writer's formatting.
const (
	// FilterHTML treats HTML tags as taking no room and HTML entities (&...;) as one
	// character, and passes them through unchanged.
	FilterHTML uint = 1 << iota

	// StripEscape drops the Escape bytes around escaped text.
	StripEscape

	// AlignRight pads cells on the left instead of the right.
	AlignRight

	// DiscardEmptyColumns gives no room to columns made only of empty cells ended by
	// vertical tabs.
	DiscardEmptyColumns

	// TabIndent pads the empty cells that begin a line with tabs, whatever the padding
	// character.
	TabIndent

	// Debug writes a vertical bar between columns and "---" lines at form feeds.
	Debug
)

// Escape quotes text: a word between two Escape bytes may hold tabs and line breaks and
// counts as written (its width excludes the two Escape bytes).
const Escape = '\xff'

// addLine opens a new line. Unless a flush starts it, the new line gets room for as
// many cells as the previous one had.
func (b *Writer) addLine(flushed bool) {
	n := len(b.lines)
	if n < cap(b.lines) {
		b.lines = b.lines[:n+1]
		b.lines[n] = b.lines[n][:0]
	} else {
		b.lines = append(b.lines, nil)
	}
	if !flushed && n >= 1 {
		if prev := len(b.lines[n-1]); prev > cap(b.lines[n]) {
			b.lines[n] = make([]cell, 0, prev)
		}
	}
}

// reset drops everything collected and opens an empty first line.
func (b *Writer) reset() {
	b.buf = b.buf[:0]
	b.pos = 0
	b.cell = cell{}
	b.endChar = 0
	b.lines = b.lines[:0]
	b.widths = b.widths[:0]
	b.addLine(true)
}

// Init sets up b to write to output, and returns b. Columns are at least minwidth wide
// (padding included); a tab counts as tabwidth columns (when padding with tabs, cells
// are rounded up to multiples of it); padding is added to each cell's width; padchar
// is the padding character ('\t' means pad with tabs, and turns off AlignRight);
// flags is a combination of the flags above. Negative sizes panic.
func (b *Writer) Init(output io.Writer, minwidth, tabwidth, padding int, padchar byte, flags uint) *Writer {
	if minwidth < 0 || tabwidth < 0 || padding < 0 {
		panic("negative minwidth, tabwidth, or padding")
	}
	b.output = output
	b.minwidth = minwidth
	b.tabwidth = tabwidth
	b.padding = padding
	for i := range b.padbytes {
		b.padbytes[i] = padchar
	}
	if padchar == '\t' {
		flags &^= AlignRight
	}
	b.flags = flags
	b.reset()
	return b
}

// NewWriter returns a new Writer set up as Init does.
func NewWriter(output io.Writer, minwidth, tabwidth, padding int, padchar byte, flags uint) *Writer {
	return new(Writer).Init(output, minwidth, tabwidth, padding, padchar, flags)
}

// writeError carries an error of the output up to Write or Flush, which return it.
type writeError struct {
	err error
}

// emit writes p to the output; a failure (or a short write) panics with a writeError.
func (b *Writer) emit(p []byte) {
	n, err := b.output.Write(p)
	if n != len(p) && err == nil {
		err = io.ErrShortWrite
	}
	if err != nil {
		panic(writeError{err})
	}
}

// emitRepeated writes the first n bytes of src repeated, len(src) bytes per write.
func (b *Writer) emitRepeated(src []byte, n int) {
	for n > len(src) {
		b.emit(src)
		n -= len(src)
	}
	b.emit(src[:n])
}

// The constant pieces of output.
var (
	newlineBytes = []byte{'\n'}
	tabBytes     = []byte("\t\t\t\t\t\t\t\t")
	barBytes     = []byte{'|'}
	ruleBytes    = []byte("---\n")
)

// pad writes the padding that takes a text of width textw to a cell of width cellw:
// padding characters, or, when padding with tabs (or asked to), as many tabs as it takes
// to reach the next multiple of tabwidth at or after cellw.
func (b *Writer) pad(textw, cellw int, useTabs bool) {
	if b.padbytes[0] == '\t' || useTabs {
		if b.tabwidth == 0 {
			return // tabs of no width cannot pad
		}
		cellw = (cellw + b.tabwidth - 1) / b.tabwidth * b.tabwidth
		n := cellw - textw
		if n < 0 {
			panic("internal error")
		}
		b.emitRepeated(tabBytes, (n+b.tabwidth-1)/b.tabwidth)
		return
	}
	b.emitRepeated(b.padbytes[:], cellw-textw)
}

// writeLines writes lines [line0, line1) with the column widths in b.widths, their text
// starting at buf[pos0]; it returns where the text of the next line starts.
func (b *Writer) writeLines(pos0 int, line0, line1 int) int {
	pos := pos0
	for i := line0; i < line1; i++ {
		line := b.lines[i]
		// Only the empty cells that begin a line are indentation.
		indent := b.flags&TabIndent != 0
		for j, c := range line {
			if j > 0 && b.flags&Debug != 0 {
				b.emit(barBytes)
			}
			switch {
			case c.size == 0:
				if j < len(b.widths) {
					b.pad(c.width, b.widths[j], indent)
				}
			case b.flags&AlignRight == 0:
				indent = false
				b.emit(b.buf[pos : pos+c.size])
				pos += c.size
				if j < len(b.widths) {
					b.pad(c.width, b.widths[j], false)
				}
			default:
				indent = false
				if j < len(b.widths) {
					b.pad(c.width, b.widths[j], false)
				}
				b.emit(b.buf[pos : pos+c.size])
				pos += c.size
			}
		}
		if i+1 == len(b.lines) {
			// The last line is the open one: its collected text, no newline.
			b.emit(b.buf[pos : pos+b.cell.size])
			pos += b.cell.size
		} else {
			b.emit(newlineBytes)
		}
	}
	return pos
}

// format writes lines [line0, line1), whose text starts at buf[pos0], and returns
// where the text after them starts. Column len(b.widths) is the one being laid out:
// each run of adjacent lines that have a cell in it forms a block whose width is that
// of its widest cell (plus padding, at least minwidth), and the block's lines are
// formatted recursively for the columns to the right.
func (b *Writer) format(pos0 int, line0, line1 int) int {
	pos := pos0
	col := len(b.widths)
	for i := line0; i < line1; i++ {
		if col >= len(b.lines[i])-1 {
			continue // no cell in this column (the last cell is not a column)
		}
		// The lines before the block need no more columns.
		pos = b.writeLines(pos, line0, i)
		line0 = i

		width := b.minwidth
		empty := true
		for ; i < line1; i++ {
			line := b.lines[i]
			if col >= len(line)-1 {
				break
			}
			c := line[col]
			if w := c.width + b.padding; w > width {
				width = w
			}
			if c.width > 0 || c.htab {
				empty = false
			}
		}
		if empty && b.flags&DiscardEmptyColumns != 0 {
			width = 0
		}

		b.widths = append(b.widths, width)
		pos = b.format(pos, line0, i)
		b.widths = b.widths[:len(b.widths)-1]
		line0 = i
	}
	return b.writeLines(pos, line0, line1)
}

// collect adds text to the current cell.
func (b *Writer) collect(text []byte) {
	b.buf = append(b.buf, text...)
	b.cell.size += len(text)
}

// countWidth adds the runes collected since the last count to the cell's width.
func (b *Writer) countWidth() {
	b.cell.width += utf8.RuneCount(b.buf[b.pos:])
	b.pos = len(b.buf)
}

// beginEscape starts escaped text opened by ch.
func (b *Writer) beginEscape(ch byte) {
	switch ch {
	case Escape:
		b.endChar = Escape
	case '<':
		b.endChar = '>'
	case '&':
		b.endChar = ';'
	}
}

// finishEscape ends the escaped text: an Escape-quoted word counts its runes but not
// the Escape bytes (which StripEscape has dropped already), an HTML tag counts nothing,
// an entity counts one.
func (b *Writer) finishEscape() {
	switch b.endChar {
	case Escape:
		b.countWidth()
		if b.flags&StripEscape == 0 {
			b.cell.width -= 2
		}
	case ';':
		b.cell.width++
	}
	b.pos = len(b.buf)
	b.endChar = 0
}

// endCell closes the current cell of the last line and returns how many cells that
// line has.
func (b *Writer) endCell(htab bool) int {
	b.cell.htab = htab
	last := len(b.lines) - 1
	b.lines[last] = append(b.lines[last], b.cell)
	b.cell = cell{}
	return len(b.lines[last])
}

// recoverWrite turns a panic of Write or Flush (named by op) into the output's error,
// or, for any other panic, a new panic saying where it happened. A failed Flush drops
// what was collected.
func (b *Writer) recoverWrite(err *error, op string) {
	e := recover()
	if e == nil {
		return
	}
	if op == "Flush" {
		b.reset()
	}
	if we, ok := e.(writeError); ok {
		*err = we.err
		return
	}
	panic(fmt.Sprintf("tabwriter: panic during %s (%v)", op, e))
}

// Flush writes out everything collected, ending the open cell and any escaped text, so
// the Writer can be used again. It is to be called after the last Write.
func (b *Writer) Flush() (err error) {
	defer b.recoverWrite(&err, "Flush")
	b.flushAll()
	return nil
}

// flushAll ends the open cell, formats and writes all lines, and starts afresh.
func (b *Writer) flushAll() {
	if b.cell.size > 0 {
		if b.endChar != 0 {
			b.finishEscape()
		}
		b.endCell(false)
	}
	b.format(0, 0, len(b.lines))
	b.reset()
}

// Write collects buf's text into cells and lines. A line break ends the block of lines
// when the line had no tab, and a form feed always does: the block is then formatted
// and written out. It returns len(buf), or, if the output failed, how much of buf was
// taken in and the output's error.
func (b *Writer) Write(buf []byte) (n int, err error) {
	defer b.recoverWrite(&err, "Write")

	// buf[n:i] is the text not yet collected.
	n = 0
	for i, ch := range buf {
		if b.endChar != 0 {
			if ch == b.endChar {
				end := i + 1
				if ch == Escape && b.flags&StripEscape != 0 {
					end = i
				}
				b.collect(buf[n:end])
				n = i + 1
				b.finishEscape()
			}
			continue
		}
		switch ch {
		case '\t', '\v', '\n', '\f':
			b.collect(buf[n:i])
			b.countWidth()
			n = i + 1
			cells := b.endCell(ch == '\t')
			if ch == '\n' || ch == '\f' {
				b.addLine(ch == '\f')
				if ch == '\f' || cells == 1 {
					// A line without tabs, or a form feed, ends the block: no later
					// line can change its columns.
					b.flushAll()
					if ch == '\f' && b.flags&Debug != 0 {
						b.emit(ruleBytes)
					}
				}
			}
		case Escape:
			b.collect(buf[n:i])
			b.countWidth()
			n = i
			if b.flags&StripEscape != 0 {
				n++
			}
			b.beginEscape(Escape)
		case '<', '&':
			if b.flags&FilterHTML != 0 {
				b.collect(buf[n:i])
				b.countWidth()
				n = i
				b.beginEscape(ch)
			}
		}
	}
	b.collect(buf[n:])
	n = len(buf)
	return n, nil
}
