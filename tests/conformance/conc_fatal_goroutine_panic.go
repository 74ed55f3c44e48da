// An unrecovered panic in a non-main goroutine ends the whole program with exit
// status 2, after that goroutine's deferred calls have run. Go prints on stderr:
//
//	panic: worker 3: checksum mismatch
//
//	goroutine N [running]:
//
// where N is the panicking goroutine's id (not 1; its value depends on the
// scheduler, e.g. 6, 18 or 20 were seen, so only the line's shape is fixed).
package main

import (
	"fmt"
	"sync"
)

func check(id int, data []int) error {
	sum := 0
	for _, v := range data {
		sum += v
	}
	if sum%7 != 0 {
		return fmt.Errorf("worker %d: checksum mismatch", id)
	}
	return nil
}

func main() {
	// Normal work first, with ordered output.
	var wg sync.WaitGroup
	sums := make([]int, 3)
	for i := 0; i < 3; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := 0; j <= i*10; j++ {
				sums[i] += j
			}
		}()
	}
	wg.Wait()
	fmt.Println("sums:", sums)

	// This goroutine recovers its panic and reports it.
	errs := make(chan string)
	go func() {
		defer func() { errs <- fmt.Sprint("recovered: ", recover()) }()
		panic("handled")
	}()
	fmt.Println(<-errs)

	// This one does not: its defers run (printing in order, since main is blocked),
	// then the program dies.
	never := make(chan bool)
	go func() {
		defer fmt.Println("worker 3 deferred cleanup")
		defer func() {
			fmt.Println("worker 3 second defer runs first")
		}()
		if err := check(3, []int{1, 2, 3}); err != nil {
			panic(err)
		}
		fmt.Println("unreachable")
	}()
	<-never
	fmt.Println("main never gets here")
}
