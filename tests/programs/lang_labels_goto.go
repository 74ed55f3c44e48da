package main

import "fmt"

func findPair(grid [][]int, target int) (int, int, bool) {
	var ri, ci int
	found := false
Rows:
	for i, row := range grid {
		for j, v := range row {
			switch {
			case v < 0:
				continue Rows // skip the rest of this row
			case v == target:
				ri, ci, found = i, j, true
				break Rows // break out of both loops, not just the switch
			}
		}
	}
	return ri, ci, found
}

func grade(score int) string {
	var out string
	switch s := score / 10; s {
	case 10:
		out += "perfect "
		fallthrough
	case 9:
		out += "A"
	case 8, 7:
		out += "B"
		if score%10 >= 5 {
			break
		}
		out += "-"
	default:
		out += "C"
	}
	return out
}

func gcdGoto(a, b int) int {
loop:
	if b == 0 {
		goto done
	}
	a, b = b, a%b
	goto loop
done:
	return a
}

func deferInLabeledLoops(breakEarly bool) (log []string) {
	defer func() {
		if r := recover(); r != nil {
			log = append(log, fmt.Sprint("recovered ", r))
		}
	}()
Outer:
	for i := 0; i < 4; i++ {
		defer func() { log = append(log, fmt.Sprint("defer i=", i)) }()
		for j := 0; ; j++ {
			switch {
			case j > i:
				continue Outer
			case i == 3:
				panic(fmt.Sprintf("i=%d j=%d", i, j))
			case breakEarly && i == 2 && j == 1:
				break Outer
			}
			log = append(log, fmt.Sprintf("%d.%d", i, j))
		}
	}
	log = append(log, "after loops")
	return log
}

func selectLabeled() int {
	ch := make(chan int, 5)
	for i := 1; i <= 5; i++ {
		ch <- i
	}
	close(ch)
	total := 0
Recv:
	for {
		select {
		case v, ok := <-ch:
			if !ok {
				break Recv
			}
			if v == 2 {
				continue Recv
			}
			total += v
		}
	}
	return total
}

func main() {
	grid := [][]int{{1, 2, 3}, {-1, 7, 7}, {4, 7, 9}}
	fmt.Println(findPair(grid, 7))
	fmt.Println(findPair(grid, 42))
	for _, s := range []int{100, 95, 85, 72, 40} {
		fmt.Printf("%d:%s ", s, grade(s))
	}
	fmt.Println()
	fmt.Println(gcdGoto(84, 36), gcdGoto(17, 5))

	switch x := 5; {
	case x > 3:
		fmt.Println("x > 3")
		fallthrough
	case x > 100:
		fmt.Println("fell into x > 100")
	case x > 0:
		fmt.Println("not reached")
	}

	n := 0
	i := 0
again:
	if i < 5 {
		n += i
		i++
		goto again
	}
	fmt.Println("goto sum:", n)

	fmt.Println(deferInLabeledLoops(true))
	fmt.Println(deferInLabeledLoops(false))
	fmt.Println("select total:", selectLabeled())

	var out []string
	for i := range 3 {
		switch {
		case i == 1:
			continue
		}
		out = append(out, fmt.Sprint(i))
	}
	fmt.Println(out)
	println("labels done")
}
