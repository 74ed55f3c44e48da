package main

import "fmt"

func try(f func()) (err error) {
	defer func() {
		if r := recover(); r != nil {
			if e, ok := r.(error); ok {
				err = e
			} else {
				fmt.Println("not an error:", r)
			}
		}
	}()
	f()
	return nil
}

func main() {
	var m map[int]string
	err := try(func() { m[1] = "a" })
	fmt.Println(err)
	var mm map[string][]int
	err = try(func() { mm["x"] = append(mm["x"], 1) })
	fmt.Println(err)
	var ms map[string]int
	err = try(func() { ms["q"]++ })
	fmt.Println(err)
	err = try(func() { ms["q"] += 2 })
	fmt.Println(err)
	m = map[int]string{}
	err = try(func() { m[1] = "ok" })
	fmt.Println(err == nil, m)
}
