// Package hash is deferjit's implementation of Go's package hash: the interfaces that
// hash functions implement.
package hash

import "io"

// Hash is the interface of every hash function. Write adds data to the running hash and
// never returns an error; Sum appends the current hash to b without changing the state;
// Reset returns to the initial state; Size is the length of Sum's hash in bytes and
// BlockSize the hash's underlying block size.
type Hash interface {
	io.Writer
	Sum(b []byte) []byte
	Reset()
	Size() int
	BlockSize() int
}

// Hash32 is a Hash whose value is 32 bits.
type Hash32 interface {
	Hash
	Sum32() uint32
}

// Hash64 is a Hash whose value is 64 bits.
type Hash64 interface {
	Hash
	Sum64() uint64
}
