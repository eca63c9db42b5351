package batch

import (
	"bufio"
	"fmt"
	"os"
	"path/filepath"
)

// A stream is what a run writes when its records go to one place rather
// than to one file each: standard output (-o -) or one stream file (-o
// records.jsonl). Records come in input order, an archive's records at
// the archive's place, each as Config.Encode renders it, put together as
// the format wants by a Frame: JSON Lines need nothing, a JSON array needs
// brackets and commas, a CSV table a header row.

// Frame is what a stream holds besides its records: Open before the
// first, Sep between two, Close after the last, and Empty alone when the
// stream has no record (a JSON array's "[]", a CSV table's header row).
type Frame struct{ Open, Sep, Close, Empty string }

// streamBuffer is the write buffer of a stream file: records are a few
// KB, so this makes one write of several.
const streamBuffer = 64 << 10

// streamFile is the stream file being written: a temporary file beside
// it, renamed into place by finish, as any record file is (outputSink).
type streamFile struct {
	sink *outputSink
	path string
	f    *os.File
	tmp  string
	bw   *bufio.Writer
}

// openStreamFile starts writing the stream file path, creating its folder
// if missing. A folder of that name (which an older artparse made for the
// same -o) is refused before anything is done, rather than at the end.
func openStreamFile(path string, fsync bool) (*streamFile, error) {
	if fi, err := os.Stat(path); err == nil && fi.IsDir() {
		return nil, fmt.Errorf("output %s: is a folder, and a name ending in %s is one file: remove the folder or name another output", path, filepath.Ext(path))
	}
	sink, err := newOutputSink(filepath.Dir(path), filepath.Ext(path), fsync)
	if err != nil {
		return nil, err
	}
	f, tmp, err := sink.open(path)
	if err != nil {
		return nil, fmt.Errorf("output %s: %w", path, err)
	}
	return &streamFile{sink: sink, path: path, f: f, tmp: tmp, bw: bufio.NewWriterSize(f, streamBuffer)}, nil
}

// Write adds to the stream.
func (s *streamFile) Write(p []byte) (int, error) { return s.bw.Write(p) }

// finish puts the stream file in place when keep says so, and otherwise
// removes it, leaving whatever was there before.
func (s *streamFile) finish(keep bool) error {
	if !keep {
		s.sink.discard(s.f, s.tmp)
		return nil
	}
	return s.sink.commit(s.f, s.tmp, s.path, "", s.bw.Flush())
}

// abandon removes the temporary file just before the process exits on a
// second interrupt.
func (s *streamFile) abandon() { s.sink.abandon() }
