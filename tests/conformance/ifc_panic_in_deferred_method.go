package main

import "fmt"

type Res struct{ name string }

func (r *Res) Release() {
	fmt.Println("release", r.name)
	if r.name == "bad" {
		panic(RelErr{r.name})
	}
}

type RelErr struct{ n string }

func (e RelErr) Error() string { return "release failed: " + e.n }

type Releaser interface{ Release() }

func use(names []string) (err error) {
	defer func() {
		if r := recover(); r != nil {
			switch v := r.(type) {
			case RelErr:
				err = v
			case error:
				err = v
			default:
				panic(r)
			}
		}
	}()
	for _, n := range names {
		var rl Releaser = &Res{n}
		defer func() { rl.Release() }()
	}
	fmt.Println("using", len(names))
	return nil
}

func main() {
	fmt.Println(use([]string{"a", "b"}))
	fmt.Println(use([]string{"a", "bad", "c"}))
	err := use([]string{"bad", "bad"})
	fmt.Println(err)
	re, ok := err.(RelErr)
	fmt.Println(re.n, ok)
}
