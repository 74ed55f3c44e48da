package main

import (
	"fmt"
	"os"
	"strings"
	"testing"
)

func TestCleanupOrder(t *testing.T) {
	t.Cleanup(func() { fmt.Println("cleanup 1") })
	t.Cleanup(func() {
		fmt.Println("cleanup 2")
		t.Log("log in cleanup 2")
	})
	defer fmt.Println("defer runs before cleanups")
	t.Run("sub", func(t *testing.T) {
		t.Cleanup(func() { fmt.Println("sub cleanup") })
		fmt.Println("sub body")
	})
	fmt.Println("body end")
}

func TestCleanupNested(t *testing.T) {
	t.Cleanup(func() {
		fmt.Println("outer cleanup")
		t.Cleanup(func() { fmt.Println("cleanup registered in cleanup") })
	})
}

func TestCleanupAfterFatal(t *testing.T) {
	t.Cleanup(func() { fmt.Println("cleanup after fatal") })
	t.Fatal("fatal")
}

func TestCleanupError(t *testing.T) {
	t.Cleanup(func() { t.Error("error from cleanup") })
}

func cleanupHelper(t *testing.T) {
	t.Helper()
	t.Cleanup(func() {
		t.Helper()
		t.Log("helper cleanup log")
	})
}

func TestCleanupHelper(t *testing.T) {
	cleanupHelper(t)
}

func TestSetenv(t *testing.T) {
	os.Setenv("DJ_EXISTING", "orig")
	os.Unsetenv("DJ_NEW")
	t.Run("set", func(t *testing.T) {
		t.Setenv("DJ_EXISTING", "changed")
		t.Setenv("DJ_NEW", "new")
		fmt.Println("inside:", os.Getenv("DJ_EXISTING"), os.Getenv("DJ_NEW"))
	})
	v, ok := os.LookupEnv("DJ_NEW")
	fmt.Println("after:", os.Getenv("DJ_EXISTING"), v, ok)
}

func TestTempDir(t *testing.T) {
	d1 := t.TempDir()
	d2 := t.TempDir()
	fmt.Println("distinct:", d1 != d2)
	fmt.Println("suffix:", strings.HasSuffix(d1, "/001"), strings.HasSuffix(d2, "/002"))
	fmt.Println("has name:", strings.Contains(d1, "TestTempDir"))
	if err := os.WriteFile(d1+"/f.txt", []byte("x"), 0o644); err != nil {
		t.Fatal(err)
	}
	st, err := os.Stat(d1)
	fmt.Println("exists:", err == nil && st.IsDir())
	t.Cleanup(func() {
		_, err := os.Stat(d1)
		fmt.Println("still exists in my cleanup:", err == nil)
	})
	t.Run("sub/x y", func(t *testing.T) {
		d := t.TempDir()
		fmt.Println("sub has name:", strings.Contains(d, "TestTempDirsubx_y"))
		dir = d
	})
	_, err = os.Stat(dir)
	fmt.Println("sub dir removed:", os.IsNotExist(err))
}

var dir string
