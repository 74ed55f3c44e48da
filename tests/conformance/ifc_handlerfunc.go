package main

import (
	"errors"
	"fmt"
)

type Handler interface {
	Handle(req string) (string, error)
}

type HandlerFunc func(string) (string, error)

func (f HandlerFunc) Handle(req string) (string, error) { return f(req) }

type Chain []Handler

func (c Chain) Handle(req string) (string, error) {
	out := req
	for _, h := range c {
		var err error
		out, err = h.Handle(out)
		if err != nil {
			return "", err
		}
	}
	return out, nil
}

type recoverer struct{ h Handler }

func (r recoverer) Handle(req string) (out string, err error) {
	defer func() {
		if p := recover(); p != nil {
			err = errors.New("recovered in handler")
			if e, ok := p.(error); ok {
				err = e
			}
		}
	}()
	return r.h.Handle(req)
}

func main() {
	up := HandlerFunc(func(s string) (string, error) { return s + "!", nil })
	fail := HandlerFunc(func(s string) (string, error) {
		if s == "boom!" {
			panic("boom")
		}
		if s == "err!" {
			panic(errors.New("custom error"))
		}
		return s, nil
	})
	var h Handler = Chain{up, recoverer{fail}, up}
	for _, in := range []string{"hi", "boom", "err"} {
		out, err := h.Handle(in)
		fmt.Println(out, err)
	}
	var c Chain
	fmt.Println(c.Handle("empty"))
}
