package timeout

// -timeout: Go's alarm panics naming the tests still running, whether they spin (and
// are preempted for the alarm to run) or block (and the pending alarm keeps the run
// from being a deadlock). The slow tests run only with -short, which the args lines give.

// args: -short -timeout=1s -run=TestSpins
// args: -short -timeout=1s -run=TestBlocks

import (
	"sync/atomic"
	"testing"
)

func TestQuick(t *testing.T) {
	t.Log("quick")
}

var counter atomic.Int64

func TestSpins(t *testing.T) {
	if !testing.Short() {
		t.Skip("spins until -timeout: only with -short")
	}
	for {
		counter.Add(1)
	}
}

func TestBlocks(t *testing.T) {
	if !testing.Short() {
		t.Skip("blocks until -timeout: only with -short")
	}
	t.Run("waiting", func(t *testing.T) {
		ch := make(chan int)
		<-ch
	})
}
