package main

import (
	"encoding/binary"
	"fmt"
)

func main() {
	b := binary.AppendUvarint(nil, 1<<40)
	fmt.Println(b, len(b))
	// Go's Decode walks the buffer, not the slice, for []bool: an index panic.
	flags := make([]bool, 2)
	n, err := binary.Decode([]byte{1, 0, 1, 1}, binary.LittleEndian, flags)
	fmt.Println(n, err, flags)
}
