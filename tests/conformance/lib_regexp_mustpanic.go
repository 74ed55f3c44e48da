package main

import (
	"fmt"
	"regexp"
)

func main() {
	re := regexp.MustCompile(`^(\w+)@(\w+)\.com$`)
	fmt.Println(re.FindStringSubmatch("bob@example.com"))
	fmt.Println(regexp.MustCompile(`a{2}`).String())
	regexp.MustCompile(`([a-z]+)\8`)
	fmt.Println("not reached")
}
