package main

import "fmt"

type Node struct {
	Val         int
	Left, Right *Node
}

func (n *Node) Insert(v int) *Node {
	if n == nil {
		return &Node{Val: v} // escapes to the heap
	}
	if v < n.Val {
		n.Left = n.Left.Insert(v)
	} else {
		n.Right = n.Right.Insert(v)
	}
	return n
}

func (n *Node) InOrder(visit func(int)) {
	if n == nil {
		return
	}
	n.Left.InOrder(visit)
	visit(n.Val)
	n.Right.InOrder(visit)
}

func newCounter() *int {
	c := 0 // a local whose address outlives the call
	return &c
}

func swap(a, b *int) { *a, *b = *b, *a }

func makeAccumulator() (add func(int), total *int) {
	sum := 0
	return func(v int) { sum += v }, &sum // closure and pointer share sum
}

type Config struct {
	Name  string
	Level *int
}

// setDefault writes through a pointer to a named result from a deferred closure.
func setDefault(p *int) (old int) {
	defer func() {
		if recover() != nil {
			old = -1
		}
	}()
	old = *p // nil p panics here
	*p = 42
	return old
}

func main() {
	a, b := 1, 2
	swap(&a, &b)
	fmt.Println(a, b)

	c1, c2 := newCounter(), newCounter()
	*c1 += 5
	*c2++
	fmt.Println(*c1, *c2, c1 != c2, c1 == c1)

	p := new(int)
	fmt.Println(*p, p != nil)
	*p = 7
	q := p
	*q *= 3
	fmt.Println(*p)

	var root *Node
	for _, v := range []int{5, 3, 8, 1, 4, 7, 9, 2} {
		root = root.Insert(v)
	}
	var vals []int
	root.InOrder(func(v int) { vals = append(vals, v) })
	fmt.Println(vals, root.Left.Right.Val, root.Right.Left.Val)

	add, total := makeAccumulator()
	add(10)
	add(5)
	*total *= 2
	add(1)
	fmt.Println("total:", *total)

	arr := [3]int{1, 2, 3}
	pe := &arr[1]
	*pe = 20
	sl := arr[:]
	sl[2] = 30
	fmt.Println(arr, *pe)

	type pt struct{ X, Y int }
	pts := []pt{{1, 2}, {3, 4}}
	first := &pts[0]
	pts = append(pts, pt{5, 6}) // may move the backing array; first still points at the old one
	first.X = 100
	fmt.Println(pts[0].X == 100 || pts[0].X == 1, first.X)

	ptrs := make([]*int, 3)
	for i := range ptrs {
		ptrs[i] = &i // per-iteration variable: distinct pointers
	}
	fmt.Println(*ptrs[0], *ptrs[1], *ptrs[2])

	lvl := 3
	cfg := Config{"svc", &lvl}
	cp := cfg // shallow copy shares Level
	*cp.Level = 9
	cp.Name = "copy"
	fmt.Println(cfg.Name, *cfg.Level, cp.Name, *cp.Level)

	pp := &p
	**pp = 11
	fmt.Println(*p, **pp)

	sp := &struct{ N int }{N: 1}
	sp.N++
	(*sp).N++
	fmt.Println(sp.N, *sp)

	x := 5
	old := setDefault(&x)
	fmt.Println(old, x, setDefault(nil))

	var escaped []*int
	func() {
		for i := 0; i < 3; i++ {
			v := i * i
			defer func() { escaped = append(escaped, &v) }()
		}
	}()
	for _, e := range escaped {
		fmt.Print(*e, " ")
	}
	fmt.Println()
	println("pointers done:", *p)

	var nilp *Node
	defer func() {
		fmt.Println("recovered:", recover())
	}()
	fmt.Println(nilp.Val)
}
