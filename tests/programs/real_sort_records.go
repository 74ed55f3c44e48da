package main

import (
	"fmt"
	"sort"
	"strings"
)

type Employee struct {
	Name   string
	Dept   string
	Salary int
	Age    int
}

// byAge implements sort.Interface.
type byAge []Employee

func (a byAge) Len() int           { return len(a) }
func (a byAge) Less(i, j int) bool { return a[i].Age < a[j].Age }
func (a byAge) Swap(i, j int)      { a[i], a[j] = a[j], a[i] }

func names(es []Employee) string {
	ns := make([]string, len(es))
	for i, e := range es {
		ns[i] = e.Name
	}
	return strings.Join(ns, " ")
}

// sortChecked sorts with a comparator that rejects bad records by panicking; the panic is
// turned into an error at this boundary.
func sortChecked(es []Employee) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("sort aborted: %v", r)
		}
	}()
	sort.Slice(es, func(i, j int) bool {
		for _, k := range []int{i, j} {
			if es[k].Salary < 0 {
				panic(fmt.Sprintf("negative salary for %s", es[k].Name))
			}
		}
		if es[i].Salary != es[j].Salary {
			return es[i].Salary > es[j].Salary
		}
		return es[i].Name < es[j].Name
	})
	return nil
}

func main() {
	staff := []Employee{
		{"ada", "eng", 120, 36}, {"bo", "ops", 90, 29}, {"cy", "eng", 120, 41},
		{"di", "sales", 70, 29}, {"ed", "ops", 95, 50}, {"flo", "eng", 105, 23},
		{"gus", "sales", 70, 33}, {"hal", "eng", 90, 29}, {"ivy", "ops", 95, 38},
	}

	byDept := append([]Employee(nil), staff...)
	sort.Slice(byDept, func(i, j int) bool {
		a, b := byDept[i], byDept[j]
		if a.Dept != b.Dept {
			return a.Dept < b.Dept
		}
		if a.Salary != b.Salary {
			return a.Salary > b.Salary
		}
		return a.Name < b.Name
	})
	fmt.Println("dept, salary desc, name:", names(byDept))

	stable := append([]Employee(nil), staff...)
	sort.SliceStable(stable, func(i, j int) bool { return stable[i].Salary < stable[j].Salary })
	fmt.Println("stable by salary:", names(stable))

	ages := append(byAge(nil), staff...)
	sort.Stable(ages)
	fmt.Println("stable by age:", names(ages), sort.IsSorted(ages))
	sort.Sort(sort.Reverse(ages))
	fmt.Println("oldest:", ages[0].Name, "youngest:", ages[len(ages)-1].Name)

	salaries := make([]int, 0, len(staff))
	for _, e := range staff {
		salaries = append(salaries, e.Salary)
	}
	sort.Ints(salaries)
	fmt.Println("salaries:", salaries)
	i := sort.SearchInts(salaries, 95)
	j := sort.Search(len(salaries), func(k int) bool { return salaries[k] > 100 })
	fmt.Println("first 95 at", i, "first >100 at", j, "count >100:", len(salaries)-j)

	words := strings.Fields("pear Apple fig apple banana Fig cherry")
	sort.Strings(words)
	fmt.Println(words)
	sort.Slice(words, func(a, b int) bool {
		la, lb := strings.ToLower(words[a]), strings.ToLower(words[b])
		if la != lb {
			return la < lb
		}
		return words[a] < words[b]
	})
	fmt.Println(words)

	totals := map[string]int{}
	for _, e := range staff {
		totals[e.Dept] += e.Salary
	}
	fmt.Println("totals:", totals)

	good := append([]Employee(nil), staff[:4]...)
	fmt.Println("checked:", sortChecked(good), names(good))
	bad := append([]Employee(nil), staff...)
	bad[5].Salary = -1
	err := sortChecked(bad)
	fmt.Println("checked:", err)
	println("sorted", len(staff), "employees")
}
