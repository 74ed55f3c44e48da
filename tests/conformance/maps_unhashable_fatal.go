package main

import "fmt"

func lookup(m map[any]string, k any) string {
	return m[k]
}

func main() {
	m := map[any]string{"a": "A", 2: "B"}
	fmt.Println(lookup(m, "a"), lookup(m, 2), lookup(m, 3) == "")
	defer fmt.Println("deferred main")
	fmt.Println(lookup(m, []int{1, 2}))
}
