package main

import (
	"fmt"
	"hash"
	"hash/crc32"
	"hash/fnv"
	"io"
	"strings"
)

type marshaler interface {
	MarshalBinary() ([]byte, error)
	UnmarshalBinary([]byte) error
}

var inputs = []string{"", "a", "b", "ab", "abc", "foobar", "hello, world", "The quick brown fox jumps over the lazy dog",
	"\x00", "\x00\x00\x00\x00", "\xff\xfe\xfd", strings.Repeat("0123456789", 20), "日本語"}

func show(name string, mk func() hash.Hash) {
	fmt.Println("==", name)
	h := mk()
	fmt.Printf("%T size=%d block=%d\n", h, h.Size(), h.BlockSize())
	for _, in := range inputs {
		h.Reset()
		n, err := io.WriteString(h, in)
		sum := h.Sum(nil)
		line := fmt.Sprintf("  %q n=%d %v sum=%x len=%d cap=%d", trunc(in), n, err, sum, len(sum), cap(sum))
		if h32, ok := h.(hash.Hash32); ok {
			line += fmt.Sprintf(" sum32=%#08x", h32.Sum32())
		}
		if h64, ok := h.(hash.Hash64); ok {
			line += fmt.Sprintf(" sum64=%#016x", h64.Sum64())
		}
		fmt.Println(line)
	}
	// Incremental equals one-shot; Sum does not change the state; Sum appends.
	h.Reset()
	h.Write([]byte("hello, "))
	mid := h.Sum([]byte("prefix:"))
	h.Write([]byte("world"))
	fmt.Printf("  incremental %x mid=%q\n", h.Sum(nil), mid[:7])
	pre := make([]byte, 2, 10)
	out := h.Sum(pre)
	fmt.Printf("  sum into cap: %x len=%d cap=%d shared=%v\n", out, len(out), cap(out), &out[0] == &pre[0])
	m, ok := h.(marshaler)
	fmt.Println("  marshaler:", ok)
	if ok {
		state, err := m.MarshalBinary()
		fmt.Printf("  state %q len=%d cap=%d %v\n", state, len(state), cap(state), err)
		h2 := mk()
		m2 := h2.(marshaler)
		fmt.Println("  unmarshal:", m2.UnmarshalBinary(state))
		h2.Write([]byte("!"))
		h.Write([]byte("!"))
		fmt.Printf("  resumed equal: %v\n", string(h.Sum(nil)) == string(h2.Sum(nil)))
		fmt.Println("  bad magic:", m2.UnmarshalBinary([]byte("xyz\x01aaaaaaaa")))
		fmt.Println("  short:", m2.UnmarshalBinary(state[:3]))
		fmt.Println("  bad size:", m2.UnmarshalBinary(append(state[:len(state):len(state)], 0)))
		fmt.Println("  truncated:", m2.UnmarshalBinary(state[:len(state)-1]))
	}
}

func trunc(s string) string {
	if len(s) > 20 {
		return s[:20] + "..."
	}
	return s
}

func main() {
	show("fnv32", func() hash.Hash { return fnv.New32() })
	show("fnv32a", func() hash.Hash { return fnv.New32a() })
	show("fnv64", func() hash.Hash { return fnv.New64() })
	show("fnv64a", func() hash.Hash { return fnv.New64a() })
	show("fnv128", fnv.New128)
	show("fnv128a", fnv.New128a)
	show("crc32 IEEE", func() hash.Hash { return crc32.NewIEEE() })
	show("crc32 Castagnoli", func() hash.Hash { return crc32.New(crc32.MakeTable(crc32.Castagnoli)) })
	show("crc32 Koopman", func() hash.Hash { return crc32.New(crc32.MakeTable(crc32.Koopman)) })

	fmt.Println("Size", crc32.Size, crc32.IEEE, crc32.Castagnoli, crc32.Koopman)
	fmt.Println("same tables:", crc32.MakeTable(crc32.IEEE) == crc32.IEEETable,
		crc32.MakeTable(crc32.Castagnoli) == crc32.MakeTable(crc32.Castagnoli),
		crc32.MakeTable(crc32.Koopman) == crc32.MakeTable(crc32.Koopman),
		*crc32.MakeTable(crc32.Koopman) == *crc32.MakeTable(crc32.Koopman))
	t := crc32.MakeTable(0x04c11db7)
	fmt.Printf("table %#x %#x %#x\n", t[0], t[1], t[255])
	fmt.Printf("IEEETable %#x %#x %#x\n", crc32.IEEETable[1], crc32.IEEETable[128], crc32.IEEETable[255])
	for _, in := range inputs {
		b := []byte(in)
		c := crc32.ChecksumIEEE(b)
		fmt.Printf("%q ieee=%08x cast=%08x koop=%08x custom=%08x\n", trunc(in), c,
			crc32.Checksum(b, crc32.MakeTable(crc32.Castagnoli)), crc32.Checksum(b, crc32.MakeTable(crc32.Koopman)),
			crc32.Checksum(b, t))
		if len(b) > 1 {
			half := len(b) / 2
			u := crc32.Update(crc32.Update(0, crc32.IEEETable, b[:half]), crc32.IEEETable, b[half:])
			fmt.Println("  update split equal:", u == c)
		}
	}
	fmt.Printf("Update nonzero: %08x %08x\n", crc32.Update(0xdeadbeef, crc32.IEEETable, []byte("x")), crc32.Update(123, crc32.IEEETable, nil))
	fmt.Println("nil table empty:", crc32.Update(5, nil, nil))
	// A crc32 state from one table does not load into another.
	a := crc32.NewIEEE()
	a.Write([]byte("abc"))
	st, _ := a.(marshaler).MarshalBinary()
	b := crc32.New(crc32.MakeTable(crc32.Castagnoli))
	fmt.Println("table mismatch:", b.(marshaler).UnmarshalBinary(st))
	f := fnv.New32()
	fmt.Println("cross fnv:", f.(marshaler).UnmarshalBinary([]byte("fnv\x02\x00\x00\x00\x00")))
	var nilTab *crc32.Table
	nh := crc32.New(nilTab)
	st, _ = nh.(marshaler).MarshalBinary()
	fmt.Printf("nil table state: %x\n", st)
	func() {
		defer func() { fmt.Println("nil table write:", recover()) }()
		nh.Write([]byte("a"))
	}()
	crc32.Checksum([]byte("boom"), nil)
}
