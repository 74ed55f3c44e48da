package main

func main() {
	s := "ab"
	switch s {
	case "a" + "b":
		println("concat")
	case "ab":
		println("literal")
	}
}
