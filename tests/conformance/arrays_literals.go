package main

import "fmt"

type Point struct {
	X, Y int
}

type Named struct {
	Name string
	Tags [2]string
}

const (
	A = iota
	B
	C
)

func main() {
	pos := [3]int{1, 2, 3}
	keyed := [5]int{1: 10, 3: 30}
	mixed := [6]int{2: 5, 6, 0: 9, 4: 1}
	dots := [...]string{"a", "b", "c", "d"}
	dotsKeyed := [...]int{5: 1, 2, 1: 7}
	iotaKeyed := [...]string{C: "c", A: "a"}
	var zero [4]int
	var zs [3]string
	var zb [2]bool
	fmt.Println(pos, keyed, mixed)
	fmt.Println(dots, len(dots), dotsKeyed, len(dotsKeyed))
	fmt.Println(iotaKeyed, len(iotaKeyed), len(iotaKeyed[B]))
	fmt.Println(zero, zs, zb, len(zs))
	empty := [...]int{}
	fmt.Println(empty, len(empty), [0]string{})

	grid := [2][3]int{{1, 2, 3}, {4, 5}}
	grid2 := [...][2]string{{"x", "y"}, 2: {1: "z"}}
	fmt.Println(grid, grid2, len(grid2))
	cube := [2][2][2]int{{{1}, {2, 3}}, {1: {4, 5}}}
	fmt.Println(cube)

	pts := [3]Point{{1, 2}, {Y: 5}, 2: {X: 7}}
	fmt.Println(pts)
	pps := [...]*Point{{3, 4}, nil, {X: 9}}
	fmt.Println(len(pps), *pps[0], pps[1] == nil, pps[2].X, pps[2].Y)
	named := [2]Named{{"n1", [2]string{"t1", "t2"}}, {Name: "n2"}}
	fmt.Println(named)
	pa := &[3]int{7, 8, 9}
	fmt.Println(pa, *pa)
	pn := &[2][2]int{{1}, {0, 2}}
	fmt.Println(pn)
	ps := &[2]string{"hello", "world"}
	fmt.Println(ps)
	sl := [][2]int{{1, 2}, {3, 4}}
	fmt.Println(sl, len(sl))
	m := map[string][2]int{"k": {5, 6}}
	fmt.Println(m)
	var anyArr any = [2]bool{true}
	fmt.Println(anyArr)
	bs := [4]byte{'a', 'b', 255}
	fmt.Println(bs)
	var i8 = [3]int8{-128, 127}
	var u64 = [2]uint64{18446744073709551615}
	fmt.Println(i8, u64)
	strs := [3]string{"", " ", ""}
	fmt.Println(strs, len(strs[1]))
	fmt.Print(pos, keyed, "\n")
	fmt.Print("x", pos, 1, 2, "\n")
	fmt.Println([1][1][1]int{{{42}}})
}
