// Package csv is deferjit's implementation of Go's package encoding/csv: reading and
// writing comma-separated values as RFC 4180 describes them, with Go's extensions and
// leniencies. Records, field positions, input offsets, errors (with their line and
// column numbers) and the quoting of written fields are Go's byte for byte.
package csv

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"io"
	"strings"
	"unicode"
	"unicode/utf8"
)

// --- Errors ---

// A ParseError is returned for parsing errors: where the record starts, where the error
// is (Column counts bytes from 1), and what it is.
type ParseError struct {
	StartLine int   // Line where the record starts
	Line      int   // Line where the error occurred
	Column    int   // Column (1-based byte index) where the error occurred
	Err       error // The actual error
}

// Error describes the error: "record on line L: wrong number of fields" for a field
// count error, "parse error on line L, column C: ..." otherwise, with the record's
// first line in front when the error is on a later line.
func (e *ParseError) Error() string {
	switch {
	case e.Err == ErrFieldCount:
		return fmt.Sprintf("record on line %d: %v", e.Line, e.Err)
	case e.StartLine != e.Line:
		return fmt.Sprintf("record on line %d; parse error on line %d, column %d: %v",
			e.StartLine, e.Line, e.Column, e.Err)
	}
	return fmt.Sprintf("parse error on line %d, column %d: %v", e.Line, e.Column, e.Err)
}

// Unwrap returns the underlying error.
func (e *ParseError) Unwrap() error { return e.Err }

// The errors a ParseError can hold.
var (
	ErrBareQuote  = errors.New("bare \" in non-quoted-field")
	ErrQuote      = errors.New("extraneous or missing \" in quoted-field")
	ErrFieldCount = errors.New("wrong number of fields")

	// Deprecated: ErrTrailingComma is no longer used.
	ErrTrailingComma = errors.New("extra delimiter at end of line")
)

var errInvalidDelim = errors.New("csv: invalid field or comment delimiter")

// validDelim reports whether r can separate fields or start comments: not NUL, a
// quote, a line end, or something that is not a valid rune.
func validDelim(r rune) bool {
	switch r {
	case 0, '"', '\r', '\n', utf8.RuneError:
		return false
	}
	return utf8.ValidRune(r)
}

// --- Reader ---

// A Reader reads records from a CSV-encoded file.
//
// A record is a slice of fields. Lines that are empty, or (with Comment set) that
// start with the comment character, are skipped. A quoted field may span lines and
// holds "" as one quote; a "\r\n" in the input reads as "\n".
type Reader struct {
	// Comma is the field delimiter, ',' by NewReader. It must be a valid rune other
	// than '"', '\r', '\n' and U+FFFD.
	Comma rune

	// Comment, if not 0, starts comment lines (only at the start of a line).
	Comment rune

	// FieldsPerRecord, if positive, is the number of fields each record must have; 0
	// sets it to the number of fields of the first record; negative accepts any.
	FieldsPerRecord int

	// LazyQuotes lets a quote appear in an unquoted field, and a lone quote in a
	// quoted field.
	LazyQuotes bool

	// TrimLeadingSpace ignores white space at the start of each field.
	TrimLeadingSpace bool

	// ReuseRecord lets Read return a slice backed by the previous record's.
	ReuseRecord bool

	// Deprecated: TrailingComma is no longer used.
	TrailingComma bool

	in      *bufio.Reader
	line    int   // lines read so far
	offset  int64 // bytes read so far
	long    []byte
	text    []byte     // the field values of the record being read, one after another
	ends    []int      // where each field ends in text
	starts  []position // where each field starts in the input
	lastRec []string
}

// position is a line and a 1-based byte column in the input.
type position struct {
	line, col int
}

// NewReader returns a Reader reading from r.
func NewReader(r io.Reader) *Reader {
	return &Reader{Comma: ',', in: bufio.NewReader(r)}
}

// Read reads one record. At the end of input it returns nil, io.EOF. A record with a
// ParseError is returned with the fields read before the error (a record with the
// wrong number of fields in full).
func (r *Reader) Read() (record []string, err error) {
	if !r.ReuseRecord {
		return r.readRecord(nil)
	}
	record, err = r.readRecord(r.lastRec)
	r.lastRec = record
	return record, err
}

// FieldPos returns the line and column where the field with the given index of the
// record Read returned last starts (after the opening quote's position, for a quoted
// field, it is the quote's). It panics for an index out of range.
func (r *Reader) FieldPos(field int) (line, column int) {
	if field < 0 || field >= len(r.starts) {
		panic("out of range index passed to FieldPos")
	}
	p := r.starts[field]
	return p.line, p.col
}

// InputOffset returns the byte offset in the input of the end of the record read last.
func (r *Reader) InputOffset() int64 { return r.offset }

// ReadAll reads the remaining records. A successful call returns a nil error, not
// io.EOF; on an error it returns no records.
func (r *Reader) ReadAll() (records [][]string, err error) {
	for {
		rec, err := r.readRecord(nil)
		if err == io.EOF {
			return records, nil
		}
		if err != nil {
			return nil, err
		}
		records = append(records, rec)
	}
}

// nextLine reads one line, with its "\n" (a "\r\n" turned into "\n"). A last line
// without a newline comes with a nil error (and loses a final '\r'); the error is
// io.EOF only when nothing was left.
func (r *Reader) nextLine() ([]byte, error) {
	line, err := r.in.ReadSlice('\n')
	if err == bufio.ErrBufferFull {
		// A line longer than the buffer: collect its parts.
		r.long = append(r.long[:0], line...)
		for err == bufio.ErrBufferFull {
			line, err = r.in.ReadSlice('\n')
			r.long = append(r.long, line...)
		}
		line = r.long
	}
	n := len(line)
	if n > 0 && err == io.EOF {
		err = nil
		if line[n-1] == '\r' {
			line = line[:n-1]
		}
	}
	r.line++
	r.offset += int64(n)
	if k := len(line); k >= 2 && line[k-2] == '\r' && line[k-1] == '\n' {
		line[k-2] = '\n'
		line = line[:k-1]
	}
	return line, err
}

// newlineLen returns 1 if b ends with '\n', else 0.
func newlineLen(b []byte) int {
	if n := len(b); n > 0 && b[n-1] == '\n' {
		return 1
	}
	return 0
}

// firstRune returns the rune b starts with (utf8.RuneError for none).
func firstRune(b []byte) rune {
	c, _ := utf8.DecodeRune(b)
	return c
}

// endField records the end of a field that started at p.
func (r *Reader) endField(p position) {
	r.ends = append(r.ends, len(r.text))
	r.starts = append(r.starts, p)
}

// readRecord reads a record into dst's memory when it is large enough.
func (r *Reader) readRecord(dst []string) ([]string, error) {
	if r.Comma == r.Comment || !validDelim(r.Comma) || (r.Comment != 0 && !validDelim(r.Comment)) {
		return nil, errInvalidDelim
	}

	// Find the record's first line, skipping comments and empty lines.
	var line []byte
	var readErr error
	for readErr == nil {
		line, readErr = r.nextLine()
		if r.Comment != 0 && firstRune(line) == r.Comment {
			line = nil
			continue
		}
		if readErr == nil && len(line) == newlineLen(line) {
			line = nil
			continue
		}
		break
	}
	if readErr == io.EOF {
		return nil, readErr
	}

	commaLen := utf8.RuneLen(r.Comma)
	first := r.line
	r.text = r.text[:0]
	r.ends = r.ends[:0]
	r.starts = r.starts[:0]
	at := position{line: r.line, col: 1}
	var err error
	fail := func(line, col int, e error) {
		err = &ParseError{StartLine: first, Line: line, Column: col, Err: e}
	}

fields:
	for {
		if r.TrimLeadingSpace {
			i := bytes.IndexFunc(line, func(c rune) bool { return !unicode.IsSpace(c) })
			if i < 0 {
				// Only spaces: the column stops before the newline, if there is one.
				i = len(line)
				at.col -= newlineLen(line)
			}
			line = line[i:]
			at.col += i
		}

		if len(line) == 0 || line[0] != '"' {
			// An unquoted field runs to the next comma or the end of the line.
			i := bytes.IndexRune(line, r.Comma)
			var field []byte
			if i >= 0 {
				field = line[:i]
			} else {
				field = line[:len(line)-newlineLen(line)]
			}
			if !r.LazyQuotes {
				if q := bytes.IndexByte(field, '"'); q >= 0 {
					fail(r.line, at.col+q, ErrBareQuote)
					break fields
				}
			}
			r.text = append(r.text, field...)
			r.endField(at)
			if i < 0 {
				break fields
			}
			line = line[i+commaLen:]
			at.col += i + commaLen
			continue fields
		}

		// A quoted field, possibly over several lines.
		start := at
		line = line[1:]
		at.col++
		for {
			q := bytes.IndexByte(line, '"')
			if q < 0 && len(line) > 0 {
				// The field goes on past this line.
				r.text = append(r.text, line...)
				if readErr != nil {
					break fields
				}
				at.col += len(line)
				line, readErr = r.nextLine()
				if len(line) > 0 {
					at.line++
					at.col = 1
				}
				if readErr == io.EOF {
					readErr = nil
				}
				continue
			}
			if q < 0 {
				// The input ended inside the field.
				if !r.LazyQuotes && readErr == nil {
					fail(at.line, at.col, ErrQuote)
					break fields
				}
				r.endField(start)
				break fields
			}
			r.text = append(r.text, line[:q]...)
			line = line[q+1:]
			at.col += q + 1
			next := firstRune(line)
			switch {
			case next == '"':
				// "" stands for one quote.
				r.text = append(r.text, '"')
				line = line[1:]
				at.col++
			case next == r.Comma:
				line = line[commaLen:]
				at.col += commaLen
				r.endField(start)
				continue fields
			case len(line) == newlineLen(line):
				r.endField(start)
				break fields
			case r.LazyQuotes:
				r.text = append(r.text, '"')
			default:
				fail(r.line, at.col-1, ErrQuote)
				break fields
			}
		}
	}
	if err == nil {
		err = readErr
	}

	// One string for the whole record, sliced into its fields.
	all := string(r.text)
	if cap(dst) < len(r.ends) {
		dst = make([]string, len(r.ends))
	}
	dst = dst[:len(r.ends)]
	from := 0
	for i, end := range r.ends {
		dst[i] = all[from:end]
		from = end
	}

	switch {
	case r.FieldsPerRecord > 0:
		if len(dst) != r.FieldsPerRecord && err == nil {
			err = &ParseError{StartLine: first, Line: first, Column: 1, Err: ErrFieldCount}
		}
	case r.FieldsPerRecord == 0:
		r.FieldsPerRecord = len(dst)
	}
	return dst, err
}

// --- Writer ---

// A Writer writes records with CSV encoding, through a bufio.Writer: call Flush at the
// end, and Error to learn about errors of the underlying writer.
//
// A field is quoted when it is not empty and holds the delimiter, a quote, '\r' or
// '\n', starts with a space character, or is `\.`. Within quotes a quote is doubled;
// with UseCRLF, "\n" is written as "\r\n" and a '\r' is dropped.
type Writer struct {
	Comma   rune // Field delimiter (set to ',' by NewWriter)
	UseCRLF bool // True to use \r\n as the line terminator
	out     *bufio.Writer
}

// NewWriter returns a Writer writing to w.
func NewWriter(w io.Writer) *Writer {
	return &Writer{Comma: ',', out: bufio.NewWriter(w)}
}

// Write writes one record and its line terminator (into the buffer).
func (w *Writer) Write(record []string) error {
	if !validDelim(w.Comma) {
		return errInvalidDelim
	}
	for i, field := range record {
		if i > 0 {
			if _, err := w.out.WriteRune(w.Comma); err != nil {
				return err
			}
		}
		if !w.needsQuotes(field) {
			if _, err := w.out.WriteString(field); err != nil {
				return err
			}
			continue
		}
		if err := w.writeQuoted(field); err != nil {
			return err
		}
	}
	return w.endLine()
}

// endLine writes the line terminator.
func (w *Writer) endLine() error {
	if w.UseCRLF {
		_, err := w.out.WriteString("\r\n")
		return err
	}
	return w.out.WriteByte('\n')
}

// writeQuoted writes field between quotes, doubling its quotes and writing its line
// ends as UseCRLF asks.
func (w *Writer) writeQuoted(field string) error {
	if err := w.out.WriteByte('"'); err != nil {
		return err
	}
	for field != "" {
		i := strings.IndexAny(field, "\"\r\n")
		if i < 0 {
			i = len(field)
		}
		if _, err := w.out.WriteString(field[:i]); err != nil {
			return err
		}
		if i == len(field) {
			break
		}
		var err error
		switch field[i] {
		case '"':
			_, err = w.out.WriteString(`""`)
		case '\r':
			if !w.UseCRLF {
				err = w.out.WriteByte('\r')
			}
		case '\n':
			err = w.endLine()
		}
		if err != nil {
			return err
		}
		field = field[i+1:]
	}
	return w.out.WriteByte('"')
}

// needsQuotes reports whether field must be written quoted.
func (w *Writer) needsQuotes(field string) bool {
	if field == "" {
		return false
	}
	if field == `\.` {
		return true
	}
	if w.Comma < utf8.RuneSelf {
		comma := byte(w.Comma)
		for i := 0; i < len(field); i++ {
			switch field[i] {
			case '\n', '\r', '"', comma:
				return true
			}
		}
	} else if strings.ContainsRune(field, w.Comma) || strings.ContainsAny(field, "\"\r\n") {
		return true
	}
	lead, _ := utf8.DecodeRuneInString(field)
	return unicode.IsSpace(lead)
}

// Flush writes any buffered data to the underlying io.Writer; Error reports whether
// that failed.
func (w *Writer) Flush() { w.out.Flush() }

// Error reports any error of a previous Write or Flush.
func (w *Writer) Error() error {
	_, err := w.out.Write(nil)
	return err
}

// WriteAll writes the records with Write, then flushes.
func (w *Writer) WriteAll(records [][]string) error {
	for _, rec := range records {
		if err := w.Write(rec); err != nil {
			return err
		}
	}
	return w.out.Flush()
}
