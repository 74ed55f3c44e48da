// Package binary is deferjit's implementation of Go's package encoding/binary: the
// little- and big-endian byte orders, varints, and Read, Write, Size, Encode, Decode
// and Append of fixed-size values.
//
// deferjit has no reflection, so Read, Write, Size, Encode, Decode and Append take the
// predeclared fixed-size types only: bool, int8 ... int64, uint8 ... uint64, float32,
// float64, complex64 and complex128, as values (not for Read and Decode), pointers,
// slices and pointers to slices. For those, results, errors and panics are Go's. Other
// types (structs, arrays, and defined types such as `type Celsius float64`, which Go
// encodes field by field and element by element) get the error Go gives a type that is
// not fixed-size, and Size returns -1 for them.
package binary

import (
	"errors"
	"fmt"
	"io"
	"math"
	"unsafe"
)

// --- Byte orders ---

// A ByteOrder converts between unsigned integers and byte slices.
type ByteOrder interface {
	Uint16([]byte) uint16
	Uint32([]byte) uint32
	Uint64([]byte) uint64
	PutUint16([]byte, uint16)
	PutUint32([]byte, uint32)
	PutUint64([]byte, uint64)
	String() string
}

// An AppendByteOrder appends unsigned integers to byte slices.
type AppendByteOrder interface {
	AppendUint16([]byte, uint16) []byte
	AppendUint32([]byte, uint32) []byte
	AppendUint64([]byte, uint64) []byte
	String() string
}

// LittleEndian is the little-endian ByteOrder and AppendByteOrder: least significant
// byte first.
var LittleEndian littleEndian

// BigEndian is the big-endian ByteOrder and AppendByteOrder: most significant byte
// first.
var BigEndian bigEndian

// NativeEndian is the byte order of the machine, little-endian on amd64.
var NativeEndian nativeEndian

type littleEndian struct{}

type bigEndian struct{}

type nativeEndian struct {
	littleEndian
}

// Uint16 returns the value of b[0:2], least significant byte first.
func (littleEndian) Uint16(b []byte) uint16 {
	_ = b[1] // the index panic Go gives a short slice, before any read
	return uint16(b[0]) | uint16(b[1])<<8
}

// Uint32 returns the value of b[0:4], least significant byte first.
func (littleEndian) Uint32(b []byte) uint32 {
	_ = b[3]
	return uint32(b[0]) | uint32(b[1])<<8 | uint32(b[2])<<16 | uint32(b[3])<<24
}

// Uint64 returns the value of b[0:8], least significant byte first.
func (littleEndian) Uint64(b []byte) uint64 {
	_ = b[7]
	return uint64(littleEndian{}.Uint32(b[:4])) | uint64(littleEndian{}.Uint32(b[4:8]))<<32
}

// PutUint16 stores v into b[0:2], least significant byte first.
func (littleEndian) PutUint16(b []byte, v uint16) {
	_ = b[1] // nothing is stored into a short slice
	b[0], b[1] = byte(v), byte(v>>8)
}

// PutUint32 stores v into b[0:4], least significant byte first.
func (littleEndian) PutUint32(b []byte, v uint32) {
	_ = b[3]
	for i := 0; i < 4; i++ {
		b[i] = byte(v >> (8 * i))
	}
}

// PutUint64 stores v into b[0:8], least significant byte first.
func (littleEndian) PutUint64(b []byte, v uint64) {
	_ = b[7]
	for i := 0; i < 8; i++ {
		b[i] = byte(v >> (8 * i))
	}
}

// AppendUint16 appends the two bytes of v to b, least significant first.
func (littleEndian) AppendUint16(b []byte, v uint16) []byte {
	return append(b, byte(v), byte(v>>8))
}

// AppendUint32 appends the four bytes of v to b, least significant first.
func (littleEndian) AppendUint32(b []byte, v uint32) []byte {
	return append(b, byte(v), byte(v>>8), byte(v>>16), byte(v>>24))
}

// AppendUint64 appends the eight bytes of v to b, least significant first.
func (littleEndian) AppendUint64(b []byte, v uint64) []byte {
	return append(b, byte(v), byte(v>>8), byte(v>>16), byte(v>>24),
		byte(v>>32), byte(v>>40), byte(v>>48), byte(v>>56))
}

// String returns "LittleEndian".
func (littleEndian) String() string { return "LittleEndian" }

// GoString returns "binary.LittleEndian".
func (littleEndian) GoString() string { return "binary.LittleEndian" }

// Uint16 returns the value of b[0:2], most significant byte first.
func (bigEndian) Uint16(b []byte) uint16 {
	_ = b[1]
	return uint16(b[0])<<8 | uint16(b[1])
}

// Uint32 returns the value of b[0:4], most significant byte first.
func (bigEndian) Uint32(b []byte) uint32 {
	_ = b[3]
	return uint32(b[0])<<24 | uint32(b[1])<<16 | uint32(b[2])<<8 | uint32(b[3])
}

// Uint64 returns the value of b[0:8], most significant byte first.
func (bigEndian) Uint64(b []byte) uint64 {
	_ = b[7]
	return uint64(bigEndian{}.Uint32(b[:4]))<<32 | uint64(bigEndian{}.Uint32(b[4:8]))
}

// PutUint16 stores v into b[0:2], most significant byte first.
func (bigEndian) PutUint16(b []byte, v uint16) {
	_ = b[1]
	b[0], b[1] = byte(v>>8), byte(v)
}

// PutUint32 stores v into b[0:4], most significant byte first.
func (bigEndian) PutUint32(b []byte, v uint32) {
	_ = b[3]
	for i := 0; i < 4; i++ {
		b[i] = byte(v >> (24 - 8*i))
	}
}

// PutUint64 stores v into b[0:8], most significant byte first.
func (bigEndian) PutUint64(b []byte, v uint64) {
	_ = b[7]
	for i := 0; i < 8; i++ {
		b[i] = byte(v >> (56 - 8*i))
	}
}

// AppendUint16 appends the two bytes of v to b, most significant first.
func (bigEndian) AppendUint16(b []byte, v uint16) []byte {
	return append(b, byte(v>>8), byte(v))
}

// AppendUint32 appends the four bytes of v to b, most significant first.
func (bigEndian) AppendUint32(b []byte, v uint32) []byte {
	return append(b, byte(v>>24), byte(v>>16), byte(v>>8), byte(v))
}

// AppendUint64 appends the eight bytes of v to b, most significant first.
func (bigEndian) AppendUint64(b []byte, v uint64) []byte {
	return append(b, byte(v>>56), byte(v>>48), byte(v>>40), byte(v>>32),
		byte(v>>24), byte(v>>16), byte(v>>8), byte(v))
}

// String returns "BigEndian".
func (bigEndian) String() string { return "BigEndian" }

// GoString returns "binary.BigEndian".
func (bigEndian) GoString() string { return "binary.BigEndian" }

// String returns "NativeEndian".
func (nativeEndian) String() string { return "NativeEndian" }

// GoString returns "binary.NativeEndian".
func (nativeEndian) GoString() string { return "binary.NativeEndian" }

// --- Varints ---

// The longest varint encodings of 16-, 32- and 64-bit integers.
const (
	MaxVarintLen16 = 3
	MaxVarintLen32 = 5
	MaxVarintLen64 = 10
)

var errOverflow = errors.New("binary: varint overflows a 64-bit integer")

// AppendUvarint appends the varint encoding of x to buf: seven bits a byte, least
// significant group first, the high bit set on every byte but the last.
func AppendUvarint(buf []byte, x uint64) []byte {
	for ; x >= 0x80; x >>= 7 {
		buf = append(buf, 0x80|byte(x))
	}
	return append(buf, byte(x))
}

// PutUvarint stores the varint encoding of x into buf and returns its length. It
// panics (an index error) when buf is too short.
func PutUvarint(buf []byte, x uint64) int {
	n := 0
	for ; x >= 0x80; x >>= 7 {
		buf[n] = 0x80 | byte(x)
		n++
	}
	buf[n] = byte(x)
	return n + 1
}

// zigzag maps signed to unsigned integers so that values near zero encode short:
// 0, -1, 1, -2 ... become 0, 1, 2, 3 ...
func zigzag(x int64) uint64 {
	u := uint64(x) << 1
	if x < 0 {
		u = ^u
	}
	return u
}

// unzigzag undoes zigzag.
func unzigzag(u uint64) int64 {
	x := int64(u >> 1)
	if u&1 != 0 {
		x = ^x
	}
	return x
}

// AppendVarint appends the varint encoding of x (zig-zag encoded) to buf.
func AppendVarint(buf []byte, x int64) []byte { return AppendUvarint(buf, zigzag(x)) }

// PutVarint stores the varint encoding of x (zig-zag encoded) into buf and returns its
// length; it panics when buf is too short.
func PutVarint(buf []byte, x int64) int { return PutUvarint(buf, zigzag(x)) }

// Uvarint decodes a varint from the start of buf and returns it and the number of bytes
// read. When buf ends inside the varint the result is (0, 0); when the value overflows
// 64 bits it is (0, -n), n being the bytes read up to the overflow.
func Uvarint(buf []byte) (uint64, int) {
	var x uint64
	for i := 0; i < len(buf); i++ {
		if i == MaxVarintLen64 {
			return 0, -(i + 1)
		}
		b := buf[i]
		if b < 0x80 {
			if i == MaxVarintLen64-1 && b > 1 {
				return 0, -(i + 1)
			}
			return x | uint64(b)<<(7*i), i + 1
		}
		x |= uint64(b&0x7f) << (7 * i)
	}
	return 0, 0
}

// Varint decodes a zig-zag varint from the start of buf; the count is as Uvarint's.
func Varint(buf []byte) (int64, int) {
	u, n := Uvarint(buf)
	return unzigzag(u), n
}

// ReadUvarint reads a varint from r. An io.EOF after some bytes becomes
// io.ErrUnexpectedEOF; other errors of r come back as they are, with the bits read so
// far; a varint longer than 64 bits is an overflow error.
func ReadUvarint(r io.ByteReader) (uint64, error) {
	var x uint64
	for i := 0; i < MaxVarintLen64; i++ {
		b, err := r.ReadByte()
		if err != nil {
			if err == io.EOF && i > 0 {
				return x, io.ErrUnexpectedEOF
			}
			return x, err
		}
		if b < 0x80 {
			if i == MaxVarintLen64-1 && b > 1 {
				return x, errOverflow
			}
			return x | uint64(b)<<(7*i), nil
		}
		x |= uint64(b&0x7f) << (7 * i)
	}
	return x, errOverflow
}

// ReadVarint reads a zig-zag varint from r, with ReadUvarint's errors.
func ReadVarint(r io.ByteReader) (int64, error) {
	u, err := ReadUvarint(r)
	return unzigzag(u), err
}

// --- Read, Write and friends ---

var errBufferTooSmall = errors.New("buffer too small")

// form says how a value given to Read, Write ... holds its basic values.
type form int

const (
	notFixed     form = iota // not a type this package can encode
	isValue                  // a value of a basic type
	isPointer                // a pointer to one (nil or not)
	isSlice                  // a slice of them
	isSlicePtr               // a pointer to a slice of them (nil or not)
	isNilPointer             // used by shape: a nil isPointer or isSlicePtr
)

// shape describes data: its form, the size in bytes of its basic elements, and with
// elems a slice of them sharing data's memory (nil for a nil pointer). fast reports
// whether Go encodes the type without reflection (the non-complex types' values,
// pointers and slices), which decides the order of its checks.
func shape(data any) (f form, size int, elems any, fast bool) {
	switch d := data.(type) {
	case bool:
		return isValue, 1, []bool{d}, true
	case int8:
		return isValue, 1, []int8{d}, true
	case uint8:
		return isValue, 1, []uint8{d}, true
	case int16:
		return isValue, 2, []int16{d}, true
	case uint16:
		return isValue, 2, []uint16{d}, true
	case int32:
		return isValue, 4, []int32{d}, true
	case uint32:
		return isValue, 4, []uint32{d}, true
	case int64:
		return isValue, 8, []int64{d}, true
	case uint64:
		return isValue, 8, []uint64{d}, true
	case float32:
		return isValue, 4, []float32{d}, true
	case float64:
		return isValue, 8, []float64{d}, true
	case complex64:
		return isValue, 8, []complex64{d}, false
	case complex128:
		return isValue, 16, []complex128{d}, false

	case *bool:
		if d == nil {
			return isPointer, 1, nil, true
		}
		return isPointer, 1, unsafe.Slice(d, 1), true
	case *int8:
		if d == nil {
			return isPointer, 1, nil, true
		}
		return isPointer, 1, unsafe.Slice(d, 1), true
	case *uint8:
		if d == nil {
			return isPointer, 1, nil, true
		}
		return isPointer, 1, unsafe.Slice(d, 1), true
	case *int16:
		if d == nil {
			return isPointer, 2, nil, true
		}
		return isPointer, 2, unsafe.Slice(d, 1), true
	case *uint16:
		if d == nil {
			return isPointer, 2, nil, true
		}
		return isPointer, 2, unsafe.Slice(d, 1), true
	case *int32:
		if d == nil {
			return isPointer, 4, nil, true
		}
		return isPointer, 4, unsafe.Slice(d, 1), true
	case *uint32:
		if d == nil {
			return isPointer, 4, nil, true
		}
		return isPointer, 4, unsafe.Slice(d, 1), true
	case *int64:
		if d == nil {
			return isPointer, 8, nil, true
		}
		return isPointer, 8, unsafe.Slice(d, 1), true
	case *uint64:
		if d == nil {
			return isPointer, 8, nil, true
		}
		return isPointer, 8, unsafe.Slice(d, 1), true
	case *float32:
		if d == nil {
			return isPointer, 4, nil, true
		}
		return isPointer, 4, unsafe.Slice(d, 1), true
	case *float64:
		if d == nil {
			return isPointer, 8, nil, true
		}
		return isPointer, 8, unsafe.Slice(d, 1), true
	case *complex64:
		if d == nil {
			return isPointer, 8, nil, false
		}
		return isPointer, 8, unsafe.Slice(d, 1), false
	case *complex128:
		if d == nil {
			return isPointer, 16, nil, false
		}
		return isPointer, 16, unsafe.Slice(d, 1), false

	case []bool:
		return isSlice, 1, d, len(d) > 0
	case []int8:
		return isSlice, 1, d, len(d) > 0
	case []uint8:
		return isSlice, 1, d, len(d) > 0
	case []int16:
		return isSlice, 2, d, len(d) > 0
	case []uint16:
		return isSlice, 2, d, len(d) > 0
	case []int32:
		return isSlice, 4, d, len(d) > 0
	case []uint32:
		return isSlice, 4, d, len(d) > 0
	case []int64:
		return isSlice, 8, d, len(d) > 0
	case []uint64:
		return isSlice, 8, d, len(d) > 0
	case []float32:
		return isSlice, 4, d, len(d) > 0
	case []float64:
		return isSlice, 8, d, len(d) > 0
	case []complex64:
		return isSlice, 8, d, false
	case []complex128:
		return isSlice, 16, d, false

	case *[]bool:
		if d == nil {
			return isSlicePtr, 1, nil, false
		}
		return isSlicePtr, 1, *d, false
	case *[]int8:
		if d == nil {
			return isSlicePtr, 1, nil, false
		}
		return isSlicePtr, 1, *d, false
	case *[]uint8:
		if d == nil {
			return isSlicePtr, 1, nil, false
		}
		return isSlicePtr, 1, *d, false
	case *[]int16:
		if d == nil {
			return isSlicePtr, 2, nil, false
		}
		return isSlicePtr, 2, *d, false
	case *[]uint16:
		if d == nil {
			return isSlicePtr, 2, nil, false
		}
		return isSlicePtr, 2, *d, false
	case *[]int32:
		if d == nil {
			return isSlicePtr, 4, nil, false
		}
		return isSlicePtr, 4, *d, false
	case *[]uint32:
		if d == nil {
			return isSlicePtr, 4, nil, false
		}
		return isSlicePtr, 4, *d, false
	case *[]int64:
		if d == nil {
			return isSlicePtr, 8, nil, false
		}
		return isSlicePtr, 8, *d, false
	case *[]uint64:
		if d == nil {
			return isSlicePtr, 8, nil, false
		}
		return isSlicePtr, 8, *d, false
	case *[]float32:
		if d == nil {
			return isSlicePtr, 4, nil, false
		}
		return isSlicePtr, 4, *d, false
	case *[]float64:
		if d == nil {
			return isSlicePtr, 8, nil, false
		}
		return isSlicePtr, 8, *d, false
	case *[]complex64:
		if d == nil {
			return isSlicePtr, 8, nil, false
		}
		return isSlicePtr, 8, *d, false
	case *[]complex128:
		if d == nil {
			return isSlicePtr, 16, nil, false
		}
		return isSlicePtr, 16, *d, false
	}
	return notFixed, 0, nil, false
}

// count returns the number of basic values in elems, a slice that shape returned
// (0 for nil).
func count(elems any) int {
	switch s := elems.(type) {
	case []bool:
		return len(s)
	case []int8:
		return len(s)
	case []uint8:
		return len(s)
	case []int16:
		return len(s)
	case []uint16:
		return len(s)
	case []int32:
		return len(s)
	case []uint32:
		return len(s)
	case []int64:
		return len(s)
	case []uint64:
		return len(s)
	case []float32:
		return len(s)
	case []float64:
		return len(s)
	case []complex64:
		return len(s)
	case []complex128:
		return len(s)
	}
	return 0
}

// encodeInto stores the values of elems (a slice from shape) into bs in order's byte
// order; bs is long enough.
func encodeInto(bs []byte, order ByteOrder, elems any) {
	switch s := elems.(type) {
	case []bool:
		for i, v := range s {
			bs[i] = 0
			if v {
				bs[i] = 1
			}
		}
	case []int8:
		for i, v := range s {
			bs[i] = byte(v)
		}
	case []uint8:
		copy(bs, s)
	case []int16:
		for i, v := range s {
			order.PutUint16(bs[2*i:], uint16(v))
		}
	case []uint16:
		for i, v := range s {
			order.PutUint16(bs[2*i:], v)
		}
	case []int32:
		for i, v := range s {
			order.PutUint32(bs[4*i:], uint32(v))
		}
	case []uint32:
		for i, v := range s {
			order.PutUint32(bs[4*i:], v)
		}
	case []int64:
		for i, v := range s {
			order.PutUint64(bs[8*i:], uint64(v))
		}
	case []uint64:
		for i, v := range s {
			order.PutUint64(bs[8*i:], v)
		}
	case []float32:
		for i, v := range s {
			order.PutUint32(bs[4*i:], math.Float32bits(v))
		}
	case []float64:
		for i, v := range s {
			order.PutUint64(bs[8*i:], math.Float64bits(v))
		}
	case []complex64:
		for i, v := range s {
			order.PutUint32(bs[8*i:], math.Float32bits(real(v)))
			order.PutUint32(bs[8*i+4:], math.Float32bits(imag(v)))
		}
	case []complex128:
		for i, v := range s {
			order.PutUint64(bs[16*i:], math.Float64bits(real(v)))
			order.PutUint64(bs[16*i+8:], math.Float64bits(imag(v)))
		}
	}
}

// decodeFrom sets the values of elems (a slice from shape) from bs, in order's byte
// order; bs is long enough.
func decodeFrom(bs []byte, order ByteOrder, elems any) {
	switch s := elems.(type) {
	// Go walks the bytes rather than the elements for the byte-sized types, so Decode
	// with a buffer longer than such a slice panics with an index error.
	case []bool:
		for i, b := range bs {
			s[i] = b != 0
		}
	case []int8:
		for i, b := range bs {
			s[i] = int8(b)
		}
	case []uint8:
		copy(s, bs)
	case []int16:
		for i := range s {
			s[i] = int16(order.Uint16(bs[2*i:]))
		}
	case []uint16:
		for i := range s {
			s[i] = order.Uint16(bs[2*i:])
		}
	case []int32:
		for i := range s {
			s[i] = int32(order.Uint32(bs[4*i:]))
		}
	case []uint32:
		for i := range s {
			s[i] = order.Uint32(bs[4*i:])
		}
	case []int64:
		for i := range s {
			s[i] = int64(order.Uint64(bs[8*i:]))
		}
	case []uint64:
		for i := range s {
			s[i] = order.Uint64(bs[8*i:])
		}
	case []float32:
		for i := range s {
			s[i] = math.Float32frombits(order.Uint32(bs[4*i:]))
		}
	case []float64:
		for i := range s {
			s[i] = math.Float64frombits(order.Uint64(bs[8*i:]))
		}
	case []complex64:
		for i := range s {
			re := math.Float32frombits(order.Uint32(bs[8*i:]))
			im := math.Float32frombits(order.Uint32(bs[8*i+4:]))
			s[i] = complex(re, im)
		}
	case []complex128:
		for i := range s {
			re := math.Float64frombits(order.Uint64(bs[16*i:]))
			im := math.Float64frombits(order.Uint64(bs[16*i+8:]))
			s[i] = complex(re, im)
		}
	}
}

// nilDereference panics as reading through a nil pointer does, where Go's encoder
// dereferences a nil pointer it was given.
func nilDereference() {
	var p *byte
	*p = 0
}

// nilTypeDesc has a byte at offset 0x128, where Go's reflection reads a nil type.
type nilTypeDesc struct {
	_     [0x128]byte
	field byte
}

// faultSink receives the read of typeName's nil dereference.
var faultSink byte

// typeName returns the name of data's type for an error message. Go asks reflection
// for the name, which for a nil data reads at address 0x128 (a field of a nil type
// descriptor); typeName faults there too, for the same panic and [signal] line.
func typeName(data any) string {
	if data == nil {
		var desc *nilTypeDesc
		faultSink = desc.field
	}
	return fmt.Sprintf("%T", data)
}

// encodedSize returns the number of bytes data encodes to, as Go computes it for the
// values it does not encode fast (the value pointed at, if data is a pointer), or -1.
func encodedSize(f form, size int, elems any) int {
	if f == notFixed || elems == nil {
		return -1
	}
	return size * count(elems)
}

// Size returns how many bytes Write would produce for v, or -1 if v is of a type this
// package does not encode (or a nil pointer).
func Size(v any) int {
	f, size, elems, _ := shape(v)
	return encodedSize(f, size, elems)
}

// decodable returns the size of the data that Read and Decode fill through reflection
// in Go (pointers to complex values, slices, pointers to slices), or -1.
func decodable(f form, size int, elems any) int {
	if f == isValue {
		return -1
	}
	return encodedSize(f, size, elems)
}

// Read reads the binary representation of data from r in order's byte order. data must
// be a pointer to a fixed-size value or a slice of them (see the package comment for
// the types deferjit supports). The bytes are read with io.ReadFull: io.EOF if none
// could be read, io.ErrUnexpectedEOF if only some.
func Read(r io.Reader, order ByteOrder, data any) error {
	f, size, elems, fast := shape(data)
	if fast {
		bs := make([]byte, size*max(count(elems), 1))
		if _, err := io.ReadFull(r, bs); err != nil {
			return err
		}
		if f != isValue {
			if elems == nil {
				nilDereference()
			}
			decodeFrom(bs, order, elems)
			return nil
		}
	}
	n := decodable(f, size, elems)
	if n < 0 {
		return errors.New("binary.Read: invalid type " + typeName(data))
	}
	bs := make([]byte, n)
	if _, err := io.ReadFull(r, bs); err != nil {
		return err
	}
	decodeFrom(bs, order, elems)
	return nil
}

// Decode decodes data from buf in order's byte order, as Read reads it, and returns
// the number of bytes used; a short buf is an error ("buffer too small").
func Decode(buf []byte, order ByteOrder, data any) (int, error) {
	f, size, elems, fast := shape(data)
	if fast {
		n := size * max(count(elems), 1)
		if len(buf) < n {
			return 0, errBufferTooSmall
		}
		if f != isValue {
			if elems == nil {
				nilDereference()
			}
			if f == isPointer {
				buf = buf[:n]
			}
			decodeFrom(buf, order, elems)
			return n, nil
		}
	}
	n := decodable(f, size, elems)
	if n < 0 {
		return 0, errors.New("binary.Decode: invalid type " + typeName(data))
	}
	if len(buf) < n {
		return 0, errBufferTooSmall
	}
	decodeFrom(buf[:n], order, elems)
	return n, nil
}

// Write writes the binary representation of data to w in order's byte order, in one
// call of w.Write. data is a fixed-size value, a pointer to one or a slice of them.
func Write(w io.Writer, order ByteOrder, data any) error {
	f, size, elems, fast := shape(data)
	if fast {
		if elems == nil {
			nilDereference()
		}
		if b, ok := data.([]byte); ok {
			_, err := w.Write(b)
			return err
		}
		bs := make([]byte, size*count(elems))
		encodeInto(bs, order, elems)
		_, err := w.Write(bs)
		return err
	}
	n := encodedSize(f, size, elems)
	if n < 0 {
		return errors.New("binary.Write: some values are not fixed-sized in type " + typeName(data))
	}
	bs := make([]byte, n)
	encodeInto(bs, order, elems)
	_, err := w.Write(bs)
	return err
}

// Encode encodes data into buf in order's byte order, as Write writes it, and returns
// the number of bytes written; a short buf is an error ("buffer too small").
func Encode(buf []byte, order ByteOrder, data any) (int, error) {
	f, size, elems, fast := shape(data)
	n := size * count(elems)
	if fast {
		n = size * max(count(elems), 1)
		if len(buf) < n {
			return 0, errBufferTooSmall
		}
		if elems == nil {
			nilDereference()
		}
	} else {
		n = encodedSize(f, size, elems)
		if n < 0 {
			return 0, errors.New("binary.Encode: some values are not fixed-sized in type " + typeName(data))
		}
		if len(buf) < n {
			return 0, errBufferTooSmall
		}
	}
	encodeInto(buf, order, elems)
	return n, nil
}

// Append appends the encoding of data (as Write writes it) to buf and returns the
// longer slice.
func Append(buf []byte, order ByteOrder, data any) ([]byte, error) {
	f, size, elems, fast := shape(data)
	var n int
	if fast {
		n = size * max(count(elems), 1)
	} else {
		n = encodedSize(f, size, elems)
		if n < 0 {
			return nil, errors.New("binary.Append: some values are not fixed-sized in type " + typeName(data))
		}
	}
	buf, room := extend(buf, n)
	if elems == nil {
		nilDereference()
	}
	encodeInto(room, order, elems)
	return buf, nil
}

// extend returns buf lengthened by n bytes, grown as Go's slices.Grow grows it, and the
// new bytes.
func extend(buf []byte, n int) ([]byte, []byte) {
	l := len(buf)
	if more := n - (cap(buf) - l); more > 0 {
		buf = append(buf[:cap(buf)], make([]byte, more)...)
	}
	buf = buf[:l+n]
	return buf, buf[l:]
}
