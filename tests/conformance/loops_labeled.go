package main

import "fmt"

func main() {
	found := -1
outer:
	for i := 0; i < 5; i++ {
		for j := 0; j < 5; j++ {
			if j > i {
				continue outer
			}
			if i*j == 6 {
				found = i*10 + j
				break outer
			}
		}
	}
	fmt.Println(found)
loop:
	for k := range 10 {
		switch {
		case k == 4:
			break loop
		case k%2 == 0:
			continue loop
		}
		fmt.Println("k", k)
	}
}
