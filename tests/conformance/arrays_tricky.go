package main

import "fmt"

type Buf [4]byte

func (b Buf) String() string { return "Buf<" + string(b[:]) + ">" }
func (b *Buf) Set(i int, c byte) { b[i] = c }

type Code [2]int

func (c Code) Error() string { return "code error" }

type S struct{ arr [3]int }

func try(name string, f func()) {
	defer func() { fmt.Println(name, recover()) }()
	f()
}

func two() ([2]int, [2]string) { return [2]int{1, 2}, [2]string{"a", "b"} }

func main() {
	a := [3]int{1, 2, 3}
	a = [3]int{a[2], a[1], a[0]}
	fmt.Println(a)
	a = [3]int{2: a[0], 0: a[2] + a[1]}
	fmt.Println(a)
	s := S{[3]int{4, 5, 6}}
	s = S{arr: [3]int{s.arr[2], s.arr[0], s.arr[1]}}
	fmt.Println(s)
	b := [3]int{1, 2, 3}
	b[0], b = 5, [3]int{}
	fmt.Println(b)
	c := [3]int{1, 2, 3}
	c, c[0] = [3]int{7, 8, 9}, 100
	fmt.Println(c)
	x, y := two()
	fmt.Println(x, y)

	bb := Buf{'a', 'b', 'c', 'd'}
	fmt.Println(bb, &bb, []Buf{bb})
	var grid [2]Buf
	grid[1].Set(0, 'z')
	set := grid[0].Set
	set(3, 'q')
	fmt.Println(grid[1][0], grid[0][3])
	var err error = Code{1, 2}
	fmt.Println(err, err == Code{1, 2}, err == error(Code{2, 1}))
	k := Code([2]int{3, 4})
	fmt.Println([2]int(k), k == Code{3, 4})

	var u1 any = [1][]int{{1}}
	try("cmp", func() { fmt.Println(u1 == u1) })
	try("hash", func() { m := map[any]int{}; m[u1] = 1 })
	var u2 any = [2]any{1, []int{2}}
	var u3 any = [2]any{2, []int{2}}
	try("cmp2", func() { fmt.Println(u2 == u3) })
	try("cmp3", func() { fmt.Println(u2 == u2) })
	aa := [2]any{1, []int{}}
	try("cmp4", func() { fmt.Println(aa == aa) })
	const L = len(a) * 2
	var d [L]int
	var e [len(d) + 1]string
	fmt.Println(len(d), len(e))
	ps := []*[2]int{{1, 2}, nil}
	fmt.Println(*ps[0], ps[1] == nil)
	var z1, z2 [0]int
	fmt.Println(z1 == z2, len(z1))
}
