// Package sort is deferjit's implementation of Go's package sort: sorting of slices and
// user-defined collections, and binary search.
//
// The algorithms are Go 1.23's, step for step: an unstable sort is pattern-defeating
// quicksort (pdqsort) with insertion sort for short ranges and heapsort as a fallback,
// a stable sort is insertion sort of blocks of 20 followed by SymMerge. So the order in
// which Less and Swap are called, and the final order of elements that compare equal,
// are exactly Go's.
package sort

import (
	"math/bits"
	"unsafe"
)

// Interface is what Sort, Stable and IsSorted need of a collection: its length, and
// comparing and exchanging its elements, each named by its index.
type Interface interface {
	// Len returns how many elements the collection has.
	Len() int

	// Less reports whether element i belongs before element j. It must be a strict
	// weak order (transitive); elements neither of which is less than the other are
	// equal, and only Stable keeps equal elements in their original order.
	Less(i, j int) bool

	// Swap exchanges elements i and j.
	Swap(i, j int)
}

// Sort puts the elements of data in increasing order by its Less method. Equal
// elements may end up in any order (the sort is not stable). It calls data.Len once,
// and data.Less and data.Swap O(n*log(n)) times for n elements.
func Sort(data Interface) {
	n := data.Len()
	if n <= 1 {
		return
	}
	pdqsort(data, 0, n, bits.Len(uint(n)))
}

// Stable puts the elements of data in increasing order by its Less method, leaving
// equal elements in the order they had. It calls data.Len once, data.Less
// O(n*log(n)) times and data.Swap O(n*log(n)*log(n)) times for n elements.
func Stable(data Interface) {
	stable(data, data.Len())
}

// IsSorted reports whether no element of data is less than the one before it.
func IsSorted(data Interface) bool {
	for i := data.Len() - 1; i > 0; i-- {
		if data.Less(i, i-1) {
			return false
		}
	}
	return true
}

// reverse is an Interface whose order is the opposite of the one it embeds.
type reverse struct {
	Interface
}

// Less reports whether j sorts before i in the embedded Interface.
func (r reverse) Less(i, j int) bool {
	return r.Interface.Less(j, i)
}

// Reverse returns data with its order turned around: its Less(i, j) is data.Less(j, i).
func Reverse(data Interface) Interface {
	return &reverse{data}
}

// --- Sorting slices with a less function ---

// Slice puts the elements of the slice x in increasing order by less, which reports
// whether x[i] belongs before x[j] and must order them as Interface's Less does.
// Equal elements may end up in any order; [SliceStable] keeps theirs. Slice panics
// when x is not a slice.
func Slice(x any, less func(i, j int) bool) {
	swap := swapper(x)
	n := valueLen(x)
	pdqsortFunc(lessSwap{less, swap}, 0, n, bits.Len(uint(n)))
}

// SliceStable puts the elements of the slice x in increasing order by less, as Slice
// does, but leaves equal elements in the order they had. It panics when x is not a
// slice.
func SliceStable(x any, less func(i, j int) bool) {
	swap := swapper(x)
	stableFunc(lessSwap{less, swap}, valueLen(x))
}

// SliceIsSorted reports whether no element of the slice x is less than the one before
// it, by less. It panics when x has no length (is not a slice, array, string or map).
func SliceIsSorted(x any, less func(i, j int) bool) bool {
	for i := valueLen(x) - 1; i > 0; i-- {
		if less(i, i-1) {
			return false
		}
	}
	return true
}

// swapper returns a function that swaps the elements i and j of the slice x, as Go's
// reflectlite.Swapper(x) does, panicking with Go's message when x is not a slice.
//
// The function exchanges the bytes of the elements, a word at a time where their size
// allows, in the array the slice refers to when swapper is called. (Go's swapper
// panics with "reflect: slice index out of range" for some element types and with an
// index error for others when i or j is out of range; the sorts never pass such indexes.)
func swapper(x any) func(i, j int) {
	if k := kindOf(x); k != "slice" {
		panic(&valueError{"Swapper", k})
	}
	size := elemSize(x)
	// An interface holds a slice as its type and a pointer to a copy of its header.
	header := (*struct {
		data     unsafe.Pointer
		len, cap int
	})((*[2]unsafe.Pointer)(unsafe.Pointer(&x))[1])
	p, n := header.data, header.len
	switch size {
	case 1:
		s := unsafe.Slice((*uint8)(p), n)
		return func(i, j int) { s[i], s[j] = s[j], s[i] }
	case 2:
		s := unsafe.Slice((*uint16)(p), n)
		return func(i, j int) { s[i], s[j] = s[j], s[i] }
	case 4:
		s := unsafe.Slice((*uint32)(p), n)
		return func(i, j int) { s[i], s[j] = s[j], s[i] }
	case 8:
		s := unsafe.Slice((*uint64)(p), n)
		return func(i, j int) { s[i], s[j] = s[j], s[i] }
	case 16:
		s := unsafe.Slice((*[2]uint64)(p), n)
		return func(i, j int) { s[i], s[j] = s[j], s[i] }
	case 24:
		s := unsafe.Slice((*[3]uint64)(p), n)
		return func(i, j int) { s[i], s[j] = s[j], s[i] }
	}
	if size%8 == 0 {
		w := int(size / 8)
		s := unsafe.Slice((*uint64)(p), n*w)
		return func(i, j int) {
			a, b := s[i*w:i*w+w], s[j*w:j*w+w]
			for k := range a {
				a[k], b[k] = b[k], a[k]
			}
		}
	}
	w := int(size)
	s := unsafe.Slice((*uint8)(p), n*w)
	return func(i, j int) {
		a, b := s[i*w:i*w+w], s[j*w:j*w+w]
		for k := range a {
			a[k], b[k] = b[k], a[k]
		}
	}
}

// valueLen returns the length of x as Go's reflectlite.ValueOf(x).Len() does: the
// length of a slice, array, string, map or channel; it panics for other values.
func valueLen(x any) int {
	switch k := kindOf(x); k {
	case "slice", "array", "string", "map", "chan":
		return lenOf(x)
	default:
		panic(&valueError{"reflect.Value.Len", k})
	}
}

// valueError is the panic value of Slice, SliceStable and SliceIsSorted given something
// other than a slice: Go's *reflectlite.ValueError.
type valueError struct {
	method string // the reflect method that was called
	kind   string // the kind of the value it was called on
}

// Error returns Go's text for the error.
func (e *valueError) Error() string {
	if e.kind == "invalid" {
		return "reflect: call of " + e.method + " on zero Value"
	}
	return "reflect: call of " + e.method + " on " + e.kind + " Value"
}

// The functions below are implemented by deferjit's runtime.

// kindOf returns the name of the kind of x's dynamic type, as Go's reflect.Kind.String
// has it: "bool", "int", "int8" ... "uint64", "uintptr", "float32", "float64",
// "complex64", "complex128", "array", "chan", "func", "map", "ptr", "slice", "string",
// "struct", "unsafe.Pointer"; "invalid" when x is nil.
func kindOf(x any) string

// lenOf returns the length of x, whose kind is slice, array, string, map or chan: the
// len of its dynamic value.
func lenOf(x any) int

// elemSize returns the size in bytes of the elements of x, a slice: unsafe.Sizeof of an
// element of its dynamic type.
func elemSize(x any) uintptr

// lessSwap holds the comparison and exchange functions of a sort by functions.
type lessSwap struct {
	Less func(i, j int) bool
	Swap func(i, j int)
}

// --- Sorting common slice types ---

// IntSlice is a []int with the methods of Interface, ordering it increasingly.
type IntSlice []int

// Len returns len(x).
func (x IntSlice) Len() int { return len(x) }

// Less reports whether x[i] < x[j].
func (x IntSlice) Less(i, j int) bool { return x[i] < x[j] }

// Swap exchanges x[i] and x[j].
func (x IntSlice) Swap(i, j int) { x[i], x[j] = x[j], x[i] }

// Sort sorts x: it is Sort(x).
func (x IntSlice) Sort() { Sort(x) }

// Search returns SearchInts(x, v).
func (x IntSlice) Search(v int) int { return SearchInts(x, v) }

// Float64Slice is a []float64 with the methods of Interface, ordering it increasingly
// with the NaNs first.
type Float64Slice []float64

// Len returns len(x).
func (x Float64Slice) Len() int { return len(x) }

// Less reports whether x[i] < x[j], or x[i] is a NaN and x[j] is not. (The operator <
// alone is false whenever a NaN is involved, which is no order a sort can use.)
func (x Float64Slice) Less(i, j int) bool { return floatLess(x[i], x[j]) }

// Swap exchanges x[i] and x[j].
func (x Float64Slice) Swap(i, j int) { x[i], x[j] = x[j], x[i] }

// Sort sorts x: it is Sort(x).
func (x Float64Slice) Sort() { Sort(x) }

// Search returns SearchFloat64s(x, v).
func (x Float64Slice) Search(v float64) int { return SearchFloat64s(x, v) }

// floatLess orders a before b when a < b, and a NaN before any number.
func floatLess(a, b float64) bool {
	return a < b || (a != a && b == b)
}

// StringSlice is a []string with the methods of Interface, ordering it increasingly.
type StringSlice []string

// Len returns len(x).
func (x StringSlice) Len() int { return len(x) }

// Less reports whether x[i] < x[j].
func (x StringSlice) Less(i, j int) bool { return x[i] < x[j] }

// Swap exchanges x[i] and x[j].
func (x StringSlice) Swap(i, j int) { x[i], x[j] = x[j], x[i] }

// Sort sorts x: it is Sort(x).
func (x StringSlice) Sort() { Sort(x) }

// Search returns SearchStrings(x, v).
func (x StringSlice) Search(v string) int { return SearchStrings(x, v) }

// Ints puts the elements of x in increasing order.
func Ints(x []int) {
	// Go sorts with slices.Sort: the same pdqsort, on the values directly.
	pdqsortInts(x, 0, len(x), bits.Len(uint(len(x))))
}

// Float64s puts the elements of x in increasing order, NaNs first.
func Float64s(x []float64) {
	pdqsortFunc(lessSwap{
		func(i, j int) bool { return floatLess(x[i], x[j]) },
		func(i, j int) { x[i], x[j] = x[j], x[i] },
	}, 0, len(x), bits.Len(uint(len(x))))
}

// Strings puts the elements of x in increasing (byte-wise) order.
func Strings(x []string) {
	pdqsortFunc(lessSwap{
		func(i, j int) bool { return x[i] < x[j] },
		func(i, j int) { x[i], x[j] = x[j], x[i] },
	}, 0, len(x), bits.Len(uint(len(x))))
}

// IntsAreSorted reports whether no element of x is less than the one before it.
func IntsAreSorted(x []int) bool {
	for i := len(x) - 1; i > 0; i-- {
		if x[i] < x[i-1] {
			return false
		}
	}
	return true
}

// Float64sAreSorted reports whether x is in the order Float64s gives: no element less
// than the one before it, and no NaN after a number.
func Float64sAreSorted(x []float64) bool {
	for i := len(x) - 1; i > 0; i-- {
		if floatLess(x[i], x[i-1]) {
			return false
		}
	}
	return true
}

// StringsAreSorted reports whether no element of x is less than the one before it.
func StringsAreSorted(x []string) bool {
	for i := len(x) - 1; i > 0; i-- {
		if x[i] < x[i-1] {
			return false
		}
	}
	return true
}

// --- Binary search ---

// Search returns the first index i in [0, n) for which f(i) is true, or n when there is
// none, by binary search: f must be false up to some index and true from there on.
// It calls f only with indexes in [0, n), about log2(n) times. (Not finding anything
// gives n, not -1.)
func Search(n int, f func(int) bool) int {
	// Invariant: f is false before lo and true from hi on (f(n) counts as true).
	lo, hi := 0, n
	for lo < hi {
		mid := int(uint(lo+hi) >> 1) // unsigned: no overflow
		if f(mid) {
			hi = mid
		} else {
			lo = mid + 1
		}
	}
	return lo
}

// Find returns the first index i in [0, n) for which cmp(i) <= 0, or n when there is
// none, and whether cmp(i) == 0 there, by binary search. cmp must be positive up to some
// index, then zero, then negative (any of the three parts may be empty), as comparing a
// target t with the elements of a sorted collection gives (negative for t < x[i], zero
// for t == x[i], positive for t > x[i]). It calls cmp only with indexes in [0, n).
func Find(n int, cmp func(int) int) (i int, found bool) {
	// Invariant: cmp is > 0 before lo and <= 0 from hi on.
	lo, hi := 0, n
	for lo < hi {
		mid := int(uint(lo+hi) >> 1)
		if cmp(mid) > 0 {
			lo = mid + 1
		} else {
			hi = mid
		}
	}
	return lo, lo < n && cmp(lo) == 0
}

// SearchInts returns the first index of a, which must be in increasing order, whose
// element is not less than x: where x is, or where it would be inserted (len(a) if
// x is greater than all).
func SearchInts(a []int, x int) int {
	return Search(len(a), func(i int) bool { return a[i] >= x })
}

// SearchFloat64s returns the first index of a, which must be in increasing order, whose
// element is not less than x: where x is, or where it would be inserted (len(a) if
// x is greater than all).
func SearchFloat64s(a []float64, x float64) int {
	return Search(len(a), func(i int) bool { return a[i] >= x })
}

// SearchStrings returns the first index of a, which must be in increasing order, whose
// element is not less than x: where x is, or where it would be inserted (len(a) if
// x is greater than all).
func SearchStrings(a []string, x string) int {
	return Search(len(a), func(i int) bool { return a[i] >= x })
}

// --- pdqsort ---
//
// pdqsort (Orson Peters' pattern-defeating quicksort) as Go 1.23 runs it. It is written
// three times below, alike but for how elements are compared and exchanged: through an
// Interface (Sort), through a lessSwap (Slice, Float64s, Strings) and on an []int
// directly (Ints). Changing one means changing all three the same way.

// sortedHint is what choosePivot learned about the order of the range it sampled.
type sortedHint int

const (
	unknownHint sortedHint = iota
	increasingHint
	decreasingHint
)

const (
	// Ranges of at most this many elements are sorted by insertion sort.
	maxInsertion = 12
	// Ranges of at least this many elements take the pivot as Tukey's ninther (the
	// median of three medians of three) rather than as the median of three.
	shortestNinther = 50
	// choosePivot's number of exchanges when every sample it compared was in
	// decreasing order: 3 per median of three, 4 medians for a ninther.
	maxSwaps = 4 * 3
	// partialInsertionSort gives up after moving this many out-of-order elements ...
	maxSteps = 5
	// ... and moves none in ranges shorter than this.
	shortestShifting = 50
	// Stable's insertion-sorted blocks are this long before merging starts.
	stableBlock = 20
)

// xorshift is the pseudo-random generator breakPatterns uses (Marsaglia's xorshift64).
type xorshift uint64

// next advances the generator and returns its new state.
func (r *xorshift) next() uint64 {
	*r ^= *r << 13
	*r ^= *r >> 17
	*r ^= *r << 5
	return uint64(*r)
}

// nextPowerOfTwo returns the power of two just above the highest set bit of length.
func nextPowerOfTwo(length int) uint {
	return 1 << bits.Len(uint(length))
}

// insertionSort sorts data[a:b], moving each element left past the larger ones.
func insertionSort(data Interface, a, b int) {
	for i := a + 1; i < b; i++ {
		for j := i; j > a && data.Less(j, j-1); j-- {
			data.Swap(j, j-1)
		}
	}
}

// siftDown restores the max-heap property of the heap data[first+lo:first+hi] (node k
// at index first+k, its children at 2k+1 and 2k+2) from node lo downwards.
func siftDown(data Interface, lo, hi, first int) {
	node := lo
	for {
		child := 2*node + 1
		if child >= hi {
			return
		}
		if child+1 < hi && data.Less(first+child, first+child+1) {
			child++ // the larger child
		}
		if !data.Less(first+node, first+child) {
			return
		}
		data.Swap(first+node, first+child)
		node = child
	}
}

// heapSort sorts data[a:b] by heapsort.
func heapSort(data Interface, a, b int) {
	n := b - a
	for i := (n - 1) / 2; i >= 0; i-- {
		siftDown(data, i, n, a)
	}
	// Move the largest element to the end of the heap, which then shrinks by one.
	for i := n - 1; i >= 0; i-- {
		data.Swap(a, a+i)
		siftDown(data, 0, i, a)
	}
}

// pdqsort sorts data[a:b]. limit is the number of badly balanced partitions allowed
// before falling back to heapsort.
func pdqsort(data Interface, a, b, limit int) {
	balanced := true    // whether the last partition split the range reasonably
	partitioned := true // whether the last partition found its range partitioned already
	for {
		n := b - a
		if n <= maxInsertion {
			insertionSort(data, a, b)
			return
		}
		if limit == 0 {
			heapSort(data, a, b)
			return
		}
		if !balanced {
			breakPatterns(data, a, b)
			limit--
		}

		pivot, hint := choosePivot(data, a, b)
		if hint == decreasingHint {
			reverseRange(data, a, b)
			// The pivot element moved to the mirrored position.
			pivot = (b - 1) - (pivot - a)
			hint = increasingHint
		}
		// A range that looks sorted may be: try to finish it with few moves.
		if balanced && partitioned && hint == increasingHint &&
			partialInsertionSort(data, a, b) {
			return
		}
		// When the pivot equals the element before the range (the last partition's
		// pivot, no greater than anything here), the elements equal to it are put
		// first and skipped: they are in place.
		if a > 0 && !data.Less(a-1, pivot) {
			a = partitionEqual(data, a, b, pivot)
			continue
		}

		mid, already := partition(data, a, b, pivot)
		partitioned = already
		// Recurse into the shorter side, loop on the longer one.
		left, right := mid-a, b-mid
		if left < right {
			balanced = left >= n/8
			pdqsort(data, a, mid, limit)
			a = mid + 1
		} else {
			balanced = right >= n/8
			pdqsort(data, mid+1, b, limit)
			b = mid
		}
	}
}

// partition puts the elements of data[a:b] less than data[pivot] before it and the
// others after it. It returns the pivot's new index and whether no element had to move
// besides the pivot.
func partition(data Interface, a, b, pivot int) (mid int, already bool) {
	data.Swap(a, pivot) // the pivot waits at a
	// data[a+1:i] are less than the pivot, data[j+1:b] are not; i and j meet.
	i, j := a+1, b-1
	for i <= j && data.Less(i, a) {
		i++
	}
	for i <= j && !data.Less(j, a) {
		j--
	}
	if i > j {
		data.Swap(j, a)
		return j, true
	}
	data.Swap(i, j)
	i++
	j--
	for {
		for i <= j && data.Less(i, a) {
			i++
		}
		for i <= j && !data.Less(j, a) {
			j--
		}
		if i > j {
			break
		}
		data.Swap(i, j)
		i++
		j--
	}
	data.Swap(j, a)
	return j, false
}

// partitionEqual puts the elements of data[a:b] equal to data[pivot] (no element is
// less than it) before the greater ones, and returns the index of the first greater one.
func partitionEqual(data Interface, a, b, pivot int) int {
	data.Swap(a, pivot)
	i, j := a+1, b-1
	for {
		for i <= j && !data.Less(a, i) {
			i++
		}
		for i <= j && data.Less(a, j) {
			j--
		}
		if i > j {
			return i
		}
		data.Swap(i, j)
		i++
		j--
	}
}

// partialInsertionSort sorts data[a:b] by moving at most maxSteps out-of-order
// elements into place, and reports whether that sorted it.
func partialInsertionSort(data Interface, a, b int) bool {
	i := a + 1
	for step := 0; step < maxSteps; step++ {
		for i < b && !data.Less(i, i-1) {
			i++
		}
		if i == b {
			return true
		}
		if b-a < shortestShifting {
			return false
		}
		data.Swap(i, i-1)
		// Move the smaller element of the pair left and the larger one right as far
		// as they belong. (The leftward walk may go below a, as in Go.)
		if i-a >= 2 {
			for k := i - 1; k >= 1 && data.Less(k, k-1); k-- {
				data.Swap(k, k-1)
			}
		}
		if b-i >= 2 {
			for k := i + 1; k < b && data.Less(k, k-1); k++ {
				data.Swap(k, k-1)
			}
		}
	}
	return false
}

// breakPatterns exchanges three elements in the middle of data[a:b] with pseudo-random
// others, to break up patterns that made partitions unbalanced.
func breakPatterns(data Interface, a, b int) {
	n := b - a
	if n < 8 {
		return
	}
	r := xorshift(n)
	mask := nextPowerOfTwo(n) - 1
	middle := a + n/4*2
	for k := middle - 1; k <= middle+1; k++ {
		other := int(uint(r.next()) & mask)
		if other >= n {
			other -= n
		}
		data.Swap(k, a+other)
	}
}

// choosePivot returns the index of a pivot for data[a:b] and a hint about the order of
// the range: the median of three elements at its quarters, of three such medians of
// neighbours for long ranges; the middle for short ones.
func choosePivot(data Interface, a, b int) (int, sortedHint) {
	n := b - a
	swaps := 0
	i, j, k := a+n/4, a+n/4*2, a+n/4*3
	if n >= 8 {
		if n >= shortestNinther {
			i = medianAdjacent(data, i, &swaps)
			j = medianAdjacent(data, j, &swaps)
			k = medianAdjacent(data, k, &swaps)
		}
		j = median(data, i, j, k, &swaps)
	}
	switch swaps {
	case 0:
		return j, increasingHint
	case maxSwaps:
		return j, decreasingHint
	}
	return j, unknownHint
}

// order2 returns a and b ordered so that the first element is not greater, counting
// the exchanges in *swaps.
func order2(data Interface, a, b int, swaps *int) (int, int) {
	if data.Less(b, a) {
		*swaps++
		return b, a
	}
	return a, b
}

// median returns which of a, b and c holds the median of their elements.
func median(data Interface, a, b, c int, swaps *int) int {
	a, b = order2(data, a, b, swaps)
	b, _ = order2(data, b, c, swaps)
	_, b = order2(data, a, b, swaps)
	return b
}

// medianAdjacent returns which of m-1, m and m+1 holds the median of their elements.
func medianAdjacent(data Interface, m int, swaps *int) int {
	return median(data, m-1, m, m+1, swaps)
}

// reverseRange reverses data[a:b].
func reverseRange(data Interface, a, b int) {
	for i, j := a, b-1; i < j; i, j = i+1, j-1 {
		data.Swap(i, j)
	}
}

// swapRange exchanges data[a:a+n] and data[b:b+n] element by element.
func swapRange(data Interface, a, b, n int) {
	for k := 0; k < n; k++ {
		data.Swap(a+k, b+k)
	}
}

// stable sorts data[0:n] stably: insertion sort of blocks of stableBlock elements,
// then merges of neighbouring blocks of doubling size.
func stable(data Interface, n int) {
	size := stableBlock
	a := 0
	for ; a+size <= n; a += size {
		insertionSort(data, a, a+size)
	}
	insertionSort(data, a, n)
	for ; size < n; size *= 2 {
		a = 0
		for ; a+2*size <= n; a += 2 * size {
			symMerge(data, a, a+size, a+2*size)
		}
		if a+size < n {
			symMerge(data, a, a+size, n)
		}
	}
}

// symMerge merges the sorted data[a:m] and data[m:b] in place, stably, by Kim and
// Kutzner's SymMerge ("Stable Minimum Storage Merging by Symmetric Comparisons",
// 2004): with mid the middle of [a, b), a binary search finds the largest start such
// that data[start:m] and data[m:mid+m-start] are to be exchanged; rotating them leaves
// two smaller merges on either side of mid. A one-element side is inserted directly.
func symMerge(data Interface, a, m, b int) {
	if m-a == 1 {
		// Insert data[a] before the first element of data[m:b] not less than it.
		lo, hi := m, b
		for lo < hi {
			h := int(uint(lo+hi) >> 1)
			if data.Less(h, a) {
				lo = h + 1
			} else {
				hi = h
			}
		}
		for k := a; k < lo-1; k++ {
			data.Swap(k, k+1)
		}
		return
	}
	if b-m == 1 {
		// Insert data[m] after the last element of data[a:m] not greater than it.
		lo, hi := a, m
		for lo < hi {
			h := int(uint(lo+hi) >> 1)
			if !data.Less(m, h) {
				lo = h + 1
			} else {
				hi = h
			}
		}
		for k := m; k > lo; k-- {
			data.Swap(k, k-1)
		}
		return
	}

	mid := int(uint(a+b) >> 1)
	n := mid + m
	// Search start in [lo, hi): data[c] against its mirror data[n-1-c].
	lo, hi := a, m
	if m > mid {
		lo, hi = n-b, mid
	}
	for lo < hi {
		c := int(uint(lo+hi) >> 1)
		if !data.Less(n-1-c, c) {
			lo = c + 1
		} else {
			hi = c
		}
	}
	start, end := lo, n-lo
	if start < m && m < end {
		rotate(data, start, m, end)
	}
	if a < start && start < mid {
		symMerge(data, a, start, mid)
	}
	if mid < end && end < b {
		symMerge(data, mid, end, b)
	}
}

// rotate exchanges the blocks data[a:m] and data[m:b] by block swaps: swapping the
// shorter block with the far end of the longer one puts it in its final place, and
// leaves a smaller rotation of what remains.
func rotate(data Interface, a, m, b int) {
	i, j := m-a, b-m // the lengths still to rotate, around m
	for i != j {
		if i > j {
			swapRange(data, m-i, m, j)
			i -= j
		} else {
			swapRange(data, m-i, m+j-i, i)
			j -= i
		}
	}
	swapRange(data, m-i, m, i)
}

// --- pdqsort through a lessSwap ---
//
// The functions below are the ones above, with data.Less and data.Swap the fields of a
// lessSwap; see there for comments.

func insertionSortFunc(data lessSwap, a, b int) {
	for i := a + 1; i < b; i++ {
		for j := i; j > a && data.Less(j, j-1); j-- {
			data.Swap(j, j-1)
		}
	}
}

func siftDownFunc(data lessSwap, lo, hi, first int) {
	node := lo
	for {
		child := 2*node + 1
		if child >= hi {
			return
		}
		if child+1 < hi && data.Less(first+child, first+child+1) {
			child++
		}
		if !data.Less(first+node, first+child) {
			return
		}
		data.Swap(first+node, first+child)
		node = child
	}
}

func heapSortFunc(data lessSwap, a, b int) {
	n := b - a
	for i := (n - 1) / 2; i >= 0; i-- {
		siftDownFunc(data, i, n, a)
	}
	for i := n - 1; i >= 0; i-- {
		data.Swap(a, a+i)
		siftDownFunc(data, 0, i, a)
	}
}

func pdqsortFunc(data lessSwap, a, b, limit int) {
	balanced := true
	partitioned := true
	for {
		n := b - a
		if n <= maxInsertion {
			insertionSortFunc(data, a, b)
			return
		}
		if limit == 0 {
			heapSortFunc(data, a, b)
			return
		}
		if !balanced {
			breakPatternsFunc(data, a, b)
			limit--
		}

		pivot, hint := choosePivotFunc(data, a, b)
		if hint == decreasingHint {
			reverseRangeFunc(data, a, b)
			pivot = (b - 1) - (pivot - a)
			hint = increasingHint
		}
		if balanced && partitioned && hint == increasingHint &&
			partialInsertionSortFunc(data, a, b) {
			return
		}
		if a > 0 && !data.Less(a-1, pivot) {
			a = partitionEqualFunc(data, a, b, pivot)
			continue
		}

		mid, already := partitionFunc(data, a, b, pivot)
		partitioned = already
		left, right := mid-a, b-mid
		if left < right {
			balanced = left >= n/8
			pdqsortFunc(data, a, mid, limit)
			a = mid + 1
		} else {
			balanced = right >= n/8
			pdqsortFunc(data, mid+1, b, limit)
			b = mid
		}
	}
}

func partitionFunc(data lessSwap, a, b, pivot int) (mid int, already bool) {
	data.Swap(a, pivot)
	i, j := a+1, b-1
	for i <= j && data.Less(i, a) {
		i++
	}
	for i <= j && !data.Less(j, a) {
		j--
	}
	if i > j {
		data.Swap(j, a)
		return j, true
	}
	data.Swap(i, j)
	i++
	j--
	for {
		for i <= j && data.Less(i, a) {
			i++
		}
		for i <= j && !data.Less(j, a) {
			j--
		}
		if i > j {
			break
		}
		data.Swap(i, j)
		i++
		j--
	}
	data.Swap(j, a)
	return j, false
}

func partitionEqualFunc(data lessSwap, a, b, pivot int) int {
	data.Swap(a, pivot)
	i, j := a+1, b-1
	for {
		for i <= j && !data.Less(a, i) {
			i++
		}
		for i <= j && data.Less(a, j) {
			j--
		}
		if i > j {
			return i
		}
		data.Swap(i, j)
		i++
		j--
	}
}

func partialInsertionSortFunc(data lessSwap, a, b int) bool {
	i := a + 1
	for step := 0; step < maxSteps; step++ {
		for i < b && !data.Less(i, i-1) {
			i++
		}
		if i == b {
			return true
		}
		if b-a < shortestShifting {
			return false
		}
		data.Swap(i, i-1)
		if i-a >= 2 {
			for k := i - 1; k >= 1 && data.Less(k, k-1); k-- {
				data.Swap(k, k-1)
			}
		}
		if b-i >= 2 {
			for k := i + 1; k < b && data.Less(k, k-1); k++ {
				data.Swap(k, k-1)
			}
		}
	}
	return false
}

func breakPatternsFunc(data lessSwap, a, b int) {
	n := b - a
	if n < 8 {
		return
	}
	r := xorshift(n)
	mask := nextPowerOfTwo(n) - 1
	middle := a + n/4*2
	for k := middle - 1; k <= middle+1; k++ {
		other := int(uint(r.next()) & mask)
		if other >= n {
			other -= n
		}
		data.Swap(k, a+other)
	}
}

func choosePivotFunc(data lessSwap, a, b int) (int, sortedHint) {
	n := b - a
	swaps := 0
	i, j, k := a+n/4, a+n/4*2, a+n/4*3
	if n >= 8 {
		if n >= shortestNinther {
			i = medianAdjacentFunc(data, i, &swaps)
			j = medianAdjacentFunc(data, j, &swaps)
			k = medianAdjacentFunc(data, k, &swaps)
		}
		j = medianFunc(data, i, j, k, &swaps)
	}
	switch swaps {
	case 0:
		return j, increasingHint
	case maxSwaps:
		return j, decreasingHint
	}
	return j, unknownHint
}

func order2Func(data lessSwap, a, b int, swaps *int) (int, int) {
	if data.Less(b, a) {
		*swaps++
		return b, a
	}
	return a, b
}

func medianFunc(data lessSwap, a, b, c int, swaps *int) int {
	a, b = order2Func(data, a, b, swaps)
	b, _ = order2Func(data, b, c, swaps)
	_, b = order2Func(data, a, b, swaps)
	return b
}

func medianAdjacentFunc(data lessSwap, m int, swaps *int) int {
	return medianFunc(data, m-1, m, m+1, swaps)
}

func reverseRangeFunc(data lessSwap, a, b int) {
	for i, j := a, b-1; i < j; i, j = i+1, j-1 {
		data.Swap(i, j)
	}
}

func swapRangeFunc(data lessSwap, a, b, n int) {
	for k := 0; k < n; k++ {
		data.Swap(a+k, b+k)
	}
}

func stableFunc(data lessSwap, n int) {
	size := stableBlock
	a := 0
	for ; a+size <= n; a += size {
		insertionSortFunc(data, a, a+size)
	}
	insertionSortFunc(data, a, n)
	for ; size < n; size *= 2 {
		a = 0
		for ; a+2*size <= n; a += 2 * size {
			symMergeFunc(data, a, a+size, a+2*size)
		}
		if a+size < n {
			symMergeFunc(data, a, a+size, n)
		}
	}
}

func symMergeFunc(data lessSwap, a, m, b int) {
	if m-a == 1 {
		lo, hi := m, b
		for lo < hi {
			h := int(uint(lo+hi) >> 1)
			if data.Less(h, a) {
				lo = h + 1
			} else {
				hi = h
			}
		}
		for k := a; k < lo-1; k++ {
			data.Swap(k, k+1)
		}
		return
	}
	if b-m == 1 {
		lo, hi := a, m
		for lo < hi {
			h := int(uint(lo+hi) >> 1)
			if !data.Less(m, h) {
				lo = h + 1
			} else {
				hi = h
			}
		}
		for k := m; k > lo; k-- {
			data.Swap(k, k-1)
		}
		return
	}

	mid := int(uint(a+b) >> 1)
	n := mid + m
	lo, hi := a, m
	if m > mid {
		lo, hi = n-b, mid
	}
	for lo < hi {
		c := int(uint(lo+hi) >> 1)
		if !data.Less(n-1-c, c) {
			lo = c + 1
		} else {
			hi = c
		}
	}
	start, end := lo, n-lo
	if start < m && m < end {
		rotateFunc(data, start, m, end)
	}
	if a < start && start < mid {
		symMergeFunc(data, a, start, mid)
	}
	if mid < end && end < b {
		symMergeFunc(data, mid, end, b)
	}
}

func rotateFunc(data lessSwap, a, m, b int) {
	i, j := m-a, b-m
	for i != j {
		if i > j {
			swapRangeFunc(data, m-i, m, j)
			i -= j
		} else {
			swapRangeFunc(data, m-i, m+j-i, i)
			j -= i
		}
	}
	swapRangeFunc(data, m-i, m, i)
}

// --- pdqsort of an []int ---
//
// The functions above once more, comparing and exchanging the ints of x directly.

func insertionSortInts(x []int, a, b int) {
	for i := a + 1; i < b; i++ {
		for j := i; j > a && x[j] < x[j-1]; j-- {
			x[j], x[j-1] = x[j-1], x[j]
		}
	}
}

func siftDownInts(x []int, lo, hi, first int) {
	node := lo
	for {
		child := 2*node + 1
		if child >= hi {
			return
		}
		if child+1 < hi && x[first+child] < x[first+child+1] {
			child++
		}
		if !(x[first+node] < x[first+child]) {
			return
		}
		x[first+node], x[first+child] = x[first+child], x[first+node]
		node = child
	}
}

func heapSortInts(x []int, a, b int) {
	n := b - a
	for i := (n - 1) / 2; i >= 0; i-- {
		siftDownInts(x, i, n, a)
	}
	for i := n - 1; i >= 0; i-- {
		x[a], x[a+i] = x[a+i], x[a]
		siftDownInts(x, 0, i, a)
	}
}

func pdqsortInts(x []int, a, b, limit int) {
	balanced := true
	partitioned := true
	for {
		n := b - a
		if n <= maxInsertion {
			insertionSortInts(x, a, b)
			return
		}
		if limit == 0 {
			heapSortInts(x, a, b)
			return
		}
		if !balanced {
			breakPatternsInts(x, a, b)
			limit--
		}

		pivot, hint := choosePivotInts(x, a, b)
		if hint == decreasingHint {
			reverseRangeInts(x, a, b)
			pivot = (b - 1) - (pivot - a)
			hint = increasingHint
		}
		if balanced && partitioned && hint == increasingHint &&
			partialInsertionSortInts(x, a, b) {
			return
		}
		if a > 0 && !(x[a-1] < x[pivot]) {
			a = partitionEqualInts(x, a, b, pivot)
			continue
		}

		mid, already := partitionInts(x, a, b, pivot)
		partitioned = already
		left, right := mid-a, b-mid
		if left < right {
			balanced = left >= n/8
			pdqsortInts(x, a, mid, limit)
			a = mid + 1
		} else {
			balanced = right >= n/8
			pdqsortInts(x, mid+1, b, limit)
			b = mid
		}
	}
}

func partitionInts(x []int, a, b, pivot int) (mid int, already bool) {
	x[a], x[pivot] = x[pivot], x[a]
	p := x[a]
	i, j := a+1, b-1
	for i <= j && x[i] < p {
		i++
	}
	for i <= j && !(x[j] < p) {
		j--
	}
	if i > j {
		x[j], x[a] = x[a], x[j]
		return j, true
	}
	x[i], x[j] = x[j], x[i]
	i++
	j--
	for {
		for i <= j && x[i] < p {
			i++
		}
		for i <= j && !(x[j] < p) {
			j--
		}
		if i > j {
			break
		}
		x[i], x[j] = x[j], x[i]
		i++
		j--
	}
	x[j], x[a] = x[a], x[j]
	return j, false
}

func partitionEqualInts(x []int, a, b, pivot int) int {
	x[a], x[pivot] = x[pivot], x[a]
	p := x[a]
	i, j := a+1, b-1
	for {
		for i <= j && !(p < x[i]) {
			i++
		}
		for i <= j && p < x[j] {
			j--
		}
		if i > j {
			return i
		}
		x[i], x[j] = x[j], x[i]
		i++
		j--
	}
}

func partialInsertionSortInts(x []int, a, b int) bool {
	i := a + 1
	for step := 0; step < maxSteps; step++ {
		for i < b && !(x[i] < x[i-1]) {
			i++
		}
		if i == b {
			return true
		}
		if b-a < shortestShifting {
			return false
		}
		x[i], x[i-1] = x[i-1], x[i]
		if i-a >= 2 {
			for k := i - 1; k >= 1 && x[k] < x[k-1]; k-- {
				x[k], x[k-1] = x[k-1], x[k]
			}
		}
		if b-i >= 2 {
			for k := i + 1; k < b && x[k] < x[k-1]; k++ {
				x[k], x[k-1] = x[k-1], x[k]
			}
		}
	}
	return false
}

func breakPatternsInts(x []int, a, b int) {
	n := b - a
	if n < 8 {
		return
	}
	r := xorshift(n)
	mask := nextPowerOfTwo(n) - 1
	middle := a + n/4*2
	for k := middle - 1; k <= middle+1; k++ {
		other := int(uint(r.next()) & mask)
		if other >= n {
			other -= n
		}
		x[k], x[a+other] = x[a+other], x[k]
	}
}

func choosePivotInts(x []int, a, b int) (int, sortedHint) {
	n := b - a
	swaps := 0
	i, j, k := a+n/4, a+n/4*2, a+n/4*3
	if n >= 8 {
		if n >= shortestNinther {
			i = medianInts(x, i-1, i, i+1, &swaps)
			j = medianInts(x, j-1, j, j+1, &swaps)
			k = medianInts(x, k-1, k, k+1, &swaps)
		}
		j = medianInts(x, i, j, k, &swaps)
	}
	switch swaps {
	case 0:
		return j, increasingHint
	case maxSwaps:
		return j, decreasingHint
	}
	return j, unknownHint
}

func order2Ints(x []int, a, b int, swaps *int) (int, int) {
	if x[b] < x[a] {
		*swaps++
		return b, a
	}
	return a, b
}

func medianInts(x []int, a, b, c int, swaps *int) int {
	a, b = order2Ints(x, a, b, swaps)
	b, _ = order2Ints(x, b, c, swaps)
	_, b = order2Ints(x, a, b, swaps)
	return b
}

func reverseRangeInts(x []int, a, b int) {
	for i, j := a, b-1; i < j; i, j = i+1, j-1 {
		x[i], x[j] = x[j], x[i]
	}
}
