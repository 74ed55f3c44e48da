package main

import (
	"errors"
	"fmt"
	"os"
)

func logf(format string, args ...any) {
	fmt.Printf("[log] "+format+"\n", args...)
}

func wrapf(format string, args ...any) error {
	return fmt.Errorf(format, args...)
}

func main() {
	logf("x=%d y=%s", 1, "two")
	f := "%5.2f|%x|%v\n"
	fmt.Printf(f, 3.14159, 255, []int{1, 2})
	s := fmt.Sprintf(f, 1.0, "hi", nil)
	fmt.Print(s)
	base := errors.New("base")
	e := wrapf("ctx: %w", base)
	fmt.Println(e, errors.Is(e, base), errors.Unwrap(e) == base)
	e2 := wrapf("plain %d", 5)
	fmt.Println(e2, errors.Unwrap(e2))
	g := "%d %%w %w %w"
	e3 := fmt.Errorf(g, 1, base, errors.New("other"))
	fmt.Println(e3, errors.Is(e3, base))
	fmt.Fprintf(os.Stdout, f, 2.5, 16, "z")
	fmt.Println(fmt.Sprintf(f))
}
