package main

import (
	"bytes"
	"encoding/binary"
	"fmt"
)

func main() {
	var buf bytes.Buffer
	fmt.Println(binary.Write(&buf, binary.BigEndian, []float32{1.5}), buf.Bytes())
	// Go asks reflection for the name of a nil value's type: a nil dereference.
	fmt.Println(binary.Write(&buf, binary.BigEndian, nil))
}
