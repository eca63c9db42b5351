package batch

import (
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"os"
	"os/exec"
	"regexp"
	"strconv"
	"testing"

	"github.com/artparse/artparse/cmd/artparse/internal/input"
	"github.com/artparse/artparse/parse"
)

// The exit statuses the helper process gives, those of the artparse
// command, which owns them.
const (
	exitOK          = 0
	exitFailure     = 1
	exitInterrupted = 130
)

// helperEnv, set in a process's environment, makes the test binary a
// batch runner (see helperMain) instead of running the tests: the
// signal tests and the memory benchmark need a process of their own to
// signal or to measure.
const helperEnv = "ARTPARSE_BATCH_HELPER"

// TestMain runs the helper process when asked to, and the tests otherwise.
func TestMain(m *testing.M) {
	if os.Getenv(helperEnv) != "" {
		os.Exit(helperMain(os.Args[1:]))
	}
	os.Exit(m.Run())
}

// peakEnv, set in the helper's environment, makes it print its peak
// resident memory when the run ends (see printPeak).
const peakEnv = "ARTPARSE_BATCH_PEAK"

// helperMain runs "[-j N] [-m BYTES] [-resume] -o OUT INPUT..." as artparse batch
// would, with testConfig's encoder, and returns the command's exit status.
func helperMain(args []string) int {
	fs := flag.NewFlagSet("batch-helper", flag.ContinueOnError)
	jobs := fs.Int("j", 0, "jobs")
	resume := fs.Bool("resume", false, "resume")
	out := fs.String("o", "", "output")
	maxMem := fs.Int64("m", 0, "Config.MaxMemory")
	if err := fs.Parse(args); err != nil {
		return 2
	}
	cfg := testConfig(*out, fs.Args()...)
	cfg.Jobs, cfg.Resume, cfg.MaxMemory = *jobs, *resume, *maxMem
	cfg.Stdout, cfg.Stderr = os.Stdout, os.Stderr
	res, err := Run(context.Background(), cfg)
	if os.Getenv(peakEnv) != "" {
		printPeak()
	}
	switch {
	case res.Interrupted:
		return exitInterrupted
	case err != nil:
		fmt.Fprintf(os.Stderr, "artparse: %v\n", err)
		return exitFailure
	case res.Failed > 0, res.FailedRecords > 0:
		return exitFailure
	}
	return exitOK
}

// helperCmd returns the command that runs helperMain with args in dir.
func helperCmd(t testing.TB, dir string, args ...string) *exec.Cmd {
	t.Helper()
	bin, err := os.Executable()
	if err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command(bin, args...)
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), helperEnv+"=1")
	return cmd
}

// testConfig returns the Config of a run of inputs into out ("-" for
// stdout) with every other setting at the command's default, output
// discarded.
func testConfig(out string, inputs ...string) Config {
	return Config{
		Inputs:     inputs,
		Out:        out,
		Ext:        ".json",
		Encode:     testEncoder(out == input.StdinPath),
		EncodeLine: testEncoder(true),
		Parse:      parse.Options{Input: parse.FormatAuto, MaxBytes: parse.DefaultMaxBytes},
		Stdout:     io.Discard,
		Stderr:     io.Discard,
		Getenv:     os.Getenv,
		Exit:       func() { os.Exit(exitInterrupted) },
	}
}

// testEncoder stands in for the command's encoder, which lives with its
// output formats in package main: one JSON line for stdout, an indented
// object for a file. It costs what the command's costs, the same
// encoding/json work, which the benchmarks rely on.
func testEncoder(toStdout bool) func(*parse.Article) ([]byte, error) {
	return func(a *parse.Article) ([]byte, error) {
		var b []byte
		var err error
		if toStdout {
			b, err = json.Marshal(a)
		} else {
			b, err = json.MarshalIndent(a, "", "  ")
		}
		return append(b, '\n'), err
	}
}

// summaryRE picks the counts out of the summary line.
var summaryRE = regexp.MustCompile(`artparse: (interrupted: )?(\d+) ok, (\d+) failed, (\d+) skipped;`)

// summary returns the ok and skipped counts of a run's summary line.
func summary(t testing.TB, stderr string) (interrupted bool, ok, skipped int) {
	t.Helper()
	m := summaryRE.FindStringSubmatch(stderr)
	if m == nil {
		t.Fatalf("no summary line in stderr:\n%s", stderr)
	}
	ok, _ = strconv.Atoi(m[2])
	skipped, _ = strconv.Atoi(m[4])
	return m[1] != "", ok, skipped
}
