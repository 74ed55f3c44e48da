package parse

// A test file whose benchmarks use the timer: `go test` without -bench compiles them and
// runs only the tests.

import (
	"strconv"
	"strings"
	"testing"
)

func sumFields(s string) (int, error) {
	total := 0
	for _, f := range strings.Fields(s) {
		n, err := strconv.Atoi(f)
		if err != nil {
			return 0, err
		}
		total += n
	}
	return total, nil
}

func TestSumFields(t *testing.T) {
	for _, c := range []struct {
		in   string
		want int
		bad  bool
	}{
		{"1 2 3", 6, false},
		{"", 0, false},
		{"10 x", 0, true},
		{" 7   8 ", 15, false},
	} {
		got, err := sumFields(c.in)
		if (err != nil) != c.bad || got != c.want {
			t.Errorf("sumFields(%q) = %d, %v", c.in, got, err)
		}
		if err != nil {
			t.Logf("error for %q: %v", c.in, err)
		}
	}
}

func BenchmarkSumFields(b *testing.B) {
	input := strings.Repeat("12 345 6789 ", 100)
	b.ReportAllocs()
	b.SetBytes(int64(len(input)))
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if _, err := sumFields(input); err != nil {
			b.StopTimer()
			panic(err)
		}
	}
}

func BenchmarkAtoi(b *testing.B) {
	b.StopTimer()
	nums := make([]string, 100)
	for i := range nums {
		nums[i] = strconv.Itoa(i * 7919)
	}
	b.StartTimer()
	for i := 0; i < b.N; i++ {
		strconv.Atoi(nums[i%len(nums)])
	}
}
