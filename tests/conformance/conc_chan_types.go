package main

import (
	"errors"
	"fmt"
	"strings"
)

type shape interface {
	area() float64
	name() string
}

type rect struct{ w, h float64 }
type circle struct{ r float64 }

func (r rect) area() float64   { return r.w * r.h }
func (r rect) name() string    { return "rect" }
func (c circle) area() float64 { return 3 * c.r * c.r }
func (c circle) name() string  { return "circle" }

type request struct {
	n     int
	reply chan int
}

var errOdd = errors.New("odd input")

func main() {
	// Channel of strings.
	cs := make(chan string, 3)
	cs <- "x"
	cs <- "yy"
	cs <- "zzz"
	close(cs)
	var sb strings.Builder
	for s := range cs {
		sb.WriteString(s)
		sb.WriteByte('|')
	}
	fmt.Println("strings:", sb.String())

	// Channel of slices.
	csl := make(chan []string)
	go func() {
		csl <- strings.Fields("a b c")
		csl <- nil
		close(csl)
	}()
	for s := range csl {
		fmt.Println("slice:", len(s), s, s == nil)
	}

	// Channel of channels: each request carries its own reply channel.
	server := make(chan request)
	go func() {
		for r := range server {
			r.reply <- r.n * r.n
		}
	}()
	for _, n := range []int{2, 5, 11} {
		rc := make(chan int)
		server <- request{n, rc}
		fmt.Println("request", n, "->", <-rc)
	}
	close(server)

	cc := make(chan chan string, 1)
	inner := make(chan string, 1)
	cc <- inner
	(<-cc) <- "through a channel of channels"
	fmt.Println(<-inner)

	// Channel of funcs: the receiver calls them.
	cf := make(chan func(int) int, 3)
	cf <- func(x int) int { return x + 1 }
	cf <- func(x int) int { return x * 2 }
	base := 7
	cf <- func(x int) int { return x - base }
	close(cf)
	acc := 10
	for f := range cf {
		acc = f(acc)
		fmt.Println("func applied:", acc)
	}

	// Channel of errors.
	ce := make(chan error)
	go func() {
		for _, n := range []int{2, 3, 4} {
			if n%2 == 1 {
				ce <- fmt.Errorf("check %d: %w", n, errOdd)
			} else {
				ce <- nil
			}
		}
		close(ce)
	}()
	for err := range ce {
		if err == nil {
			fmt.Println("error: <nil>")
			continue
		}
		fmt.Println("error:", err, errors.Is(err, errOdd))
	}

	// Channel of interfaces, with type switches on the receiving side.
	csh := make(chan shape, 2)
	csh <- rect{2, 3}
	csh <- circle{2}
	close(csh)
	for s := range csh {
		switch v := s.(type) {
		case rect:
			fmt.Println(s.name(), v.w, v.h, s.area())
		case circle:
			fmt.Println(s.name(), v.r, s.area())
		}
	}

	// Channel of any carrying mixed dynamic types.
	ca := make(chan any, 5)
	ca <- 1
	ca <- "two"
	ca <- 3.5
	ca <- []int{4}
	ca <- nil
	close(ca)
	for v := range ca {
		fmt.Printf("any: %T %v\n", v, v)
	}

	// Channel of pointers: the receiver sees later writes.
	type box struct{ v int }
	cpb := make(chan *box, 1)
	bx := &box{1}
	cpb <- bx
	bx.v = 42
	fmt.Println("pointer:", (<-cpb).v)

	// Channel of struct{} as a signal.
	sig := make(chan struct{}, 1)
	sig <- struct{}{}
	_, ok := <-sig
	fmt.Println("struct{} signal:", ok)

	// Channel of arrays of channels.
	ca2 := make(chan [2]chan int, 1)
	pair := [2]chan int{make(chan int, 1), make(chan int, 1)}
	ca2 <- pair
	got := <-ca2
	got[0] <- 10
	got[1] <- 20
	fmt.Println("array of channels:", <-pair[0]+<-pair[1])
}
