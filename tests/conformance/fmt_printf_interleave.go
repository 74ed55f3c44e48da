package main

import (
	"errors"
	"fmt"
	"os"
)

type Item struct {
	Name  string
	Price float64
	Qty   int
}

type Level int

func (l Level) String() string {
	if l > 2 {
		return "HIGH"
	}
	return "low"
}

func report(items []Item) float64 {
	total := 0.0
	fmt.Printf("%-10s|%8s|%4s\n", "name", "price", "qty")
	for _, it := range items {
		fmt.Printf("%-10s|%8.2f|%4d\n", it.Name, it.Price, it.Qty)
		total += it.Price * float64(it.Qty)
	}
	return total
}

func main() {
	fmt.Println("start")
	fmt.Printf("a=%d ", 1)
	fmt.Print("b=", 2, " ")
	fmt.Printf("c=%s", "three")
	fmt.Println(" end-of-line")
	fmt.Printf("no args\n")
	fmt.Printf("%%d literal\n")
	fmt.Printf("")
	fmt.Printf("%v %v %v\n", 1, "x", nil)
	fmt.Printf("%d %s\n", "wrong", 5)
	fmt.Printf("%d\n", 1, 2)
	fmt.Printf("%d %d\n", 1)
	total := report([]Item{{"apple", 0.5, 10}, {"pear", 1.25, 3}, {"melon", 3, 1}})
	fmt.Printf("total=%.2f (%v)\n", total, total)
	fmt.Println("---")
	for i := 0; i < 5; i++ {
		fmt.Printf("%d", i)
		if i%2 == 0 {
			fmt.Print(",")
		} else {
			fmt.Println(";")
		}
	}
	fmt.Println()
	fmt.Printf("%v %s %d\n", Level(1), Level(3), Level(3))
	fmt.Printf("%v|%s\n", errors.New("err value"), fmt.Errorf("errorf %q", "q"))
	fmt.Printf("%T %T\n", Item{}, &Item{})
	fmt.Printf("%v\n", Item{"x", 1.5, 2})
	fmt.Printf("%v\n", &Item{"y", 2, 3})
	fmt.Printf("%5t|%-5t|\n", true, false)
	fmt.Printf("%c%c%c\n", 'a', 'b', 'c')
	fmt.Printf("%q %q\n", "quoted", 'r')
	fmt.Printf("%x %X %o %b\n", 3054, 3054, 3054, 3054)
	fmt.Printf("%e %E %g %G\n", 123456.789, 0.000123, 1e-9, 1e30)
	fmt.Printf("[%6.2f] [%-8.3f] [%08.3f]\n", float32(2.71828), 2.71828, -2.71828)
	s := fmt.Sprintf("%03d", 7)
	fmt.Printf("%s-%s\n", s, fmt.Sprint(s, s))
	defer fmt.Println("deferred never runs")
	func() {
		defer fmt.Printf("deferred printf %d\n", 42)
		fmt.Printf("in closure %s\n", "body")
	}()
	var e error
	fmt.Printf("%v %d\n", e, e)
	fmt.Printf("percent at end %")
	fmt.Println()
	fmt.Printf("%d%%\n", 99)
	fmt.Printf("exiting with %d\n", 3)
	os.Exit(3)
}
