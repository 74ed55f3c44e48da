package main

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"
)

type Summary struct {
	Files, Dirs int
	Bytes       int64
	ByExt       map[string]int
	Largest     string
}

type Node struct {
	Name     string
	Size     int64
	Children []*Node
}

func (n *Node) Total() (total int64) {
	total = n.Size
	for _, c := range n.Children {
		total += c.Total()
	}
	return
}

func (n *Node) Print(indent string, last bool) {
	branch := "├── "
	next := indent + "│   "
	if last {
		branch = "└── "
		next = indent + "    "
	}
	fmt.Printf("%s%s%s (%d)\n", indent, branch, n.Name, n.Total())
	for i, c := range n.Children {
		c.Print(next, i == len(n.Children)-1)
	}
}

func mustWrite(path string, size int) {
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		panic(err)
	}
	if err := os.WriteFile(path, []byte(strings.Repeat("x", size)), 0o644); err != nil {
		panic(err)
	}
}

func safeIndex(xs []int, i int) (v int, err error) {
	defer func() {
		if r := recover(); r != nil {
			if re, ok := r.(interface{ RuntimeError() }); ok {
				_ = re
				err = fmt.Errorf("recovered runtime error: %v", r)
				return
			}
			panic(r)
		}
	}()
	return xs[i], nil
}

func divide(a, b int) (q int, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("%v", r)
		}
	}()
	q = a / b
	return
}

func main() {
	root, err := os.MkdirTemp("", "tree")
	if err != nil {
		panic(err)
	}
	defer os.RemoveAll(root)
	files := map[string]int{
		"a.txt": 10, "b.go": 250, "docs/readme.md": 1200, "docs/img/logo.png": 4096,
		"src/main.go": 800, "src/util/strings.go": 320, "src/util/strings_test.go": 640,
		"empty/.keep": 0, "Makefile": 64,
	}
	for p, n := range files {
		mustWrite(filepath.Join(root, filepath.FromSlash(p)), n)
	}
	sum := Summary{ByExt: map[string]int{}}
	var largest int64 = -1
	nodes := map[string]*Node{}
	var paths []string
	err = filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(root, path)
		paths = append(paths, filepath.ToSlash(rel))
		n := &Node{Name: d.Name()}
		if rel == "." {
			n.Name = "."
		}
		nodes[rel] = n
		if rel != "." {
			parent := nodes[filepath.Dir(rel)]
			parent.Children = append(parent.Children, n)
		}
		if d.IsDir() {
			sum.Dirs++
			return nil
		}
		info, err := d.Info()
		if err != nil {
			return err
		}
		n.Size = info.Size()
		sum.Files++
		sum.Bytes += info.Size()
		ext := filepath.Ext(path)
		if ext == "" {
			ext = "(none)"
		}
		sum.ByExt[ext]++
		if info.Size() > largest {
			largest, sum.Largest = info.Size(), rel
		}
		return nil
	})
	fmt.Println("walk err:", err)
	fmt.Println(strings.Join(paths, "\n"))
	fmt.Printf("%+v\n", sum)
	nodes["."].Print("", true)
	fmt.Println(filepath.Base("/a/b/c.tar.gz"), filepath.Ext("c.tar.gz"), filepath.Join("a", "../b", "c"), filepath.Clean("a//b/./c/.."))
	m, _ := filepath.Match("*.go", "main.go")
	fmt.Println(m, filepath.IsAbs("/x"), strings.TrimSuffix("file.go", ".go"))
	_, err = os.ReadFile(filepath.Join(root, "nope.txt"))
	fmt.Println(errors.Is(err, fs.ErrNotExist), errors.Is(err, os.ErrNotExist), strings.Contains(err.Error(), "no such file"))
	var pe *fs.PathError
	if errors.As(err, &pe) {
		fmt.Println("op:", pe.Op, "base:", filepath.Base(pe.Path), "err:", pe.Err)
	}
	entries, _ := os.ReadDir(filepath.Join(root, "src"))
	names := []string{}
	for _, e := range entries {
		names = append(names, fmt.Sprintf("%s:%v", e.Name(), e.IsDir()))
	}
	sort.Sort(sort.Reverse(sort.StringSlice(names)))
	fmt.Println(names)

	xs := []int{1, 2, 3}
	for _, i := range []int{1, 3, -1} {
		v, err := safeIndex(xs, i)
		fmt.Println(v, err)
	}
	fmt.Println(divide(7, 2))
	fmt.Println(divide(7, 0))
	var mp map[string]int
	func() {
		defer func() { fmt.Println("nil map write:", recover()) }()
		mp["x"] = 1
	}()
	var np *Node
	func() {
		defer func() {
			r := recover()
			err, ok := r.(error)
			fmt.Println("nil deref:", ok, err)
		}()
		fmt.Println(np.Name)
	}()
	defer fmt.Println("deferred before final panic")
	var e interface{} = "str"
	n := e.(int)
	fmt.Println(n)
}
