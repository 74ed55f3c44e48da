package main

import "fmt"

func isEven(n int) bool {
	if n == 0 {
		return true
	}
	return isOdd(n - 1)
}

func isOdd(n int) bool {
	if n == 0 {
		return false
	}
	return isEven(n - 1)
}

func ack(m, n int) int {
	if m == 0 {
		return n + 1
	}
	if n == 0 {
		return ack(m-1, 1)
	}
	return ack(m-1, ack(m, n-1))
}

func hanoi(n int, from, to, via string, moves []string) []string {
	if n == 0 {
		return moves
	}
	moves = hanoi(n-1, from, via, to, moves)
	moves = append(moves, from+to)
	return hanoi(n-1, via, to, from, moves)
}

func main() {
	fmt.Println(isEven(10), isOdd(7), isEven(100001))
	fmt.Println(ack(2, 3), ack(3, 3))
	fmt.Println(hanoi(3, "a", "c", "b", nil))
	fmt.Println(len(hanoi(10, "a", "c", "b", nil)))
}
