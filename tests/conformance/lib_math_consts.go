package main

import (
	"fmt"
	"math"
)

func main() {
	fmt.Println("MaxInt8", math.MaxInt8, "MinInt8", math.MinInt8)
	fmt.Println("MaxInt16", math.MaxInt16, "MinInt16", math.MinInt16)
	fmt.Println("MaxInt32", math.MaxInt32, "MinInt32", math.MinInt32)
	fmt.Println("MaxInt64", math.MaxInt64, "MinInt64", math.MinInt64)
	fmt.Println("MaxInt", math.MaxInt, "MinInt", math.MinInt)
	fmt.Println("MaxUint8", math.MaxUint8, "MaxUint16", math.MaxUint16, "MaxUint32", math.MaxUint32)
	fmt.Println("MaxUint64", uint64(math.MaxUint64))
	var u uint = math.MaxUint
	fmt.Println("MaxUint", u)

	fmt.Println("Pi", math.Pi)
	fmt.Println("E", math.E)
	fmt.Println("Sqrt2", math.Sqrt2, "Ln2", math.Ln2, "Phi", math.Phi)
	fmt.Println("MaxFloat64", math.MaxFloat64)
	fmt.Println("SmallestNonzeroFloat64", math.SmallestNonzeroFloat64)
	fmt.Println("MaxFloat32", math.MaxFloat32)
	fmt.Println("SmallestNonzeroFloat32", math.SmallestNonzeroFloat32)
	fmt.Printf("Pi %.20f\n", math.Pi)
	fmt.Printf("E %e\n", math.E)
	fmt.Printf("MaxFloat64 %g %e\n", math.MaxFloat64, math.MaxFloat64)
	var f32 float32 = math.MaxFloat32
	fmt.Println("float32 max", f32, float64(f32) == math.MaxFloat32)
	pi32 := float32(math.Pi)
	fmt.Println("float32 pi", pi32)

	fmt.Println("bits", math.Float64bits(math.Pi), math.Float64bits(math.MaxFloat64), math.Float64bits(math.SmallestNonzeroFloat64))
	fmt.Printf("hex bits %x %x\n", math.Float64bits(math.E), math.Float32bits(math.MaxFloat32))

	var i8 int8 = math.MaxInt8
	i8++
	fmt.Println("int8 wrap", i8)
	var i64 int64 = math.MinInt64
	fmt.Println("MinInt64 -1", i64-1, -i64)
	var u32 uint32 = math.MaxUint32
	u32++
	fmt.Println("uint32 wrap", u32)
	x := uint64(math.MaxUint64)
	fmt.Println("MaxUint64 + 1", x+1, x>>1 == math.MaxInt64)
	fmt.Println("MaxInt32 as float", float64(math.MaxInt32), float32(math.MaxInt32))
	mf := math.MaxFloat64
	fmt.Println("products", math.Pi*2, math.E*math.E, mf*2, -mf*2)
	tiny := math.SmallestNonzeroFloat64
	fmt.Println("tiny / 2", tiny/2, tiny*0.75, tiny*1.5)
	fmt.Println("UintSize-based MaxInt check", math.MaxInt == math.MaxInt64)
}
