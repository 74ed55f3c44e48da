// Package crc32 is deferjit's implementation of Go's package hash/crc32: the 32-bit
// cyclic redundancy check with the IEEE, Castagnoli and Koopman polynomials (or any
// other, reversed representation), table-driven, with Go's MarshalBinary state
// encoding. MakeTable returns the same table for IEEE (IEEETable) and for Castagnoli
// each time, as Go does.
package crc32

import (
	"errors"
	"hash"
)

// Size is the size of a CRC-32 checksum in bytes.
const Size = 4

// The predefined polynomials, in reversed notation.
const (
	// IEEE is by far the most common CRC-32 polynomial (ethernet, gzip, zip, png, ...).
	IEEE = 0xedb88320
	// Castagnoli's polynomial, used in iSCSI.
	Castagnoli = 0x82f63b78
	// Koopman's polynomial.
	Koopman = 0xeb31d82e
)

// Table is a 256-word table for a polynomial, for efficient processing.
type Table [256]uint32

// IEEETable is the table for the IEEE polynomial.
var IEEETable = newTable(IEEE)

// castagnoliTable is made on the first use of the Castagnoli polynomial.
var castagnoliTable *Table

// newTable returns a new table for poly.
func newTable(poly uint32) *Table {
	t := new(Table)
	for i := range t {
		crc := uint32(i)
		for k := 0; k < 8; k++ {
			if crc&1 != 0 {
				crc = crc>>1 ^ poly
			} else {
				crc >>= 1
			}
		}
		t[i] = crc
	}
	return t
}

// MakeTable returns the table for poly; it must not be modified.
func MakeTable(poly uint32) *Table {
	switch poly {
	case IEEE:
		return IEEETable
	case Castagnoli:
		if castagnoliTable == nil {
			castagnoliTable = newTable(Castagnoli)
		}
		return castagnoliTable
	}
	return newTable(poly)
}

// Update returns the result of adding the bytes of p to crc, with table tab.
func Update(crc uint32, tab *Table, p []byte) uint32 {
	crc = ^crc
	for _, b := range p {
		crc = tab[byte(crc)^b] ^ crc>>8
	}
	return ^crc
}

// Checksum returns the CRC-32 of data with table tab.
func Checksum(data []byte, tab *Table) uint32 { return Update(0, tab, data) }

// ChecksumIEEE returns the CRC-32 of data with the IEEE polynomial.
func ChecksumIEEE(data []byte) uint32 { return Update(0, IEEETable, data) }

// digest is the hash.Hash32 of New.
type digest struct {
	crc uint32
	tab *Table
}

// New returns a hash.Hash32 computing the CRC-32 with table tab.
func New(tab *Table) hash.Hash32 {
	return &digest{0, tab}
}

// NewIEEE returns a hash.Hash32 computing the CRC-32 with the IEEE polynomial.
func NewIEEE() hash.Hash32 { return New(IEEETable) }

// Size returns Size.
func (d *digest) Size() int { return Size }

// BlockSize returns 1.
func (d *digest) BlockSize() int { return 1 }

// Reset returns to the initial state.
func (d *digest) Reset() { d.crc = 0 }

// Write adds p to the checksum.
func (d *digest) Write(p []byte) (n int, err error) {
	d.crc = Update(d.crc, d.tab, p)
	return len(p), nil
}

// Sum32 returns the checksum.
func (d *digest) Sum32() uint32 { return d.crc }

// Sum appends the checksum, big-endian, to in.
func (d *digest) Sum(in []byte) []byte {
	s := d.crc
	return append(in, byte(s>>24), byte(s>>16), byte(s>>8), byte(s))
}

// magic starts a marshaled state.
const magic = "crc\x01"

// be32 appends v to b, big-endian, in one append.
func be32(b []byte, v uint32) []byte {
	return append(b, byte(v>>24), byte(v>>16), byte(v>>8), byte(v))
}

func get32(b []byte) uint32 {
	return uint32(b[0])<<24 | uint32(b[1])<<16 | uint32(b[2])<<8 | uint32(b[3])
}

// tableSum identifies a table: the IEEE checksum of its words, big-endian (of nothing
// for a nil table).
func tableSum(t *Table) uint32 {
	b := make([]byte, 0, 1024)
	if t != nil {
		for _, w := range t {
			b = be32(b, w)
		}
	}
	return ChecksumIEEE(b)
}

// MarshalBinary returns the state: "crc\x01", the table's identity and the checksum.
func (d *digest) MarshalBinary() ([]byte, error) {
	b := make([]byte, 0, len(magic)+8)
	b = append(b, magic...)
	b = be32(b, tableSum(d.tab))
	b = be32(b, d.crc)
	return b, nil
}

// UnmarshalBinary restores a state that MarshalBinary returned for the same table.
func (d *digest) UnmarshalBinary(b []byte) error {
	if len(b) < len(magic) || string(b[:len(magic)]) != magic {
		return errors.New("hash/crc32: invalid hash state identifier")
	}
	if len(b) != len(magic)+8 {
		return errors.New("hash/crc32: invalid hash state size")
	}
	if tableSum(d.tab) != get32(b[4:]) {
		return errors.New("hash/crc32: tables do not match")
	}
	d.crc = get32(b[8:])
	return nil
}
