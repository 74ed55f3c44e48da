package main

import (
	"fmt"
	"sort"
	"strings"
)

type Grade rune

type Student struct {
	Name   string
	Scores []int
	Tags   map[string]bool
	Mentor *Student
}

type Course struct {
	Title    string
	Students []Student
	weights  [3]float64
}

func (s Student) Avg() float64 {
	if len(s.Scores) == 0 {
		return 0
	}
	t := 0
	for _, v := range s.Scores {
		t += v
	}
	return float64(t) / float64(len(s.Scores))
}

func letter(avg float64) Grade {
	switch {
	case avg >= 90:
		return 'A'
	case avg >= 80:
		return 'B'
	case avg >= 70:
		return 'C'
	case avg >= 60:
		return 'D'
	}
	return 'F'
}

type byAvg []Student

func (b byAvg) Len() int           { return len(b) }
func (b byAvg) Less(i, j int) bool { return b[i].Avg() > b[j].Avg() }
func (b byAvg) Swap(i, j int)      { b[i], b[j] = b[j], b[i] }

func makeCounter() (inc func() int, get func() int) {
	n := 0
	inc = func() int { n++; return n }
	get = func() int { return n }
	return
}

func curve(points int) func(int) int {
	return func(s int) int {
		if s+points > 100 {
			return 100
		}
		return s + points
	}
}

func apply(xs []int, fs ...func(int) int) []int {
	out := append([]int(nil), xs...)
	for _, f := range fs {
		for i := range out {
			out[i] = f(out[i])
		}
	}
	return out
}

func main() {
	mentor := &Student{Name: "Prof"}
	c := Course{Title: "Go 101", weights: [3]float64{0.2, 0.3, 0.5}}
	c.Students = []Student{
		{"Ada", []int{95, 88, 92}, map[string]bool{"honors": true}, mentor},
		{"Bob", []int{72, 65, 80}, nil, nil},
		{"Cy", []int{55, 61, 58}, map[string]bool{"probation": true, "late": false}, mentor},
		{"Di", nil, nil, nil},
		{"Ed", []int{88, 91, 79}, map[string]bool{}, nil},
	}
	fmt.Printf("%#v\n", c.Students[1])
	fmt.Printf("%#v %#v %#v\n", c.weights, []string{"a"}, map[string]int{"z": 1, "a": 2})
	fmt.Printf("%v %+v\n", c.Students[1], c.Students[0].Mentor)
	fmt.Printf("%#v %#v %#v %#v\n", Grade('A'), 3.0, "q\"s", struct{}{})
	sort.Sort(byAvg(c.Students))
	for i, s := range c.Students {
		fmt.Printf("%-2d %-4s %6.2f %c %v\n", i+1, s.Name, s.Avg(), letter(s.Avg()), s.Scores)
	}
	for _, s := range c.Students {
		s.Name = strings.ToUpper(s.Name)
	}
	for i := range c.Students {
		c.Students[i].Scores = apply(c.Students[i].Scores, curve(5), func(x int) int { return x - x%2 })
	}
	fmt.Println(c.Students[0].Name, c.Students[0].Scores, c.Students[3].Scores)

	var funcs []func() string
	for i, s := range c.Students {
		funcs = append(funcs, func() string { return fmt.Sprint(i, s.Name) })
	}
	for i := 0; i < 3; i++ {
		funcs = append(funcs, func() string { return fmt.Sprint("i=", i) })
	}
	var outs []string
	for _, f := range funcs {
		outs = append(outs, f())
	}
	fmt.Println(strings.Join(outs, "|"))
	inc, get := makeCounter()
	inc()
	inc()
	fmt.Println(inc(), get())

	var s []int
	prevCap := -1
	for i := 0; i < 20; i++ {
		s = append(s, i)
		if cap(s) != prevCap {
			fmt.Printf("len=%d cap=%d; ", len(s), cap(s))
			prevCap = cap(s)
		}
	}
	fmt.Println()
	a := s[2:5]
	b := a[:cap(a)-10]
	a = append(a, 100)
	fmt.Println(a, len(b), cap(b), s[5], s[2:7:8], cap(s[2:7:8]))
	bs := []byte("hello")
	bs2 := append(bs[:2], "LLO WORLD"...)
	fmt.Println(string(bs), string(bs2), len(bs2))
	copy(bs, "HE")
	fmt.Println(string(bs), copy(make([]int, 2), []int{1, 2, 3}))

	i := 0
retry:
	i++
	if i < 3 {
		fmt.Print("retry ", i, "; ")
		goto retry
	}
	fmt.Println("done", i)
	var nilm map[string]int
	var nils []int
	var nile error
	var nilp *Student
	fmt.Println(nilm, nils, nile, nilp, len(nilm), nilm["x"], nils == nil)
	fmt.Printf("%v %d %s %+v %#v %#v\n", nils, nils, nile, nilm, nils, nilp)
	fmt.Printf("%d %s %v\n", "str", 42, 1, 2)
	fmt.Printf("%!%d|%5.1f%%|%x|%o|%O|%b|%#x|%#o|% d|%+d\n", 3, 99.44, -255, 8, 8, 5, 255, 8, 5, 5)
	fmt.Printf("%t %v %08.3f %-8.2e| %G %.3g %10.4v|\n", true, false, 3.14159, 12345.678, 1e-7, 123456.0, 2.0/3)
	fmt.Printf("%3c|%-3c|%q|%v|%d\n", 'x', 'y', 'z', 'z', Grade('B'))
	fmt.Println(fmt.Sprint("a", 1, 2, "b", "c", 3.0, nil), fmt.Sprintln("x", 1))
}
