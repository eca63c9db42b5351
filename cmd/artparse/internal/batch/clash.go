package batch

import (
	"errors"
	"hash/maphash"
	"path/filepath"
)

// errOutputTaken refuses an input whose output file another input of the
// run already claimed: the second would silently replace the first's record.
var errOutputTaken = errors.New("is also the output file of an earlier input; rename one or convert them in separate runs")

// errOutputIsInput refuses an input whose output file is an input of the
// run: writing the record would replace that page.
var errOutputIsInput = errors.New("is an input of this run; writing the record would replace it")

// errInputReplaced refuses an input whose path is the output file of an
// earlier input. Named inputs are checked before anything is written, so
// this is only met by --files-from lists and --include'd walks.
var errInputReplaced = errors.New("is the output file of an earlier input, not parsed")

// clashError says which output file is at stake; the input's path is given
// by the *input.Error that wraps it.
type clashError struct {
	out string
	err error
}

// Error returns "output OUT CAUSE".
func (e *clashError) Error() string { return "output " + e.out + " " + e.err.Error() }

// Unwrap exposes the cause.
func (e *clashError) Unwrap() error { return e.err }

// claimKind says how a path entered an outputClaims set.
type claimKind uint8

// The claim kinds.
const (
	claimedOutput claimKind = iota + 1 // the output file of an input
	claimedInput                       // an input named like a record file
)

// outputClaims detects, in input order, two inputs of a run that map to one
// output file, and outputs that would replace an input. Within one walked
// folder outNames keeps names apart, and distinct folders of one walk map
// to distinct folders under the output, so a run of one input (a folder or
// a file) cannot clash with itself: outputs are then not remembered at
// all, and memory stays independent of the number of files. With several
// inputs (or --files-from, where each line is one) this catches page.html
// and page.htm both named, a folder named twice, ../x and /abs/x named
// for one place, and two walked folders holding the same relative paths. It keeps a 64-bit hash per output path rather than the
// path: about 20 bytes per input file, and a false clash needs a hash
// collision (odds near 1e-8 at a million files). Only inputs with an
// output extension (the format's, or archiveExt) can be replaced by a
// record, so only those are remembered as inputs, in every run.
type outputClaims struct {
	seed maphash.Seed
	cwd  string
	ext  string // ".json" or ".yaml"
	seen map[uint64]claimKind
	// outputs is whether outputs are remembered: only when the run has
	// more than one input root, since one root cannot clash with itself.
	outputs bool
}

// newOutputClaims returns an empty set; paths are made absolute against
// cwd so that "out/x.json" and "./out/x.json" are one file. roots says
// whether the run has more than one input root (see outputClaims).
func newOutputClaims(cwd, ext string, roots bool) *outputClaims {
	return &outputClaims{seed: maphash.MakeSeed(), cwd: cwd, ext: ext, seen: make(map[uint64]claimKind), outputs: roots}
}

// key identifies a path in the set.
func (c *outputClaims) key(p string) uint64 {
	if !filepath.IsAbs(p) {
		p = filepath.Join(c.cwd, p)
	}
	return maphash.String(c.seed, filepath.Clean(p))
}

// recordLike reports whether an input could be the output of another: only
// files named *.json (or *.yaml), or *.jsonl as archives' records are,
// can be.
func (c *outputClaims) recordLike(p string) bool { return recordLike(p, c.ext) }

// reserve notes a named input before the listing starts, so that an
// earlier input's record cannot replace it even though it is listed later.
func (c *outputClaims) reserve(p string) {
	if c.recordLike(p) {
		c.seen[c.key(p)] = claimedInput
	}
}

// claim checks one listed input (path p, output out) against the inputs
// before it and records it. It returns nil, or the error the input fails
// with: errInputReplaced, or a *clashError naming the output file.
func (c *outputClaims) claim(p, out string) error {
	if c.recordLike(p) {
		k := c.key(p)
		if c.seen[k] == claimedOutput {
			return errInputReplaced
		}
		c.seen[k] = claimedInput
	}
	k := c.key(out)
	switch c.seen[k] {
	case claimedOutput:
		return &clashError{out: out, err: errOutputTaken}
	case claimedInput:
		return &clashError{out: out, err: errOutputIsInput}
	}
	if c.outputs {
		c.seen[k] = claimedOutput
	}
	return nil
}
