package main

// gomaxprocs: 1

// args: -test.parallel=3

import (
	"fmt"
	"testing"
	"time"
)

func TestSeq1(t *testing.T) {
	t.Log("seq1")
}

func TestPar1(t *testing.T) {
	t.Parallel()
	t.Log("par1 body")
}

func TestPar2(t *testing.T) {
	t.Log("par2 before Parallel")
	t.Parallel()
	t.Log("par2 after Parallel")
}

func TestSeq2(t *testing.T) {
	t.Log("seq2")
}

func TestParSubs(t *testing.T) {
	for _, name := range []string{"a", "b", "c"} {
		t.Run(name, func(t *testing.T) {
			t.Parallel()
			t.Log("sub", name)
			fmt.Println("stdout sub", name)
		})
	}
	t.Log("parent body done")
}

func TestParMixed(t *testing.T) {
	t.Run("p1", func(t *testing.T) {
		t.Parallel()
		t.Log("p1")
	})
	t.Run("s1", func(t *testing.T) {
		t.Log("s1")
	})
	t.Run("p2", func(t *testing.T) {
		t.Parallel()
		t.Error("p2 fails")
	})
	t.Run("group", func(t *testing.T) {
		t.Run("inner1", func(t *testing.T) {
			t.Parallel()
			t.Log("inner1")
		})
		t.Run("inner2", func(t *testing.T) {
			t.Parallel()
			t.Log("inner2")
		})
	})
	t.Cleanup(func() { t.Log("parent cleanup after parallel subs") })
}

func TestSeq3(t *testing.T) {
	t.Log("seq3")
}

func TestSleepy(t *testing.T) {
	// Different lengths: sleeps ending together wake in an order of the scheduler's.
	for _, s := range []struct {
		n  string
		ms int
	}{{"x", 40}, {"y", 25}, {"z", 10}} {
		t.Run(s.n, func(t *testing.T) {
			t.Parallel()
			t.Log("start", s.n)
			time.Sleep(time.Duration(s.ms) * time.Millisecond)
			t.Log("end", s.n)
		})
	}
}

func TestParTop1(t *testing.T) {
	t.Parallel()
	t.Run("inner", func(t *testing.T) {
		t.Parallel()
		t.Log("inner of top1")
	})
	t.Log("top1 body")
}

func TestParTop2(t *testing.T) {
	t.Parallel()
	time.Sleep(10 * time.Millisecond)
	t.Error("top2 fails after sleep")
}

func TestParFatal(t *testing.T) {
	t.Run("a", func(t *testing.T) {
		t.Parallel()
		t.Run("aa", func(t *testing.T) {
			t.Parallel()
			t.Fatal("deep parallel fatal")
		})
		t.Log("a body")
	})
	t.Run("b", func(t *testing.T) {
		t.Parallel()
		t.Skip("b skipped")
	})
	fmt.Println("TestParFatal body end")
}

func TestSeqLast(t *testing.T) {
	t.Log("sequential test between parallel ones")
}
