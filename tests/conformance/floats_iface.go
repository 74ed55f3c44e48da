package main

import "fmt"

type Meters float64

func (m Meters) String() string {
	if m < 0 {
		return "negative"
	}
	return "meters"
}

type Grams float32

type Raw float64

type Stringer interface{ String() string }

func kind(x any) string {
	switch v := x.(type) {
	case float32:
		if v*2 == 3 {
			return "float32 3"
		}
		return "float32"
	case float64:
		if v != v {
			return "float64 NaN"
		}
		return "float64"
	case Meters:
		return "Meters " + v.String()
	case Grams, Raw:
		return "named"
	case int:
		return "int"
	}
	return "other"
}

func main() {
	zero := 0.0
	nan := zero / zero
	var a any = 1.5
	var b any = float32(1.5)
	var c any = 1.5
	fmt.Println(a == b, a == c, a == 1.5, b == float32(1.5), b == 1.5)
	var n1, n2 any = nan, nan
	fmt.Println(n1 == n2, n1 != n2, n1 == n1)
	var pz, nz any = zero, -zero
	fmt.Println(pz == nz, pz, nz)
	fmt.Println(kind(a), kind(b), kind(nan), kind(Meters(3)), kind(Grams(1)), kind(Raw(2)), kind(1), kind("s"))
	f, ok := a.(float64)
	g, ok2 := a.(float32)
	fmt.Println(f, ok, g, ok2)
	m, ok3 := any(Meters(2.5)).(Meters)
	fmt.Println(m, ok3, float64(m))
	var s Stringer = Meters(-1)
	fmt.Println(s, s.String(), Meters(4), []Meters{1, -2})
	fmt.Println(Grams(0.1), Raw(1e21), []Grams{1, 2.5}, map[Raw]Grams{1: 2})
	_, isS := any(Grams(1)).(Stringer)
	_, isM := any(Meters(1)).(Stringer)
	fmt.Println(isS, isM)
	var x any = Meters(1)
	var y any = Raw(1)
	var z any = 1.0
	fmt.Println(x == y, y == z, x == Meters(1), z == 1.0)
	vals := []any{1.0, float32(0.1), Meters(-5), Grams(-0.5), nan, -zero}
	for i, v := range vals {
		fmt.Println(i, v)
	}
	var e error
	fmt.Println(e == nil, any(e) == any(nil))
	var w any = float32(16777217)
	fmt.Println(w, w.(float32) == 16777216)
	arr := [2]any{nan, 1.0}
	arr2 := arr
	fmt.Println(arr == arr2, arr[1] == arr2[1])
	type pair struct{ a, b any }
	fmt.Println(pair{1.0, 2} == pair{1.0, 2}, pair{nan, 1} == pair{nan, 1})
}
