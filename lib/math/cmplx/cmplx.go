// Package cmplx is deferjit's implementation of Go's package math/cmplx: elementary
// functions of complex128 values. Each function does the same float64 operations, in
// the same order, on top of package math as Go's does, so results (signed zeros,
// infinities and NaNs of the special cases included) are Go's on amd64 bit for bit.
package cmplx

import (
	"math"
	"math/bits"
)

// --- Construction and classification ---

// Inf returns a complex infinity, complex(+Inf, +Inf).
func Inf() complex128 {
	inf := math.Inf(1)
	return complex(inf, inf)
}

// NaN returns a complex "not a number", complex(NaN, NaN).
func NaN() complex128 {
	nan := math.NaN()
	return complex(nan, nan)
}

// IsInf reports whether either part of x is an infinity.
func IsInf(x complex128) bool {
	return math.IsInf(real(x), 0) || math.IsInf(imag(x), 0)
}

// IsNaN reports whether either part of x is NaN and neither is an infinity.
func IsNaN(x complex128) bool {
	if IsInf(x) {
		return false
	}
	return math.IsNaN(real(x)) || math.IsNaN(imag(x))
}

// Conj returns the complex conjugate of x.
func Conj(x complex128) complex128 { return complex(real(x), -imag(x)) }

// --- Polar form ---

// Abs returns the absolute value (modulus) of x, as math.Hypot computes it.
func Abs(x complex128) float64 { return math.Hypot(real(x), imag(x)) }

// Phase returns the argument of x, in [-Pi, Pi], as math.Atan2 computes it.
func Phase(x complex128) float64 { return math.Atan2(imag(x), real(x)) }

// Polar returns the absolute value r and the phase θ of x.
func Polar(x complex128) (r, θ float64) { return Abs(x), Phase(x) }

// Rect returns the complex number with polar coordinates r and θ.
func Rect(r, θ float64) complex128 {
	sin, cos := math.Sincos(θ)
	return complex(r*cos, r*sin)
}

// --- Square root, exponential, logarithms, powers ---

// Sqrt returns the principal square root of x; its real part is never negative, and
// its imaginary part has the sign of x's.
func Sqrt(x complex128) complex128 {
	re, im := real(x), imag(x)
	if im == 0 {
		switch {
		case re == 0:
			return complex(0, im)
		case re < 0:
			return complex(0, math.Copysign(math.Sqrt(-re), im))
		}
		return complex(math.Sqrt(re), im)
	}
	if math.IsInf(im, 0) {
		return complex(math.Inf(1), im)
	}
	if re == 0 {
		if im < 0 {
			h := math.Sqrt(-0.5 * im)
			return complex(h, -h)
		}
		h := math.Sqrt(0.5 * im)
		return complex(h, h)
	}
	// Scale the operands so that the hypotenuse neither overflows nor loses precision,
	// and scale the result back by the square root of the factor.
	var back float64
	if math.Abs(re) > 4 || math.Abs(im) > 4 {
		re *= 0.25
		im *= 0.25
		back = 2
	} else {
		re *= 1 << 54
		im *= 1 << 54
		back = 1.0 / (1 << 27)
	}
	mod := math.Hypot(re, im)
	var u, v float64 // the real and imaginary parts of the root, before the sign of v
	if re > 0 {
		u = math.Sqrt(0.5*mod + 0.5*re)
		v = back * math.Abs((0.5*im)/u)
		u *= back
	} else {
		v = math.Sqrt(0.5*mod - 0.5*re)
		u = back * math.Abs((0.5*im)/v)
		v *= back
	}
	if im < 0 {
		return complex(u, -v)
	}
	return complex(u, v)
}

// Exp returns e raised to the power x.
func Exp(x complex128) complex128 {
	re, im := real(x), imag(x)
	if math.IsInf(re, 0) {
		if re > 0 && im == 0 {
			return x
		}
		if math.IsInf(im, 0) || math.IsNaN(im) {
			if re > 0 {
				return complex(math.Inf(1), math.NaN())
			}
			return complex(0, math.Copysign(0, im))
		}
	} else if math.IsNaN(re) && im == 0 {
		return complex(math.NaN(), im)
	}
	mag := math.Exp(re)
	sin, cos := math.Sincos(im)
	return complex(mag*cos, mag*sin)
}

// Log returns the natural logarithm of x (the principal value: the imaginary part is
// in [-Pi, Pi]).
func Log(x complex128) complex128 {
	return complex(math.Log(Abs(x)), Phase(x))
}

// Log10 returns the decimal logarithm of x.
func Log10(x complex128) complex128 {
	ln := Log(x)
	return complex(math.Log10E*real(ln), math.Log10E*imag(ln))
}

// Pow returns x**y, the principal value. Pow(0, y) is 1 when real(y) is 0, 0 when it is
// positive, and an infinity (complex(+Inf, 0) if imag(y) is 0, else Inf()) when it is
// negative; it is NaN() when y is. (Go, and so Pow, panics with "not reached" when x is 0
// and y has a NaN real part and an infinite imaginary part.)
func Pow(x, y complex128) complex128 {
	if x == 0 {
		if IsNaN(y) {
			return NaN()
		}
		yr, yi := real(y), imag(y)
		switch {
		case yr == 0:
			return 1
		case yr > 0:
			return 0
		case yr < 0:
			if yi == 0 {
				return complex(math.Inf(1), 0)
			}
			return Inf()
		}
		// A NaN real part with an infinite imaginary one: Go panics here too.
		panic("not reached")
	}
	mod := Abs(x)
	if mod == 0 {
		return complex(0, 0)
	}
	mag := math.Pow(mod, real(y))
	arg := Phase(x)
	angle := real(y) * arg
	if imag(y) != 0 {
		mag *= math.Exp(-imag(y) * arg)
		angle += imag(y) * math.Log(mod)
	}
	sin, cos := math.Sincos(angle)
	return complex(mag*cos, mag*sin)
}

// --- Trigonometric and hyperbolic functions ---

// sinhcosh returns sinh(x) and cosh(x), from one call of math.Exp when |x| > 0.5.
func sinhcosh(x float64) (sh, ch float64) {
	if math.Abs(x) <= 0.5 {
		return math.Sinh(x), math.Cosh(x)
	}
	half := math.Exp(x)
	inv := 0.5 / half
	half *= 0.5
	return half - inv, half + inv
}

// Sin returns the sine of x.
func Sin(x complex128) complex128 {
	re, im := real(x), imag(x)
	reBad := math.IsInf(re, 0) || math.IsNaN(re)
	if im == 0 && reBad {
		return complex(math.NaN(), im)
	}
	if math.IsInf(im, 0) {
		if re == 0 {
			return x
		}
		if reBad {
			return complex(math.NaN(), im)
		}
	} else if re == 0 && math.IsNaN(im) {
		return x
	}
	sin, cos := math.Sincos(re)
	sh, ch := sinhcosh(im)
	return complex(sin*ch, cos*sh)
}

// Sinh returns the hyperbolic sine of x.
func Sinh(x complex128) complex128 {
	re, im := real(x), imag(x)
	imBad := math.IsInf(im, 0) || math.IsNaN(im)
	if re == 0 && imBad {
		return complex(re, math.NaN())
	}
	if math.IsInf(re, 0) {
		if im == 0 {
			return complex(re, im)
		}
		if imBad {
			return complex(re, math.NaN())
		}
	} else if im == 0 && math.IsNaN(re) {
		return complex(math.NaN(), im)
	}
	sin, cos := math.Sincos(im)
	sh, ch := sinhcosh(re)
	return complex(cos*sh, sin*ch)
}

// Cos returns the cosine of x.
func Cos(x complex128) complex128 {
	re, im := real(x), imag(x)
	reBad := math.IsInf(re, 0) || math.IsNaN(re)
	if im == 0 && reBad {
		return complex(math.NaN(), -im*math.Copysign(0, re))
	}
	if math.IsInf(im, 0) {
		if re == 0 {
			return complex(math.Inf(1), -re*math.Copysign(0, im))
		}
		if reBad {
			return complex(math.Inf(1), math.NaN())
		}
	} else if re == 0 && math.IsNaN(im) {
		return complex(math.NaN(), 0)
	}
	sin, cos := math.Sincos(re)
	sh, ch := sinhcosh(im)
	return complex(cos*ch, -sin*sh)
}

// Cosh returns the hyperbolic cosine of x.
func Cosh(x complex128) complex128 {
	re, im := real(x), imag(x)
	imBad := math.IsInf(im, 0) || math.IsNaN(im)
	if re == 0 && imBad {
		return complex(math.NaN(), re*math.Copysign(0, im))
	}
	if math.IsInf(re, 0) {
		if im == 0 {
			return complex(math.Inf(1), im*math.Copysign(0, re))
		}
		if imBad {
			return complex(math.Inf(1), math.NaN())
		}
	} else if im == 0 && math.IsNaN(re) {
		return complex(math.NaN(), im)
	}
	sin, cos := math.Sincos(im)
	sh, ch := sinhcosh(re)
	return complex(cos*ch, sin*sh)
}

// Tan returns the tangent of x.
func Tan(x complex128) complex128 {
	re, im := real(x), imag(x)
	if math.IsInf(im, 0) {
		one := math.Copysign(1, im)
		if math.IsInf(re, 0) || math.IsNaN(re) {
			return complex(math.Copysign(0, re), one)
		}
		return complex(math.Copysign(0, math.Sin(2*re)), one)
	}
	if re == 0 && math.IsNaN(im) {
		return x
	}
	den := math.Cos(2*re) + math.Cosh(2*im)
	if math.Abs(den) < 0.25 {
		den = tanDenominator(x)
	}
	if den == 0 {
		return Inf()
	}
	return complex(math.Sin(2*re)/den, math.Sinh(2*im)/den)
}

// Tanh returns the hyperbolic tangent of x.
func Tanh(x complex128) complex128 {
	re, im := real(x), imag(x)
	if math.IsInf(re, 0) {
		one := math.Copysign(1, re)
		if math.IsInf(im, 0) || math.IsNaN(im) {
			return complex(one, math.Copysign(0, im))
		}
		return complex(one, math.Copysign(0, math.Sin(2*im)))
	}
	if im == 0 && math.IsNaN(re) {
		return x
	}
	den := math.Cosh(2*re) + math.Cos(2*im)
	if den == 0 {
		return Inf()
	}
	return complex(math.Sinh(2*re)/den, math.Sin(2*im)/den)
}

// Cot returns the cotangent of x.
func Cot(x complex128) complex128 {
	re, im := real(x), imag(x)
	den := math.Cosh(2*im) - math.Cos(2*re)
	if math.Abs(den) < 0.25 {
		den = tanDenominator(x)
	}
	if den == 0 {
		return Inf()
	}
	return complex(math.Sin(2*re)/den, -math.Sinh(2*im)/den)
}

// tanDenominator returns cosh(2y) - cos(2x) for z = x+iy from its Taylor series,
// term pairs (y^2k + x^2k)/(2k)! and (y^2k - x^2k)/(2k)!, summed until a term no longer
// changes the sum by more than 2^-53 of it; for the small values where subtracting
// the two functions would cancel. 2x is first reduced modulo Pi.
func tanDenominator(z complex128) float64 {
	const epsilon = 1.0 / (1 << 53)
	xx := reduceModPi(math.Abs(2 * real(z)))
	xx *= xx
	yy := math.Abs(2 * imag(z))
	yy *= yy
	xp, yp := 1.0, 1.0 // powers of xx and yy
	fact := 1.0        // the factorial of n
	n := 0.0
	sum := 0.0
	for {
		n++
		fact *= n
		n++
		fact *= n
		xp *= xx
		yp *= yy
		term := yp + xp
		term /= fact
		sum += term

		n++
		fact *= n
		n++
		fact *= n
		xp *= xx
		yp *= yy
		term = yp - xp
		term /= fact
		sum += term
		if !(math.Abs(term/sum) > epsilon) {
			return sum
		}
	}
}

// invPiBits are the bits of 1/Pi after the binary point, 64 to a word, most
// significant first (the first word holds the integer part, 0).
var invPiBits = [20]uint64{
	0x0000000000000000,
	0x517cc1b727220a94, 0xfe13abe8fa9a6ee0, 0x6db14acc9e21c820, 0xff28b1d5ef5de2b0,
	0xdb92371d2126e970, 0x0324977504e8c90e, 0x7f0ef58e5894d39f, 0x74411afa975da242,
	0x74ce38135a2fbf20, 0x9cc8eb1cc1a99cfa, 0x4e422fc5defc941d, 0x8ffc4bffef02cc07,
	0xf79788c5ad05368f, 0xb69b3f6793e584db, 0xa7a31fb34f2ff516, 0xba93dd63f5f2f8bd,
	0x9e839cfbc5294975, 0x35fdafd88fc6ae84, 0x2b0198237e3db5d5,
}

// reduceModPi returns x reduced to [-Pi/2, Pi/2] modulo Pi. Below 2^30 it subtracts
// the nearest multiple of Pi with Pi split in three parts (Cody-Waite); above, it
// multiplies the mantissa by 192 bits of 1/Pi taken at x's exponent (Payne-Hanek),
// keeping the fraction of x/Pi.
func reduceModPi(x float64) float64 {
	if math.Abs(x) < 1<<30 {
		const (
			pi1 = 3.141592502593994      // bits 0x400921fb40000000
			pi2 = 1.5099578831723193e-07 // bits 0x3e84442d00000000
			pi3 = 1.0780605716316238e-14 // bits 0x3d08469898cc5170
		)
		k := x / math.Pi
		k += 0.5
		k = float64(int64(k))
		return ((x - k*pi1) - k*pi2) - k*pi3
	}
	const fracBits = 52
	raw := math.Float64bits(x)
	e := int(raw>>fracBits&0x7ff) - 1023 - fracBits // x = mant * 2^e
	mant := raw&(1<<fracBits-1) | 1<<fracBits

	// The 192 bits of 1/Pi that start e bits after the binary point (bits before
	// them make an even multiple of mant*2^e/Pi, which leaves the fraction alone).
	word, off := uint(e+64)/64, uint(e+64)%64
	w0 := invPiBits[word]<<off | invPiBits[word+1]>>(64-off)
	w1 := invPiBits[word+1]<<off | invPiBits[word+2]>>(64-off)
	w2 := invPiBits[word+2]<<off | invPiBits[word+3]>>(64-off)

	// The top 128 bits of the fraction of mant * (w0.w1w2).
	w2hi, _ := bits.Mul64(w2, mant)
	w1hi, w1lo := bits.Mul64(w1, mant)
	lo, carry := bits.Add64(w1lo, w2hi, 0)
	hi, _ := bits.Add64(w0*mant, w1hi, carry)

	// Normalize to a float64 in [0, 1): shift the leading one out as the implicit bit.
	lead := uint(bits.LeadingZeros64(hi)) + 1
	hi = hi<<lead | lo>>(64-lead)
	hi >>= 64 - fracBits
	hi |= uint64(1023-lead) << fracBits
	frac := math.Float64frombits(hi)
	if frac > 0.5 {
		frac--
	}
	return math.Pi * frac
}

// --- Inverse functions ---

// Asin returns the inverse sine of x.
func Asin(x complex128) complex128 {
	re, im := real(x), imag(x)
	switch {
	case im == 0 && math.Abs(re) <= 1:
		return complex(math.Asin(re), im)
	case re == 0 && math.Abs(im) <= 1:
		return complex(re, math.Asinh(im))
	case math.IsNaN(im):
		if re == 0 {
			return complex(re, math.NaN())
		}
		if math.IsInf(re, 0) {
			return complex(math.NaN(), re)
		}
		return NaN()
	case math.IsInf(im, 0):
		if math.IsNaN(re) {
			return x
		}
		if math.IsInf(re, 0) {
			return complex(math.Copysign(math.Pi/4, re), im)
		}
		return complex(math.Copysign(0, re), im)
	case math.IsInf(re, 0):
		return complex(math.Copysign(math.Pi/2, re), math.Copysign(re, im))
	}
	// asin(x) = -i log(ix + sqrt(1 - x²))
	sq := x * x
	root := Sqrt(complex(1-real(sq), -imag(sq)))
	l := Log(complex(-im, re) + root)
	return complex(imag(l), -real(l))
}

// Asinh returns the inverse hyperbolic sine of x.
func Asinh(x complex128) complex128 {
	re, im := real(x), imag(x)
	switch {
	case im == 0 && math.Abs(re) <= 1:
		return complex(math.Asinh(re), im)
	case re == 0 && math.Abs(im) <= 1:
		return complex(re, math.Asin(im))
	case math.IsInf(re, 0):
		if math.IsInf(im, 0) {
			return complex(re, math.Copysign(math.Pi/4, im))
		}
		if math.IsNaN(im) {
			return x
		}
		return complex(re, math.Copysign(0, im))
	case math.IsNaN(re):
		if im == 0 {
			return x
		}
		if math.IsInf(im, 0) {
			return complex(im, re)
		}
		return NaN()
	case math.IsInf(im, 0):
		return complex(math.Copysign(im, re), math.Copysign(math.Pi/2, im))
	}
	// asinh(x) = log(x + sqrt(1 + x²))
	sq := x * x
	return Log(x + Sqrt(complex(1+real(sq), imag(sq))))
}

// Acos returns the inverse cosine of x: Pi/2 - Asin(x).
func Acos(x complex128) complex128 {
	s := Asin(x)
	return complex(math.Pi/2-real(s), -imag(s))
}

// Acosh returns the inverse hyperbolic cosine of x.
func Acosh(x complex128) complex128 {
	if x == 0 {
		return complex(0, math.Copysign(math.Pi/2, imag(x)))
	}
	c := Acos(x)
	if imag(c) <= 0 {
		return complex(-imag(c), real(c)) // i * c
	}
	return complex(imag(c), -real(c)) // -i * c
}

// Atan returns the inverse tangent of x.
func Atan(x complex128) complex128 {
	re, im := real(x), imag(x)
	switch {
	case im == 0:
		return complex(math.Atan(re), im)
	case re == 0 && math.Abs(im) <= 1:
		return complex(re, math.Atanh(im))
	case math.IsInf(im, 0) || math.IsInf(re, 0):
		if math.IsNaN(re) {
			return complex(math.NaN(), math.Copysign(0, im))
		}
		return complex(math.Copysign(math.Pi/2, re), math.Copysign(0, im))
	case math.IsNaN(re) || math.IsNaN(im):
		return NaN()
	}
	re2 := re * re
	den := 1 - re2 - im*im
	if den == 0 {
		return NaN()
	}
	angle := reduceModPi(0.5 * math.Atan2(2*re, den))
	below := im - 1
	q := re2 + below*below
	if q == 0 {
		return NaN()
	}
	above := im + 1
	ratio := (re2 + above*above) / q
	return complex(angle, 0.25*math.Log(ratio))
}

// Atanh returns the inverse hyperbolic tangent of x: -i Atan(ix).
func Atanh(x complex128) complex128 {
	t := Atan(complex(-imag(x), real(x)))
	return complex(imag(t), -real(t))
}
