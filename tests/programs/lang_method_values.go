package main

import "fmt"

type Counter struct {
	name string
	n    int
}

func (c Counter) Show()          { fmt.Printf("%s=%d\n", c.name, c.n) }
func (c *Counter) Inc()          { c.n++ }
func (c *Counter) Add(k int) int { c.n += k; return c.n }
func (c Counter) Get() int       { return c.n }

type Celsius float64

func (t Celsius) Fahrenheit() float64 { return float64(t)*9/5 + 32 }

type Greeter interface{ Greet(string) string }

type English struct{}
type Pirate struct{ arr int }

func (English) Greet(n string) string { return "hello " + n }
func (p *Pirate) Greet(n string) string {
	p.arr++
	return fmt.Sprintf("ahoy %s (%d)", n, p.arr)
}

func deferReceivers() {
	c := Counter{name: "c"}
	defer c.Show() // value receiver: c is copied now, shows c=0
	p := &c
	defer p.Show() // *p is copied now as well: c=0
	defer p.Inc()  // pointer receiver: evaluated now, runs at return
	show := c.Show // method value binds a copy of c
	c.n = 10
	defer show()                // still c=0
	defer func() { c.Show() }() // closure sees the final value
	c.n = 20
	fmt.Println("deferReceivers body done")
}

func deferNilReceiver() (msg string) {
	defer func() {
		msg = fmt.Sprint("recovered: ", recover())
	}()
	var p *Counter
	defer p.Inc() // receiver nil is fine to capture; the call dereferences it at exit
	fmt.Println("nil receiver captured")
	return "no panic"
}

func deferInterfaceMethod() (msg string) {
	defer func() {
		msg = fmt.Sprint("recovered: ", recover())
	}()
	var g Greeter
	defer g.Greet("x") // the interface method value is evaluated here: nil interface panics now
	fmt.Println("not reached")
	return "no panic"
}

func main() {
	c := Counter{name: "main"}
	inc := c.Inc // (&c).Inc bound to &c
	inc()
	inc()
	get := c.Get // copies c now
	c.Inc()
	fmt.Println("c.n", c.n, "bound get", get(), "fresh", c.Get())

	fget := Counter.Get    // method expression: func(Counter) int
	finc := (*Counter).Inc // func(*Counter)
	fadd := (*Counter).Add
	finc(&c)
	before := fget(c)
	fmt.Println(before, fadd(&c, 5), (*Counter).Get(&c))
	fmt.Printf("%T | %T | %T\n", fget, finc, inc)

	temp := Celsius(100)
	conv := temp.Fahrenheit
	temp = 0
	fmt.Println(conv(), temp.Fahrenheit(), Celsius.Fahrenheit(-40))

	pirate := &Pirate{}
	gs := []Greeter{English{}, pirate, pirate}
	var calls []func(string) string
	for _, g := range gs {
		calls = append(calls, g.Greet)
	}
	for i, f := range calls {
		fmt.Println(i, f("ann"))
	}
	fmt.Println("pirate arr:", pirate.arr)

	deferReceivers()
	fmt.Println(deferNilReceiver())
	fmt.Println(deferInterfaceMethod())
	println("method values done")
}
