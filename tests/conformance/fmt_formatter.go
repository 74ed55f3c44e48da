package main

import (
	"errors"
	"fmt"
	"os"
	"strings"
)

type Point struct{ X, Y int }

func (p Point) Format(f fmt.State, verb rune) {
	switch verb {
	case 'v':
		if f.Flag('+') {
			fmt.Fprintf(f, "Point{X:%d, Y:%d}", p.X, p.Y)
			return
		}
		if f.Flag('#') {
			fmt.Fprintf(f, "main.Point(%d,%d)", p.X, p.Y)
			return
		}
		fmt.Fprintf(f, "(%d,%d)", p.X, p.Y)
	case 's':
		f.Write([]byte("P"))
	default:
		fmt.Fprintf(f, "%%!%c(Point)", verb)
	}
}

type Money int64

func (m Money) Format(f fmt.State, verb rune) {
	w, wok := f.Width()
	p, pok := f.Precision()
	fmt.Fprintf(f, "[%c w=%d,%v p=%d,%v flags=", verb, w, wok, p, pok)
	for _, c := range "-+# 0" {
		if f.Flag(int(c)) {
			fmt.Fprintf(f, "%c", c)
		}
	}
	fmt.Fprintf(f, " directive=%q]", fmt.FormatString(f, verb))
}

type Hex []byte

func (h Hex) Format(f fmt.State, c rune) {
	// hand back to Sprintf with the same directive, upper-cased verb
	fmt.Fprintf(f, fmt.FormatString(f, 'X'), []byte(h))
}

type Boom struct{}

func (Boom) Format(f fmt.State, c rune) {
	f.Write([]byte("partial "))
	panic("boom")
}

type PBoom struct{ n int }

func (p *PBoom) Format(f fmt.State, c rune) {
	fmt.Fprintf(f, "n=%d", p.n)
}

type Wrapper struct {
	P    Point
	M    Money
	Name string
}

type errF struct{ msg string }

func (e errF) Error() string { return "errF: " + e.msg }
func (e errF) Format(f fmt.State, c rune) {
	if c == 'v' && f.Flag('+') {
		io := "detailed " + e.msg
		f.Write([]byte(io))
		return
	}
	f.Write([]byte(e.Error()))
}

type sw struct{ s string }

func (x sw) Format(f fmt.State, c rune) {
	if w, ok := f.(interface{ WriteString(string) (int, error) }); ok {
		w.WriteString("ws:" + x.s)
	}
}

func main() {
	p := Point{1, 2}
	fmt.Println(p)
	fmt.Printf("%v|%+v|%#v|%s|%d|%T\n", p, p, p, p, p, p)
	fmt.Print(p, "\n")
	s := fmt.Sprint(p, p)
	fmt.Println(s, len(s))
	var m Money = 5
	fmt.Printf("%v\n", m)
	fmt.Printf("%-8.3x\n", m)
	fmt.Printf("%+ #012d\n", m)
	fmt.Printf("%*.*f\n", 7, 2, m)
	fmt.Printf("%+v %#v\n", m, m)
	fmt.Printf("%[1]v %[1]q\n", m)
	fmt.Printf("%x|% X|%#08x\n", Hex{1, 171}, Hex{2, 3}, Hex{0xff})
	fmt.Printf("[%v]\n", Boom{})
	fmt.Printf("[%d]\n", Boom{})
	var nilp *PBoom
	fmt.Printf("[%v]\n", nilp)
	fmt.Printf("[%v]\n", &PBoom{7})
	fmt.Println(PBoom{8})
	w := Wrapper{p, 3, "w"}
	fmt.Printf("%v\n%+v\n", w, w)
	fmt.Println(w)
	fmt.Println([]Point{{1, 2}, {3, 4}}, map[string]Point{"a": {5, 6}})
	fmt.Printf("%v\n", []any{p, m, nil})
	e := errF{"bad"}
	fmt.Println(e)
	fmt.Printf("%v|%+v|%s\n", e, e, e)
	var err error = e
	wrapped := fmt.Errorf("ctx: %w", err)
	fmt.Println(wrapped)
	fmt.Println(errors.Is(wrapped, e))
	fmt.Printf("%v\n", sw{"x"})
	var b strings.Builder
	fmt.Fprintf(&b, "%v and %s", p, p)
	fmt.Println(b.String())
	fmt.Fprintln(os.Stderr, p)
	fmt.Printf("%v %v\n", p, 3)
	fmt.Printf("%!\n", p)
	fmt.Printf("%v %v\n", p)
	fmt.Printf("%z\n", p)
	fmt.Printf("%p\n", nil)
	fmt.Println("done")
}
