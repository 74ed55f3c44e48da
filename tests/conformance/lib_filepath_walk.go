package main

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
)

var root string

func rel(p string) string {
	r, err := filepath.Rel(root, p)
	if err != nil {
		return "ERR " + err.Error()
	}
	return r
}

func hide(name string) string {
	if name == filepath.Base(root) {
		return "ROOT"
	}
	return name
}

func must(err error) {
	if err != nil {
		panic(err)
	}
}

func build() {
	dirs := []string{"a", "a/b", "a/b/c", "d", "e", "e/f", "zz"}
	for _, d := range dirs {
		must(os.MkdirAll(filepath.Join(root, d), 0755))
	}
	files := map[string]string{
		"a/x.txt": "hello", "a/b/y.txt": "hi", "a/b/c/z.go": "package z", "a/b/c/w.txt": "",
		"d/one.txt": "1", "d/two.go": "22", "d/three.txt": "333", "top.txt": "top", "e/f/g.md": "# g",
		"B.txt": "upper", "zz/.hidden": "h", "a/[x].txt": "br",
	}
	// deterministic order of creation does not matter for the walk (sorted).
	for name, data := range files {
		must(os.WriteFile(filepath.Join(root, name), []byte(data), 0644))
	}
}

func walkWith(name string, stopAt map[string]error) {
	fmt.Println("-- Walk", name)
	err := filepath.Walk(root, func(p string, info fs.FileInfo, err error) error {
		r := rel(p)
		if err != nil {
			fmt.Printf("  %s err=%v\n", r, err)
			return err
		}
		fmt.Printf("  %s dir=%v name=%s size=%d type=%v\n", r, info.IsDir(), hide(info.Name()), sizeOf(info), info.Mode().Type())
		if e, ok := stopAt[r]; ok {
			return e
		}
		return nil
	})
	fmt.Println("  =>", err)
}

func sizeOf(info fs.FileInfo) int64 {
	if info.IsDir() {
		return -1
	}
	return info.Size()
}

func walkDirWith(name string, stopAt map[string]error) {
	fmt.Println("-- WalkDir", name)
	err := filepath.WalkDir(root, func(p string, d fs.DirEntry, err error) error {
		r := rel(p)
		if err != nil {
			fmt.Printf("  %s err=%v\n", r, err)
			return err
		}
		info, ierr := d.Info()
		fmt.Printf("  %s dir=%v name=%s type=%v infoname=%s %v\n", r, d.IsDir(), hide(d.Name()), d.Type(), hide(info.Name()), ierr)
		if e, ok := stopAt[r]; ok {
			return e
		}
		return nil
	})
	fmt.Println("  =>", err)
}

var errStop = errors.New("stop here")

func main() {
	var err error
	root, err = os.MkdirTemp("", "fpwalk")
	must(err)
	defer os.RemoveAll(root)
	build()

	walkWith("all", nil)
	walkWith("skipdir a/b", map[string]error{"a/b": filepath.SkipDir})
	walkWith("skipdir on file a/b/c/w.txt", map[string]error{"a/b/c/w.txt": filepath.SkipDir})
	walkWith("skipall d/one.txt", map[string]error{"d/one.txt": filepath.SkipAll})
	walkWith("error e", map[string]error{"e": errStop})
	walkWith("skipdir root", map[string]error{".": filepath.SkipDir})
	walkDirWith("all", nil)
	walkDirWith("skipdir a", map[string]error{"a": filepath.SkipDir})
	walkDirWith("skipdir on file d/one.txt", map[string]error{"d/one.txt": filepath.SkipDir})
	walkDirWith("skipall a/b/c", map[string]error{"a/b/c": filepath.SkipAll})
	walkDirWith("error top.txt", map[string]error{"top.txt": errStop})
	walkDirWith("skipdir root", map[string]error{".": filepath.SkipDir})

	// Missing roots and a file root.
	err = filepath.Walk(filepath.Join(root, "missing"), func(p string, info fs.FileInfo, err error) error {
		fmt.Println("missing Walk:", rel(p), info == nil, strings.Replace(err.Error(), root, "ROOT", 1), os.IsNotExist(err))
		return nil
	})
	fmt.Println("=>", err)
	err = filepath.WalkDir(filepath.Join(root, "missing"), func(p string, d fs.DirEntry, err error) error {
		fmt.Println("missing WalkDir:", rel(p), d == nil, strings.Replace(err.Error(), root, "ROOT", 1))
		return err
	})
	fmt.Println("=>", strings.Replace(err.Error(), root, "ROOT", 1), errors.Is(err, fs.ErrNotExist))
	err = filepath.WalkDir(filepath.Join(root, "top.txt"), func(p string, d fs.DirEntry, err error) error {
		fmt.Println("file WalkDir:", rel(p), d.Name(), d.IsDir(), d)
		return filepath.SkipDir
	})
	fmt.Println("=>", err)
	err = filepath.Walk(filepath.Join(root, "top.txt"), func(p string, info fs.FileInfo, err error) error {
		fmt.Println("file Walk:", rel(p), info.Name(), info.Size())
		return filepath.SkipDir
	})
	fmt.Println("=>", err)

	// Glob, relative to the temporary directory.
	must(os.Chdir(root))
	for _, pat := range []string{"*", "*.txt", "a/*", "*/*.txt", "*/*/*", "?/*.go", "[a-d]", "[^a]*",
		"a/\\[x\\].txt", "a/[x].txt", "nope", "top.txt", "a/b/c", "*/nope/*", "[", "a/[", "*/[",
		"[]/x", "d/*[", ".", "..", "zz/*", "zz/.*", "**/*.md", "top.txt/*", "/nonexistent-dir-xyz/*"} {
		m, err := filepath.Glob(pat)
		fmt.Printf("Glob(%q) = %q nil=%v, %v\n", pat, m, m == nil, err)
	}
	fmt.Println("-- WalkDir .")
	filepath.WalkDir(".", func(p string, d fs.DirEntry, err error) error {
		fmt.Print(p, " ")
		return nil
	})
	fmt.Println()
	fmt.Println("-- Walk a/")
	filepath.Walk("a/", func(p string, info fs.FileInfo, err error) error {
		fmt.Print(p, " ")
		return nil
	})
	fmt.Println()
	abs, _ := filepath.Abs("a/b")
	fmt.Println("Abs:", rel(abs))
	must(os.Chdir("/"))

	// Entries that vanish during the walk.
	fmt.Println("-- WalkDir, e removed when visited")
	err = filepath.WalkDir(root, func(p string, d fs.DirEntry, err error) error {
		r := rel(p)
		if r == "e" && err == nil {
			must(os.RemoveAll(p))
		}
		if err != nil {
			fmt.Printf("  %s err=%s dnil=%v\n", r, strings.Replace(err.Error(), root, "ROOT", 1), d == nil)
			if r == "e" {
				return nil
			}
		}
		return nil
	})
	fmt.Println("  =>", err)
	build()
	fmt.Println("-- Walk, e removed at d/two.go; zz removed at top.txt")
	err = filepath.Walk(root, func(p string, info fs.FileInfo, err error) error {
		r := rel(p)
		if r == "d/two.go" {
			must(os.RemoveAll(filepath.Join(root, "e")))
		}
		if r == "top.txt" {
			must(os.RemoveAll(filepath.Join(root, "zz")))
		}
		if err != nil {
			fmt.Printf("  %s err=%s infonil=%v\n", r, strings.Replace(err.Error(), root, "ROOT", 1), info == nil)
			return errStop
		}
		return nil
	})
	fmt.Println("  =>", strings.Replace(err.Error(), root, "ROOT", 1))
}
