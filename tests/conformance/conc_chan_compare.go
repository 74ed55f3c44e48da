package main

import (
	"fmt"
	"sort"
)

type named chan int

func describe(v any) string {
	switch v.(type) {
	case chan int:
		return "chan int"
	case <-chan int:
		return "<-chan int"
	case chan<- int:
		return "chan<- int"
	case named:
		return "named"
	case nil:
		return "nil"
	}
	return "other"
}

func main() {
	a := make(chan int)
	b := make(chan int)
	a2 := a
	var n1, n2 chan int
	fmt.Println("a==a2", a == a2, "a==b", a == b, "nil==nil", n1 == n2, "a==nil", a == nil)

	// Directional views of the same channel compare equal to it.
	var r <-chan int = a
	var s chan<- int = a
	fmt.Println("recv view == a:", r == a, "send view == a:", s == a)

	// Channels as map keys.
	owners := map[chan int]string{a: "alpha", b: "beta"}
	owners[a2] = "alpha2"
	fmt.Println("map len:", len(owners), owners[a], owners[b])
	_, found := owners[make(chan int)]
	fmt.Println("fresh channel found:", found)
	owners[nil] = "nil-key"
	fmt.Println("nil key:", owners[n1], len(owners))

	// Counting by channel in a map; output sorted through the values.
	chans := []chan int{a, b, a, a, b, make(chan int)}
	counts := map[chan int]int{}
	for _, c := range chans {
		counts[c]++
	}
	vals := []int{}
	for _, v := range counts {
		vals = append(vals, v)
	}
	sort.Ints(vals)
	fmt.Println("counts:", vals)

	// Channels in interfaces compare by dynamic type and value.
	var ia, ib, ir any = a, a2, r
	fmt.Println("iface a==a2:", ia == ib, "iface a==recv view:", ia == ir)

	// Channels inside structs and arrays make them comparable.
	type pair struct {
		in, out chan int
	}
	p1 := pair{a, b}
	p2 := pair{a2, b}
	p3 := pair{b, a}
	fmt.Println("struct eq:", p1 == p2, p1 == p3)
	arr1 := [2]chan int{a, nil}
	arr2 := [2]chan int{a2, nil}
	fmt.Println("array eq:", arr1 == arr2)

	// Type names and type switches on channel types.
	fmt.Printf("%T %T %T %T\n", a, r, s, make(chan []string))
	fmt.Printf("%T %T\n", make(chan<- map[string]int), make(<-chan struct{}))
	fmt.Printf("%T\n", make(chan chan<- error))
	var nm named = make(named, 2)
	fmt.Println(describe(a), describe(r), describe(s), describe(nm), describe(nil))
	fmt.Printf("%T len=%d cap=%d\n", nm, len(nm), cap(nm))

	// Conversion between named and unnamed channel types.
	plain := (chan int)(nm)
	plain <- 5
	ln := len(nm)
	fmt.Println("converted shares buffer:", ln, <-nm)

	// A set of channels, used to deduplicate.
	set := map[chan int]bool{}
	for _, c := range []chan int{a, b, a2, b, a} {
		set[c] = true
	}
	fmt.Println("distinct channels:", len(set))

	// Delete by channel key.
	delete(owners, a)
	_, still := owners[a2]
	fmt.Println("after delete:", len(owners), still)

	// Comparing with a closed channel: closing does not change identity.
	c := make(chan int)
	d := c
	close(c)
	fmt.Println("closed still equal:", c == d)

	// Directional types in signatures: a function returning one view of each kind.
	feed, result := summer()
	for i := 1; i <= 10; i++ {
		feed <- i
	}
	close(feed) // closing through a send-only view is allowed
	fmt.Println("summer:", <-result)

	// A channel of receive-only channels, passed through a send-only parameter.
	holder := make(chan (<-chan int), 1)
	src := make(chan int, 3)
	src <- 3
	src <- 1
	src <- 4
	close(src)
	forward(holder, src)
	var acc []int
	for v := range <-holder { // range over a receive-only channel
		acc = append(acc, v)
	}
	fmt.Println("forwarded:", acc)
}

func summer() (chan<- int, <-chan int) {
	in := make(chan int)
	res := make(chan int)
	go func() {
		sum := 0
		for v := range in {
			sum += v
		}
		res <- sum
	}()
	return in, res
}

func forward(dst chan<- <-chan int, src <-chan int) {
	dst <- src
}
