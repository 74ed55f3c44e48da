package main

import (
	"fmt"
	"time"
)

func main() {
	t := time.Date(2020, 1, 2, 3, 4, 5, 6, time.UTC)
	b := []byte("at: ")
	b = t.AppendFormat(b, time.RFC3339Nano)
	b = t.AppendFormat(b, " (Monday) ")
	fmt.Println(string(b))
	b = t.AppendFormat(nil, time.Kitchen)
	fmt.Println(string(b), string(t.AppendFormat([]byte("x="), time.RFC3339)), len(t.AppendFormat(make([]byte, 0, 100), "")))
	var loc *time.Location
	defer fmt.Println("deferred runs")
	fmt.Println(t.In(loc))
}
