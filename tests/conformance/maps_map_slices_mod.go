package main

import "fmt"

func main() {
	m := map[string][]int{}
	m["a"] = make([]int, 0, 4)
	m["a"] = append(m["a"], 1)
	s := m["a"]
	s = append(s, 2)
	fmt.Println(m["a"], s, len(m["a"]))
	m["a"] = append(m["a"], 3)
	fmt.Println(m["a"], s)
	m["b"] = m["a"][:1:1]
	m["b"] = append(m["b"], 50)
	fmt.Println(m)
	m["a"][0] = -1
	fmt.Println(m)
	copy(m["a"], []int{7, 7, 7, 7, 7})
	fmt.Println(m, s)
	m["c"] = append(m["c"], m["a"]...)
	m["c"] = m["c"][1:]
	fmt.Println(m, cap(m["c"]) >= 1)
	ms := map[int]map[string][]string{}
	for i := 0; i < 3; i++ {
		if ms[i%2] == nil {
			ms[i%2] = map[string][]string{}
		}
		ms[i%2]["k"] = append(ms[i%2]["k"], "v")
	}
	fmt.Println(ms)
}
