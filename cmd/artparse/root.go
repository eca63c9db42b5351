package main

import (
	"errors"
	"fmt"
	"io"
	"runtime/debug"

	"github.com/spf13/cobra"
)

// Exit statuses. They are part of the command's interface: scripts rely on
// telling "some input was bad" (exitFailure) apart from "the command line
// was bad" (exitUsage).
const (
	// exitOK means every input was parsed and printed.
	exitOK = 0
	// exitFailure means at least one input (or writing the output) failed;
	// the other inputs were still parsed and printed.
	exitFailure = 1
	// exitUsage means the command line itself was wrong: an unknown
	// command or flag, or a bad flag value. Nothing was parsed.
	exitUsage = 2
	// exitInterrupted means the run was stopped by an interrupt (SIGINT or
	// SIGTERM), 128 + SIGINT as shells report it; what was done is kept.
	exitInterrupted = 130
)

// version is the release version, set at link time with
// -ldflags "-X main.version=v1.2.3". When it is empty, the version comes
// from the build information (see buildVersion).
var version string

// streams holds the standard streams the command uses. They are passed in
// rather than taken from package os so tests can run the command in-process
// and so nothing in the command depends on global state.
type streams struct {
	stdin  io.Reader
	stdout io.Writer
	stderr io.Writer
}

// exitError carries the exit status a command's RunE wants. Errors from
// Execute that are not exitErrors were produced by cobra itself while
// reading the command line (unknown command, bad flag), so they are usage
// errors. A nil err means the problem has already been reported on stderr.
type exitError struct {
	code int
	err  error
}

// Error returns the underlying message, or a summary when there is none.
func (e *exitError) Error() string {
	if e.err == nil {
		return fmt.Sprintf("exit status %d", e.code)
	}
	return e.err.Error()
}

// Unwrap exposes the underlying error to errors.Is and errors.As.
func (e *exitError) Unwrap() error { return e.err }

// usageError marks err as a mistake in the command line (exit status 2).
// cobra's flag errors are routed here through SetFlagErrorFunc.
func usageError(err error) error { return &exitError{code: exitUsage, err: err} }

// run executes the command line args with the given streams and returns the
// process exit status. It is the whole program minus os.Exit.
func run(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	s := streams{stdin: stdin, stdout: stdout, stderr: stderr}
	root := newRootCmd(s)
	root.SetArgs(args)
	cmd, err := root.ExecuteC()
	if err == nil {
		return exitOK
	}
	var ee *exitError
	if !errors.As(err, &ee) {
		// Only cobra's own command-line checks return unmarked errors.
		ee = &exitError{code: exitUsage, err: err}
	}
	if ee.err != nil {
		fmt.Fprintf(stderr, "artparse: %v\n", ee.err)
	}
	if ee.code == exitUsage {
		if cmd == nil {
			cmd = root
		}
		fmt.Fprintf(stderr, "Run '%s --help' for usage.\n", cmd.CommandPath())
	}
	return ee.code
}

// newRootCmd builds the "artparse" command tree wired to s. A fresh tree is
// built for every run so that flag values never leak between runs.
func newRootCmd(s streams) *cobra.Command {
	root := &cobra.Command{
		Use:   "artparse",
		Short: "Extract article records from saved web pages and text",
		Long: `artparse reads saved web pages (HTML) or plain-text copies of pages and
prints one article record per input: title, authors, dates, body text and
where the record came from.`,
		Version: buildVersion(version, debug.ReadBuildInfo),
		// Errors are printed by run, once, in artparse's own format; a
		// failed input must not dump the usage text.
		SilenceErrors: true,
		SilenceUsage:  true,
	}
	root.SetVersionTemplate("artparse {{.Version}}\n")
	root.SetIn(s.stdin)
	root.SetOut(s.stdout)
	root.SetErr(s.stderr)
	// Subcommands inherit this: every flag parsing error is a usage error.
	root.SetFlagErrorFunc(func(_ *cobra.Command, err error) error {
		return usageError(err)
	})
	root.AddCommand(newParseCmd(s))
	root.AddCommand(newBatchCmd(s))
	root.AddCommand(newStreamCmd(s))
	return root
}

// buildVersion returns v when it was set at link time; otherwise it derives
// a version from the build information: the main module's version when the
// binary was built with "go install module@version", else the VCS revision
// (12 characters, "-dirty" when the tree had changes), else "devel".
// readInfo is debug.ReadBuildInfo, passed in so tests can fake it.
func buildVersion(v string, readInfo func() (*debug.BuildInfo, bool)) string {
	if v != "" {
		return v
	}
	info, ok := readInfo()
	if !ok {
		return "devel"
	}
	if mv := info.Main.Version; mv != "" && mv != "(devel)" {
		return mv
	}
	var rev string
	var dirty bool
	for _, s := range info.Settings {
		switch s.Key {
		case "vcs.revision":
			rev = s.Value
		case "vcs.modified":
			dirty = s.Value == "true"
		}
	}
	if rev == "" {
		return "devel"
	}
	if len(rev) > 12 {
		rev = rev[:12]
	}
	if dirty {
		rev += "-dirty"
	}
	return rev
}
