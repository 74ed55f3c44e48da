package main

import (
	"bytes"
	"encoding/binary"
	"fmt"
	"math"
)

type recWriter struct{ calls []int }

func (w *recWriter) Write(p []byte) (int, error) {
	w.calls = append(w.calls, len(p))
	return len(p), nil
}

func try(label string, f func()) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Printf("%s: panic: %v\n", label, r)
		}
	}()
	f()
}

func main() {
	values := []any{
		true, false, int8(-2), uint8(200), int16(-300), uint16(0xbeef), int32(-70000), uint32(0xdeadbeef),
		int64(-1), uint64(0x0102030405060708), float32(1.5), float64(-math.Pi),
		complex64(1 + 2i), complex128(complex(math.Inf(1), -0.25)),
		[]bool{true, false, true}, []int8{-1, 2}, []uint8{1, 2, 3}, []int16{-1, 256}, []uint16{1, 2},
		[]int32{-5, 6}, []uint32{7}, []int64{-8}, []uint64{9, 10}, []float32{0.1, -0.2},
		[]float64{1e300}, []complex64{3 - 4i}, []complex128{5 + 6i, -7i},
		[]int32{}, []complex64(nil),
		new(int16), new(uint64), new(float32), new(complex128), new(bool),
		&[]int16{1, 2, 3}, &[]complex64{1i}, &[]byte{},
		// Types that are not fixed-size.
		1, uint(2), "str", []int{1}, []string{"a"}, map[int]int{}, &[]any{}, new(int), new(*int32),
	}
	for _, v := range values {
		for _, o := range []binary.ByteOrder{binary.LittleEndian, binary.BigEndian} {
			var buf bytes.Buffer
			err := binary.Write(&buf, o, v)
			enc := make([]byte, 40)
			n, err2 := binary.Encode(enc, o, v)
			app, err3 := binary.Append([]byte{0xee}, o, v)
			fmt.Printf("%T %v: size=%d write=% x %v | encode=%d % x %v | append=% x %v\n", v, o, binary.Size(v), buf.Bytes(), err, n, enc[:max(n, 0)], err2, app, err3)
			_, err4 := binary.Encode(enc[:1], o, v)
			fmt.Println("   short:", err4)
		}
	}
	// Read and Decode into pointers and slices.
	data := []byte{0x01, 0x80, 0xfe, 0xff, 0x00, 0x00, 0xc0, 0x3f, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0xf0, 0x3f, 0x11, 0x22}
	targets := []any{new(bool), new(int8), new(uint8), new(int16), new(uint16), new(int32), new(uint32), new(int64),
		new(uint64), new(float32), new(float64), new(complex64), new(complex128),
		make([]bool, 3), make([]int8, 3), make([]uint8, 4), make([]int16, 3), make([]uint16, 2), make([]int32, 2),
		make([]uint32, 4), make([]int64, 2), make([]uint64, 1), make([]float32, 3), make([]float64, 2),
		make([]complex64, 2), make([]complex128, 1), []int64{}, &[]uint16{0, 0, 0}, make([]uint64, 3),
		int32(0), complex64(0), new(int), []uint{1}, "x", (*complex128)(nil), (*[]int8)(nil)}
	for _, t := range targets {
		for _, o := range []binary.ByteOrder{binary.LittleEndian, binary.BigEndian} {
			r := bytes.NewReader(data)
			err := binary.Read(r, o, t)
			show := fmt.Sprint(t)
			switch p := t.(type) {
			case *bool:
				show = fmt.Sprint(*p)
			case *int8:
				show = fmt.Sprint(*p)
			case *uint8:
				show = fmt.Sprint(*p)
			case *int16:
				show = fmt.Sprint(*p)
			case *uint16:
				show = fmt.Sprint(*p)
			case *int32:
				show = fmt.Sprint(*p)
			case *uint32:
				show = fmt.Sprint(*p)
			case *int64:
				show = fmt.Sprint(*p)
			case *uint64:
				show = fmt.Sprint(*p)
			case *float32:
				show = fmt.Sprint(*p)
			case *float64:
				show = fmt.Sprint(*p)
			case *complex64:
				show = fmt.Sprint(*p)
			case *complex128:
				if p != nil {
					show = fmt.Sprint(*p)
				}
			case *[]uint16:
				show = fmt.Sprint(*p)
			case *int:
				show = "ptr"
			}
			fmt.Printf("Read %T %v: %s err=%v left=%d\n", t, o, show, err, r.Len())
			try("  Decode", func() {
				n, err2 := binary.Decode(data[:9], o, t)
				fmt.Printf("  Decode n=%d err=%v\n", n, err2)
			})
			try("  Decode exact", func() {
				n, err2 := binary.Decode(data[:binary.Size(t)], o, t)
				fmt.Printf("  Decode exact n=%d err=%v\n", n, err2)
			})
		}
	}
	// Read errors from the reader: EOF, unexpected EOF.
	for _, n := range []int{0, 1, 3, 4} {
		var x uint32
		r := bytes.NewReader(data[:n])
		err := binary.Read(r, binary.BigEndian, &x)
		var c complex64
		err2 := binary.Read(bytes.NewReader(data[:n]), binary.BigEndian, &c)
		s := make([]int16, 2)
		err3 := binary.Read(bytes.NewReader(data[:n]), binary.LittleEndian, s)
		fmt.Println(n, x, err, c, err2, s, err3)
	}
	// Write calls the writer once, even for empty slices.
	w := &recWriter{}
	binary.Write(w, binary.LittleEndian, []int32{})
	binary.Write(w, binary.LittleEndian, []byte{})
	binary.Write(w, binary.LittleEndian, []byte{1, 2})
	binary.Write(w, binary.LittleEndian, &[]int64{1, 2})
	binary.Write(w, binary.LittleEndian, uint16(3))
	fmt.Println(w.calls)
	// Append grows as slices.Grow does.
	b := make([]byte, 2, 5)
	b2, _ := binary.Append(b, binary.BigEndian, uint16(0x1234))
	b3, _ := binary.Append(b2, binary.BigEndian, uint64(1))
	fmt.Println(len(b2), cap(b2), len(b3), cap(b3), b3)
	// Nil pointers of the fast types panic, others are errors.
	try("Write nil *int32", func() { fmt.Println(binary.Write(&bytes.Buffer{}, binary.LittleEndian, (*int32)(nil))) })
	try("Write nil *complex64", func() { fmt.Println(binary.Write(&bytes.Buffer{}, binary.LittleEndian, (*complex64)(nil))) })
	try("Read nil *uint16", func() {
		fmt.Println(binary.Read(bytes.NewReader(data), binary.LittleEndian, (*uint16)(nil)))
	})
	try("Read nil *uint16 empty", func() {
		fmt.Println(binary.Read(bytes.NewReader(nil), binary.LittleEndian, (*uint16)(nil)))
	})
	try("Encode nil *bool", func() { fmt.Println(binary.Encode(make([]byte, 4), binary.LittleEndian, (*bool)(nil))) })
	try("Encode nil *bool short", func() { fmt.Println(binary.Encode(nil, binary.LittleEndian, (*bool)(nil))) })
	try("Append nil *float64", func() { fmt.Println(binary.Append(nil, binary.LittleEndian, (*float64)(nil))) })
	try("Decode nil *int64", func() { fmt.Println(binary.Decode(data, binary.LittleEndian, (*int64)(nil))) })
	try("Write nil", func() { fmt.Println(binary.Write(&bytes.Buffer{}, binary.LittleEndian, nil)) })
	try("Read nil", func() { fmt.Println(binary.Read(bytes.NewReader(data), binary.LittleEndian, nil)) })
	fmt.Println(binary.Size(nil), binary.Size((*int32)(nil)), binary.Size((*complex64)(nil)), binary.Size((*[]int8)(nil)))
	// Round trip through a buffer.
	var buf bytes.Buffer
	binary.Write(&buf, binary.BigEndian, uint16(7))
	binary.Write(&buf, binary.BigEndian, []float64{1.25, -2})
	binary.Write(&buf, binary.BigEndian, int8(-1))
	var a uint16
	fs := make([]float64, 2)
	var c int8
	fmt.Println(binary.Read(&buf, binary.BigEndian, &a), binary.Read(&buf, binary.BigEndian, fs), binary.Read(&buf, binary.BigEndian, &c), a, fs, c)
	fmt.Println(binary.Read(&buf, binary.BigEndian, &c))
}
