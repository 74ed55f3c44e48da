package tbiface

// *testing.T's methods reached only through interfaces (testing.TB, a local interface):
// the library's methods must be compiled although the file never calls them directly.

import "testing"

type helperer interface{ Helper() }

func check(tb testing.TB, got, want int) {
	tb.Helper()
	if got != want {
		tb.Errorf("got %d, want %d", got, want)
	}
}

func TestThroughInterfaces(t *testing.T) {
	var h helperer = t
	h.Helper()
	var tb testing.TB = t
	tb.Log("name:", tb.Name())
	check(t, 2+2, 4)
	check(t, 2*3, 5)
}
