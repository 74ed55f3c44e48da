package main

import (
	"fmt"
	"testing"
)

func TestNested(t *testing.T) {
	t.Log("parent before")
	ok := t.Run("child1", func(t *testing.T) {
		t.Log("in child1")
		t.Run("grandchild", func(t *testing.T) {
			t.Log("in grandchild")
		})
	})
	t.Log("child1 ok =", ok)
	ok = t.Run("child2", func(t *testing.T) {
		t.Error("child2 fails")
		t.Run("gc-pass", func(t *testing.T) { t.Log("gc pass log") })
		t.Run("gc-fail", func(t *testing.T) { t.Error("gc fail") })
	})
	t.Log("child2 ok =", ok)
	t.Log("parent after")
}

func TestNames(t *testing.T) {
	names := []string{"a b", "tab\there", "new\nline", "uni\u00e9", "ctl\x01x", "\u2003em", "", "", "dup", "dup", "dup", "dup#01", "x#01", "x", "x", "slash/in", "nbsp\u00a0x", "bad\xffbyte", "zw\u200bsp", "#00", "a b"}
	for _, n := range names {
		t.Run(n, func(t *testing.T) {
			fmt.Printf("%q -> %q\n", n, t.Name())
		})
	}
}

func TestRunResult(t *testing.T) {
	r1 := t.Run("ok", func(t *testing.T) {})
	r2 := t.Run("bad", func(t *testing.T) { t.Fail() })
	r3 := t.Run("skip", func(t *testing.T) { t.Skip("skipping") })
	fmt.Println("results:", r1, r2, r3, t.Failed())
}

func TestDeep(t *testing.T) {
	var rec func(t *testing.T, n int)
	rec = func(t *testing.T, n int) {
		t.Logf("depth %d", n)
		if n == 3 {
			t.Errorf("fail at depth %d\nsecond line", n)
			return
		}
		t.Run(fmt.Sprint("L", n), func(t *testing.T) { rec(t, n+1) })
	}
	rec(t, 0)
}

func TestSubtestsPassOnly(t *testing.T) {
	for i := 0; i < 3; i++ {
		t.Run(fmt.Sprintf("case%d", i), func(t *testing.T) {
			t.Logf("case %d", i)
		})
	}
}
