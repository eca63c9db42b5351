package main

import (
	"errors"
	"math"
	"strconv"
	"strings"

	"github.com/artparse/artparse/cmd/artparse/internal/input"
	"github.com/artparse/artparse/parse"
)

// maxBytesFlag is the --max-bytes flag: the largest input read, as a
// number of bytes with an optional K, M or G suffix (powers of 1024, "KiB"
// and "KB" spelt out alike), or 0 for no limit. Its value is what
// parse.Options.MaxBytes and input.Read take: a negative value means none.
type maxBytesFlag int64

// defaultMaxBytes is the limit when --max-bytes is not given, the
// library's own.
const defaultMaxBytes = maxBytesFlag(parse.DefaultMaxBytes)

// maxBytesUsage is the help text of --max-bytes, shared by the commands.
const maxBytesUsage = "refuse inputs larger than `SIZE` (suffix K, M or G; 0: no limit), gzip content included"

// String returns the limit in the form Set reads.
func (m *maxBytesFlag) String() string {
	if *m < 0 {
		return "0"
	}
	return input.FormatSize(int64(*m))
}

// Set reads a size such as 1048576, 512K, 64MiB or 2G.
func (m *maxBytesFlag) Set(s string) error {
	num := strings.TrimSpace(s)
	mult := int64(1)
	lower := strings.ToLower(num)
	for _, u := range []struct {
		suffix string
		mult   int64
	}{{"kib", 1 << 10}, {"kb", 1 << 10}, {"k", 1 << 10}, {"mib", 1 << 20}, {"mb", 1 << 20}, {"m", 1 << 20},
		{"gib", 1 << 30}, {"gb", 1 << 30}, {"g", 1 << 30}, {"b", 1}} {
		if strings.HasSuffix(lower, u.suffix) {
			num, mult = strings.TrimSpace(num[:len(num)-len(u.suffix)]), u.mult
			break
		}
	}
	n, err := strconv.ParseInt(num, 10, 64)
	if err != nil || n < 0 || n > math.MaxInt64/mult {
		return errors.New("want a size in bytes such as 1048576, 512K, 64M or 2G (0: no limit)")
	}
	if n == 0 {
		*m = -1
		return nil
	}
	*m = maxBytesFlag(n * mult)
	return nil
}

// Type names the value in help output.
func (m *maxBytesFlag) Type() string { return "size" }
