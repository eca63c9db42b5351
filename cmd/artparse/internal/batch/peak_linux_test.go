package batch

import (
	"bytes"
	"fmt"
	"os"
)

// printPeak writes the process's peak resident memory so far to stderr,
// as "peak-rss N" in bytes, from Linux's VmHWM; the parent reads it, since
// the rusage it gets of a child counts memory from before the exec.
func printPeak() {
	b, err := os.ReadFile("/proc/self/status")
	if err != nil {
		return
	}
	for line := range bytes.Lines(b) {
		var kb int64
		if n, _ := fmt.Sscanf(string(line), "VmHWM: %d kB", &kb); n == 1 {
			fmt.Fprintf(os.Stderr, "peak-rss %d\n", kb<<10)
		}
	}
}
