package main

import (
	"bytes"
	"fmt"
	"io"
)

func main() {
	b := bytes.NewBufferString("héllo\xffwörld\n")
	for {
		r, size, err := b.ReadRune()
		if err != nil {
			fmt.Println("end:", err, err == io.EOF, b.Len())
			break
		}
		fmt.Printf("%q/%d ", r, size)
	}
	fmt.Println()

	u := bytes.NewBufferString("aé")
	fmt.Println(u.UnreadRune())
	fmt.Println(u.UnreadByte())
	r, n, _ := u.ReadRune()
	fmt.Println(r, n, u.UnreadRune(), u.Len())
	fmt.Println(u.UnreadRune())
	c, err := u.ReadByte()
	fmt.Println(c, err, u.UnreadByte(), u.Len())
	u.ReadRune()
	r, n, _ = u.ReadRune()
	fmt.Println(r, n, u.UnreadByte(), u.Len())
	e1, e2 := u.UnreadRune(), u.UnreadRune()
	fmt.Println(e1 == e2, e1)

	lines := bytes.NewBufferString("one\ntwo\n\nthree")
	for {
		line, err := lines.ReadString('\n')
		fmt.Printf("%q %v\n", line, err)
		if err != nil {
			break
		}
	}
	lb := bytes.NewBufferString("a;bb;;ccc")
	for i := 0; i < 5; i++ {
		line, err := lb.ReadBytes(';')
		fmt.Printf("%q nil=%v len=%d cap=%d err=%v\n", line, line == nil, len(line), cap(line), err)
	}
	fmt.Println(lb.UnreadByte(), lb.Len())

	nb := bytes.NewBufferString("0123456789")
	first := nb.Next(3)
	fmt.Printf("%s %d %d\n", first, len(first), cap(first))
	first[0] = 'X'
	fmt.Println(nb.String(), nb.Next(0) == nil, nb.UnreadByte())
	all := nb.Next(100)
	fmt.Printf("%s %d %d %d\n", all, len(all), cap(all), nb.Len())
	fmt.Println(nb.UnreadByte(), nb.Len(), nb.String())
	var z bytes.Buffer
	fmt.Println(z.Next(5) == nil)

	rb := bytes.NewBufferString("abcdefgh")
	p := make([]byte, 3)
	for {
		n, err := rb.Read(p)
		fmt.Printf("n=%d err=%v %q\n", n, err, p[:n])
		if err != nil {
			break
		}
	}
	n0, err0 := rb.Read(nil)
	fmt.Println(n0, err0)
	n1, err1 := rb.ReadByte()
	fmt.Println(n1, err1)
	_, _, err2 := rb.ReadRune()
	fmt.Println(err2)

	// Reading frees room at the front: writes slide the data down or grow.
	var w bytes.Buffer
	w.Write(make([]byte, 60))
	fmt.Println(w.Len(), w.Cap())
	w.Next(50)
	w.Write(make([]byte, 20))
	fmt.Println(w.Len(), w.Cap())
	w.Next(28)
	w.Write(make([]byte, 40))
	fmt.Println(w.Len(), w.Cap())
	w.Next(w.Len())
	w.WriteString("x")
	fmt.Println(w.Len(), w.Cap(), w.String())
	w.Write(make([]byte, 100))
	w.Next(90)
	w.Write(make([]byte, 70))
	fmt.Println(w.Len(), w.Cap())
}
