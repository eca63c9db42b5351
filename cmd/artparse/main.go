// Command artparse turns saved web pages and plain-text copies of pages into
// article records (JSON, JSON Lines or YAML). See "artparse help".
package main

import "os"

// main only wires the process's arguments and streams into run, so that the
// whole command can be driven in-process by tests.
func main() { os.Exit(run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr)) }
