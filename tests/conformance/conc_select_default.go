package main

import "fmt"

var trace []string

func pick(name string, c chan int) chan int {
	trace = append(trace, "chan "+name)
	return c
}

func val(name string, v int) int {
	trace = append(trace, "val "+name)
	return v
}

func tryRecv(c chan int) string {
	select {
	case v, ok := <-c:
		return fmt.Sprint("got ", v, " ok=", ok)
	default:
		return "would block"
	}
}

func trySend(c chan int, v int) bool {
	select {
	case c <- v:
		return true
	default:
		return false
	}
}

func main() {
	c := make(chan int, 2)
	fmt.Println("empty:", tryRecv(c))
	fmt.Println("send 1:", trySend(c, 1))
	fmt.Println("send 2:", trySend(c, 2))
	fmt.Println("send 3 (full):", trySend(c, 3))
	fmt.Println(tryRecv(c))
	fmt.Println(tryRecv(c))
	fmt.Println(tryRecv(c))
	close(c)
	fmt.Println("closed:", tryRecv(c))

	// Unbuffered channel with no partner: both directions would block.
	u := make(chan int)
	fmt.Println("unbuffered recv:", tryRecv(u), "send:", trySend(u, 1))

	// A nil channel is never ready.
	var nilc chan int
	fmt.Println("nil recv:", tryRecv(nilc), "nil send:", trySend(nilc, 1))

	// Only one case can be ready: the others are nil or empty.
	ready := make(chan int, 1)
	empty := make(chan int, 1)
	ready <- 42
	select {
	case v := <-nilc:
		fmt.Println("impossible nil", v)
	case v := <-empty:
		fmt.Println("impossible empty", v)
	case nilc <- 1:
		fmt.Println("impossible nil send")
	case v := <-ready:
		fmt.Println("the ready case:", v)
	}

	// Select with only a default.
	select {
	default:
		fmt.Println("only default")
	}

	// All channel operands and send values are evaluated once, in source order,
	// even for cases that are not chosen.
	a := make(chan int, 1)
	b := make(chan int)
	select {
	case pick("a", a) <- val("a", 1):
		fmt.Println("sent to a")
	case pick("b", b) <- val("b", 2):
		fmt.Println("sent to b")
	case v := <-pick("nil", nil):
		fmt.Println("recv nil", v)
	default:
		fmt.Println("default")
	}
	fmt.Println("evaluation order:", trace)
	fmt.Println("a holds:", <-a)

	// Several ready cases: which runs is random, but the drained totals are not.
	x := make(chan int, 5)
	y := make(chan int, 5)
	for i := 1; i <= 5; i++ {
		x <- i
		y <- i * 100
	}
	sumX, sumY, n := 0, 0, 0
	for n < 10 {
		select {
		case v := <-x:
			sumX += v
		case v := <-y:
			sumY += v
		}
		n++
	}
	fmt.Println("sums:", sumX, sumY)

	// A closed channel is always ready; set it to nil to disable the case.
	done := make(chan int)
	close(done)
	data := make(chan int, 3)
	data <- 7
	data <- 8
	data <- 9
	closedSeen := 0
	got := 0
	for got < 3 || done != nil {
		select {
		case <-done:
			closedSeen++
			done = nil
		case v := <-data:
			got += 1
			_ = v
		}
	}
	fmt.Println("closed seen once:", closedSeen, "data got:", got)

	// break inside select leaves only the select; labeled break leaves the loop.
	steps := 0
loop:
	for {
		steps++
		select {
		default:
			if steps < 3 {
				break
			}
			break loop
		}
	}
	fmt.Println("steps:", steps)
}
