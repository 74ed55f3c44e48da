package main

import "fmt"

type Cell struct {
	id  int
	val string
}

func main() {
	values := []Cell{{1, "a"}, {2, "b"}}
	ptrs := []*Cell{&values[0], &values[1]}
	ptrs[0].val = "A"
	values[1].val = "B"
	fmt.Println(values, *ptrs[0], *ptrs[1])
	copyCell := values[0]
	copyCell.val = "copy"
	fmt.Println("copy:", copyCell, "orig:", values[0])

	small := make([]Cell, 1, 1)
	first := &small[0]
	small = append(small, Cell{2, "new"})
	first.val = "old array"
	fmt.Println("after realloc:", small, *first)

	roomy := make([]Cell, 1, 4)
	r0 := &roomy[0]
	roomy = append(roomy, Cell{2, "x"})
	r0.val = "same array"
	fmt.Println("no realloc:", roomy)

	var fresh []*Cell
	for i := 0; i < 3; i++ {
		c := Cell{id: i}
		fresh = append(fresh, &c)
	}
	fresh[0].val = "zero"
	fmt.Println(*fresh[0], *fresh[1], *fresh[2], fresh[0] != fresh[1])

	var shared []*Cell
	one := Cell{9, "nine"}
	for i := 0; i < 2; i++ {
		shared = append(shared, &one)
	}
	shared[0].id = 90
	fmt.Println(*shared[1], one)

	var anyP any = &one
	back := anyP.(*Cell)
	back.val = "via any"
	fmt.Println(one, anyP == any(&one))
	_, isVal := anyP.(Cell)
	fmt.Println("pointer in any is not value:", isVal)
}
