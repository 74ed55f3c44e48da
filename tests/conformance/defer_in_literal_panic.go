package main

import "fmt"

func main() {
	count := 0
	for i := range 4 {
		func() {
			defer func() {
				if r := recover(); r != nil {
					count++
					fmt.Println("literal", i, "recovered", r)
				}
			}()
			if i%2 == 1 {
				panic(i * 11)
			}
			fmt.Println("literal", i, "ok")
		}()
	}
	fmt.Println("count", count)
}
