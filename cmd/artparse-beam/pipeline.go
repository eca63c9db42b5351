package main

import (
	"context"
	"fmt"
	"path"
	"strings"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/io/fileio"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/register"
)

// Beam finds a pipeline's functions and element types by registration:
// a worker is sent their names, not their code.
func init() {
	register.DoFn3x0[context.Context, fileio.FileMetadata, func(fileio.FileMetadata)](&takeFn{})
	register.DoFn4x1[context.Context, fileio.ReadableFile, func(string), func(string), error](&parseFileFn{})
	register.DoFn1x2[string, int, string](&shardKeyFn{})
	register.DoFn2x0[[]byte, func(int, string)](&allShardsFn{})
	register.DoFn3x1[context.Context, int, func(*string) bool, error](&writeShardFn{})
	register.Emitter1[string]()
	register.Emitter2[int, string]()
	register.Iter1[string]()
}

// buildPipeline returns the pipeline cfg describes:
//
//	match Input -> take the names artparse reads -> reshuffle -> parse each file
//	  -> records  -> Output-SSSSS-of-NNNNN.jsonl
//	  -> failures -> Output-failures-00000-of-00001.jsonl
func buildPipeline(cfg config) *beam.Pipeline {
	p, s := beam.NewPipelineWithRoot()
	files := fileio.MatchFiles(s, cfg.Input, fileio.MatchEmptyDisallow())
	files = beam.ParDo(s.Scope("TakeInputs"), &takeFn{}, files)
	// The match is one element, so without this break a runner fuses
	// everything after it into one stage and one worker parses every
	// file.
	files = beam.Reshuffle(s, files)
	readable := fileio.ReadMatches(s, files, fileio.ReadUncompressed())
	records, failures := beam.ParDo2(s.Scope("Parse"), &parseFileFn{Options: cfg.Parse}, readable)
	writeShards(s.Scope("WriteRecords"), records, cfg.Output, cfg.Shards)
	// Failures are few, one short line each: one file holds them.
	writeShards(s.Scope("WriteFailures"), failures, cfg.Output+"-failures", 1)
	return p
}

// The counters the pipeline keeps, in namespace counterNamespace.
const (
	counterNamespace = "artparse"
	counterOK        = "pages_ok"        // records written: pages, and captures of archives
	counterFailed    = "pages_failed"    // failure lines written: files, and records of archives
	counterSkipped   = "records_skipped" // archive records that hold no page (requests, images, redirects...)
	counterFiles     = "files_skipped"   // matched files whose names artparse does not read
	counterBytes     = "bytes_read"      // bytes read from the file system, as stored
)

// takes reports whether the pipeline reads the file named name: by its
// name, a page or a web archive, and not hidden (as "artparse batch"
// passes over hidden files, and as the temporary files of writeShardFn
// are). The pages are those "artparse batch" takes when it walks a folder,
// gzipped or not. Anything else a glob matches (an index, a log, a
// listing) is counted under files_skipped.
func takes(name string) bool {
	base := strings.ToLower(path.Base(name))
	// A name ending in "/" is a folder on an object store.
	if strings.HasPrefix(base, ".") || strings.HasSuffix(name, "/") {
		return false
	}
	if strings.HasSuffix(base, ".wacz") {
		return true
	}
	switch path.Ext(strings.TrimSuffix(base, ".gz")) {
	case ".html", ".htm", ".xhtml", ".shtml", ".mhtml", ".mht", ".txt", ".warc":
		return true
	}
	return false
}

// takeFn passes on the files the pipeline reads and counts the others.
type takeFn struct {
	skipped beam.Counter
}

// Setup makes the counter on the worker.
func (f *takeFn) Setup() { f.skipped = beam.NewCounter(counterNamespace, counterFiles) }

// ProcessElement emits md when the pipeline reads it.
func (f *takeFn) ProcessElement(ctx context.Context, md fileio.FileMetadata, emit func(fileio.FileMetadata)) {
	if takes(md.Path) {
		emit(md)
		return
	}
	f.skipped.Inc(ctx, 1)
}

// counters are the totals a runner reports for a run.
type counters struct {
	found                              bool // the runner reported any
	ok, failed, skipped, files, nbytes int64
}

// readCounters sums the pipeline's counters over the steps that keep them.
func readCounters(res beam.PipelineResult) (c counters) {
	// A runner's result that holds no metrics (a Dataflow dry run returns
	// a nil result of its own type) panics when asked for them; the run
	// itself has not failed, so the counters are only not found.
	defer func() {
		if recover() != nil {
			c = counters{}
		}
	}()
	for _, r := range res.Metrics().AllMetrics().Counters() {
		if r.Namespace() != counterNamespace {
			continue
		}
		c.found = true
		v := r.Result()
		switch r.Name() {
		case counterOK:
			c.ok += v
		case counterFailed:
			c.failed += v
		case counterSkipped:
			c.skipped += v
		case counterFiles:
			c.files += v
		case counterBytes:
			c.nbytes += v
		}
	}
	return c
}

// summary is the line printed at the end of a run.
func (c counters) summary(cfg config) string {
	if !c.found {
		return "artparse-beam: done; the runner reported no counters (its console shows them, or --async left before the end)"
	}
	s := fmt.Sprintf("artparse-beam: %d pages ok, %d failed, %d archive records skipped, %d files skipped, %d bytes read",
		c.ok, c.failed, c.skipped, c.files, c.nbytes)
	if c.failed > 0 {
		s += fmt.Sprintf("; failures in %s", shardName(cfg.Output+"-failures", 0, 1))
	}
	return s
}
