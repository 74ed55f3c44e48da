package main

import "fmt"

func main() {
	var b []byte
	n, err := fmt.Sscanf(`""`, "%q", &b)
	fmt.Println(n, err, b == nil, len(b))
	n, err = fmt.Sscan(`x`, &b)
	fmt.Println(n, err, b == nil, string(b))
	var p *int
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		fmt.Sscan("1", p)
	}()
	fmt.Sscan("2", p)
}
