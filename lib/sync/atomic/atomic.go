// Package atomic is deferjit's implementation of Go's package sync/atomic: atomic loads,
// stores, swaps, compare-and-swaps, additions and bitwise and/or on integers and
// pointers, the types Bool, Int32, Int64, Uint32, Uint64 and Uintptr, and Value.
//
// deferjit runs every goroutine of a program on one thread and never preempts one: a
// goroutine runs until it blocks (on a channel, for instance), and none of the functions
// here blocks. So no other goroutine can run between the read and the write of an
// operation, and plain loads and stores are atomic with respect to all of them; they are
// written below as ordinary Go. Go's sequentially consistent ordering holds trivially.
//
// Pointer[T] is missing, as deferjit has no generics yet.
package atomic

import "unsafe"

// --- Swap ---

// SwapInt32 stores new into *addr and returns the previous *addr, as Go's does.
func SwapInt32(addr *int32, new int32) (old int32) {
	old = *addr
	*addr = new
	return old
}

// SwapInt64 stores new into *addr and returns the previous *addr, as Go's does.
func SwapInt64(addr *int64, new int64) (old int64) {
	old = *addr
	*addr = new
	return old
}

// SwapUint32 stores new into *addr and returns the previous *addr, as Go's does.
func SwapUint32(addr *uint32, new uint32) (old uint32) {
	old = *addr
	*addr = new
	return old
}

// SwapUint64 stores new into *addr and returns the previous *addr, as Go's does.
func SwapUint64(addr *uint64, new uint64) (old uint64) {
	old = *addr
	*addr = new
	return old
}

// SwapUintptr stores new into *addr and returns the previous *addr, as Go's does.
func SwapUintptr(addr *uintptr, new uintptr) (old uintptr) {
	old = *addr
	*addr = new
	return old
}

// SwapPointer stores new into *addr and returns the previous *addr, as Go's does.
func SwapPointer(addr *unsafe.Pointer, new unsafe.Pointer) (old unsafe.Pointer) {
	old = *addr
	*addr = new
	return old
}

// --- CompareAndSwap ---

// CompareAndSwapInt32 stores new into *addr if *addr equals old, and reports whether it
// did, as Go's does.
func CompareAndSwapInt32(addr *int32, old, new int32) (swapped bool) {
	if *addr != old {
		return false
	}
	*addr = new
	return true
}

// CompareAndSwapInt64 stores new into *addr if *addr equals old, and reports whether it
// did, as Go's does.
func CompareAndSwapInt64(addr *int64, old, new int64) (swapped bool) {
	if *addr != old {
		return false
	}
	*addr = new
	return true
}

// CompareAndSwapUint32 stores new into *addr if *addr equals old, and reports whether it
// did, as Go's does.
func CompareAndSwapUint32(addr *uint32, old, new uint32) (swapped bool) {
	if *addr != old {
		return false
	}
	*addr = new
	return true
}

// CompareAndSwapUint64 stores new into *addr if *addr equals old, and reports whether it
// did, as Go's does.
func CompareAndSwapUint64(addr *uint64, old, new uint64) (swapped bool) {
	if *addr != old {
		return false
	}
	*addr = new
	return true
}

// CompareAndSwapUintptr stores new into *addr if *addr equals old, and reports whether
// it did, as Go's does.
func CompareAndSwapUintptr(addr *uintptr, old, new uintptr) (swapped bool) {
	if *addr != old {
		return false
	}
	*addr = new
	return true
}

// CompareAndSwapPointer stores new into *addr if *addr equals old, and reports whether
// it did, as Go's does.
func CompareAndSwapPointer(addr *unsafe.Pointer, old, new unsafe.Pointer) (swapped bool) {
	if *addr != old {
		return false
	}
	*addr = new
	return true
}

// --- Add ---

// AddInt32 adds delta to *addr, wrapping around on overflow, and returns the new value,
// as Go's does.
func AddInt32(addr *int32, delta int32) (new int32) {
	*addr += delta
	return *addr
}

// AddUint32 adds delta to *addr, wrapping around on overflow, and returns the new value,
// as Go's does. AddUint32(addr, ^uint32(c-1)) subtracts c.
func AddUint32(addr *uint32, delta uint32) (new uint32) {
	*addr += delta
	return *addr
}

// AddInt64 adds delta to *addr, wrapping around on overflow, and returns the new value,
// as Go's does.
func AddInt64(addr *int64, delta int64) (new int64) {
	*addr += delta
	return *addr
}

// AddUint64 adds delta to *addr, wrapping around on overflow, and returns the new value,
// as Go's does. AddUint64(addr, ^uint64(c-1)) subtracts c.
func AddUint64(addr *uint64, delta uint64) (new uint64) {
	*addr += delta
	return *addr
}

// AddUintptr adds delta to *addr, wrapping around on overflow, and returns the new
// value, as Go's does.
func AddUintptr(addr *uintptr, delta uintptr) (new uintptr) {
	*addr += delta
	return *addr
}

// --- And ---

// AndInt32 sets *addr to *addr & mask and returns the previous value, as Go's does.
func AndInt32(addr *int32, mask int32) (old int32) {
	old = *addr
	*addr = old & mask
	return old
}

// AndUint32 sets *addr to *addr & mask and returns the previous value, as Go's does.
func AndUint32(addr *uint32, mask uint32) (old uint32) {
	old = *addr
	*addr = old & mask
	return old
}

// AndInt64 sets *addr to *addr & mask and returns the previous value, as Go's does.
func AndInt64(addr *int64, mask int64) (old int64) {
	old = *addr
	*addr = old & mask
	return old
}

// AndUint64 sets *addr to *addr & mask and returns the previous value, as Go's does.
func AndUint64(addr *uint64, mask uint64) (old uint64) {
	old = *addr
	*addr = old & mask
	return old
}

// AndUintptr sets *addr to *addr & mask and returns the previous value, as Go's does.
func AndUintptr(addr *uintptr, mask uintptr) (old uintptr) {
	old = *addr
	*addr = old & mask
	return old
}

// --- Or ---

// OrInt32 sets *addr to *addr | mask and returns the previous value, as Go's does.
func OrInt32(addr *int32, mask int32) (old int32) {
	old = *addr
	*addr = old | mask
	return old
}

// OrUint32 sets *addr to *addr | mask and returns the previous value, as Go's does.
func OrUint32(addr *uint32, mask uint32) (old uint32) {
	old = *addr
	*addr = old | mask
	return old
}

// OrInt64 sets *addr to *addr | mask and returns the previous value, as Go's does.
func OrInt64(addr *int64, mask int64) (old int64) {
	old = *addr
	*addr = old | mask
	return old
}

// OrUint64 sets *addr to *addr | mask and returns the previous value, as Go's does.
func OrUint64(addr *uint64, mask uint64) (old uint64) {
	old = *addr
	*addr = old | mask
	return old
}

// OrUintptr sets *addr to *addr | mask and returns the previous value, as Go's does.
func OrUintptr(addr *uintptr, mask uintptr) (old uintptr) {
	old = *addr
	*addr = old | mask
	return old
}

// --- Load ---

// LoadInt32 returns *addr, as Go's does.
func LoadInt32(addr *int32) (val int32) { return *addr }

// LoadInt64 returns *addr, as Go's does.
func LoadInt64(addr *int64) (val int64) { return *addr }

// LoadUint32 returns *addr, as Go's does.
func LoadUint32(addr *uint32) (val uint32) { return *addr }

// LoadUint64 returns *addr, as Go's does.
func LoadUint64(addr *uint64) (val uint64) { return *addr }

// LoadUintptr returns *addr, as Go's does.
func LoadUintptr(addr *uintptr) (val uintptr) { return *addr }

// LoadPointer returns *addr, as Go's does.
func LoadPointer(addr *unsafe.Pointer) (val unsafe.Pointer) { return *addr }

// --- Store ---

// StoreInt32 stores val into *addr, as Go's does.
func StoreInt32(addr *int32, val int32) { *addr = val }

// StoreInt64 stores val into *addr, as Go's does.
func StoreInt64(addr *int64, val int64) { *addr = val }

// StoreUint32 stores val into *addr, as Go's does.
func StoreUint32(addr *uint32, val uint32) { *addr = val }

// StoreUint64 stores val into *addr, as Go's does.
func StoreUint64(addr *uint64, val uint64) { *addr = val }

// StoreUintptr stores val into *addr, as Go's does.
func StoreUintptr(addr *uintptr, val uintptr) { *addr = val }

// StorePointer stores val into *addr, as Go's does.
func StorePointer(addr *unsafe.Pointer, val unsafe.Pointer) { *addr = val }

// --- Bool ---

// A Bool is an atomic boolean, as Go's: the zero value is false and ready to use. It
// holds a uint32, so its size is Go's (4 bytes).
type Bool struct {
	_ noCopy
	v uint32
}

// Load returns the value of x, as Go's Bool.Load does.
func (x *Bool) Load() bool { return x.v != 0 }

// Store sets x to val, as Go's Bool.Store does.
func (x *Bool) Store(val bool) { x.v = b32(val) }

// Swap sets x to new and returns its previous value, as Go's Bool.Swap does.
func (x *Bool) Swap(new bool) (old bool) { return SwapUint32(&x.v, b32(new)) != 0 }

// CompareAndSwap sets x to new if it holds old, and reports whether it did, as Go's
// Bool.CompareAndSwap does.
func (x *Bool) CompareAndSwap(old, new bool) (swapped bool) {
	return CompareAndSwapUint32(&x.v, b32(old), b32(new))
}

// b32 returns 1 for true and 0 for false.
func b32(b bool) uint32 {
	if b {
		return 1
	}
	return 0
}

// --- Int32 ---

// An Int32 is an atomic int32, as Go's: the zero value is 0 and ready to use.
type Int32 struct {
	_ noCopy
	v int32
}

// Load returns the value of x, as Go's Int32.Load does.
func (x *Int32) Load() int32 { return x.v }

// Store sets x to val, as Go's Int32.Store does.
func (x *Int32) Store(val int32) { x.v = val }

// Swap sets x to new and returns its previous value, as Go's Int32.Swap does.
func (x *Int32) Swap(new int32) (old int32) { return SwapInt32(&x.v, new) }

// CompareAndSwap sets x to new if it holds old, and reports whether it did, as Go's
// Int32.CompareAndSwap does.
func (x *Int32) CompareAndSwap(old, new int32) (swapped bool) {
	return CompareAndSwapInt32(&x.v, old, new)
}

// Add adds delta to x, wrapping around, and returns the new value, as Go's Int32.Add
// does.
func (x *Int32) Add(delta int32) (new int32) { return AddInt32(&x.v, delta) }

// And sets x to x & mask and returns the previous value, as Go's Int32.And does.
func (x *Int32) And(mask int32) (old int32) { return AndInt32(&x.v, mask) }

// Or sets x to x | mask and returns the previous value, as Go's Int32.Or does.
func (x *Int32) Or(mask int32) (old int32) { return OrInt32(&x.v, mask) }

// --- Int64 ---

// An Int64 is an atomic int64, as Go's: the zero value is 0 and ready to use.
type Int64 struct {
	_ noCopy
	_ align64
	v int64
}

// Load returns the value of x, as Go's Int64.Load does.
func (x *Int64) Load() int64 { return x.v }

// Store sets x to val, as Go's Int64.Store does.
func (x *Int64) Store(val int64) { x.v = val }

// Swap sets x to new and returns its previous value, as Go's Int64.Swap does.
func (x *Int64) Swap(new int64) (old int64) { return SwapInt64(&x.v, new) }

// CompareAndSwap sets x to new if it holds old, and reports whether it did, as Go's
// Int64.CompareAndSwap does.
func (x *Int64) CompareAndSwap(old, new int64) (swapped bool) {
	return CompareAndSwapInt64(&x.v, old, new)
}

// Add adds delta to x, wrapping around, and returns the new value, as Go's Int64.Add
// does.
func (x *Int64) Add(delta int64) (new int64) { return AddInt64(&x.v, delta) }

// And sets x to x & mask and returns the previous value, as Go's Int64.And does.
func (x *Int64) And(mask int64) (old int64) { return AndInt64(&x.v, mask) }

// Or sets x to x | mask and returns the previous value, as Go's Int64.Or does.
func (x *Int64) Or(mask int64) (old int64) { return OrInt64(&x.v, mask) }

// --- Uint32 ---

// A Uint32 is an atomic uint32, as Go's: the zero value is 0 and ready to use.
type Uint32 struct {
	_ noCopy
	v uint32
}

// Load returns the value of x, as Go's Uint32.Load does.
func (x *Uint32) Load() uint32 { return x.v }

// Store sets x to val, as Go's Uint32.Store does.
func (x *Uint32) Store(val uint32) { x.v = val }

// Swap sets x to new and returns its previous value, as Go's Uint32.Swap does.
func (x *Uint32) Swap(new uint32) (old uint32) { return SwapUint32(&x.v, new) }

// CompareAndSwap sets x to new if it holds old, and reports whether it did, as Go's
// Uint32.CompareAndSwap does.
func (x *Uint32) CompareAndSwap(old, new uint32) (swapped bool) {
	return CompareAndSwapUint32(&x.v, old, new)
}

// Add adds delta to x, wrapping around, and returns the new value, as Go's Uint32.Add
// does (Add(^uint32(c-1)) subtracts c).
func (x *Uint32) Add(delta uint32) (new uint32) { return AddUint32(&x.v, delta) }

// And sets x to x & mask and returns the previous value, as Go's Uint32.And does.
func (x *Uint32) And(mask uint32) (old uint32) { return AndUint32(&x.v, mask) }

// Or sets x to x | mask and returns the previous value, as Go's Uint32.Or does.
func (x *Uint32) Or(mask uint32) (old uint32) { return OrUint32(&x.v, mask) }

// --- Uint64 ---

// A Uint64 is an atomic uint64, as Go's: the zero value is 0 and ready to use.
type Uint64 struct {
	_ noCopy
	_ align64
	v uint64
}

// Load returns the value of x, as Go's Uint64.Load does.
func (x *Uint64) Load() uint64 { return x.v }

// Store sets x to val, as Go's Uint64.Store does.
func (x *Uint64) Store(val uint64) { x.v = val }

// Swap sets x to new and returns its previous value, as Go's Uint64.Swap does.
func (x *Uint64) Swap(new uint64) (old uint64) { return SwapUint64(&x.v, new) }

// CompareAndSwap sets x to new if it holds old, and reports whether it did, as Go's
// Uint64.CompareAndSwap does.
func (x *Uint64) CompareAndSwap(old, new uint64) (swapped bool) {
	return CompareAndSwapUint64(&x.v, old, new)
}

// Add adds delta to x, wrapping around, and returns the new value, as Go's Uint64.Add
// does (Add(^uint64(c-1)) subtracts c).
func (x *Uint64) Add(delta uint64) (new uint64) { return AddUint64(&x.v, delta) }

// And sets x to x & mask and returns the previous value, as Go's Uint64.And does.
func (x *Uint64) And(mask uint64) (old uint64) { return AndUint64(&x.v, mask) }

// Or sets x to x | mask and returns the previous value, as Go's Uint64.Or does.
func (x *Uint64) Or(mask uint64) (old uint64) { return OrUint64(&x.v, mask) }

// --- Uintptr ---

// A Uintptr is an atomic uintptr, as Go's: the zero value is 0 and ready to use.
type Uintptr struct {
	_ noCopy
	v uintptr
}

// Load returns the value of x, as Go's Uintptr.Load does.
func (x *Uintptr) Load() uintptr { return x.v }

// Store sets x to val, as Go's Uintptr.Store does.
func (x *Uintptr) Store(val uintptr) { x.v = val }

// Swap sets x to new and returns its previous value, as Go's Uintptr.Swap does.
func (x *Uintptr) Swap(new uintptr) (old uintptr) { return SwapUintptr(&x.v, new) }

// CompareAndSwap sets x to new if it holds old, and reports whether it did, as Go's
// Uintptr.CompareAndSwap does.
func (x *Uintptr) CompareAndSwap(old, new uintptr) (swapped bool) {
	return CompareAndSwapUintptr(&x.v, old, new)
}

// Add adds delta to x, wrapping around, and returns the new value, as Go's Uintptr.Add
// does.
func (x *Uintptr) Add(delta uintptr) (new uintptr) { return AddUintptr(&x.v, delta) }

// And sets x to x & mask and returns the previous value, as Go's Uintptr.And does.
func (x *Uintptr) And(mask uintptr) (old uintptr) { return AndUintptr(&x.v, mask) }

// Or sets x to x | mask and returns the previous value, as Go's Uintptr.Or does.
func (x *Uintptr) Or(mask uintptr) (old uintptr) { return OrUintptr(&x.v, mask) }

// noCopy marks a struct that must not be copied after first use, for go vet's
// copylocks check, as Go's does; it has no size. Like Go's, the types above carry one as
// their first field, which fmt prints ({{} 0} for a Bool).
type noCopy struct{}

// Lock does nothing: it is there for go vet.
func (*noCopy) Lock() {}

// Unlock does nothing: it is there for go vet.
func (*noCopy) Unlock() {}

// align64 is Go's marker for 64-bit values the compiler aligns to 8 bytes on 32-bit
// systems; it has no size, and deferjit's targets are 64-bit anyway.
type align64 struct{}

// --- Value ---

// A Value holds one value of an interface type, loaded and stored atomically, as Go's:
// the zero value is empty (Load returns nil), and every value stored in it must have the
// dynamic type of the first one. Like Go's, it is the size of an interface.
type Value struct {
	v any
}

// typeWord returns the first word of an interface value: its dynamic type, nil when x is
// nil. deferjit lays interfaces out as gc does (a type word, then a data word) with one
// type word per type, so two values have the same dynamic type exactly when their type
// words are equal.
func typeWord(x any) unsafe.Pointer {
	return (*[2]unsafe.Pointer)(unsafe.Pointer(&x))[0]
}

// Load returns the value last stored in v, or nil if there was none, as Go's Value.Load
// does.
func (v *Value) Load() (val any) { return v.v }

// Store sets v to val, as Go's Value.Store does. It panics if val is nil or if its
// dynamic type differs from that of the value already in v.
func (v *Value) Store(val any) {
	if val == nil {
		panic("sync/atomic: store of nil value into Value")
	}
	if v.v != nil && typeWord(v.v) != typeWord(val) {
		panic("sync/atomic: store of inconsistently typed value into Value")
	}
	v.v = val
}

// Swap sets v to new and returns its previous value (nil if v was empty), as Go's
// Value.Swap does. It panics if new is nil or if its dynamic type differs from that of
// the value already in v.
func (v *Value) Swap(new any) (old any) {
	if new == nil {
		panic("sync/atomic: swap of nil value into Value")
	}
	old = v.v
	if old != nil && typeWord(old) != typeWord(new) {
		panic("sync/atomic: swap of inconsistently typed value into Value")
	}
	v.v = new
	return old
}

// CompareAndSwap sets v to new if it holds old (an empty v holds nil), and reports
// whether it did, as Go's Value.CompareAndSwap does. It panics if new is nil, if old is
// not nil and of another dynamic type than new, or if new's dynamic type differs from
// that of the value already in v; comparing old with v's value panics, as == does, when
// their type is not comparable.
func (v *Value) CompareAndSwap(old, new any) (swapped bool) {
	if new == nil {
		panic("sync/atomic: compare and swap of nil value into Value")
	}
	if old != nil && typeWord(old) != typeWord(new) {
		panic("sync/atomic: compare and swap of inconsistently typed values")
	}
	if v.v == nil {
		if old != nil {
			return false
		}
		v.v = new
		return true
	}
	if typeWord(v.v) != typeWord(new) {
		panic("sync/atomic: compare and swap of inconsistently typed value into Value")
	}
	if v.v != old {
		return false
	}
	v.v = new
	return true
}
