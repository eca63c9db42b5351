package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"strings"

	"github.com/apache/beam/sdks/v2/go/pkg/beam/io/filesystem"
	"github.com/artparse/artparse/parse"
)

// options are the pipeline's own flags. The runner's (--runner,
// --endpoint, --project ...) are Beam's, registered by its packages on the
// same flag set.
type options struct {
	input       string
	output      string
	shards      int
	inputFormat string
	content     string
	encoding    string
	maxBytes    int64
}

// maxShards bounds --shards: each shard is one file written by one
// worker, and beyond this many a run makes more files than any reader
// wants to list.
const maxShards = 100000

// register adds the flags to fs.
func (o *options) register(fs *flag.FlagSet) {
	fs.StringVar(&o.input, "input", "", "`GLOB` of the pages and web archives to parse: a path, gs://bucket/dir/*.warc.gz, s3://bucket/pages/*")
	fs.StringVar(&o.output, "output", "", "`PREFIX` of the output files: PREFIX-00000-of-0000N.jsonl and PREFIX-failures-00000-of-00001.jsonl")
	fs.IntVar(&o.shards, "shards", 1, "number of record files to write")
	fs.StringVar(&o.inputFormat, "input-format", "auto", "how to read pages: auto, html or text")
	fs.StringVar(&o.content, "content", "", "also write the body with its structure as `markdown` or html, in the content field")
	fs.StringVar(&o.encoding, "encoding", "", "read pages in the encoding `label` (utf-8, windows-1252, shift_jis, ...) whatever they declare")
	fs.Int64Var(&o.maxBytes, "max-bytes", parse.DefaultMaxBytes, "refuse pages, and archive records, larger than `N` bytes, gzip content included (0: no limit)")
}

// config checks the flags and returns the pipeline they describe. Every
// mistake is reported here, before anything is submitted, rather than by a
// worker half-way through a job.
func (o *options) config(ctx context.Context) (config, error) {
	var cfg config
	if o.input == "" {
		return cfg, errors.New("--input GLOB is required")
	}
	if o.output == "" {
		return cfg, errors.New("--output PREFIX is required")
	}
	if strings.HasSuffix(o.output, "/") {
		return cfg, fmt.Errorf("--output %s: want a prefix of file names, such as %srecords", o.output, o.output)
	}
	if o.shards < 1 || o.shards > maxShards {
		return cfg, fmt.Errorf("--shards %d: want 1 to %d", o.shards, maxShards)
	}
	for _, p := range []string{o.input, o.output} {
		// Beam's own check panics on a scheme no file system serves.
		fs, err := filesystem.New(ctx, p)
		if err != nil {
			return cfg, fmt.Errorf("%s: no file system for it (local paths, gs:// and s3:// are known)", p)
		}
		fs.Close()
	}
	format, err := parse.ParseFormat(o.inputFormat)
	if err != nil {
		return cfg, fmt.Errorf("--input-format %s: want auto, html or text", o.inputFormat)
	}
	content, err := parse.ParseContent(o.content)
	if err != nil {
		return cfg, fmt.Errorf("--content %s: want markdown or html", o.content)
	}
	if o.encoding != "" {
		if _, err := parse.EncodingName(o.encoding); err != nil {
			return cfg, fmt.Errorf("--encoding %s: want an encoding label such as utf-8, windows-1252, shift_jis or koi8-r", o.encoding)
		}
	}
	if o.maxBytes < 0 {
		return cfg, fmt.Errorf("--max-bytes %d: want a number of bytes, or 0 for no limit", o.maxBytes)
	}
	maxBytes := o.maxBytes
	if maxBytes == 0 {
		maxBytes = -1 // parse.Options' "no limit"
	}
	return config{
		Input:  o.input,
		Output: o.output,
		Shards: o.shards,
		Parse:  parse.Options{Input: format, Content: content, Encoding: o.encoding, MaxBytes: maxBytes},
	}, nil
}

// config is what the pipeline is built from.
type config struct {
	Input  string // the glob of inputs
	Output string // the prefix of the output files
	Shards int    // how many record files
	Parse  parse.Options
}
