package main

import (
	"fmt"
	"sort"
	"strings"
	"sync"
	"time"
)

var web = map[string][]string{
	"http://a/":      {"http://a/x", "http://a/y", "http://b/"},
	"http://a/x":     {"http://a/", "http://a/x/1", "http://a/x/2"},
	"http://a/y":     {"http://c/", "http://a/x/1"},
	"http://a/x/1":   {"http://a/x/2"},
	"http://a/x/2":   {"http://d/missing"},
	"http://b/":      {"http://b/1", "http://b/2", "http://a/"},
	"http://b/1":     {"http://b/2"},
	"http://b/2":     {"http://c/"},
	"http://c/":      {"http://c/deep/1"},
	"http://c/deep/1": {"http://c/deep/2"},
	"http://c/deep/2": {"http://c/deep/3"},
	"http://c/deep/3": {},
}

type Crawler struct {
	mu      sync.Mutex
	visited map[string]int
	errors  []string
	wg      sync.WaitGroup
	limiter chan struct{}
	fetches int
}

func (c *Crawler) fetch(url string) ([]string, error) {
	c.limiter <- struct{}{}
	defer func() { <-c.limiter }()
	time.Sleep(time.Millisecond)
	c.mu.Lock()
	c.fetches++
	c.mu.Unlock()
	links, ok := web[url]
	if !ok {
		return nil, fmt.Errorf("not found: %s", url)
	}
	return links, nil
}

func (c *Crawler) visit(url string, depth int) bool {
	c.mu.Lock()
	defer c.mu.Unlock()
	if d, ok := c.visited[url]; ok {
		if depth < d {
			c.visited[url] = depth
		}
		return false
	}
	c.visited[url] = depth
	return true
}

func (c *Crawler) Crawl(url string, depth, maxDepth int) {
	defer c.wg.Done()
	if depth > maxDepth {
		return
	}
	if !c.visit(url, depth) {
		return
	}
	links, err := c.fetch(url)
	if err != nil {
		c.mu.Lock()
		c.errors = append(c.errors, err.Error())
		c.mu.Unlock()
		return
	}
	for _, l := range links {
		c.wg.Add(1)
		go c.Crawl(l, depth+1, maxDepth)
	}
}

func run(maxDepth int) {
	c := &Crawler{visited: make(map[string]int), limiter: make(chan struct{}, 3)}
	c.wg.Add(1)
	go c.Crawl("http://a/", 0, maxDepth)
	c.wg.Wait()
	var urls []string
	for u := range c.visited {
		urls = append(urls, u)
	}
	sort.Strings(urls)
	fmt.Printf("maxDepth=%d visited=%d fetches=%d\n", maxDepth, len(urls), c.fetches)
	for _, u := range urls {
		fmt.Println("  ", u, strings.Count(u, "/"))
	}
	sort.Strings(c.errors)
	for _, e := range c.errors {
		fmt.Println("  error:", e)
	}
}

func main() {
	run(100)
	run(1)
	run(0)
}
