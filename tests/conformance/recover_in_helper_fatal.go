package main

func tryRecover() {
	if r := recover(); r != nil {
		println("helper recovered", r.(string))
	} else {
		println("helper got nil")
	}
}

func work() {
	defer func() {
		tryRecover()
	}()
	panic("helper cannot stop this")
}

func main() {
	defer println("main defer")
	work()
}
