package main

import "fmt"

type K struct {
	Name string
	Pos  [2]int8
}

func main() {
	m := map[[2]int]int{{-1, 5}: 1, {-1, -5}: 2, {3, 0}: 3, {-10, 100}: 4}
	fmt.Println(m)
	ms := map[[2]string]bool{{"ab", ""}: true, {"a", "zz"}: false, {"", "x"}: true}
	fmt.Println(ms)
	mb := map[[2]bool]int{{true, false}: 1, {false, true}: 2, {false, false}: 3}
	fmt.Println(mb)
	mz := map[[0]int]string{{}: "empty"}
	mz[[0]int{}] += "!"
	fmt.Println(mz, len(mz))
	mk := map[K]int{{"b", [2]int8{1, 2}}: 1, {"a", [2]int8{-3, 4}}: 2, {"a", [2]int8{-3, -4}}: 3}
	fmt.Println(mk)
	mk[K{"a", [2]int8{-3, 4}}]++
	fmt.Println(mk[K{"a", [2]int8{-3, 4}}])
	mn := map[[2][2]uint8]string{{{1, 2}, {3, 4}}: "x", {{1, 2}, {0, 9}}: "y"}
	fmt.Println(mn)
	mv := map[string][3]int{}
	v := mv["missing"]
	v[0] = 1
	mv["a"] = v
	v[1] = 2
	fmt.Println(mv, v)
	// can't assign mv["a"][0] = ...; copy out, modify, store back
	t := mv["a"]
	t[2] = 9
	mv["a"] = t
	fmt.Println(mv)
	mp := map[string]*[2]int{"p": {1, 2}}
	mp["p"][1] = 20
	fmt.Println(*mp["p"])
	for k, v := range map[[1]string][1]int{{"only"}: {7}} {
		fmt.Println(k, v, k[0], v[0])
	}
	pm := map[*[2]int]int{}
	arr := [2]int{}
	pm[&arr] = 1
	pm[&arr]++
	fmt.Println(len(pm), pm[&arr])
	var ai map[any]string = map[any]string{}
	ai[[2]int{1, 1}] = "a"
	ai[[2]int{2, 1}] = "b"
	ai[[2]int{1, 0}] = "c"
	fmt.Println(ai)
}
