package main

import (
	"fmt"
	"sort"
)

type Person struct {
	Name string
	Age  int
}

type ByAge []Person

func (a ByAge) Len() int           { return len(a) }
func (a ByAge) Swap(i, j int)      { a[i], a[j] = a[j], a[i] }
func (a ByAge) Less(i, j int) bool { return a[i].Age < a[j].Age }

type ByName struct{ ps []Person }

func (b *ByName) Len() int           { return len(b.ps) }
func (b *ByName) Swap(i, j int)      { b.ps[i], b.ps[j] = b.ps[j], b.ps[i] }
func (b *ByName) Less(i, j int) bool { return b.ps[i].Name < b.ps[j].Name }

type counting struct {
	data  []int
	swaps int
}

func (c *counting) Len() int           { return len(c.data) }
func (c *counting) Less(i, j int) bool { return c.data[i] < c.data[j] }
func (c *counting) Swap(i, j int) {
	c.swaps++
	c.data[i], c.data[j] = c.data[j], c.data[i]
}

func printPeople(ps []Person) {
	for _, p := range ps {
		fmt.Print(p.Name, "(", p.Age, ") ")
	}
	fmt.Println()
}

func main() {
	people := []Person{{"Alice", 30}, {"Bob", 25}, {"Carol", 35}, {"Dan", 20}, {"Eve", 28}}
	sort.Sort(ByAge(people))
	printPeople(people)
	fmt.Println("sorted by age:", sort.IsSorted(ByAge(people)))

	sort.Sort(sort.Reverse(ByAge(people)))
	printPeople(people)
	fmt.Println("sorted by age:", sort.IsSorted(ByAge(people)), "reverse sorted:", sort.IsSorted(sort.Reverse(ByAge(people))))

	bn := &ByName{people}
	sort.Sort(bn)
	printPeople(people)

	var data sort.Interface = ByAge(people)
	fmt.Println("Len via interface:", data.Len(), data.Less(0, 1))

	c := &counting{data: []int{1, 2, 3, 4, 5}}
	sort.Sort(c)
	fmt.Println("already sorted:", c.data)
	c2 := &counting{data: []int{9, 8, 7, 6, 5, 4, 3, 2, 1, 0, 15, 14, 13, 12, 11, 10}}
	sort.Sort(c2)
	fmt.Println("reversed input:", c2.data, c2.swaps > 0)

	large := make([]int, 300)
	for i := range large {
		large[i] = (i * 7919) % 301
	}
	lc := &counting{data: large}
	sort.Sort(lc)
	fmt.Println("large sorted:", sort.IntsAreSorted(lc.data), lc.data[0], lc.data[299])

	st := &counting{data: []int{3, 1, 2, 3, 1, 2}}
	sort.Stable(st)
	fmt.Println("stable:", st.data)

	empty := ByAge(nil)
	sort.Sort(empty)
	sort.Stable(empty)
	fmt.Println("empty ok", sort.IsSorted(empty))

	rev := sort.Reverse(sort.IntSlice([]int{1, 2, 3}))
	fmt.Println("reverse Less(0,1):", rev.Less(0, 1), rev.Len())
}
