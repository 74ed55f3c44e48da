// One program, three defer strategies under gc's rules (see `deferjit explain`):
// open-coded (few defers, none in a loop), stack-allocated records (more than 8 defers),
// heap-allocated records (a defer in a loop). Try `deferjit run strategies.go --defer heap`.
package main

import "fmt"

var trail []string

func openCoded(fail bool) {
	defer func() { trail = append(trail, "open") }()
	if fail {
		panic("from openCoded")
	}
}

func stackRecords() {
	defer func() { trail = append(trail, "s1") }()
	defer func() { trail = append(trail, "s2") }()
	defer func() { trail = append(trail, "s3") }()
	defer func() { trail = append(trail, "s4") }()
	defer func() { trail = append(trail, "s5") }()
	defer func() { trail = append(trail, "s6") }()
	defer func() { trail = append(trail, "s7") }()
	defer func() { trail = append(trail, "s8") }()
	defer func() { trail = append(trail, "s9") }()
	openCoded(true)
}

func heapRecords() {
	for i := range 3 {
		defer func() { if i%2 == 0 {
				trail = append(trail, "heap-even")
			} else {
				trail = append(trail, "heap-odd")
			} }()
	}
	stackRecords()
}

func main() {
	defer func() {
		fmt.Println("recovered:", recover())
		fmt.Println(trail)
	}()
	heapRecords()
}
