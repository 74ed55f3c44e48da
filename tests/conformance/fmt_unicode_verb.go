package main

import "fmt"

func main() {
	fmt.Printf("%U %U %#U %#U %#U|%10U|%-10U|%.6U|%08U\n", 'x', 0x1F600, 'é', '\n', 0x1F600, 'a', 'b', 'c', 'd')
	fmt.Printf("%U %U %#U\n", -1, int8(-1), uint64(1)<<40)
	fmt.Printf("%U %U\n", "str", 1.5)
}
