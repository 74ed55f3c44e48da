package main

import (
	"errors"
	"fmt"
	"runtime"
)

type Celsius float64

type Kelvin float64

type Shape interface {
	Area() float64
}

type Named interface {
	Name() string
}

type Square struct{ side float64 }

func (s Square) Area() float64 { return s.side * s.side }

type Circle struct{ r float64 }

func (c *Circle) Area() float64 { return 3 * c.r * c.r }
func (c *Circle) Name() string  { return "circle" }

type MyErr struct{ code int }

func (e *MyErr) Error() string { return fmt.Sprintf("myerr %d", e.code) }

// catch runs f and describes the recovered value.
func catch(label string, f func()) (rec interface{}) {
	defer func() {
		rec = recover()
		if rec == nil {
			fmt.Printf("%-14s no panic\n", label)
			return
		}
		tae, isTAE := rec.(*runtime.TypeAssertionError)
		pne, isPNE := rec.(*runtime.PanicNilError)
		_, isRE := rec.(runtime.Error)
		typ := fmt.Sprintf("%T", rec)
		if isRE && !isTAE && !isPNE {
			typ = "(another runtime.Error)"
		}
		fmt.Printf("%-14s %s tae=%v pne=%v runtimeError=%v\n", label, typ, isTAE, isPNE, isRE)
		if isTAE {
			fmt.Printf("%-14s Error(): %s\n", "", tae.Error())
			tae.RuntimeError()
		}
		if isPNE {
			fmt.Printf("%-14s Error(): %s\n", "", pne.Error())
			pne.RuntimeError()
		}
		if !isTAE && !isPNE {
			fmt.Printf("%-14s value: %v\n", "", rec)
		}
	}()
	f()
	return nil
}

func localT() interface{} {
	type T struct{ a int }
	return T{1}
}

func main() {
	var empty interface{}
	var i interface{} = "hello"
	var n interface{} = 42
	var c interface{} = Celsius(21.5)
	var sq Shape = Square{2}
	var ci Shape = &Circle{1}
	var e error = errors.New("plain")
	var me error = &MyErr{7}

	catch("string->int", func() { _ = i.(int) })
	catch("nil->int", func() { _ = empty.(int) })
	catch("nil->Shape", func() { _ = empty.(Shape) })
	catch("int->Stringer", func() { _ = n.(fmt.Stringer) })
	catch("Celsius->Kelvin", func() { _ = c.(Kelvin) })
	catch("Celsius ok", func() { _ = c.(Celsius) })
	catch("Shape->*Circle", func() { _ = sq.(*Circle) })
	catch("Shape->Named", func() { _ = sq.(Named) })
	catch("Shape ok Named", func() { _ = ci.(Named) })
	catch("*Circle->Square", func() { _ = ci.(Square) })
	catch("error->*MyErr", func() { _ = e.(*MyErr) })
	catch("*MyErr->Shape", func() { _ = me.(Shape) })
	catch("[]int->[]str", func() {
		var x interface{} = []int{1}
		_ = x.([]string)
	})
	catch("map->func", func() {
		var x interface{} = map[string]int{}
		_ = x.(func())
	})
	catch("local T", func() {
		type T struct{ a int }
		_ = localT().(T)
	})
	catch("panic(nil)", func() { panic(nil) })
	catch("nil error", func() {
		var err error
		panic(err)
	})
	catch("typed nil", func() {
		var p *MyErr
		panic(p)
	})
	catch("index", func() {
		s := []int{1, 2}
		k := 5
		_ = s[k]
	})

	// The recovered values as errors: errors.As, wrapping, type switches.
	fmt.Println("-- errors.As --")
	vals := []interface{}{
		catch("a", func() { _ = n.(string) }),
		catch("b", func() { panic(nil) }),
		catch("c", func() { panic(&MyErr{3}) }),
		catch("d", func() { panic("text") }),
	}
	for k, v := range vals {
		err, ok := v.(error)
		if !ok {
			fmt.Printf("%d: not an error: %v\n", k, v)
			continue
		}
		wrapped := fmt.Errorf("step %d: %w", k, err)
		var tae *runtime.TypeAssertionError
		var pne *runtime.PanicNilError
		var re runtime.Error
		var my *MyErr
		fmt.Printf("%d: %v\n", k, wrapped)
		fmt.Printf("   As tae=%v pne=%v runtime.Error=%v MyErr=%v\n",
			errors.As(wrapped, &tae), errors.As(wrapped, &pne), errors.As(wrapped, &re), errors.As(wrapped, &my))
		if tae != nil {
			fmt.Println("   tae:", tae)
		}
		if pne != nil {
			fmt.Println("   pne:", pne)
		}
		if re != nil {
			fmt.Println("   re:", re.Error())
		}
		if my != nil {
			fmt.Println("   my.code:", my.code)
		}
		fmt.Println("   Is self:", errors.Is(wrapped, err), "Unwrap same:", errors.Unwrap(wrapped) == err)
		switch x := err.(type) {
		case *runtime.TypeAssertionError:
			fmt.Println("   switch: TypeAssertionError:", x.Error())
		case *runtime.PanicNilError:
			fmt.Println("   switch: PanicNilError:", x.Error())
		case runtime.Error:
			fmt.Println("   switch: other runtime.Error")
		default:
			fmt.Printf("   switch: %T\n", x)
		}
	}

	// Comma-ok assertions never panic.
	fmt.Println("-- comma ok --")
	_, ok1 := i.(int)
	_, ok2 := empty.(Shape)
	_, ok3 := ci.(Named)
	_, ok4 := n.(fmt.Stringer)
	fmt.Println(ok1, ok2, ok3, ok4)

	// A nil *TypeAssertionError is still a typed value in an interface.
	var nt *runtime.TypeAssertionError
	var asErr error = nt
	fmt.Println("nil tae is nil error:", asErr == nil, nt == nil)
	var np *runtime.PanicNilError
	fmt.Println("nil pne Error():", np.Error())
}
