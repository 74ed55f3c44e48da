package main

import "fmt"

type P struct {
	Name string
	N    int
}

type Key [2]int

type Namer interface{ Name2() string }

func (p P) Name2() string { return p.Name + p.Name }

func classify(x any) string {
	switch v := x.(type) {
	case [2]int:
		if v[0]+v[1] == 3 {
			return "int2 sum3"
		}
		return "int2"
	case [3]int:
		return "int3"
	case Key:
		return "Key"
	case [2]string:
		return "str2 " + v[1]
	case *[2]int:
		return "ptr"
	default:
		return "other"
	}
}

func main() {
	a, b := [3]int{1, 2, 3}, [3]int{1, 2, 3}
	fmt.Println(a == b, a != b)
	b[2] = 4
	fmt.Println(a == b, a != b)
	s1, s2 := [2]string{"x", "y"}, [2]string{"x", "y"}
	fmt.Println(s1 == s2, s1 == [2]string{"x", "z"})
	ps1 := [2]P{{"a", 1}, {"b", 2}}
	ps2 := ps1
	fmt.Println(ps1 == ps2)
	ps2[1].N = 3
	fmt.Println(ps1 == ps2)
	i1 := [2]any{1, "s"}
	i2 := [2]any{1, "s"}
	i3 := [2]any{int64(1), "s"}
	fmt.Println(i1 == i2, i1 == i3)
	n1 := [2][2]int{{1, 2}, {3, 4}}
	fmt.Println(n1 == [2][2]int{{1, 2}, {3, 4}}, n1[1] == [2]int{3, 4})
	var e1, e2 [0]int
	fmt.Println(e1 == e2)
	bs := [3]bool{true}
	fmt.Println(bs == [3]bool{true, false, false})

	m := map[[2]int]string{}
	m[[2]int{1, 2}] = "a"
	m[[2]int{0, 5}] = "b"
	m[[2]int{1, 2}] += "c"
	k := [2]int{1, 0}
	m[k] = "d"
	k[1] = 2
	fmt.Println(m, len(m), m[k])
	v, ok := m[[2]int{9, 9}]
	fmt.Println(v == "", ok)
	delete(m, [2]int{0, 5})
	fmt.Println(m)
	ms := map[[2]string]int{{"b", "a"}: 1, {"a", "z"}: 2, {"a", "b"}: 3}
	fmt.Println(ms)
	mk := map[Key]bool{{1, 1}: true}
	fmt.Println(mk[Key{1, 1}], mk[Key{}])

	var x any = [2]int{1, 2}
	var y any = [2]int{1, 2}
	var z any = Key{1, 2}
	fmt.Println(x == y, x == z, x == [2]int{1, 2}, z == Key{1, 2})
	arr := x.([2]int)
	arr[0] = 100
	fmt.Println(arr, x)
	_, isKey := x.(Key)
	_, is3 := x.([3]int)
	fmt.Println(isKey, is3)
	pa := &[2]int{5, 6}
	fmt.Println(classify(x), classify(z), classify([3]int{}), classify([2]string{"p", "q"}), classify(pa), classify(1))
	var ma = map[any]int{}
	ma[[2]int{1, 2}] = 1
	ma[Key{1, 2}] = 2
	ma[x] += 10
	fmt.Println(len(ma), ma[[2]int{1, 2}], ma[z])
	var ifs [2]Namer
	fmt.Println(ifs == [2]Namer{}, ifs[0] == nil)
	ifs[1] = P{"p", 1}
	ifs2 := [2]Namer{nil, P{"p", 1}}
	fmt.Println(ifs == ifs2, ifs[1].Name2())
	ifs2[1] = &P{"p", 1}
	fmt.Println(ifs == ifs2)
}
