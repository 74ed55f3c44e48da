package main

import "fmt"

func main() {
	a, b := make(chan int), make(chan string)
	quit := make(chan bool)
	go func() {
		for i := 0; i < 3; i++ {
			a <- i
		}
		close(a)
	}()
	go func() {
		for _, s := range []string{"x", "y"} {
			b <- s
		}
		close(b)
	}()
	sum, strs := 0, 0
	for a != nil || b != nil {
		select {
		case v, ok := <-a:
			if !ok {
				a = nil
				continue
			}
			sum += v
		case s, ok := <-b:
			if !ok {
				b = nil
				continue
			}
			strs += len(s)
		}
	}
	fmt.Println(sum, strs)
	go func() { quit <- true }()
	var nilc chan int
	select {
	case <-nilc:
		fmt.Println("nil!")
	case q := <-quit:
		fmt.Println("quit", q)
	}
	select {}
}
