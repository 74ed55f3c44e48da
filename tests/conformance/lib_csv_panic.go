package main

import (
	"encoding/csv"
	"fmt"
	"strings"
)

func main() {
	r := csv.NewReader(strings.NewReader("a,b\n"))
	rec, err := r.Read()
	fmt.Println(rec, err)
	fmt.Println(r.FieldPos(1))
	fmt.Println(r.FieldPos(2))
}
