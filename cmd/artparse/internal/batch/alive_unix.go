//go:build unix

package batch

import (
	"strconv"
	"syscall"
)

// processAlive reports whether the process pid (decimal) may still be
// running: only a definite "no such process" says no.
func processAlive(pid string) bool {
	n, err := strconv.Atoi(pid)
	if err != nil || n <= 0 {
		return true
	}
	return syscall.Kill(n, 0) != syscall.ESRCH
}
