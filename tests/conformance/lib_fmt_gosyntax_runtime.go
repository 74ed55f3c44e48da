package main

import (
	"errors"
	"fmt"
	"os"
	"strings"
)

type Point struct {
	X, Y int
	Tag  string
}

type Celsius float64

func (c Celsius) GoString() string { return fmt.Sprintf("Celsius(%g)", float64(c)) }

type Grid [2][2]uint8

var formats = []string{"%#v", "%v", "%+v", "%#x", "%O", "%#O", "%#08v", "%#-4v|", "%#.3g", "%#e", "%#q", "%[1]v/%[1]T"}

func main() {
	vals := []interface{}{42, uint32(42), -3.5, "q\"s", []byte("ab"), Point{1, -2, "p"}, &Point{}, Celsius(21.5), Grid{{1, 2}, {3, 4}}, map[Celsius]bool{1: true, -1: false}, []string(nil), true, 'r'}
	for _, f := range formats {
		var b strings.Builder
		for i, v := range vals {
			if i > 0 {
				b.WriteString(" ")
			}
			b.WriteString(fmt.Sprintf(f, v))
		}
		fmt.Println(f, "=>", b.String())
	}

	// Fprintf, Errorf and Printf with the new verbs.
	fmt.Fprintf(os.Stdout, "%#v %O %[1]T\n", Point{Tag: "w"}, 9)
	err := fmt.Errorf("point %#v: %w", Point{X: 1}, errors.New("bad"))
	fmt.Println(err, errors.Unwrap(err))
	fmt.Printf("%#v\n", fmt.Errorf("%[2]s %[1]d", 1, "x"))
	var sb strings.Builder
	fmt.Fprintf(&sb, "%#v|%#v", []Celsius{1, 2}, struct{ C Celsius }{3})
	fmt.Println(sb.String())

	// A %#v text as a panic value.
	defer fmt.Println("deferred")
	panic(fmt.Sprintf("unexpected %#v", map[string][]int{"k": {1, 2}, "j": nil}))
}
