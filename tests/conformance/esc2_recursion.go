package main

import "fmt"

// Recursion and summaries computed while others are in progress: closures calling their
// enclosing function, mutual recursion through closures, frame pointers passed down a
// deep recursion, stored only at the bottom.

type Node struct {
	v      int
	parent *Node
}

var bottom *Node
var gclos []func() int
var gptr *int

func scribble(n int) int {
	var a [64]int
	for i := range a {
		a[i] = n*43 + i
	}
	if n > 0 {
		return a[n%64] + scribble(n-1)
	}
	return a[10]
}

func setBottom(n *Node) { bottom = n }

func descend(depth int, parent *Node) int {
	n := Node{v: depth, parent: parent}
	if depth == 0 {
		setBottom(&n)
		return n.v
	}
	return descend(depth-1, &n) + n.v
}

func sumChain(n *Node) int {
	t := 0
	for ; n != nil; n = n.parent {
		t += n.v
	}
	return t
}

func readOnly(depth int, parent *Node) int {
	n := Node{v: depth * 2, parent: parent}
	if depth == 0 {
		return sumChain(&n)
	}
	return readOnly(depth-1, &n)
}

// a closure calling its enclosing function
func outerRec(k int) int {
	x := k * 10
	f := func() int {
		x++
		if k > 0 {
			return outerRec(k-1) + x
		}
		gptr = &x
		return x
	}
	return f()
}

// a closure stored globally that calls the enclosing function recursively
func register(k int) {
	y := k + 100
	gclos = append(gclos, func() int {
		y += 1
		if k > 0 && len(gclos) < 6 {
			register(k - 1)
		}
		return y
	})
}

// mutual recursion through a closure-bearing function
func ping(p *int, n int) *int {
	if n == 0 {
		return p
	}
	g := func() *int { return pong(p, n-1) }
	return g()
}

func pong(p *int, n int) *int {
	if n == 0 {
		gptr = p
		return nil
	}
	return ping(p, n-1)
}

func pingLoop() []int {
	var out []int
	var keep []*int
	for i := 0; i < 4; i++ {
		x := i + 200
		r := ping(&x, i)
		if r != nil {
			keep = append(keep, r)
		}
	}
	scribble(5)
	for _, k := range keep {
		out = append(out, *k)
	}
	out = append(out, *gptr)
	return out
}

// recursive closure through a by-reference variable
func fib() []int {
	var memo [20]*int
	var f func(n int) int
	f = func(n int) int {
		if memo[n] != nil {
			return *memo[n]
		}
		r := n
		if n >= 2 {
			r = f(n-1) + f(n-2)
		}
		memo[n] = &r
		return r
	}
	f(15)
	var out []int
	for i := 0; i < 16; i += 3 {
		out = append(out, *memo[i])
	}
	return out
}

func deepArrays(n int, acc *[8]int) int {
	var local [8]int
	for i := range local {
		local[i] = acc[i] + n
	}
	if n == 0 {
		return local[7]
	}
	return deepArrays(n-1, &local)
}

func main() {
	fmt.Println("descend", descend(50, nil))
	scribble(20)
	fmt.Println("bottom", bottom.v, sumChain(bottom))
	fmt.Println("readOnly", readOnly(100, nil))
	fmt.Println("outerRec", outerRec(3))
	scribble(5)
	fmt.Println("gptr", *gptr)
	register(2)
	scribble(5)
	for i := 0; i < len(gclos); i++ {
		fmt.Print(gclos[i](), " ")
	}
	fmt.Println(len(gclos))
	fmt.Println("ping", pingLoop())
	fmt.Println("fib", fib())
	var start [8]int
	fmt.Println("deepArrays", deepArrays(1000, &start))
}
