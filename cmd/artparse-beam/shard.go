package main

import (
	"bufio"
	"context"
	"crypto/rand"
	"fmt"
	"hash/fnv"
	"strings"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/io/filesystem"
)

// shardName returns the name of shard i of n: PREFIX-00003-of-00010.jsonl,
// the form Beam's and Hadoop's sharded outputs take, so that the names
// sort in shard order.
func shardName(prefix string, i, n int) string {
	return fmt.Sprintf("%s-%05d-of-%05d.jsonl", prefix, i, n)
}

// writeShards writes lines into n files named by shardName, a line in the
// shard its hash picks. All n files are written, empty ones too, so that
// a reader of the output can tell a complete run from a partial one and
// no file of an earlier run with the same prefix and n stays behind. The
// order of the lines in a file is not defined.
func writeShards(s beam.Scope, lines beam.PCollection, prefix string, n int) {
	keyed := beam.ParDo(s, &shardKeyFn{Shards: n}, lines)
	// An empty line for every shard, which writeShardFn passes over,
	// makes sure each shard has a group of its own to write.
	all := beam.ParDo(s, &allShardsFn{Shards: n}, beam.Impulse(s))
	grouped := beam.GroupByKey(s, beam.Flatten(s, keyed, all))
	beam.ParDo0(s, &writeShardFn{Prefix: prefix, Shards: n}, grouped)
}

// shardKeyFn keys each line by its shard. The hash of the line, which
// holds its file's path (and record offset), spreads lines evenly and puts
// a record in the same shard on every run over the same inputs.
type shardKeyFn struct {
	Shards int
}

// ProcessElement returns line keyed by its shard.
func (f *shardKeyFn) ProcessElement(line string) (int, string) {
	h := fnv.New64a()
	h.Write([]byte(line))
	return int(h.Sum64() % uint64(f.Shards)), line
}

// allShardsFn emits an empty line for each shard.
type allShardsFn struct {
	Shards int
}

// ProcessElement emits (i, "") for every shard i.
func (f *allShardsFn) ProcessElement(_ []byte, emit func(int, string)) {
	for i := range f.Shards {
		emit(i, "")
	}
}

// shardBuffer is the write buffer of a shard file: object stores take
// large writes best, and one shard is written at a time per worker
// thread.
const shardBuffer = 1 << 20

// writeShardFn writes one shard file: under a temporary hidden name
// beside it, then renamed into place (on object stores, copied and the
// temporary object removed), so that a shard is never seen half written
// and a retried bundle replaces rather than adds to it.
type writeShardFn struct {
	Prefix string
	Shards int
}

// ProcessElement writes the lines of shard i.
func (f *writeShardFn) ProcessElement(ctx context.Context, i int, lines func(*string) bool) error {
	final := shardName(f.Prefix, i, f.Shards)
	fs, err := filesystem.New(ctx, final)
	if err != nil {
		return fmt.Errorf("%s: %w", final, err)
	}
	defer fs.Close()
	tmp := tempName(final)
	if err := writeLines(ctx, fs, tmp, lines); err != nil {
		removeQuietly(ctx, fs, tmp)
		return fmt.Errorf("%s: write %s: %w", final, tmp, err)
	}
	if err := filesystem.Rename(ctx, fs, tmp, final); err != nil {
		removeQuietly(ctx, fs, tmp)
		return fmt.Errorf("%s: rename %s: %w", final, tmp, err)
	}
	return nil
}

// writeLines writes each non-empty line of lines, and a newline after it,
// to the file name.
func writeLines(ctx context.Context, fs filesystem.Interface, name string, lines func(*string) bool) error {
	w, err := fs.OpenWrite(ctx, name)
	if err != nil {
		return err
	}
	bw := bufio.NewWriterSize(w, shardBuffer)
	var line string
	for lines(&line) {
		if line == "" {
			continue
		}
		bw.WriteString(line)
		if err := bw.WriteByte('\n'); err != nil {
			w.Close()
			return err
		}
	}
	if err := bw.Flush(); err != nil {
		w.Close()
		return err
	}
	// On object stores, Close is what commits the object.
	return w.Close()
}

// removeQuietly removes a temporary file after a failed write, when the
// file system can; the error that matters is the write's.
func removeQuietly(ctx context.Context, fs filesystem.Interface, name string) {
	if rm, ok := fs.(filesystem.Remover); ok {
		_ = rm.Remove(ctx, name)
	}
}

// tempName returns a hidden name beside final, unique to this attempt:
// two attempts at one shard (a retry, a speculative copy) never write
// into one file.
func tempName(final string) string {
	dir, base := "", final
	if i := strings.LastIndex(final, "/"); i >= 0 {
		dir, base = final[:i+1], final[i+1:]
	}
	return dir + "." + base + ".tmp-" + rand.Text()
}
