package main

import "fmt"

type Sortable interface {
	Len() int
	Less(i, j int) bool
	Swap(i, j int)
}

type Ints []int

func (s Ints) Len() int           { return len(s) }
func (s Ints) Less(i, j int) bool { return s[i] < s[j] }
func (s Ints) Swap(i, j int)      { s[i], s[j] = s[j], s[i] }

type Person struct {
	Name string
	Age  int
}

type ByAge []Person

func (s ByAge) Len() int           { return len(s) }
func (s ByAge) Less(i, j int) bool { return s[i].Age < s[j].Age }
func (s ByAge) Swap(i, j int)      { s[i], s[j] = s[j], s[i] }

type Rev struct{ s Sortable }

func (r Rev) Len() int           { return r.s.Len() }
func (r Rev) Less(i, j int) bool { return r.s.Less(j, i) }
func (r Rev) Swap(i, j int)      { r.s.Swap(i, j) }

func sortIt(s Sortable) {
	for i := 1; i < s.Len(); i++ {
		for j := i; j > 0 && s.Less(j, j-1); j-- {
			s.Swap(j, j-1)
		}
	}
}

func main() {
	a := Ints{5, 2, 8, 1, 9, 3}
	sortIt(a)
	fmt.Println(a)
	p := ByAge{{"ann", 40}, {"bob", 20}, {"cy", 30}}
	sortIt(p)
	for _, x := range p {
		fmt.Println(x.Name, x.Age)
	}
	fmt.Println(p)
	sortIt(Rev{a})
	fmt.Println(a)
	var s Sortable = Rev{Rev{p}}
	sortIt(s)
	fmt.Println(p[0].Name, p[2].Name)
}
