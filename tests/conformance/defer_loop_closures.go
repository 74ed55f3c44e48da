package main

import "fmt"

var out []int

func collect() {
	for i := 0; i < 3; i++ {
		defer func() { out = append(out, i) }()
	}
	for i := range 3 {
		defer func() { out = append(out, 10+i) }()
	}
	for _, v := range []int{7, 8} {
		defer func() { out = append(out, 100*v) }()
	}
	x := 0
	for j := 0; j < 2; j++ {
		x++
		defer func() { out = append(out, 1000+x) }()
	}
}

func main() {
	collect()
	fmt.Println(out)
}
