package main

import (
	"container/heap"
	"fmt"
	"math"
	"sort"
	"strings"
)

type Edge struct {
	To     string
	Weight int
}

type Graph struct {
	adj map[string][]Edge
}

func NewGraph(spec string) *Graph {
	g := &Graph{adj: map[string][]Edge{}}
	for _, line := range strings.Split(strings.TrimSpace(spec), "\n") {
		var a, b string
		var w int
		if _, err := fmt.Sscanf(strings.TrimSpace(line), "%s %s %d", &a, &b, &w); err != nil {
			panic(fmt.Sprintf("bad edge %q: %v", line, err))
		}
		g.adj[a] = append(g.adj[a], Edge{b, w})
		g.adj[b] = append(g.adj[b], Edge{a, w})
	}
	for _, es := range g.adj {
		sort.Slice(es, func(i, j int) bool { return es[i].To < es[j].To })
	}
	return g
}

func (g *Graph) Nodes() []string {
	ns := make([]string, 0, len(g.adj))
	for n := range g.adj {
		ns = append(ns, n)
	}
	sort.Strings(ns)
	return ns
}

func (g *Graph) BFS(start string) []string {
	seen := map[string]bool{start: true}
	queue := []string{start}
	var order []string
	for len(queue) > 0 {
		n := queue[0]
		queue = queue[1:]
		order = append(order, n)
		for _, e := range g.adj[n] {
			if !seen[e.To] {
				seen[e.To] = true
				queue = append(queue, e.To)
			}
		}
	}
	return order
}

func (g *Graph) DFS(start string, visit func(node string, depth int) bool) {
	seen := map[string]bool{}
	var walk func(n string, d int) bool
	walk = func(n string, d int) bool {
		seen[n] = true
		if !visit(n, d) {
			return false
		}
		for _, e := range g.adj[n] {
			if !seen[e.To] {
				if !walk(e.To, d+1) {
					return false
				}
			}
		}
		return true
	}
	walk(start, 0)
}

type item struct {
	node string
	dist int
}
type pq []item

func (p pq) Len() int            { return len(p) }
func (p pq) Less(i, j int) bool  { return p[i].dist < p[j].dist || p[i].dist == p[j].dist && p[i].node < p[j].node }
func (p pq) Swap(i, j int)       { p[i], p[j] = p[j], p[i] }
func (p *pq) Push(x interface{}) { *p = append(*p, x.(item)) }
func (p *pq) Pop() interface{} {
	o := *p
	it := o[len(o)-1]
	*p = o[:len(o)-1]
	return it
}

func (g *Graph) Dijkstra(src string) (map[string]int, map[string]string) {
	dist := map[string]int{}
	prev := map[string]string{}
	for _, n := range g.Nodes() {
		dist[n] = math.MaxInt
	}
	dist[src] = 0
	h := &pq{{src, 0}}
	for h.Len() > 0 {
		cur := heap.Pop(h).(item)
		if cur.dist > dist[cur.node] {
			continue
		}
		for _, e := range g.adj[cur.node] {
			if nd := cur.dist + e.Weight; nd < dist[e.To] {
				dist[e.To] = nd
				prev[e.To] = cur.node
				heap.Push(h, item{e.To, nd})
			}
		}
	}
	return dist, prev
}

func path(prev map[string]string, dst string) []string {
	var p []string
	for n := dst; n != ""; n = prev[n] {
		p = append([]string{n}, p...)
	}
	return p
}

func main() {
	g := NewGraph(`
		A B 4
		A C 2
		B C 5
		B D 10
		C E 3
		E D 4
		D F 11
		G H 1
	`)
	fmt.Println(g.Nodes())
	fmt.Println("bfs A:", g.BFS("A"))
	fmt.Println("bfs G:", g.BFS("G"))
	g.DFS("A", func(n string, d int) bool {
		fmt.Printf("%s%s\n", strings.Repeat("  ", d), n)
		return n != "F"
	})
	dist, prev := g.Dijkstra("A")
	fmt.Println(prev)
	for _, n := range g.Nodes() {
		d := dist[n]
		if d == math.MaxInt {
			fmt.Printf("%-2s unreachable (%d)\n", n, d)
			continue
		}
		fmt.Printf("%-2s %3d %s\n", n, d, strings.Join(path(prev, n), "->"))
	}
	func() {
		defer func() {
			r := recover()
			fmt.Printf("recovered: %v (%T)\n", r, r)
		}()
		NewGraph("A B x")
	}()
	comps := 0
	seen := map[string]bool{}
outer:
	for _, n := range g.Nodes() {
		for _, s := range g.BFS(n) {
			if seen[s] {
				continue outer
			}
			seen[s] = true
		}
		comps++
	}
	fmt.Println("components:", comps, len(seen))
}
