// Command artparse-beam runs artparse's parse as an Apache Beam pipeline,
// so that a folder or a bucket of saved pages and web archives too large
// for one machine is parsed on Flink, Spark or Dataflow, or locally on
// Beam's Prism runner.
//
// It reads every file a glob matches on any file system Beam knows (local
// paths, gs://, s3://), writes one JSON line per article record, exactly as
// "artparse parse -f jsonl" prints it, into sharded files, and one JSON
// line per failed page or archive record into a file of failures. A bad
// input never fails the pipeline; it becomes a failure line.
//
// It is a module of its own because Beam's Go SDK brings some 320 modules
// with it; the artparse command's dependencies stay as they are.
package main

import (
	"context"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"runtime/debug"
	"slices"
	"strings"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/options/jobopts"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/x/beamx"

	// The file systems --input and --output may name; beamx brings the
	// local one and gs://.
	_ "github.com/apache/beam/sdks/v2/go/pkg/beam/io/filesystem/s3"
)

// Exit statuses, as the artparse command's.
const (
	exitOK      = 0
	exitFailure = 1 // the pipeline failed, or some inputs did
	exitUsage   = 2 // a bad flag; nothing ran
)

func main() {
	var opts options
	opts.register(flag.CommandLine)
	flag.Parse()
	// On a worker, Init runs Beam's harness and never returns; the
	// pipeline's own flags are only read by the program that submits it.
	beam.Init()
	defaultWorkerBinary()
	os.Exit(run(context.Background(), &opts, os.Stderr))
}

// defaultWorkerBinary makes this program the one a cluster's workers run
// when --worker_binary names none and it can be: built for linux/amd64,
// what Beam's Go container runs, and statically (CGO_ENABLED=0), so that
// it needs no library of the container's. Beam would otherwise compile
// the program again from its source, which needs the source and a Go
// toolchain where the job is submitted. Loopback runs (Prism's) use no
// worker binary.
func defaultWorkerBinary() {
	if *jobopts.WorkerBinary != "" || runtime.GOOS != "linux" || runtime.GOARCH != "amd64" {
		return
	}
	info, ok := debug.ReadBuildInfo()
	if !ok || !slices.Contains(info.Settings, debug.BuildSetting{Key: "CGO_ENABLED", Value: "0"}) {
		return
	}
	if self, err := os.Executable(); err == nil {
		*jobopts.WorkerBinary = self
	}
}

// run checks the flags, runs the pipeline on the runner --runner names
// (Prism when none) and prints the counters the runner reports. It
// returns the exit status.
func run(ctx context.Context, opts *options, stderr io.Writer) int {
	cfg, err := opts.config(ctx)
	if err != nil {
		fmt.Fprintf(stderr, "artparse-beam: %v\n", err)
		return exitUsage
	}
	if err := checkLocalInput(cfg.Input); err != nil {
		fmt.Fprintf(stderr, "artparse-beam: %v\n", err)
		return exitFailure
	}
	c, err := execute(ctx, cfg)
	if err != nil {
		fmt.Fprintf(stderr, "artparse-beam: %v\n", err)
		return exitFailure
	}
	fmt.Fprintln(stderr, c.summary(cfg))
	if c.failed > 0 {
		return exitFailure
	}
	return exitOK
}

// execute runs the pipeline of cfg and returns its counters; with --async
// it returns once the job is submitted, and the counters are not found.
func execute(ctx context.Context, cfg config) (counters, error) {
	res, err := beamx.RunWithMetrics(ctx, buildPipeline(cfg))
	if err != nil {
		return counters{}, fmt.Errorf("pipeline failed: %w", err)
	}
	if res == nil || *jobopts.Async {
		// Submitted, not run: a result holds no metrics yet.
		return counters{}, nil
	}
	return readCounters(res), nil
}

// checkLocalInput fails on a local glob that matches nothing, which the
// pipeline would otherwise report from a worker, deep in a stack of
// Beam's. A glob on an object store is left to the pipeline: listing a
// bucket twice can take long.
func checkLocalInput(glob string) error {
	if strings.Contains(glob, "://") {
		return nil
	}
	m, err := filepath.Glob(glob)
	if err != nil {
		return fmt.Errorf("--input %s: %w", glob, err)
	}
	if len(m) == 0 {
		return fmt.Errorf("--input %s: no file matches", glob)
	}
	return nil
}
