package main

import "fmt"

type List interface {
	Len() int
	Sum() int
	Push(v int) List
}

type Nil struct{}
type Cons struct {
	head int
	tail List
}

func (Nil) Len() int          { return 0 }
func (Nil) Sum() int          { return 0 }
func (n Nil) Push(v int) List { return &Cons{v, n} }

func (c *Cons) Len() int          { return 1 + c.tail.Len() }
func (c *Cons) Sum() int          { return c.head + c.tail.Sum() }
func (c *Cons) Push(v int) List   { return &Cons{v, c} }

func walk(l List) {
	for {
		switch n := l.(type) {
		case Nil:
			fmt.Println("end")
			return
		case *Cons:
			fmt.Print(n.head, " ")
			l = n.tail
		}
	}
}

func main() {
	var l List = Nil{}
	for i := 1; i <= 5; i++ {
		l = l.Push(i)
	}
	fmt.Println(l.Len(), l.Sum())
	walk(l)
	c := l.(*Cons)
	c.tail.(*Cons).head = 100
	fmt.Println(l.Sum())
	var broken List = &Cons{1, nil}
	defer func() { fmt.Println("recovered:", recover()) }()
	fmt.Println(broken.Len())
}
