package main

func work(a, b bool) (log string) {
	defer func() { log += "|end" }()
	if a {
		defer func() { log += "|a" }()
	}
	if b {
		defer func() { log += "|b" }()
	} else {
		defer func() { log += "|not b" }()
	}
	log = "body"
	return log
}

func main() {
	println(work(false, false))
	println(work(true, false))
	println(work(false, true))
	println(work(true, true))
}
