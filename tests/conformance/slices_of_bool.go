package main

import "fmt"

func main() {
	sieve := make([]bool, 30)
	for i := 2; i < 30; i++ {
		sieve[i] = true
	}
	for i := 2; i*i < 30; i++ {
		if sieve[i] {
			for j := i * i; j < 30; j += i {
				sieve[j] = false
			}
		}
	}
	var primes []int
	for i, p := range sieve {
		if p {
			primes = append(primes, i)
		}
	}
	fmt.Println(primes)
	flags := []bool{true, false, !false}
	fmt.Println(flags, sieve == nil, len(flags))
}
