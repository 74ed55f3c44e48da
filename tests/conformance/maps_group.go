package main

import "fmt"

type Person struct {
	Name string
	Age  int
}

func sortStrings(s []string) {
	for i := 1; i < len(s); i++ {
		for j := i; j > 0 && s[j] < s[j-1]; j-- {
			s[j], s[j-1] = s[j-1], s[j]
		}
	}
}

func main() {
	people := []Person{{"ann", 30}, {"bob", 20}, {"cat", 30}, {"dan", 40}, {"eve", 20}}
	byAge := make(map[int][]string)
	for _, p := range people {
		byAge[p.Age] = append(byAge[p.Age], p.Name)
	}
	fmt.Println(byAge)
	keys := []int{}
	for k := range byAge {
		keys = append(keys, k)
	}
	for i := 1; i < len(keys); i++ {
		for j := i; j > 0 && keys[j] < keys[j-1]; j-- {
			keys[j], keys[j-1] = keys[j-1], keys[j]
		}
	}
	for _, k := range keys {
		names := byAge[k]
		sortStrings(names)
		fmt.Println(k, names, len(names))
	}
	s := byAge[30]
	s[0] = "ZZZ"
	fmt.Println(byAge[30])
	byAge[99] = nil
	fmt.Println(len(byAge), byAge[99] == nil, byAge[100] == nil)
}
