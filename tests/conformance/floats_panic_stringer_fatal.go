package main

import "fmt"

type Volts float32

func (v Volts) String() string {
	if v > 100 {
		return "high voltage"
	}
	return "ok voltage"
}

type Amps float32

func measure(vs []Volts) (sum Volts) {
	defer func() {
		fmt.Println("measure sum", sum, float32(sum))
	}()
	for _, v := range vs {
		sum += v
		if sum > 100 {
			panic(sum)
		}
	}
	return sum
}

func main() {
	defer fmt.Println("main deferred", Amps(1.5), Volts(3))
	fmt.Println(measure([]Volts{1.5, 2.25}))
	var a any = Amps(0.1)
	fmt.Println(a, a == Amps(0.1), a == float32(0.1))
	measure([]Volts{60, 40.5, 1})
}
