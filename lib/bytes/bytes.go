// Package bytes is deferjit's implementation of Go's package bytes.
package bytes
