package main

import (
	"bytes"
	"errors"
	"runtime/debug"
	"strings"
	"testing"
)

// TestBuildVersion checks each source of the version, in priority order.
func TestBuildVersion(t *testing.T) {
	info := func(mainVersion string, settings ...string) func() (*debug.BuildInfo, bool) {
		return func() (*debug.BuildInfo, bool) {
			bi := &debug.BuildInfo{Main: debug.Module{Version: mainVersion}}
			for i := 0; i+1 < len(settings); i += 2 {
				bi.Settings = append(bi.Settings, debug.BuildSetting{Key: settings[i], Value: settings[i+1]})
			}
			return bi, true
		}
	}
	none := func() (*debug.BuildInfo, bool) { return nil, false }
	const rev = "0123456789abcdef0123456789abcdef01234567"
	tests := []struct {
		name string
		set  string
		info func() (*debug.BuildInfo, bool)
		want string
	}{
		{"ldflags wins", "v9.9.9", info("v1.0.0"), "v9.9.9"},
		{"module version", "", info("v1.2.3", "vcs.revision", rev), "v1.2.3"},
		{"revision", "", info("(devel)", "vcs.revision", rev, "vcs.modified", "false"), "0123456789ab"},
		{"dirty revision", "", info("(devel)", "vcs.revision", rev, "vcs.modified", "true"), "0123456789ab-dirty"},
		{"short revision", "", info("", "vcs.revision", "abc"), "abc"},
		{"nothing known", "", info("(devel)"), "devel"},
		{"no build info", "", none, "devel"},
	}
	for _, tt := range tests {
		if got := buildVersion(tt.set, tt.info); got != tt.want {
			t.Errorf("%s: buildVersion = %q, want %q", tt.name, got, tt.want)
		}
	}
}

// TestRunInProcess drives run with in-memory streams, as main does with the
// process's, and checks the exit statuses the scripts also check through a
// subprocess.
func TestRunInProcess(t *testing.T) {
	tests := []struct {
		args       []string
		stdin      string
		want       int
		wantStdout string
		wantStderr string
	}{
		{[]string{"parse"}, "hello", exitOK, `"path": "-"`, ""},
		{[]string{"parse", "-f", "jsonl", "-"}, "<html><p>x</p></html>", exitOK, `"format":"html"`, ""},
		{[]string{"parse"}, "", exitFailure, "", "artparse: -: empty input\n"},
		{[]string{"parse", "--format", "xml"}, "hello", exitUsage, "", "want json, jsonl, yaml, markdown, text or csv"},
		{[]string{"parse", "--input", "pdf"}, "hello", exitUsage, "", "want auto, html or text"},
		{[]string{"parse", "--url", "example.com"}, "hello", exitUsage, "", "want an absolute http or https URL"},
		{[]string{"--nope"}, "", exitUsage, "", "Run 'artparse --help' for usage."},
		{[]string{"--version"}, "", exitOK, "artparse ", ""},
	}
	for _, tt := range tests {
		var stdout, stderr bytes.Buffer
		got := run(tt.args, strings.NewReader(tt.stdin), &stdout, &stderr)
		if got != tt.want {
			t.Errorf("run %q = %d, want %d (stderr %q)", tt.args, got, tt.want, stderr.String())
		}
		if !strings.Contains(stdout.String(), tt.wantStdout) {
			t.Errorf("run %q: stdout %q does not contain %q", tt.args, stdout.String(), tt.wantStdout)
		}
		if tt.wantStderr == "" && stderr.Len() > 0 {
			t.Errorf("run %q: unexpected stderr %q", tt.args, stderr.String())
		}
		if !strings.Contains(stderr.String(), tt.wantStderr) {
			t.Errorf("run %q: stderr %q does not contain %q", tt.args, stderr.String(), tt.wantStderr)
		}
	}
}

// failWriter fails every write, like a closed pipe.
type failWriter struct{}

// Write always fails.
func (failWriter) Write([]byte) (int, error) { return 0, errors.New("broken pipe") }

// TestRunWriteError checks that failing to write the output is a failure
// (exit 1) reported once, not a usage error.
func TestRunWriteError(t *testing.T) {
	for _, format := range outputFormats {
		var stderr bytes.Buffer
		got := run([]string{"parse", "-f", format}, strings.NewReader("hello"), failWriter{}, &stderr)
		if got != exitFailure {
			t.Errorf("%s: run = %d, want %d", format, got, exitFailure)
		}
		msg := stderr.String()
		if !strings.HasPrefix(msg, "artparse: write output: ") || !strings.HasSuffix(msg, "broken pipe\n") || strings.Count(msg, "\n") != 1 {
			t.Errorf("%s: stderr = %q, want one line \"artparse: write output: ...broken pipe\"", format, msg)
		}
	}
}
