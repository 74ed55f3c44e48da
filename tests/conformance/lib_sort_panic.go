package main

import (
	"errors"
	"fmt"
	"sort"
)

type badLess []int

func (b badLess) Len() int           { return len(b) }
func (b badLess) Swap(i, j int)      { b[i], b[j] = b[j], b[i] }
func (b badLess) Less(i, j int) bool { panic(fmt.Sprintf("Less called on len %d", len(b))) }

func sortWithPanic(data []int) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("sort failed: %v", r)
		}
	}()
	sort.Slice(data, func(i, j int) bool {
		panic("less function exploded")
	})
	return nil
}

func sortWithErrorPanic(data []string) (err error) {
	defer func() {
		r := recover()
		if e, ok := r.(error); ok {
			err = e
		}
	}()
	sort.SliceStable(data, func(i, j int) bool {
		panic(errors.New("stable less failed"))
	})
	return nil
}

func main() {
	err := sortWithPanic([]int{3, 1, 2})
	fmt.Println("1:", err)

	err = sortWithPanic([]int{1})
	fmt.Println("2 (single element, no compare):", err)

	err = sortWithErrorPanic([]string{"b", "a"})
	fmt.Println("3:", err)

	func() {
		defer func() {
			fmt.Println("4 recovered:", recover())
		}()
		sort.Sort(badLess{5, 4, 3})
		fmt.Println("not reached")
	}()

	func() {
		defer func() {
			fmt.Println("5 recovered:", recover())
		}()
		xs := []int{4, 2, 9}
		bad := 10
		sort.Slice(xs, func(i, j int) bool {
			return xs[bad] < xs[j]
		})
		fmt.Println("not reached")
	}()

	xs := []int{3, 2, 1}
	sort.Slice(xs, func(i, j int) bool { return xs[i] < xs[j] })
	fmt.Println("after panics, sorting still works:", xs)

	fmt.Println("Search panic:")
	func() {
		defer func() {
			fmt.Println("7 recovered:", recover())
		}()
		sort.Search(10, func(i int) bool {
			if i > 3 {
				panic(i * 100 / i)
			}
			return false
		})
	}()
}
