package main

import (
	"errors"
	"fmt"
	"strings"
	"unicode"
)

type Address struct {
	Street string
	Zip    string
}

type Signup struct {
	Username string
	Email    string
	Age      int
	Password string
	Address  *Address
	Tags     []string
}

type FieldError struct {
	Field string
	Rule  string
}

func (e *FieldError) Error() string { return e.Field + ": " + e.Rule }

type rule struct {
	name  string
	check func(s Signup) error
}

func field(f, r string) error { return &FieldError{f, r} }

var rules = []rule{
	{"username", func(s Signup) error {
		if l := len([]rune(s.Username)); l < 3 || l > 12 {
			return field("username", fmt.Sprintf("length %d not in [3,12]", l))
		}
		for _, r := range s.Username {
			if !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '_' {
				return field("username", fmt.Sprintf("bad character %q", r))
			}
		}
		return nil
	}},
	{"email", func(s Signup) error {
		at := strings.IndexByte(s.Email, '@')
		if at <= 0 || at != strings.LastIndexByte(s.Email, '@') || !strings.Contains(s.Email[at:], ".") {
			return field("email", "malformed")
		}
		return nil
	}},
	{"age", func(s Signup) error {
		switch {
		case s.Age < 0:
			return field("age", "negative")
		case s.Age < 13:
			return field("age", "too young")
		case s.Age > 150:
			return field("age", "implausible")
		}
		return nil
	}},
	{"password", func(s Signup) error {
		var upper, digit bool
		for _, r := range s.Password {
			upper = upper || unicode.IsUpper(r)
			digit = digit || unicode.IsDigit(r)
		}
		if len(s.Password) < 8 || !upper || !digit {
			return field("password", "too weak")
		}
		return nil
	}},
	{"zip", func(s Signup) error {
		// Assumes Address is set: a nil Address makes this rule panic.
		if len(s.Address.Zip) != 5 {
			return field("zip", "must have 5 digits")
		}
		return nil
	}},
	{"tags", func(s Signup) error {
		if s.Tags[0] == "" { // panics on an empty tag list
			return field("tags", "first tag empty")
		}
		return nil
	}},
}

// runRule never panics: a panicking rule is reported as a failed rule.
func runRule(r rule, s Signup) (err error) {
	defer func() {
		if p := recover(); p != nil {
			err = fmt.Errorf("rule %s crashed: %v", r.name, p)
		}
	}()
	return r.check(s)
}

func Validate(s Signup) error {
	var errs []error
	for _, r := range rules {
		if err := runRule(r, s); err != nil {
			errs = append(errs, err)
		}
	}
	return errors.Join(errs...)
}

func main() {
	good := Signup{"gopher_1", "g@example.org", 14, "Secr3tPass", &Address{"Main St 1", "12345"}, []string{"new"}}
	tests := []struct {
		name   string
		edit   func(*Signup)
		fields []string
	}{
		{"valid", func(s *Signup) {}, nil},
		{"short name", func(s *Signup) { s.Username = "ab" }, []string{"username"}},
		{"unicode name", func(s *Signup) { s.Username = "zoë_ü" }, nil},
		{"space in name", func(s *Signup) { s.Username = "a b c" }, []string{"username"}},
		{"two ats", func(s *Signup) { s.Email = "a@b@c.d" }, []string{"email"}},
		{"child", func(s *Signup) { s.Age = 9; s.Password = "password" }, []string{"age", "password"}},
		{"no address", func(s *Signup) { s.Address = nil }, []string{"crash"}},
		{"no tags", func(s *Signup) { s.Tags = nil; s.Age = 200 }, []string{"age", "crash"}},
		{"wrong expectation", func(s *Signup) { s.Address = &Address{"x", "1"} }, nil},
	}
	pass := 0
	for _, tc := range tests {
		s := good
		s.Tags = append([]string(nil), good.Tags...)
		tc.edit(&s)
		err := Validate(s)
		var got []string
		if err != nil {
			for _, line := range strings.Split(err.Error(), "\n") {
				if strings.HasPrefix(line, "rule ") {
					got = append(got, "crash")
				} else {
					got = append(got, line[:strings.IndexByte(line, ':')])
				}
			}
		}
		status := "PASS"
		if fmt.Sprint(got) != fmt.Sprint(tc.fields) {
			status = "FAIL"
		} else {
			pass++
		}
		fmt.Printf("%s %-18s got=%v\n", status, tc.name, got)
		if err != nil {
			var fe *FieldError
			if errors.As(err, &fe) {
				fmt.Printf("     first field error: %v\n", fe)
			}
			println(tc.name+":", strings.ReplaceAll(err.Error(), "\n", " | "))
		}
	}
	fmt.Printf("%d/%d passed; good is unchanged: %s %v\n", pass, len(tests), good.Username, good.Tags)
}
