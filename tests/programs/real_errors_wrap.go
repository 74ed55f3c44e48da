package main

import (
	"errors"
	"fmt"
	"io/fs"
	"strconv"
	"strings"
)

type NotFoundError struct {
	Kind, Name string
}

func (e *NotFoundError) Error() string {
	return e.Kind + " " + strconv.Quote(e.Name) + " not found"
}

// ValidationError has a value receiver, so errors.As targets a ValidationError, not a pointer.
type ValidationError struct {
	Field    string
	Problems []string
}

func (e ValidationError) Error() string {
	return fmt.Sprintf("invalid %s: %s", e.Field, strings.Join(e.Problems, "; "))
}

var ErrPermission = errors.New("permission denied")

type StatusError struct {
	Code int
	Err  error
}

func (e *StatusError) Error() string { return fmt.Sprintf("status %d: %v", e.Code, e.Err) }
func (e *StatusError) Unwrap() error { return e.Err }

// Code matches any other Code of the same class (4xx, 5xx) through errors.Is.
type Code int

func (c Code) Error() string { return "code " + strconv.Itoa(int(c)) }
func (c Code) Is(target error) bool {
	t, ok := target.(Code)
	return ok && t/100 == c/100
}

type User struct {
	Name  string
	Age   int
	Admin bool
}

var users = map[string]User{
	"ann": {"ann", 34, true},
	"bob": {"bob", 17, false},
	"cy":  {"cy", -3, false},
}

func lookup(name string) (User, error) {
	u, ok := users[name]
	if !ok {
		return User{}, &NotFoundError{Kind: "user", Name: name}
	}
	return u, nil
}

func validate(u User) error {
	var problems []string
	if u.Age < 0 {
		problems = append(problems, "negative age")
	}
	if len(u.Name) < 3 {
		problems = append(problems, "name too short")
	}
	if problems != nil {
		return ValidationError{Field: "user", Problems: problems}
	}
	return nil
}

func authorize(u User, action string) error {
	if action == "delete" && !u.Admin {
		return &StatusError{Code: 403, Err: fmt.Errorf("%s may not %s: %w", u.Name, action, ErrPermission)}
	}
	if action == "explode" {
		return &StatusError{Code: 503, Err: Code(503)}
	}
	return nil
}

// handle annotates whatever error comes out of it with the request, in one deferred place.
func handle(name, action string) (err error) {
	defer func() {
		if err != nil {
			err = fmt.Errorf("handle(%s, %s): %w", name, action, err)
		}
	}()
	u, err := lookup(name)
	if err != nil {
		return err
	}
	if err := validate(u); err != nil {
		return err
	}
	return authorize(u, action)
}

func describe(err error) string {
	if err == nil {
		return "ok"
	}
	var parts []string
	var nf *NotFoundError
	if errors.As(err, &nf) {
		parts = append(parts, "not-found kind="+nf.Kind)
	}
	var ve ValidationError
	if errors.As(err, &ve) {
		parts = append(parts, fmt.Sprintf("validation problems=%d", len(ve.Problems)))
	}
	var se *StatusError
	if errors.As(err, &se) {
		parts = append(parts, fmt.Sprintf("status=%d", se.Code))
	}
	if errors.Is(err, ErrPermission) {
		parts = append(parts, "is-permission")
	}
	if errors.Is(err, Code(500)) {
		parts = append(parts, "is-5xx")
	}
	if errors.Is(err, fs.ErrNotExist) {
		parts = append(parts, "is-not-exist")
	}
	return strings.Join(parts, ", ")
}

func mustHandle(name, action string) {
	if err := handle(name, action); err != nil {
		panic(err)
	}
}

func tryMust(name, action string) (msg string) {
	defer func() {
		r := recover()
		if err, ok := r.(error); ok {
			var nf *NotFoundError
			msg = fmt.Sprintf("recovered error (not found: %t): %v", errors.As(err, &nf), err)
		}
	}()
	mustHandle(name, action)
	return "no panic"
}

func main() {
	requests := [][2]string{
		{"ann", "delete"}, {"bob", "read"}, {"bob", "delete"},
		{"cy", "read"}, {"dan", "read"}, {"ann", "explode"},
	}
	for _, rq := range requests {
		err := handle(rq[0], rq[1])
		fmt.Printf("%-4s %-8s err=%v\n", rq[0], rq[1], err)
		fmt.Printf("     %s\n", describe(err))
	}

	joined := errors.Join(handle("dan", "x"), nil, handle("bob", "delete"))
	fmt.Printf("joined:\n%v\n", joined)
	fmt.Println("joined is permission:", errors.Is(joined, ErrPermission))

	wrapped := fmt.Errorf("outer: %w", fmt.Errorf("middle: %w", ErrPermission))
	fmt.Println(errors.Unwrap(wrapped))
	fmt.Println(errors.Unwrap(errors.Unwrap(wrapped)) == ErrPermission)
	fmt.Println(errors.Unwrap(ErrPermission) == nil)

	var typedNil *NotFoundError
	var asError error = typedNil
	fmt.Println("typed nil pointer in error is nil:", asError == nil)

	fmt.Println(tryMust("ann", "read"))
	fmt.Println(tryMust("eve", "read"))
	println("errors done")
}
