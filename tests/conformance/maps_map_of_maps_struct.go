package main

import "fmt"

type Node struct {
	Name     string
	Children map[string]*Node
	Attrs    map[string]int
}

func (n *Node) Child(name string) *Node {
	if n.Children == nil {
		n.Children = map[string]*Node{}
	}
	c := n.Children[name]
	if c == nil {
		c = &Node{Name: name, Attrs: map[string]int{}}
		n.Children[name] = c
	}
	return c
}

func (n *Node) Count() int {
	c := 1
	for _, ch := range n.Children {
		c += ch.Count()
	}
	return c
}

func main() {
	root := &Node{Name: "/"}
	root.Child("a").Child("b").Attrs["size"] = 10
	root.Child("a").Child("b").Attrs["size"] += 5
	root.Child("a").Attrs["n"]++
	root.Child("c")
	fmt.Println(root.Count(), root.Child("a").Child("b").Attrs, root.Child("a").Attrs)
	ab := root.Children["a"].Children["b"]
	ab.Name = "B"
	fmt.Println(root.Children["a"].Children["b"].Name, len(root.Children), root.Attrs == nil)
	var st map[string]Node = map[string]Node{"x": {Name: "x"}}
	x := st["x"]
	x.Attrs = map[string]int{"k": 1}
	st["x"] = x
	st["x"].Attrs["k"] = 2
	fmt.Println(st["x"].Attrs, x.Attrs)
}
