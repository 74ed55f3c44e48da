package main

import "fmt"

type K struct {
	A int
	S string
	B bool
}

func main() {
	m := map[K]int{}
	names := []string{"x", "yy", "zzz", ""}
	for i := 0; i < 2000; i++ {
		m[K{i % 500, names[i%4], i%3 == 0}] += i
	}
	fmt.Println(len(m))
	sum := 0
	for k, v := range m {
		sum += v - k.A
	}
	fmt.Println(sum)
	for i := 0; i < 500; i++ {
		delete(m, K{i, names[i%4], i%3 == 0})
	}
	fmt.Println(len(m))
	si := map[string]int{}
	key := ""
	for i := 0; i < 300; i++ {
		key = key + "k"
		si[key] = i
	}
	fmt.Println(len(si), si["kkk"], si[key])
	for i := 0; i < 1000; i++ {
		m2 := make(map[int]int)
		m2[i] = i
		if len(m2) != 1 {
			fmt.Println("bad")
		}
	}
	n := map[int]int{}
	for i := 0; i < 100000; i++ {
		n[i*7919%100003] = i
	}
	fmt.Println(len(n), n[7919])
}
