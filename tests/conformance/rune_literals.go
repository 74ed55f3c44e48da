package main

import "fmt"

func main() {
	r := 'a'
	var x rune = r + 1
	fmt.Println(r, x, '\n', '\x41', '\u00e9', '\U0001F600', '\'', '\\', '\101', 'é')
	var b byte = 'z'
	fmt.Println(b, 'a'+1, 'z'-'a', 'a' < 'b')
	const c = 'x' * 2
	fmt.Println(c)
	var i int = 'A'
	fmt.Println(i + 1)
	switch r {
	case 'a':
		fmt.Println("is a")
	}
}
