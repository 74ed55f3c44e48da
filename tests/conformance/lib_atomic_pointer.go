package main

import (
	"fmt"
	"sync/atomic"
	"unsafe"
)

type node struct {
	val  int
	next unsafe.Pointer
}

func main() {
	a, b, c := &node{val: 1}, &node{val: 2}, &node{val: 3}
	var head unsafe.Pointer
	fmt.Println("empty:", atomic.LoadPointer(&head) == nil)
	atomic.StorePointer(&head, unsafe.Pointer(a))
	fmt.Println("load:", (*node)(atomic.LoadPointer(&head)).val)
	old := atomic.SwapPointer(&head, unsafe.Pointer(b))
	fmt.Println("swap old:", (*node)(old).val, "new:", (*node)(atomic.LoadPointer(&head)).val)
	r1 := atomic.CompareAndSwapPointer(&head, unsafe.Pointer(a), unsafe.Pointer(c))
	fmt.Println("cas fail:", r1, (*node)(head).val)
	r2 := atomic.CompareAndSwapPointer(&head, unsafe.Pointer(b), unsafe.Pointer(c))
	fmt.Println("cas ok:", r2, (*node)(head).val)
	r3 := atomic.CompareAndSwapPointer(&head, unsafe.Pointer(c), nil)
	fmt.Println("cas to nil:", r3, head == nil)
	old2 := atomic.SwapPointer(&head, nil)
	fmt.Println("swap nil:", old2 == nil)

	// A lock-free style stack of nodes.
	var top unsafe.Pointer
	push := func(n *node) {
		for {
			t := atomic.LoadPointer(&top)
			n.next = t
			if atomic.CompareAndSwapPointer(&top, t, unsafe.Pointer(n)) {
				return
			}
		}
	}
	pop := func() *node {
		for {
			t := atomic.LoadPointer(&top)
			if t == nil {
				return nil
			}
			if atomic.CompareAndSwapPointer(&top, t, (*node)(t).next) {
				return (*node)(t)
			}
		}
	}
	done := make(chan bool)
	for i := 0; i < 10; i++ {
		go func() {
			push(&node{val: i})
			done <- true
		}()
	}
	for i := 0; i < 10; i++ {
		<-done
	}
	sum, count := 0, 0
	for n := pop(); n != nil; n = pop() {
		sum += n.val
		count++
	}
	fmt.Println("stack:", count, sum, top == nil)

	// Pointers to other types through unsafe.Pointer.
	x := 5
	s := "text"
	var p unsafe.Pointer
	atomic.StorePointer(&p, unsafe.Pointer(&x))
	*(*int)(atomic.LoadPointer(&p)) += 10
	fmt.Println("int via pointer:", x)
	prev := atomic.SwapPointer(&p, unsafe.Pointer(&s))
	fmt.Println("prev:", *(*int)(prev), "now:", *(*string)(p))
}
