package main

import "fmt"

func count(args ...any) int {
	n := 0
	for _, a := range args {
		if a == nil {
			n += 100
		} else {
			n++
		}
	}
	return n
}

func forward(prefix string, args ...any) {
	fmt.Println(append([]any{prefix}, args...)...)
	fmt.Print(args...)
	fmt.Println()
}

func main() {
	var none []any
	fmt.Println(count(), count(nil), count(none...), count(none), count(1, nil, "x"))
	forward("p")
	forward("p", 1, "two", nil, []int{3})
	xs := []any{1, 2}
	forward("q", xs...)
	forward("r", xs)
	m := map[string]any{"f": forward}
	m["f"].(func(string, ...any))("via map", 9)
}
