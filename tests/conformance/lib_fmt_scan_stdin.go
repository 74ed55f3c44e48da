package main

import (
	"fmt"
	"io"
)

// The standard input is empty when the goldens are recorded and compared.
func main() {
	var x int
	var s string
	n, err := fmt.Scan(&x, &s)
	fmt.Println(n, err, err == io.EOF, x, s)
	n, err = fmt.Scanln(&x)
	fmt.Println(n, err)
	n, err = fmt.Scanln()
	fmt.Println(n, err)
	n, err = fmt.Scanf("%d", &x)
	fmt.Println(n, err)
	n, err = fmt.Scanf("")
	fmt.Println(n, err)
	n, err = fmt.Scanf("%d %s", &x)
	fmt.Println(n, err)
}
