package input

import (
	"bytes"
	stdgzip "compress/gzip"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"

	kpgzip "github.com/klauspost/compress/gzip"
)

// BenchmarkGunzip decompresses every .gz file of the corpus, held in
// memory, with the standard library's gzip and with klauspost's, each
// reader reset for every file and read into one reused buffer, as Reader
// does. Interleave the two: -count runs each sub-benchmark that many
// times in a row, so run the binary several times with -count 1.
func BenchmarkGunzip(b *testing.B) {
	dir := os.Getenv("ARTPARSE_CORPUS")
	switch {
	case dir == "":
		dir = filepath.Join("..", "..", "..", "..", "..", "shared", "corpus")
	case !filepath.IsAbs(dir):
		dir = filepath.Join("..", "..", "..", "..", dir)
	}
	var files [][]byte
	var total int64
	filepath.WalkDir(dir, func(p string, d os.DirEntry, err error) error {
		if err == nil && !d.IsDir() && strings.HasSuffix(p, ".gz") {
			if data, err := os.ReadFile(p); err == nil {
				files = append(files, data)
			}
		}
		return nil
	})
	if len(files) == 0 {
		b.Skipf("no .gz files under %s; set ARTPARSE_CORPUS", dir)
	}
	out := make([]byte, 0, 8<<20)
	for _, f := range files {
		zr, err := stdgzip.NewReader(bytes.NewReader(f))
		if err != nil {
			b.Fatal(err)
		}
		n, err := io.Copy(io.Discard, zr)
		if err != nil {
			b.Fatal(err)
		}
		total += n
	}
	type resetter interface {
		io.Reader
		Reset(io.Reader) error
	}
	run := func(b *testing.B, zr resetter) {
		b.SetBytes(total)
		b.ReportAllocs()
		var src bytes.Reader
		for b.Loop() {
			for _, f := range files {
				src.Reset(f)
				if err := zr.Reset(&src); err != nil {
					b.Fatal(err)
				}
				var err error
				if out, err = fill(out, zr, 0, -1, "", nil); err != nil {
					b.Fatal(err)
				}
			}
		}
		b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*len(files)), "ns/file")
	}
	b.Run("std", func(b *testing.B) {
		zr, _ := stdgzip.NewReader(bytes.NewReader(files[0]))
		run(b, zr)
	})
	b.Run("klauspost", func(b *testing.B) {
		zr, _ := kpgzip.NewReader(bytes.NewReader(files[0]))
		run(b, zr)
	})
}
