package main

import "fmt"

func countdown(n int) {
	i := n
top:
	if i == 0 {
		goto done
	}
	fmt.Print(i, " ")
	i--
	goto top
done:
	fmt.Println("liftoff")
}

func findPair(xs []int, target int) (int, int) {
	for i := 0; i < len(xs); i++ {
		for j := i + 1; j < len(xs); j++ {
			switch {
			case xs[i]+xs[j] == target:
				if i != j {
					fmt.Println("found at", i, j)
					goto found
				}
			}
		}
	}
	return -1, -1
found:
	return xs[0], target
}

func closures() {
	var fs []func() int
	k := 0
again:
	v := k * k
	fs = append(fs, func() int { return v })
	k++
	if k < 4 {
		goto again
	}
	for _, f := range fs {
		fmt.Print(f(), " ")
	}
	fmt.Println()
}

func shared() {
	var fs []func() string
	n := 0
	var arr [3]int
back:
	p := &arr[n]
	name := "v"
	fs = append(fs, func() string {
		*p += n
		name += "!"
		return name
	})
	n++
	if n < 3 {
		goto back
	}
	for _, f := range fs {
		fmt.Print(f(), " ")
	}
	fmt.Println(fs[0](), arr, n)
}

func main() {
	countdown(5)
	fmt.Println(findPair([]int{1, 4, 6, 9}, 15))
	closures()
	shared()
}
