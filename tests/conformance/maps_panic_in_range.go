package main

import "fmt"

type BadErr struct{ K string }

func (e *BadErr) Error() string { return "bad key " + e.K }

func scan(m map[string]int) (total int, err error) {
	defer func() {
		if r := recover(); r != nil {
			if be, ok := r.(*BadErr); ok {
				err = be
				return
			}
			panic(r)
		}
	}()
	for k, v := range m {
		if v < 0 {
			panic(&BadErr{k})
		}
		total += v
	}
	return total, nil
}

func main() {
	t, err := scan(map[string]int{"a": 1, "b": 2})
	fmt.Println(t, err)
	t, err = scan(map[string]int{"a": 1, "neg": -1})
	fmt.Println(err)
	t, err = scan(nil)
	fmt.Println(t, err)
	m := map[int]int{1: 1, 2: 2, 3: 3}
	func() {
		defer func() {
			fmt.Println("inner recovered:", recover(), len(m))
		}()
		for k := range m {
			delete(m, k)
			if len(m) == 1 {
				panic("stop")
			}
		}
	}()
	defer fmt.Println("main deferred", len(m))
	scan(map[string]int{"x": 0})
	var z map[string]int
	for range z {
		panic("no")
	}
	panic(&BadErr{"final"})
}
