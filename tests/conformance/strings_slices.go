package main

import "fmt"

func join(parts []string, sep string) string {
	out := ""
	for i, p := range parts {
		if i > 0 {
			out += sep
		}
		out += p
	}
	return out
}

func main() {
	words := []string{"go", "rust", "", "cranelift"}
	fmt.Println(words, len(words))
	words = append(words, "defer")
	words[2] = "c"
	fmt.Println(join(words, "-"))
	longest := ""
	for _, w := range words {
		if len(w) > len(longest) {
			longest = w
		}
	}
	fmt.Println("longest:", longest)
	var names []string
	fmt.Println(names, len(names), names == nil)
	names = append(names, "a b", "c")
	fmt.Println(names, names[0]+names[1])
}
