package main

import (
	"errors"
	"fmt"
)

type P struct{ X int }

func (p *P) String() string { return "P-String" }

// Go does not call Error/String on values reached through unexported struct fields; a pointer
// there is printed as an address (0xc...), never as the method's result.
func shape(s string) string {
	if len(s) > 3 && s[1:3] == "0x" {
		return "{0x...}"
	}
	return s
}

func main() {
	fmt.Println(shape(fmt.Sprint(struct{ e error }{errors.New("hidden")})))
	fmt.Println(shape(fmt.Sprint(struct{ p *P }{&P{1}})))
	fmt.Println(shape(fmt.Sprint(struct{ s interface{ String() string } }{&P{2}})))
	fmt.Println(shape(fmt.Sprintln(struct{ e error }{errors.New("println path")})[:4]))
	fmt.Println(fmt.Sprint(struct{ E error }{errors.New("shown")}))
	fmt.Println(fmt.Sprint(struct{ P *P }{&P{3}}))
}
