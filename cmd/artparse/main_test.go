package main

import (
	"bytes"
	"compress/gzip"
	"encoding/hex"
	"encoding/json"
	"errors"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/rogpeppe/go-internal/testscript"
	"gopkg.in/yaml.v3"
)

// TestMain lets the test binary act as the artparse command inside scripts:
// "exec artparse ..." runs main in a subprocess, exercising the real exit
// statuses and streams.
func TestMain(m *testing.M) {
	testscript.Main(m, map[string]func(){"artparse": main})
}

// TestScript runs every testdata/script/*.txtar script. See scriptCmds and
// scriptCondition for the commands and conditions the scripts may use on top
// of testscript's own, and scriptSetup for their environment.
func TestScript(t *testing.T) {
	testscript.Run(t, testscript.Params{
		Dir:                 "testdata/script",
		Setup:               scriptSetup,
		Cmds:                scriptCmds,
		Condition:           scriptCondition,
		RequireExplicitExec: true,
		RequireUniqueNames:  true,
	})
}

// scriptSetup gives the scripts $ARCHIVES, the repository's folder of
// test web archives (testdata/archives), to copy from: an archive made
// by a real crawler is binary (gzip), which a script cannot hold.
func scriptSetup(env *testscript.Env) error {
	dir, err := filepath.Abs(filepath.Join("..", "..", "testdata", "archives"))
	if err != nil {
		return err
	}
	env.Setenv("ARCHIVES", dir)
	return nil
}

// scriptCmds are the custom script commands. testscript cannot write binary
// files, check exact exit statuses or validate structured output itself.
var scriptCmds = map[string]func(ts *testscript.TestScript, neg bool, args []string){
	"status":     cmdStatus,
	"gzip-file":  cmdGzipFile,
	"write-hex":  cmdWriteHex,
	"sparse":     cmdSparse,
	"validjson":  cmdValidJSON,
	"validjsonl": cmdValidJSONL,
	"validyaml":  cmdValidYAML,
	// For the batch scripts (see batch_test.go).
	"backdate":  cmdBackdate,
	"gen-pages": cmdGenPages,
	"outputs":   cmdOutputs,
	"wacz":      cmdWACZ,
}

// scriptCondition defines the custom conditions:
//
//	root       the tests run as root, so chmod 000 does not stop reading
func scriptCondition(cond string) (bool, error) {
	switch cond {
	case "root":
		return os.Geteuid() == 0, nil
	}
	return false, errors.New("unknown condition " + strconv.Quote(cond))
}

// noNeg fails the script when a command that has no negated form is used
// with "!".
func noNeg(ts *testscript.TestScript, neg bool, name string) {
	if neg {
		ts.Fatalf("unsupported: ! %s", name)
	}
}

// cmdStatus runs "status N prog args..." like exec, but requires the exit
// status to be exactly N. stdout and stderr are kept for later checks.
func cmdStatus(ts *testscript.TestScript, neg bool, args []string) {
	noNeg(ts, neg, "status")
	if len(args) < 2 {
		ts.Fatalf("usage: status N prog [args...]")
	}
	want, err := strconv.Atoi(args[0])
	ts.Check(err)
	err = ts.Exec(args[1], args[2:]...)
	got := 0
	if err != nil {
		var ee *exec.ExitError
		if !errors.As(err, &ee) {
			ts.Fatalf("%v", err)
		}
		got = ee.ExitCode()
	}
	if got != want {
		ts.Fatalf("exit status %d, want %d", got, want)
	}
}

// cmdGzipFile runs "gzip-file [-truncate] SRC DST": it writes DST as the
// gzip compression of SRC; -truncate drops the last 10 bytes (part of the
// CRC and size trailer), giving a truncated stream.
func cmdGzipFile(ts *testscript.TestScript, neg bool, args []string) {
	noNeg(ts, neg, "gzip-file")
	truncate := len(args) > 0 && args[0] == "-truncate"
	if truncate {
		args = args[1:]
	}
	if len(args) != 2 {
		ts.Fatalf("usage: gzip-file [-truncate] src dst")
	}
	var buf bytes.Buffer
	zw := gzip.NewWriter(&buf)
	_, err := io.WriteString(zw, ts.ReadFile(args[0]))
	ts.Check(err)
	ts.Check(zw.Close())
	b := buf.Bytes()
	if truncate {
		b = b[:len(b)-10]
	}
	ts.Check(os.WriteFile(ts.MkAbs(args[1]), b, 0o666))
}

// cmdSparse runs "sparse FILE MIB": it makes FILE a file of MIB mebibytes
// of NUL bytes that takes no disk space, to show that an input's size does
// not matter once its opening is found binary.
func cmdSparse(ts *testscript.TestScript, neg bool, args []string) {
	noNeg(ts, neg, "sparse")
	if len(args) != 2 {
		ts.Fatalf("usage: sparse file mib")
	}
	mib, err := strconv.ParseInt(args[1], 10, 64)
	ts.Check(err)
	f, err := os.Create(ts.MkAbs(args[0]))
	ts.Check(err)
	ts.Check(f.Truncate(mib << 20))
	ts.Check(f.Close())
}

// cmdWriteHex runs "write-hex FILE HEX": it writes the bytes spelt by HEX,
// for inputs (binary data, NULs) a txtar archive cannot hold.
func cmdWriteHex(ts *testscript.TestScript, neg bool, args []string) {
	noNeg(ts, neg, "write-hex")
	if len(args) != 2 {
		ts.Fatalf("usage: write-hex file hex")
	}
	b, err := hex.DecodeString(args[1])
	ts.Check(err)
	ts.Check(os.WriteFile(ts.MkAbs(args[0]), b, 0o666))
}

// checkUTF8 fails the script unless the named file (or stdout/stderr) is
// valid UTF-8, and returns its contents.
func checkUTF8(ts *testscript.TestScript, name string) string {
	s := ts.ReadFile(name)
	if !utf8.ValidString(s) {
		ts.Fatalf("%s is not valid UTF-8", name)
	}
	return s
}

// cmdValidJSON runs "validjson FILE object" or "validjson FILE array N": the
// file must be exactly one JSON value of that shape (an array of N
// objects), valid UTF-8. FILE may be stdout.
func cmdValidJSON(ts *testscript.TestScript, neg bool, args []string) {
	noNeg(ts, neg, "validjson")
	if len(args) < 2 || (args[1] == "array") != (len(args) == 3) {
		ts.Fatalf("usage: validjson file object | validjson file array N")
	}
	dec := json.NewDecoder(strings.NewReader(checkUTF8(ts, args[0])))
	var v any
	if err := dec.Decode(&v); err != nil {
		ts.Fatalf("%s: invalid JSON: %v", args[0], err)
	}
	if _, err := dec.Token(); err != io.EOF {
		ts.Fatalf("%s: more than one JSON value", args[0])
	}
	switch args[1] {
	case "object":
		if _, ok := v.(map[string]any); !ok {
			ts.Fatalf("%s: not a JSON object", args[0])
		}
	case "array":
		arr, ok := v.([]any)
		if !ok {
			ts.Fatalf("%s: not a JSON array", args[0])
		}
		n, err := strconv.Atoi(args[2])
		ts.Check(err)
		if len(arr) != n {
			ts.Fatalf("%s: array of %d, want %d", args[0], len(arr), n)
		}
		for i, e := range arr {
			if _, ok := e.(map[string]any); !ok {
				ts.Fatalf("%s: element %d is not an object", args[0], i)
			}
		}
	default:
		ts.Fatalf("validjson: unknown shape %q", args[1])
	}
}

// cmdValidJSONL runs "validjsonl FILE N": the file must be N lines, each
// one compact JSON object, valid UTF-8.
func cmdValidJSONL(ts *testscript.TestScript, neg bool, args []string) {
	noNeg(ts, neg, "validjsonl")
	if len(args) != 2 {
		ts.Fatalf("usage: validjsonl file N")
	}
	n, err := strconv.Atoi(args[1])
	ts.Check(err)
	s := checkUTF8(ts, args[0])
	var lines []string
	if s != "" {
		if !strings.HasSuffix(s, "\n") {
			ts.Fatalf("%s: last line not terminated", args[0])
		}
		lines = strings.Split(strings.TrimSuffix(s, "\n"), "\n")
	}
	if len(lines) != n {
		ts.Fatalf("%s: %d lines, want %d", args[0], len(lines), n)
	}
	for i, line := range lines {
		var v map[string]any
		if err := json.Unmarshal([]byte(line), &v); err != nil {
			ts.Fatalf("%s: line %d: %v", args[0], i+1, err)
		}
	}
}

// cmdValidYAML runs "validyaml FILE N": the file must hold N YAML documents,
// each a mapping with a source mapping, valid UTF-8.
func cmdValidYAML(ts *testscript.TestScript, neg bool, args []string) {
	noNeg(ts, neg, "validyaml")
	if len(args) != 2 {
		ts.Fatalf("usage: validyaml file N")
	}
	n, err := strconv.Atoi(args[1])
	ts.Check(err)
	dec := yaml.NewDecoder(strings.NewReader(checkUTF8(ts, args[0])))
	got := 0
	for {
		var doc map[string]any
		err := dec.Decode(&doc)
		if err == io.EOF {
			break
		}
		if err != nil {
			ts.Fatalf("%s: document %d: %v", args[0], got+1, err)
		}
		if _, ok := doc["source"].(map[string]any); !ok {
			ts.Fatalf("%s: document %d has no source mapping", args[0], got+1)
		}
		got++
	}
	if got != n {
		ts.Fatalf("%s: %d documents, want %d", args[0], got, n)
	}
}
