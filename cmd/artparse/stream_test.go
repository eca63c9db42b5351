package main

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"math"
	"strings"
	"testing"
	"testing/iotest"
	"time"
)

// flushTimeout is how long the lockstep test waits for one answer. A tiny
// page parses in well under a millisecond; the margin is for a loaded CI
// machine. An answer held in a buffer never arrives, so the test fails at
// the timeout instead of hanging.
const flushTimeout = 10 * time.Second

// within runs f and fails the test when it has not returned after
// flushTimeout: a write the command does not read, or an answer it does
// not flush, would otherwise block the test forever.
func within(t *testing.T, what string, f func() error) {
	t.Helper()
	done := make(chan error, 1)
	go func() { done <- f() }()
	select {
	case err := <-done:
		if err != nil {
			t.Fatalf("%s: %v", what, err)
		}
	case <-time.After(flushTimeout):
		t.Fatalf("%s: nothing after %v (an answer left in a buffer?)", what, flushTimeout)
	}
}

// TestStreamFlushesEachAnswer talks to the command as a pipeline worker's
// caller does: it writes one line and reads that line's answer before it
// writes the next, with standard input still open. Every answer, record or
// error, must arrive while the command waits for more input.
func TestStreamFlushesEachAnswer(t *testing.T) {
	inR, inW := io.Pipe()
	outR, outW := io.Pipe()
	// On failure, closing both ends stops the command: its next read
	// sees the end of input and its next write fails.
	t.Cleanup(func() { inW.Close(); outR.Close() })
	var stderr bytes.Buffer
	status := make(chan int, 1)
	go func() {
		status <- run([]string{"stream"}, inR, outW, &stderr)
		outW.Close()
	}()
	answers := bufio.NewReader(outR)
	for i := 1; i <= 4; i++ {
		line := fmt.Sprintf(`{"id": %d, "html": "<html><head><title>Page %d</title></head><body><p>The body of page %d.</p></body></html>"}`, i, i, i)
		want := fmt.Sprintf(`{"id":%d,"title":"Page %d",`, i, i)
		if i == 3 {
			line, want = `{"id": 3, "html": ""}`, `{"id":3,"error":"empty input","input":3}`
		}
		within(t, fmt.Sprintf("write line %d", i), func() error {
			_, err := io.WriteString(inW, line+"\n")
			return err
		})
		var got string
		within(t, fmt.Sprintf("read the answer to line %d", i), func() error {
			var err error
			got, err = answers.ReadString('\n')
			return err
		})
		if !strings.HasPrefix(got, want) {
			t.Errorf("answer to line %d = %q, want it to start with %q", i, got, want)
		}
	}
	inW.Close()
	var rest []byte
	within(t, "read to the end of the output", func() error {
		var err error
		rest, err = io.ReadAll(answers)
		return err
	})
	if len(rest) > 0 {
		t.Errorf("output after the last answer: %q", rest)
	}
	if got := <-status; got != exitOK {
		t.Errorf("exit status %d, want %d (stderr %q)", got, exitOK, stderr.String())
	}
}

// TestStreamStatus checks the exit statuses that scripts cannot provoke:
// standard input failing part-way and the output failing. What was
// answered before stays answered, and the failure is one line on stderr.
func TestStreamStatus(t *testing.T) {
	page := `{"html": "<title>T</title><p>A page.</p>"}` + "\n"

	var stdout, stderr bytes.Buffer
	in := io.MultiReader(strings.NewReader(page), iotest.ErrReader(errors.New("device gone")))
	if got := run([]string{"stream"}, in, &stdout, &stderr); got != exitFailure {
		t.Errorf("failing stdin: status %d, want %d", got, exitFailure)
	}
	if n := strings.Count(stdout.String(), "\n"); n != 1 || !strings.Contains(stdout.String(), `"title":"T"`) {
		t.Errorf("failing stdin: stdout %q, want the first line's answer", stdout.String())
	}
	if want := "artparse: read standard input: line 2: device gone\n"; stderr.String() != want {
		t.Errorf("failing stdin: stderr %q, want %q", stderr.String(), want)
	}

	stderr.Reset()
	in = strings.NewReader(page + page)
	if got := run([]string{"stream"}, in, failWriter{}, &stderr); got != exitFailure {
		t.Errorf("failing stdout: status %d, want %d", got, exitFailure)
	}
	if want := "artparse: write output: answer to line 1: broken pipe\n"; stderr.String() != want {
		t.Errorf("failing stdout: stderr %q, want %q", stderr.String(), want)
	}
}

// TestStreamLines checks what a line is: a last line without a newline is
// answered, "\r\n" endings are read, a blank line gets an error, and every
// answer is one JSON object naming its input line when it is an error.
func TestStreamLines(t *testing.T) {
	in := "{\"text\": \"One\\n\\nA first page.\"}\r\n" +
		" \t\n" +
		"{\"html\": \"<p>Last, with no newline.</p>\", \"id\": null}"
	var stdout, stderr bytes.Buffer
	if got := run([]string{"stream"}, strings.NewReader(in), &stdout, &stderr); got != exitOK {
		t.Fatalf("status %d, want %d (stderr %q)", got, exitOK, stderr.String())
	}
	lines := strings.Split(strings.TrimSuffix(stdout.String(), "\n"), "\n")
	if len(lines) != 3 {
		t.Fatalf("%d answers, want 3: %q", len(lines), stdout.String())
	}
	for i, want := range []string{`"format":"text"`, `{"error":"blank line","input":2}`, `"text":"Last, with no newline."`} {
		if !json.Valid([]byte(lines[i])) || !strings.Contains(lines[i], want) {
			t.Errorf("answer %d = %q, want valid JSON with %q", i+1, lines[i], want)
		}
	}
	if strings.Contains(lines[2], `"id"`) {
		t.Errorf("a null id is echoed: %q", lines[2])
	}
}

// TestStreamID checks that an id comes back as the same JSON value, compact
// and valid UTF-8, in records and in errors alike.
func TestStreamID(t *testing.T) {
	tests := []struct{ id, want string }{
		{`"a"`, `"a"`},
		{`12345678901234567890`, `12345678901234567890`},
		{`1.50`, `1.50`},
		{`{ "k" : [1, "<&>"] }`, `{"k":[1,"<&>"]}`},
		{`"\u00e9\ud800"`, `"é` + "\uFFFD" + `"`},
		{"\"\xff\"", "\"\uFFFD\""},
	}
	for _, tt := range tests {
		for _, rest := range []string{`"html": "<title>T</title><p>Body.</p>"`, `"path": "no/such/file"`} {
			in := `{"id": ` + tt.id + `, ` + rest + "}\n"
			var stdout bytes.Buffer
			run([]string{"stream"}, strings.NewReader(in), &stdout, io.Discard)
			if want := `{"id":` + tt.want + `,`; !strings.HasPrefix(stdout.String(), want) {
				t.Errorf("line %q: answer %q, want it to start with %q", in, stdout.String(), want)
			}
		}
	}
}

// TestLineReader checks the bounded line reader on lines shorter than,
// as long as and longer than its limit, gathered from several reads
// (lines beyond the read buffer, and input arriving a byte at a time).
func TestLineReader(t *testing.T) {
	type line struct {
		text    string
		tooLong bool
	}
	big := strings.Repeat("x", 3*lineBufferSize+7)
	tests := []struct {
		name string
		in   string
		max  int64
		want []line
	}{
		{"limit", "abc\n\n" + strings.Repeat("y", 10) + "\n" + strings.Repeat("z", 11) + "\nlast", 10,
			[]line{{"abc", false}, {"", false}, {strings.Repeat("y", 10), false}, {"", true}, {"last", false}}},
		{"no limit", big + "\nz", -1, []line{{big, false}, {"z", false}}},
		{"long line at the limit", big + "\n" + big + "x\nz\n", int64(len(big)),
			[]line{{big, false}, {"", true}, {"z", false}}},
		{"over the limit at the end of input", "ok\n" + big, 10, []line{{"ok", false}, {"", true}}},
		{"empty", "", 10, nil},
	}
	for _, tt := range tests {
		for _, oneByte := range []bool{false, true} {
			var r io.Reader = strings.NewReader(tt.in)
			if oneByte {
				if len(tt.in) > 1000 {
					continue
				}
				r = iotest.OneByteReader(r)
			}
			lr := newLineReader(r, tt.max)
			for i, want := range tt.want {
				got, tooLong, err := lr.next()
				if err != nil || string(got) != want.text || tooLong != want.tooLong {
					t.Errorf("%s (one byte: %v): line %d = %.20q (%d bytes), %v, %v; want %.20q (%d bytes), %v",
						tt.name, oneByte, i+1, got, len(got), tooLong, err, want.text, len(want.text), want.tooLong)
				}
			}
			if _, _, err := lr.next(); err != io.EOF {
				t.Errorf("%s (one byte: %v): after the last line: %v, want io.EOF", tt.name, oneByte, err)
			}
		}
	}
}

// TestLineLimit checks the line limit's arithmetic at its edges.
func TestLineLimit(t *testing.T) {
	for _, tt := range []struct{ max, want int64 }{
		{100, 600 + lineSlack},
		{64 << 20, 384<<20 + lineSlack},
		{-1, -1},
		{math.MaxInt64, -1},
		{(math.MaxInt64 - lineSlack) / jsonEscapeFactor, (math.MaxInt64-lineSlack)/jsonEscapeFactor*jsonEscapeFactor + lineSlack},
	} {
		if got := lineLimit(tt.max); got != tt.want {
			t.Errorf("lineLimit(%d) = %d, want %d", tt.max, got, tt.want)
		}
	}
}
