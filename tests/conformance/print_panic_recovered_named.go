package main

import "fmt"

type Code int
type Msg string
type Pt struct{ x, y int }

func catch(f func()) {
	defer func() {
		r := recover()
		fmt.Println("recovered:", r)
		if c, ok := r.(Code); ok {
			println("println code:", c)
		}
		if m, ok := r.(Msg); ok {
			println("println msg:", m)
		}
	}()
	f()
}

func main() {
	catch(func() { panic(Code(5)) })
	catch(func() { panic(Msg("x")) })
	catch(func() { panic(Pt{1, 2}) })
	catch(func() { panic(&Pt{3, 4}) })
	catch(func() { panic(Code(1) + 2) })
	catch(func() {
		defer func() {
			panic(Msg("replaced"))
		}()
		panic(Code(9))
	})
	fmt.Println("done")
}
