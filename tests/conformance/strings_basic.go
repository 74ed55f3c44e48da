package main

import "fmt"

func main() {
	s := "hello"
	t := s + ", " + "world"
	fmt.Println(t, len(t), len(""), len(s+s))
	fmt.Println("abc" < "abd", "abc" < "ab", "" < "a", "b" > "abc", "x" == "x", "x" != "y")
	fmt.Println(s <= "hello", s >= "hellp", s == "hel"+"lo")
	u := ""
	for i := range 3 {
		u += "ab"
		if i == 1 {
			u = u + "|"
		}
	}
	fmt.Println(u, len(u))
	var empty string
	fmt.Println(empty == "", len(empty), "["+empty+"]")
	fmt.Println("tab\there", "quote\"", "back\\slash", "héllo", len("héllo"))
	println("to stderr:", t)
}
