package main

import "fmt"

type P struct{ x, y int }

type List struct {
	v    int
	next *List
}

func keepNew() {
	var last *int
	var all []*int
	for i := 0; i < 4; i++ {
		p := new(int)
		*p = i * 3
		if last != nil {
			fmt.Print("last=", *last, " ")
		}
		last = p
		if i%2 == 0 {
			all = append(all, p)
		}
	}
	fmt.Println()
	for _, p := range all {
		fmt.Print(*p, " ")
	}
	fmt.Println(*last)
}

func keepLitArray() {
	var arr [4]*P
	for i := 0; i < 4; i++ {
		arr[i] = &P{i, -i}
	}
	for _, p := range arr {
		fmt.Print(p.x, ",", p.y, " ")
	}
	fmt.Println()
}

func buildList(n int) *List {
	var head *List
	for i := 0; i < n; i++ {
		head = &List{v: i, next: head}
	}
	return head
}

func buildListLocal(n int) int {
	// The list never leaves the function, but every node must be distinct.
	var head *List
	for i := 0; i < n; i++ {
		node := &List{v: i}
		node.next = head
		head = node
	}
	s := 0
	for l := head; l != nil; l = l.next {
		s = s*10 + l.v
	}
	return s
}

func slicesInLoop() {
	var keep [][]int
	for i := 0; i < 3; i++ {
		s := []int{i, i + 1, i + 2}
		keep = append(keep, s)
	}
	fmt.Println(keep)
	var prev []int
	for i := 0; i < 3; i++ {
		cur := []int{i * 10}
		if prev != nil {
			fmt.Print(prev[0], "->", cur[0], " ")
		}
		prev = cur
	}
	fmt.Println()
}

func nested() {
	var outer []*int
	for i := 0; i < 3; i++ {
		var inner *int
		for j := 0; j < 3; j++ {
			x := i*10 + j
			if j == 1 {
				inner = &x
			}
		}
		outer = append(outer, inner)
		fmt.Print(*inner, " ")
	}
	fmt.Println()
	for _, p := range outer {
		fmt.Print(*p, " ")
	}
	fmt.Println()
}

func nestedSameDepthOK() {
	// The pointer never leaves the iteration: reuse is fine, output must still be right.
	total := 0
	for i := 0; i < 5; i++ {
		p := &P{i, i * i}
		q := p
		q.x += 100
		total += p.x + q.y
	}
	fmt.Println(total)
}

func rangeSliceAddr() {
	vals := []int{5, 6, 7}
	var ptrs []*int
	for _, v := range vals {
		ptrs = append(ptrs, &v)
	}
	var kept *int
	for i := range vals {
		if i == 0 {
			kept = &i
		}
	}
	for _, p := range ptrs {
		fmt.Print(*p, " ")
	}
	fmt.Println(*kept)
}

func forLoopVarAddr() {
	var ps []*int
	for i := 0; i < 3; i++ {
		ps = append(ps, &i)
	}
	var one *int
	for j := 0; j < 3; j++ {
		if j == 1 {
			one = &j
		}
	}
	fmt.Println(*ps[0], *ps[1], *ps[2], *one)
}

func mapLoop() {
	m := map[int]*P{}
	for i := 0; i < 3; i++ {
		p := P{i, i}
		m[i] = &p
		m[i].y += 10
	}
	fmt.Println(m[0].y, m[1].y, m[2].y, *m[2])
}

func whileLoop() {
	var last, first *int
	n := 0
	for n < 4 {
		x := n
		if first == nil {
			first = &x
		}
		last = &x
		n++
	}
	fmt.Println(*first, *last)
}

func breakOut() *P {
	for i := 0; ; i++ {
		p := &P{i, 2 * i}
		if i == 3 {
			return p
		}
	}
}

func labeledContinue() {
	var got []*int
outer:
	for i := 0; i < 3; i++ {
		for j := 0; j < 3; j++ {
			v := new(int)
			*v = i*100 + j
			if j == i {
				got = append(got, v)
				continue outer
			}
		}
	}
	for _, p := range got {
		fmt.Print(*p, " ")
	}
	fmt.Println()
}

func main() {
	keepNew()
	keepLitArray()
	l := buildList(5)
	for ; l != nil; l = l.next {
		fmt.Print(l.v, " ")
	}
	fmt.Println()
	fmt.Println(buildListLocal(6))
	slicesInLoop()
	nested()
	nestedSameDepthOK()
	rangeSliceAddr()
	forLoopVarAddr()
	mapLoop()
	whileLoop()
	fmt.Println(*breakOut())
	labeledContinue()
}
