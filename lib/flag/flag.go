// Package flag is deferjit's implementation of Go's package flag: command-line flag
// parsing with FlagSets, the flag kinds of Go's API (bool, the integers, string, float64,
// time.Duration, Func, BoolFunc and any Value), Go's usage text (PrintDefaults) and Go's
// error messages, with the three ErrorHandling policies. Not here: TextVar, for want of
// package encoding. PrintDefaults asks a Value of a type of the program what its zero
// value prints, as Go does with reflection, by building that zero value from the
// interface's type descriptor (see zeroString).
package flag

import (
	"errors"
	"fmt"
	"io"
	"os"
	"runtime"
	"strconv"
	"time"
)

// ErrHelp is the error Parse returns when -help or -h is given but no such flag is
// defined.
var ErrHelp = errors.New("flag: help requested")

// errParse and errRange are what the Set methods of this package's values return for a
// malformed or out-of-range value; failf puts them into the message it makes.
var (
	errParse = errors.New("parse error")
	errRange = errors.New("value out of range")
)

// convError turns the *strconv.NumError of a failed conversion into errParse or
// errRange, and leaves any other error as it is.
func convError(err error) error {
	ne, ok := err.(*strconv.NumError)
	if !ok {
		return err
	}
	switch ne.Err {
	case strconv.ErrSyntax:
		return errParse
	case strconv.ErrRange:
		return errRange
	}
	return err
}

// Value is the dynamic value held by a flag: String gives its text, Set parses a new
// value from the command line. A Value whose IsBoolFlag() bool method returns true makes
// -name mean -name=true instead of taking the next argument. String may be called on
// the zero value of the type (a nil pointer, for a pointer type).
type Value interface {
	String() string
	Set(string) error
}

// Getter is a Value whose contents can be retrieved with Get. Every Value this package
// makes is a Getter except those of Func and BoolFunc.
type Getter interface {
	Value
	Get() any
}

// boolFlag is a Value that may say it needs no argument.
type boolFlag interface {
	Value
	IsBoolFlag() bool
}

// boolValue is the Value of Bool and BoolVar.
type boolValue bool

func (b *boolValue) Set(s string) error {
	v, err := strconv.ParseBool(s)
	if err != nil {
		err = errParse
	}
	*b = boolValue(v)
	return err
}

func (b *boolValue) Get() any         { return bool(*b) }
func (b *boolValue) String() string   { return strconv.FormatBool(bool(*b)) }
func (b *boolValue) IsBoolFlag() bool { return true }

// intValue is the Value of Int and IntVar.
type intValue int

func (i *intValue) Set(s string) error {
	v, err := strconv.ParseInt(s, 0, strconv.IntSize)
	if err != nil {
		err = convError(err)
	}
	*i = intValue(v)
	return err
}

func (i *intValue) Get() any       { return int(*i) }
func (i *intValue) String() string { return strconv.Itoa(int(*i)) }

// int64Value is the Value of Int64 and Int64Var.
type int64Value int64

func (i *int64Value) Set(s string) error {
	v, err := strconv.ParseInt(s, 0, 64)
	if err != nil {
		err = convError(err)
	}
	*i = int64Value(v)
	return err
}

func (i *int64Value) Get() any       { return int64(*i) }
func (i *int64Value) String() string { return strconv.FormatInt(int64(*i), 10) }

// uintValue is the Value of Uint and UintVar.
type uintValue uint

func (u *uintValue) Set(s string) error {
	v, err := strconv.ParseUint(s, 0, strconv.IntSize)
	if err != nil {
		err = convError(err)
	}
	*u = uintValue(v)
	return err
}

func (u *uintValue) Get() any       { return uint(*u) }
func (u *uintValue) String() string { return strconv.FormatUint(uint64(*u), 10) }

// uint64Value is the Value of Uint64 and Uint64Var.
type uint64Value uint64

func (u *uint64Value) Set(s string) error {
	v, err := strconv.ParseUint(s, 0, 64)
	if err != nil {
		err = convError(err)
	}
	*u = uint64Value(v)
	return err
}

func (u *uint64Value) Get() any       { return uint64(*u) }
func (u *uint64Value) String() string { return strconv.FormatUint(uint64(*u), 10) }

// stringValue is the Value of String and StringVar.
type stringValue string

func (s *stringValue) Set(v string) error {
	*s = stringValue(v)
	return nil
}

func (s *stringValue) Get() any       { return string(*s) }
func (s *stringValue) String() string { return string(*s) }

// float64Value is the Value of Float64 and Float64Var.
type float64Value float64

func (f *float64Value) Set(s string) error {
	v, err := strconv.ParseFloat(s, 64)
	if err != nil {
		err = convError(err)
	}
	*f = float64Value(v)
	return err
}

func (f *float64Value) Get() any       { return float64(*f) }
func (f *float64Value) String() string { return strconv.FormatFloat(float64(*f), 'g', -1, 64) }

// durationValue is the Value of Duration and DurationVar.
type durationValue time.Duration

func (d *durationValue) Set(s string) error {
	v, err := time.ParseDuration(s)
	if err != nil {
		err = errParse
	}
	*d = durationValue(v)
	return err
}

func (d *durationValue) Get() any       { return time.Duration(*d) }
func (d *durationValue) String() string { return time.Duration(*d).String() }

// funcValue is the Value of Func: Set calls the function; there is no text.
type funcValue func(string) error

func (f funcValue) Set(s string) error { return f(s) }
func (f funcValue) String() string     { return "" }

// boolFuncValue is the Value of BoolFunc: a funcValue that takes no argument.
type boolFuncValue func(string) error

func (f boolFuncValue) Set(s string) error { return f(s) }
func (f boolFuncValue) String() string     { return "" }
func (f boolFuncValue) IsBoolFlag() bool   { return true }

// ErrorHandling says what FlagSet.Parse does when parsing fails.
type ErrorHandling int

// The ErrorHandling policies.
const (
	ContinueOnError ErrorHandling = iota // Parse returns the error
	ExitOnError                          // the program exits: status 2, or 0 for -h/-help
	PanicOnError                         // Parse panics with the error
)

// A Flag is one defined flag: its name, usage text, value and default value (as text).
type Flag struct {
	Name     string // the name, without the leading dash
	Usage    string // the help message
	Value    Value  // the value, as set
	DefValue string // the default value as text, for the usage message
}

// A FlagSet is a set of defined flags and the arguments left after parsing them. The zero
// FlagSet has no name and ContinueOnError handling. Defining a flag twice panics.
type FlagSet struct {
	// Usage is called when parsing fails or help is asked for; it may be replaced. What
	// follows depends on the ErrorHandling policy.
	Usage func()

	name          string
	parsed        bool
	actual        map[string]*Flag // the flags set so far
	formal        map[string]*Flag // the flags defined
	args          []string         // what is left to parse, then the non-flag arguments
	errorHandling ErrorHandling
	output        io.Writer         // nil: os.Stderr
	undef         map[string]string // names Set before being defined: where
}

// byName returns the flags of m sorted by name.
func byName(m map[string]*Flag) []*Flag {
	list := make([]*Flag, 0, len(m))
	for _, fl := range m {
		// Insertion keeps list sorted; flag sets are small.
		i := len(list)
		list = append(list, fl)
		for i > 0 && list[i-1].Name > fl.Name {
			list[i] = list[i-1]
			i--
		}
		list[i] = fl
	}
	return list
}

// Output returns where usage and error messages go: the writer SetOutput gave, or
// os.Stderr if none (or nil) was given.
func (f *FlagSet) Output() io.Writer {
	if f.output == nil {
		return os.Stderr
	}
	return f.output
}

// Name returns the flag set's name.
func (f *FlagSet) Name() string { return f.name }

// ErrorHandling returns the flag set's ErrorHandling policy.
func (f *FlagSet) ErrorHandling() ErrorHandling { return f.errorHandling }

// SetOutput sets where usage and error messages go; nil means os.Stderr.
func (f *FlagSet) SetOutput(output io.Writer) { f.output = output }

// VisitAll calls fn for every defined flag, in lexicographical order of names.
func (f *FlagSet) VisitAll(fn func(*Flag)) {
	for _, fl := range byName(f.formal) {
		fn(fl)
	}
}

// VisitAll calls fn for every command-line flag, in lexicographical order of names.
func VisitAll(fn func(*Flag)) { CommandLine.VisitAll(fn) }

// Visit calls fn for every flag that has been set, in lexicographical order of names.
func (f *FlagSet) Visit(fn func(*Flag)) {
	for _, fl := range byName(f.actual) {
		fn(fl)
	}
}

// Visit calls fn for every command-line flag that has been set, in lexicographical
// order of names.
func Visit(fn func(*Flag)) { CommandLine.Visit(fn) }

// Lookup returns the named flag, or nil if there is none.
func (f *FlagSet) Lookup(name string) *Flag { return f.formal[name] }

// Lookup returns the named command-line flag, or nil if there is none.
func Lookup(name string) *Flag { return CommandLine.formal[name] }

// Set sets the named flag's value, as if it had been parsed.
func (f *FlagSet) Set(name, value string) error { return f.set(name, value) }

// Set sets the named command-line flag's value.
func Set(name, value string) error { return CommandLine.set(name, value) }

// set is Set; its caller's caller is the code that asked, which is remembered for a name
// not yet defined (defining it later panics, naming that place).
func (f *FlagSet) set(name, value string) error {
	fl := f.formal[name]
	if fl == nil {
		_, file, line, ok := runtime.Caller(2)
		if !ok {
			file, line = "?", 0
		}
		if f.undef == nil {
			f.undef = make(map[string]string)
		}
		f.undef[name] = file + ":" + strconv.Itoa(line)
		return fmt.Errorf("no such flag -%v", name)
	}
	if err := fl.Value.Set(value); err != nil {
		return err
	}
	f.markSet(fl)
	return nil
}

// markSet records that fl has been set.
func (f *FlagSet) markSet(fl *Flag) {
	if f.actual == nil {
		f.actual = make(map[string]*Flag)
	}
	f.actual[fl.Name] = fl
}

// isZeroValue reports whether text is what the zero value of fl.Value's type prints; a
// panic in that String call becomes the error.
func isZeroValue(fl *Flag, text string) (zero bool, err error) {
	switch fl.Value.(type) {
	case *boolValue:
		return text == "false", nil
	case *intValue, *int64Value, *uintValue, *uint64Value, *float64Value:
		return text == "0", nil
	case *stringValue, funcValue, boolFuncValue:
		return text == "", nil
	case *durationValue:
		return text == "0s", nil
	}
	defer func() {
		if e := recover(); e != nil {
			name := fmt.Sprintf("%T", fl.Value)
			if name != "" && name[0] == '*' {
				name = name[1:]
			}
			err = fmt.Errorf("panic calling String method on zero %v for flag %s: %v", name, fl.Name, e)
		}
	}()
	return text == zeroString(fl.Value), nil
}

// zeroString returns what String returns for the zero value of v's dynamic type (for a
// pointer type, a pointer to a new zero value of its element type), as Go's flag finds
// with reflection.
func zeroString(v Value) string {
	return zeroOf(v).String()
}

// zeroOf returns the zero value of v's dynamic type, or for a pointer type a pointer to
// a new zero value of its element type (what Go's isZeroValue builds with reflection).
func zeroOf(v Value) Value

// UnquoteUsage returns the name to show for a flag's argument and its usage text: the
// first `back-quoted` word of the usage, whose quotes are dropped from the text; without
// one, a name from the flag's type ("int", "string", ..., "value"; none for a bool).
func UnquoteUsage(flag *Flag) (name string, usage string) {
	usage = flag.Usage
	for i := 0; i < len(usage); i++ {
		if usage[i] != '`' {
			continue
		}
		for j := i + 1; j < len(usage); j++ {
			if usage[j] == '`' {
				name = usage[i+1 : j]
				return name, usage[:i] + name + usage[j+1:]
			}
		}
		break
	}
	name = "value"
	switch v := flag.Value.(type) {
	case boolFlag:
		if v.IsBoolFlag() {
			name = ""
		}
	case *durationValue:
		name = "duration"
	case *float64Value:
		name = "float"
	case *intValue, *int64Value:
		name = "int"
	case *stringValue:
		name = "string"
	case *uintValue, *uint64Value:
		name = "uint"
	}
	return name, usage
}

// PrintDefaults writes to the set's output one entry per defined flag, sorted by name:
// "  -name type" and the usage on the next line after four spaces and a tab (on the same
// line after a tab for a bool flag of a one-byte name), then "(default ...)" unless the
// default is the zero value of the flag's type (a string default is quoted).
func (f *FlagSet) PrintDefaults() {
	var panics []error
	f.VisitAll(func(fl *Flag) {
		line := make([]byte, 0, 64)
		line = append(line, "  -"...)
		line = append(line, fl.Name...)
		name, usage := UnquoteUsage(fl)
		if name != "" {
			line = append(line, ' ')
			line = append(line, name...)
		}
		if len(line) <= 4 {
			line = append(line, '\t')
		} else {
			line = append(line, "\n    \t"...)
		}
		for i := 0; i < len(usage); i++ {
			if usage[i] == '\n' {
				line = append(line, "\n    \t"...)
			} else {
				line = append(line, usage[i])
			}
		}
		zero, err := isZeroValue(fl, fl.DefValue)
		if err != nil {
			panics = append(panics, err)
		} else if !zero {
			line = append(line, " (default "...)
			if _, ok := fl.Value.(*stringValue); ok {
				line = append(line, strconv.Quote(fl.DefValue)...)
			} else {
				line = append(line, fl.DefValue...)
			}
			line = append(line, ')')
		}
		fmt.Fprint(f.Output(), string(line), "\n")
	})
	if len(panics) > 0 {
		fmt.Fprintln(f.Output())
		for _, err := range panics {
			fmt.Fprintln(f.Output(), err)
		}
	}
}

// PrintDefaults writes the usage of the command-line flags to CommandLine's output; see
// FlagSet.PrintDefaults for the format.
func PrintDefaults() { CommandLine.PrintDefaults() }

// defaultUsage is a FlagSet's usage function unless Usage is set: a header naming the
// set, then PrintDefaults.
func (f *FlagSet) defaultUsage() {
	if f.name == "" {
		fmt.Fprintf(f.Output(), "Usage:\n")
	} else {
		fmt.Fprintf(f.Output(), "Usage of %s:\n", f.name)
	}
	f.PrintDefaults()
}

// Usage writes a usage message for the command-line flags ("Usage of " and the program
// name, then PrintDefaults) to CommandLine's output. It is called when parsing the
// command line fails; programs may replace it.
var Usage = func() {
	fmt.Fprintf(CommandLine.Output(), "Usage of %s:\n", os.Args[0])
	PrintDefaults()
}

// NFlag returns the number of flags that have been set.
func (f *FlagSet) NFlag() int { return len(f.actual) }

// NFlag returns the number of command-line flags that have been set.
func NFlag() int { return len(CommandLine.actual) }

// Arg returns the i'th argument left after the flags, or "" if there is none.
func (f *FlagSet) Arg(i int) string {
	if i < 0 || i >= len(f.args) {
		return ""
	}
	return f.args[i]
}

// Arg returns the i'th command-line argument left after the flags, or "".
func Arg(i int) string { return CommandLine.Arg(i) }

// NArg returns the number of arguments left after the flags.
func (f *FlagSet) NArg() int { return len(f.args) }

// NArg returns the number of command-line arguments left after the flags.
func NArg() int { return len(CommandLine.args) }

// Args returns the arguments left after the flags.
func (f *FlagSet) Args() []string { return f.args }

// Args returns the command-line arguments left after the flags.
func Args() []string { return CommandLine.args }

// BoolVar defines a bool flag stored in *p, which is set to value now.
func (f *FlagSet) BoolVar(p *bool, name string, value bool, usage string) {
	*p = value
	f.Var((*boolValue)(p), name, usage)
}

// BoolVar defines a bool command-line flag stored in *p.
func BoolVar(p *bool, name string, value bool, usage string) {
	CommandLine.BoolVar(p, name, value, usage)
}

// Bool defines a bool flag and returns where its value is stored.
func (f *FlagSet) Bool(name string, value bool, usage string) *bool {
	p := new(bool)
	f.BoolVar(p, name, value, usage)
	return p
}

// Bool defines a bool command-line flag and returns where its value is stored.
func Bool(name string, value bool, usage string) *bool {
	return CommandLine.Bool(name, value, usage)
}

// IntVar defines an int flag stored in *p, which is set to value now.
func (f *FlagSet) IntVar(p *int, name string, value int, usage string) {
	*p = value
	f.Var((*intValue)(p), name, usage)
}

// IntVar defines an int command-line flag stored in *p.
func IntVar(p *int, name string, value int, usage string) {
	CommandLine.IntVar(p, name, value, usage)
}

// Int defines an int flag and returns where its value is stored.
func (f *FlagSet) Int(name string, value int, usage string) *int {
	p := new(int)
	f.IntVar(p, name, value, usage)
	return p
}

// Int defines an int command-line flag and returns where its value is stored.
func Int(name string, value int, usage string) *int {
	return CommandLine.Int(name, value, usage)
}

// Int64Var defines an int64 flag stored in *p, which is set to value now.
func (f *FlagSet) Int64Var(p *int64, name string, value int64, usage string) {
	*p = value
	f.Var((*int64Value)(p), name, usage)
}

// Int64Var defines an int64 command-line flag stored in *p.
func Int64Var(p *int64, name string, value int64, usage string) {
	CommandLine.Int64Var(p, name, value, usage)
}

// Int64 defines an int64 flag and returns where its value is stored.
func (f *FlagSet) Int64(name string, value int64, usage string) *int64 {
	p := new(int64)
	f.Int64Var(p, name, value, usage)
	return p
}

// Int64 defines an int64 command-line flag and returns where its value is stored.
func Int64(name string, value int64, usage string) *int64 {
	return CommandLine.Int64(name, value, usage)
}

// UintVar defines a uint flag stored in *p, which is set to value now.
func (f *FlagSet) UintVar(p *uint, name string, value uint, usage string) {
	*p = value
	f.Var((*uintValue)(p), name, usage)
}

// UintVar defines a uint command-line flag stored in *p.
func UintVar(p *uint, name string, value uint, usage string) {
	CommandLine.UintVar(p, name, value, usage)
}

// Uint defines a uint flag and returns where its value is stored.
func (f *FlagSet) Uint(name string, value uint, usage string) *uint {
	p := new(uint)
	f.UintVar(p, name, value, usage)
	return p
}

// Uint defines a uint command-line flag and returns where its value is stored.
func Uint(name string, value uint, usage string) *uint {
	return CommandLine.Uint(name, value, usage)
}

// Uint64Var defines a uint64 flag stored in *p, which is set to value now.
func (f *FlagSet) Uint64Var(p *uint64, name string, value uint64, usage string) {
	*p = value
	f.Var((*uint64Value)(p), name, usage)
}

// Uint64Var defines a uint64 command-line flag stored in *p.
func Uint64Var(p *uint64, name string, value uint64, usage string) {
	CommandLine.Uint64Var(p, name, value, usage)
}

// Uint64 defines a uint64 flag and returns where its value is stored.
func (f *FlagSet) Uint64(name string, value uint64, usage string) *uint64 {
	p := new(uint64)
	f.Uint64Var(p, name, value, usage)
	return p
}

// Uint64 defines a uint64 command-line flag and returns where its value is stored.
func Uint64(name string, value uint64, usage string) *uint64 {
	return CommandLine.Uint64(name, value, usage)
}

// StringVar defines a string flag stored in *p, which is set to value now.
func (f *FlagSet) StringVar(p *string, name string, value string, usage string) {
	*p = value
	f.Var((*stringValue)(p), name, usage)
}

// StringVar defines a string command-line flag stored in *p.
func StringVar(p *string, name string, value string, usage string) {
	CommandLine.StringVar(p, name, value, usage)
}

// String defines a string flag and returns where its value is stored.
func (f *FlagSet) String(name string, value string, usage string) *string {
	p := new(string)
	f.StringVar(p, name, value, usage)
	return p
}

// String defines a string command-line flag and returns where its value is stored.
func String(name string, value string, usage string) *string {
	return CommandLine.String(name, value, usage)
}

// Float64Var defines a float64 flag stored in *p, which is set to value now.
func (f *FlagSet) Float64Var(p *float64, name string, value float64, usage string) {
	*p = value
	f.Var((*float64Value)(p), name, usage)
}

// Float64Var defines a float64 command-line flag stored in *p.
func Float64Var(p *float64, name string, value float64, usage string) {
	CommandLine.Float64Var(p, name, value, usage)
}

// Float64 defines a float64 flag and returns where its value is stored.
func (f *FlagSet) Float64(name string, value float64, usage string) *float64 {
	p := new(float64)
	f.Float64Var(p, name, value, usage)
	return p
}

// Float64 defines a float64 command-line flag and returns where its value is stored.
func Float64(name string, value float64, usage string) *float64 {
	return CommandLine.Float64(name, value, usage)
}

// DurationVar defines a time.Duration flag stored in *p, which is set to value now. Its
// values are parsed by time.ParseDuration.
func (f *FlagSet) DurationVar(p *time.Duration, name string, value time.Duration, usage string) {
	*p = value
	f.Var((*durationValue)(p), name, usage)
}

// DurationVar defines a time.Duration command-line flag stored in *p.
func DurationVar(p *time.Duration, name string, value time.Duration, usage string) {
	CommandLine.DurationVar(p, name, value, usage)
}

// Duration defines a time.Duration flag and returns where its value is stored.
func (f *FlagSet) Duration(name string, value time.Duration, usage string) *time.Duration {
	p := new(time.Duration)
	f.DurationVar(p, name, value, usage)
	return p
}

// Duration defines a time.Duration command-line flag and returns where its value is
// stored.
func Duration(name string, value time.Duration, usage string) *time.Duration {
	return CommandLine.Duration(name, value, usage)
}

// Func defines a flag that calls fn with its argument each time it is given; an error
// from fn is reported as an invalid value.
func (f *FlagSet) Func(name, usage string, fn func(string) error) {
	f.Var(funcValue(fn), name, usage)
}

// Func defines a command-line flag that calls fn with its argument.
func Func(name, usage string, fn func(string) error) {
	CommandLine.Func(name, usage, fn)
}

// BoolFunc defines a flag that takes no argument (like a bool flag) and calls fn each
// time it is given, with "true" or the text after "=".
func (f *FlagSet) BoolFunc(name, usage string, fn func(string) error) {
	f.Var(boolFuncValue(fn), name, usage)
}

// BoolFunc defines a command-line flag that takes no argument and calls fn.
func BoolFunc(name, usage string, fn func(string) error) {
	CommandLine.BoolFunc(name, usage, fn)
}

// Var defines a flag whose value is value, of a type the program defines. The name must
// not start with "-" nor contain "="; defining a name twice panics.
func (f *FlagSet) Var(value Value, name string, usage string) {
	if len(name) > 0 && name[0] == '-' {
		panic(f.sprintf("flag %q begins with -", name))
	}
	for i := 0; i < len(name); i++ {
		if name[i] == '=' {
			panic(f.sprintf("flag %q contains =", name))
		}
	}
	fl := &Flag{Name: name, Usage: usage, Value: value, DefValue: value.String()}
	if _, dup := f.formal[name]; dup {
		if f.name == "" {
			panic(f.sprintf("flag redefined: %s", name))
		}
		panic(f.sprintf("%s flag redefined: %s", f.name, name))
	}
	if where := f.undef[name]; where != "" {
		panic(fmt.Sprintf("flag %s set at %s before being defined", name, where))
	}
	if f.formal == nil {
		f.formal = make(map[string]*Flag)
	}
	f.formal[name] = fl
}

// Var defines a command-line flag whose value is value.
func Var(value Value, name string, usage string) {
	CommandLine.Var(value, name, usage)
}

// sprintf formats a message, writes it and a newline to the output, and returns it.
func (f *FlagSet) sprintf(format string, a ...any) string {
	msg := fmt.Sprintf(format, a...)
	fmt.Fprintln(f.Output(), msg)
	return msg
}

// failf reports a parse error: the message, then the usage; it returns the error.
func (f *FlagSet) failf(format string, a ...any) error {
	msg := f.sprintf(format, a...)
	f.usage()
	return errors.New(msg)
}

// usage calls the set's Usage function, or the default one if Usage is nil.
func (f *FlagSet) usage() {
	if f.Usage == nil {
		f.defaultUsage()
		return
	}
	f.Usage()
}

// parseOne parses the flag at the front of f.args, if there is one, and reports whether
// it did; a malformed or unknown flag or a bad value is an error.
func (f *FlagSet) parseOne() (bool, error) {
	if len(f.args) == 0 {
		return false, nil
	}
	arg := f.args[0]
	if len(arg) < 2 || arg[0] != '-' {
		return false, nil
	}
	dashes := 1
	if arg[1] == '-' {
		if len(arg) == 2 {
			// "--" ends the flags and is dropped.
			f.args = f.args[1:]
			return false, nil
		}
		dashes = 2
	}
	name := arg[dashes:]
	if name == "" || name[0] == '-' || name[0] == '=' {
		return false, f.failf("bad flag syntax: %s", arg)
	}
	f.args = f.args[1:]

	value, hasValue := "", false
	for i := 1; i < len(name); i++ {
		if name[i] == '=' {
			name, value, hasValue = name[:i], name[i+1:], true
			break
		}
	}

	fl := f.formal[name]
	if fl == nil {
		if name == "help" || name == "h" {
			f.usage()
			return false, ErrHelp
		}
		return false, f.failf("flag provided but not defined: -%s", name)
	}

	if bv, ok := fl.Value.(boolFlag); ok && bv.IsBoolFlag() {
		if hasValue {
			if err := bv.Set(value); err != nil {
				return false, f.failf("invalid boolean value %q for -%s: %v", value, name, err)
			}
		} else if err := bv.Set("true"); err != nil {
			return false, f.failf("invalid boolean flag %s: %v", name, err)
		}
	} else {
		if !hasValue && len(f.args) > 0 {
			value, hasValue = f.args[0], true
			f.args = f.args[1:]
		}
		if !hasValue {
			return false, f.failf("flag needs an argument: -%s", name)
		}
		if err := fl.Value.Set(value); err != nil {
			return false, f.failf("invalid value %q for flag -%s: %v", value, name, err)
		}
	}
	f.markSet(fl)
	return true, nil
}

// Parse parses the flags at the front of arguments (which do not include the program
// name); what follows them is Args. The first error stops it and is handled by the
// set's policy; with ContinueOnError it is returned (ErrHelp for an undefined -h or
// -help).
func (f *FlagSet) Parse(arguments []string) error {
	f.parsed = true
	f.args = arguments
	for {
		seen, err := f.parseOne()
		if seen {
			continue
		}
		if err == nil {
			return nil
		}
		switch f.errorHandling {
		case ContinueOnError:
			return err
		case ExitOnError:
			if err == ErrHelp {
				os.Exit(0)
			}
			os.Exit(2)
		case PanicOnError:
			panic(err)
		}
	}
}

// Parsed reports whether Parse has been called.
func (f *FlagSet) Parsed() bool { return f.parsed }

// Parse parses the command-line flags from os.Args[1:]; CommandLine exits on an error.
func Parse() {
	CommandLine.Parse(os.Args[1:])
}

// Parsed reports whether the command-line flags have been parsed.
func Parsed() bool { return CommandLine.Parsed() }

// CommandLine is the flag set of the command line, parsed from os.Args by Parse; the
// package-level functions work on it.
var CommandLine = NewFlagSet(os.Args[0], ExitOnError)

func init() {
	// The command line's usage is whatever the Usage variable holds when it is needed.
	// (A literal: deferjit does not check the bodies of functions an init refers to.)
	CommandLine.Usage = func() { Usage() }
}

// NewFlagSet returns an empty flag set with the given name (shown in usage and error
// messages when not empty) and ErrorHandling policy.
func NewFlagSet(name string, errorHandling ErrorHandling) *FlagSet {
	f := &FlagSet{name: name, errorHandling: errorHandling}
	f.Usage = f.defaultUsage
	return f
}

// Init sets a flag set's name and ErrorHandling policy.
func (f *FlagSet) Init(name string, errorHandling ErrorHandling) {
	f.name = name
	f.errorHandling = errorHandling
}
