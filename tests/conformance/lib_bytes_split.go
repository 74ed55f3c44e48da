package main

import (
	"bytes"
	"fmt"
)

func dump(tag string, parts [][]byte) {
	fmt.Printf("%-14s nil=%-5v len=%d cap=%d [", tag, parts == nil, len(parts), cap(parts))
	for i, p := range parts {
		if i > 0 {
			fmt.Print(" ")
		}
		fmt.Printf("%q/%d/%d", p, len(p), cap(p))
	}
	fmt.Println("]")
}

func main() {
	s := []byte("a,b,,c,")
	dump("Split", bytes.Split(s, []byte(",")))
	dump("SplitAfter", bytes.SplitAfter(s, []byte(",")))
	for n := -1; n <= 6; n++ {
		dump(fmt.Sprint("SplitN ", n), bytes.SplitN(s, []byte(","), n))
	}
	for _, n := range []int{-2, 0, 1, 2, 10} {
		dump(fmt.Sprint("SplitAfterN ", n), bytes.SplitAfterN(s, []byte(","), n))
	}

	u := []byte("hé\xffl世")
	dump("explode", bytes.Split(u, nil))
	dump("explode 2", bytes.SplitN(u, []byte{}, 2))
	dump("explode 9", bytes.SplitN(u, []byte{}, 9))
	dump("explodeAfter", bytes.SplitAfter(u, nil))
	dump("explode nil", bytes.Split(nil, nil))
	dump("explode 1", bytes.SplitN([]byte("xy"), nil, 1))

	dump("nil input", bytes.Split(nil, []byte(",")))
	dump("empty input", bytes.Split([]byte{}, []byte(",")))
	dump("no match", bytes.Split([]byte("abc"), []byte("--")))
	dump("multi sep", bytes.Split([]byte("1--2----3"), []byte("--")))
	dump("after multi", bytes.SplitAfter([]byte("1--2----3"), []byte("--")))
	dump("whole", bytes.Split([]byte("--"), []byte("--")))

	// The pieces share s's memory: writes through them show in s, and appending to a
	// piece (its capacity is capped) does not overwrite what follows it.
	data := []byte("key=value;x=y")
	pieces := bytes.Split(data, []byte(";"))
	pieces[0][0] = 'K'
	pieces[1][0] = 'X'
	fmt.Printf("%s\n", data)
	grown := append(pieces[0], '!')
	fmt.Printf("%s %s\n", data, grown)
	last := append(pieces[1], '?')
	fmt.Printf("%s %s %d\n", data, last, cap(pieces[1]))

	buf := make([]byte, 0, 32)
	buf = append(buf, "p q r"...)
	ws := bytes.Split(buf, []byte(" "))
	dump("tail cap", ws)
	ws[2] = append(ws[2], "st"...)
	fmt.Printf("%q %q\n", buf[:7], ws[2])
}
