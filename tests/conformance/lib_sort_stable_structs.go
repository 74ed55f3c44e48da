package main

import (
	"fmt"
	"sort"
)

type Person struct {
	Name string
	Age  int
	City string
}

type byAge []Person

func (a byAge) Len() int           { return len(a) }
func (a byAge) Less(i, j int) bool { return a[i].Age < a[j].Age }
func (a byAge) Swap(i, j int)      { a[i], a[j] = a[j], a[i] }

type byCity struct{ byAge }

func (c byCity) Less(i, j int) bool { return c.byAge[i].City < c.byAge[j].City }

func people() []Person {
	names := []string{"ann", "bob", "cat", "dan", "eve", "fay", "gus", "hal", "ivy", "jon", "kim", "lea", "max", "ned", "oli", "pam", "quin", "rob", "sue", "tom", "uma", "val", "wes", "xia", "yan", "zoe"}
	cities := []string{"Oslo", "Rome", "Lima", "Kyiv"}
	var ps []Person
	for r := 0; r < 3; r++ {
		for i, n := range names {
			ps = append(ps, Person{fmt.Sprint(n, r), 20 + (i*7+r*3)%9, cities[(i+r)%4]})
		}
	}
	return ps
}

func main() {
	ps := people()
	sort.Stable(byAge(ps))
	fmt.Println(ps)
	sort.Stable(byCity{ps})
	fmt.Println(ps)
	ps = people()
	sort.Sort(byAge(ps))
	fmt.Println(ps)
	ps = people()
	sort.SliceStable(ps, func(i, j int) bool { return ps[i].City > ps[j].City })
	fmt.Println(ps)
	sort.SliceStable(ps, func(i, j int) bool { return ps[i].Age%3 < ps[j].Age%3 })
	fmt.Println(ps)
	ps = people()
	sort.Slice(ps, func(i, j int) bool {
		if ps[i].City != ps[j].City {
			return ps[i].City < ps[j].City
		}
		return ps[i].Age < ps[j].Age
	})
	fmt.Println(ps)
	ps = people()[:20]
	sort.Stable(sort.Reverse(byAge(ps)))
	fmt.Println(ps)
	for _, n := range []int{0, 1, 19, 20, 21, 39, 40, 41, 78} {
		ps = people()[:n]
		calls := 0
		sort.SliceStable(ps, func(i, j int) bool { calls++; return ps[i].Age/2 < ps[j].Age/2 })
		fmt.Println(n, calls, ps)
	}
	r := sort.Reverse(sort.IntSlice{1, 2, 3})
	fmt.Println(r, r.Len(), r.Less(0, 1))
	fmt.Printf("%T %T %T %T\n", r, sort.IntSlice{}, sort.StringSlice{}, sort.Float64Slice{})
	fmt.Printf("%v %d\n", sort.IntSlice{3, 4}, sort.IntSlice{5})
	s := []string{"pear", "apple", "fig", "kiwi"}
	sort.Sort(sort.Reverse(sort.StringSlice(s)))
	fmt.Println(s)
}
