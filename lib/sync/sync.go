// Package sync holds deferjit's mutual exclusion locks, wait groups, Once, Cond, Pool and
// Map. A run's goroutines take turns on one thread and a goroutine runs until it blocks,
// so these need no atomic instructions: the state is plain fields, and a goroutine that
// must wait parks on one of the runtime's semaphores (semacquire), which a release hands
// over to the first waiter (semrelease). The behaviour is Go's, panics and fatal errors
// included; which waiter goes first may differ from gc's, which Go does not promise.
package sync

// semacquire takes one from the count at addr, waiting (for the reason numbered as the
// runtime's sema.rs lists them) until a release hands one over.
func semacquire(addr *uint32, reason int)

// semrelease gives one to the first goroutine waiting on addr, or adds one to the count.
func semrelease(addr *uint32)

// fatal ends the run with Go's "fatal error: <msg>", which no recover stops.
func fatal(msg string)

// The reasons a goroutine waits on a semaphore, as Go's traces name them.
const (
	waitSemacquire = iota
	waitMutexLock
	waitRWMutexRLock
	waitRWMutexLock
	waitCondWait
)

// A Locker is an object that can be locked and unlocked.
type Locker interface {
	Lock()
	Unlock()
}

// A Mutex is a mutual exclusion lock; its zero value is unlocked.
type Mutex struct {
	state int32 // 1: locked; plus 2 per waiting goroutine
	sema  uint32
}

// Lock locks m, waiting until it is unlocked if it is locked.
func (m *Mutex) Lock() {
	if m.state == 0 {
		m.state = 1
		return
	}
	m.state += 2
	// An Unlock hands the lock over: it stays locked, now ours.
	semacquire(&m.sema, waitMutexLock)
}

// TryLock locks m if it is unlocked and reports whether it did.
func (m *Mutex) TryLock() bool {
	if m.state != 0 {
		return false
	}
	m.state = 1
	return true
}

// Unlock unlocks m; unlocking an unlocked mutex is a fatal error.
func (m *Mutex) Unlock() {
	if m.state&1 == 0 {
		fatal("sync: unlock of unlocked mutex")
	}
	if m.state > 1 {
		m.state -= 2
		semrelease(&m.sema)
		return
	}
	m.state = 0
}

// maxReaders bounds the readers of an RWMutex; a writer subtracts it from the count.
const maxReaders = 1 << 30

// An RWMutex is a reader/writer mutual exclusion lock: any number of readers or one
// writer. A writer that waits keeps new readers out.
type RWMutex struct {
	w           Mutex  // held by the writer, and by a writer waiting for readers
	writerSem   uint32 // the writer waits here for the readers to leave
	readerSem   uint32 // readers wait here for the writer to leave
	readerCount int32  // readers; minus maxReaders while a writer holds or awaits it
	readerWait  int32  // readers the waiting writer still waits for
}

// RLock locks rw for reading.
func (rw *RWMutex) RLock() {
	rw.readerCount++
	if rw.readerCount < 0 {
		semacquire(&rw.readerSem, waitRWMutexRLock)
	}
}

// TryRLock locks rw for reading if no writer holds or awaits it, and reports whether
// it did.
func (rw *RWMutex) TryRLock() bool {
	if rw.readerCount < 0 {
		return false
	}
	rw.readerCount++
	return true
}

// RUnlock undoes one RLock; without one it is a fatal error.
func (rw *RWMutex) RUnlock() {
	rw.readerCount--
	if rw.readerCount >= 0 {
		return
	}
	if rw.readerCount+1 == 0 || rw.readerCount+1 == -maxReaders {
		fatal("sync: RUnlock of unlocked RWMutex")
	}
	// A writer waits: the last reader out lets it in.
	rw.readerWait--
	if rw.readerWait == 0 {
		semrelease(&rw.writerSem)
	}
}

// Lock locks rw for writing, waiting for the readers that hold it to leave.
func (rw *RWMutex) Lock() {
	rw.w.Lock()
	readers := rw.readerCount
	rw.readerCount -= maxReaders
	if readers != 0 {
		rw.readerWait += readers
		if rw.readerWait != 0 {
			semacquire(&rw.writerSem, waitRWMutexLock)
		}
	}
}

// TryLock locks rw for writing if nobody holds it, and reports whether it did.
func (rw *RWMutex) TryLock() bool {
	if !rw.w.TryLock() {
		return false
	}
	if rw.readerCount != 0 {
		rw.w.Unlock()
		return false
	}
	rw.readerCount -= maxReaders
	return true
}

// Unlock unlocks rw for writing and lets the readers that waited in; without a Lock it
// is a fatal error.
func (rw *RWMutex) Unlock() {
	rw.readerCount += maxReaders
	if rw.readerCount >= maxReaders {
		fatal("sync: Unlock of unlocked RWMutex")
	}
	for i := int32(0); i < rw.readerCount; i++ {
		semrelease(&rw.readerSem)
	}
	rw.w.Unlock()
}

// RLocker returns a Locker whose Lock and Unlock are rw's RLock and RUnlock.
func (rw *RWMutex) RLocker() Locker {
	return (*rlocker)(rw)
}

type rlocker RWMutex

func (r *rlocker) Lock()   { (*RWMutex)(r).RLock() }
func (r *rlocker) Unlock() { (*RWMutex)(r).RUnlock() }

// A WaitGroup waits for a collection of goroutines to finish: Add counts them, Done
// (each goroutine's last act) uncounts one, and Wait blocks until the count is zero.
type WaitGroup struct {
	count   int32
	waiters int32
	sema    uint32
}

// Add adds delta, which may be negative, to the counter; at zero, the goroutines blocked
// in Wait go on. A negative counter panics.
func (wg *WaitGroup) Add(delta int) {
	v := wg.count + int32(delta)
	if v < 0 {
		panic("sync: negative WaitGroup counter")
	}
	if wg.waiters != 0 && delta > 0 && v == int32(delta) {
		panic("sync: WaitGroup misuse: Add called concurrently with Wait")
	}
	wg.count = v
	if v > 0 {
		return
	}
	for wg.waiters > 0 {
		wg.waiters--
		semrelease(&wg.sema)
	}
}

// Done decrements the counter by one.
func (wg *WaitGroup) Done() {
	wg.Add(-1)
}

// Wait blocks until the counter is zero.
func (wg *WaitGroup) Wait() {
	if wg.count == 0 {
		return
	}
	wg.waiters++
	semacquire(&wg.sema, waitSemacquire)
}

// Once performs exactly one action.
type Once struct {
	done uint32
	m    Mutex
}

// Do calls f if and only if Do is being called for the first time on o; a call that
// comes while f runs waits for it. f counts as done even if it panics.
func (o *Once) Do(f func()) {
	if o.done != 0 {
		return
	}
	o.m.Lock()
	defer o.m.Unlock()
	if o.done == 0 {
		defer func() { o.done = 1 }()
		f()
	}
}

// OnceFunc returns a function that calls f only the first time it is called; if f
// panicked, every call panics with the same value.
func OnceFunc(f func()) func() {
	var (
		once  Once
		valid bool
		p     any
	)
	g := func() {
		defer func() {
			p = recover()
			if !valid {
				panic(p)
			}
		}()
		f()
		f = nil
		valid = true
	}
	return func() {
		once.Do(g)
		if !valid {
			panic(p)
		}
	}
}

// Cond is a condition variable: goroutines Wait on it, under its Locker L, for another
// to Signal or Broadcast.
type Cond struct {
	L       Locker
	waiters int32
	sema    uint32
}

// NewCond returns a new Cond with Locker l.
func NewCond(l Locker) *Cond {
	return &Cond{L: l}
}

// Wait unlocks c.L, waits for a Signal or Broadcast, and locks c.L again.
func (c *Cond) Wait() {
	c.waiters++
	c.L.Unlock()
	semacquire(&c.sema, waitCondWait)
	c.L.Lock()
}

// Signal wakes one goroutine waiting on c, if there is one.
func (c *Cond) Signal() {
	if c.waiters > 0 {
		c.waiters--
		semrelease(&c.sema)
	}
}

// Broadcast wakes all goroutines waiting on c.
func (c *Cond) Broadcast() {
	for c.waiters > 0 {
		c.waiters--
		semrelease(&c.sema)
	}
}

// A Pool is a set of temporary objects that may be individually saved and retrieved.
// Without a collector, nothing is ever dropped from it.
type Pool struct {
	items []any
	// New optionally makes a value when Get finds none.
	New func() any
}

// Put adds x to the pool.
func (p *Pool) Put(x any) {
	if x == nil {
		return
	}
	p.items = append(p.items, x)
}

// Get takes an item from the pool, or returns p.New() (nil without New).
func (p *Pool) Get() any {
	if n := len(p.items); n > 0 {
		x := p.items[n-1]
		p.items[n-1] = nil
		p.items = p.items[:n-1]
		return x
	}
	if p.New != nil {
		return p.New()
	}
	return nil
}

// Map is a map[any]any safe for concurrent use; Range visits the entries in the order
// they were first stored (Go leaves the order unspecified).
type Map struct {
	m    map[any]any
	keys []any
}

func (m *Map) index(key any) int {
	for i, k := range m.keys {
		if k == key {
			return i
		}
	}
	return -1
}

// Load returns the value stored for key, and whether there is one.
func (m *Map) Load(key any) (value any, ok bool) {
	value, ok = m.m[key]
	return
}

// Store sets the value for key.
func (m *Map) Store(key, value any) {
	m.Swap(key, value)
}

// Swap stores value for key and returns the previous value, if any.
func (m *Map) Swap(key, value any) (previous any, loaded bool) {
	if m.m == nil {
		m.m = map[any]any{}
	}
	previous, loaded = m.m[key]
	if !loaded {
		m.keys = append(m.keys, key)
	}
	m.m[key] = value
	return
}

// LoadOrStore returns the existing value for key if there is one; otherwise it stores
// and returns value. loaded reports whether the value was there.
func (m *Map) LoadOrStore(key, value any) (actual any, loaded bool) {
	if v, ok := m.m[key]; ok {
		return v, true
	}
	m.Store(key, value)
	return value, false
}

// LoadAndDelete deletes the value for key, returning it if there was one.
func (m *Map) LoadAndDelete(key any) (value any, loaded bool) {
	value, loaded = m.m[key]
	if loaded {
		delete(m.m, key)
		i := m.index(key)
		m.keys = append(m.keys[:i], m.keys[i+1:]...)
	}
	return
}

// Delete deletes the value for key.
func (m *Map) Delete(key any) {
	m.LoadAndDelete(key)
}

// CompareAndSwap swaps the value for key if it is old, and reports whether it did.
func (m *Map) CompareAndSwap(key, old, new any) (swapped bool) {
	v, ok := m.m[key]
	if !ok || v != old {
		return false
	}
	m.m[key] = new
	return true
}

// CompareAndDelete deletes the entry for key if its value is old, and reports whether
// it did.
func (m *Map) CompareAndDelete(key, old any) (deleted bool) {
	v, ok := m.m[key]
	if !ok || v != old {
		return false
	}
	m.Delete(key)
	return true
}

// Range calls f for each key and value, until f returns false.
func (m *Map) Range(f func(key, value any) bool) {
	keys := append([]any(nil), m.keys...)
	for _, k := range keys {
		v, ok := m.m[k]
		if !ok {
			continue
		}
		if !f(k, v) {
			break
		}
	}
}

// Clear deletes all the entries.
func (m *Map) Clear() {
	m.m = nil
	m.keys = nil
}
