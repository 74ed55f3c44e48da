package main

import "fmt"

type Stop struct{}

func (Stop) Error() string { return "stop" }

func main() {
	items := []any{1, "skip", 2, Stop{}, 3}
	sum := 0
loop:
	for i, it := range items {
		switch v := it.(type) {
		case int:
			if v == 2 {
				break
			}
			sum += v
		case string:
			fmt.Println("skipping at", i)
			continue
		case error:
			fmt.Println("stopping:", v)
			break loop
		}
		fmt.Println("after switch", i)
	}
	fmt.Println("sum", sum)
	for i := 0; i < 3; i++ {
		var x any = i
		switch x.(type) {
		case int:
			defer fmt.Println("deferred", i)
		}
	}
}
