package main

import (
	"fmt"
	"sort"
	"strings"
)

type counter struct {
	name string
	n    int
}

func (c counter) report(out chan<- string) {
	out <- fmt.Sprintf("%s=%d", c.name, c.n)
}

func (c *counter) bump(by int, done chan<- bool) {
	c.n += by
	done <- true
}

func square(x int, out chan<- int) {
	out <- x * x
}

func join(parts []string, sep string, out chan string) {
	out <- strings.Join(parts, sep)
}

func next(p *int) int {
	*p = *p + 1
	return *p
}

func main() {
	// Named function with arguments.
	sq := make(chan int)
	go square(7, sq)
	fmt.Println("square:", <-sq)

	// Arguments are evaluated at the go statement, not when the goroutine runs.
	x := 10
	go square(x, sq)
	x = 100
	fmt.Println("square of x at go time:", <-sq, "x now", x)

	// Argument evaluation order and side effects happen in the calling goroutine.
	k := 0
	res := make(chan string)
	go join([]string{fmt.Sprint(next(&k)), fmt.Sprint(next(&k)), fmt.Sprint(next(&k))}, "-", res)
	fmt.Println("k after go:", k)
	fmt.Println("joined:", <-res)

	// Func literal with parameters.
	go func(a, b string) {
		res <- a + "+" + b
	}("left", "right")
	fmt.Println("literal:", <-res)

	// Method values: receiver copied at the go statement for value receivers.
	c := counter{"c", 1}
	go c.report(res)
	c.n = 99
	fmt.Println("value receiver:", <-res)

	done := make(chan bool)
	p := &counter{"p", 5}
	go p.bump(10, done)
	<-done
	fmt.Println("pointer receiver:", p.n)

	// Closures capturing per-iteration loop variables (Go 1.22 semantics).
	ints := make(chan int, 5)
	for i := 0; i < 5; i++ {
		go func() { ints <- i * 10 }()
	}
	got := []int{}
	for j := 0; j < 5; j++ {
		got = append(got, <-ints)
	}
	sort.Ints(got)
	fmt.Println("loop closures:", got)

	words := []string{"go", "chan", "select"}
	strs := make(chan string, len(words))
	for idx, w := range words {
		go func() { strs <- fmt.Sprintf("%d:%s", idx, w) }()
	}
	all := []string{}
	for range words {
		all = append(all, <-strs)
	}
	sort.Strings(all)
	fmt.Println("range closures:", all)

	// Closure that modifies a captured variable; synchronization makes it visible.
	total := 0
	go func() {
		for i := 1; i <= 10; i++ {
			total += i
		}
		done <- true
	}()
	<-done
	fmt.Println("captured total:", total)

	// Goroutine started from a goroutine, result relayed back.
	relay := make(chan int)
	go func() {
		inner := make(chan int)
		go func(n int) { inner <- n * 3 }(14)
		relay <- <-inner + 1
	}()
	fmt.Println("nested:", <-relay)

	// go with a function value held in a variable.
	f := func(s string) { res <- strings.ToUpper(s) }
	go f("shout")
	fmt.Println("func value:", <-res)
}
