package main

import (
	"errors"
	"fmt"
)

type Code int
type Msg string
type S struct{ a int }

func catch(f func()) {
	defer func() { fmt.Println(recover()) }()
	f()
}

func main() {
	catch(func() { panic(Code(3)) })
	catch(func() { panic(Msg("m")) })
	catch(func() { panic(S{4}) })
	catch(func() { panic(&S{4} != nil) })
	catch(func() { panic(errors.New("err")) })
	catch(func() {
		var x any = Code(1)
		_ = x.(Msg)
	})
	catch(func() {
		var x any = S{1}
		_ = x.(*S)
	})
	panic(Msg("final"))
}
