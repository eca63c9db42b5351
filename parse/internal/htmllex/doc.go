// Package htmllex splits an HTML document held in memory into text, tags
// and the rest (comments, doctypes, processing instructions), token for
// token as golang.org/x/net/html's Tokenizer does: it follows the HTML
// standard's tokenizer states, so a page reads the same through either.
// Tests hold it to the Tokenizer on hand-written cases, on every HTML page
// of the evaluation corpus and under fuzzing, tag names and attributes
// included.
//
// The Tokenizer reads from an io.Reader one byte at a time; here the whole
// page is in memory, so text runs, comments and script bodies are skipped
// with bytes.IndexByte and friends, which is several times faster on the
// long scripts and styles of today's pages. Tags are not decoded while
// lexing: TagName and Attrs read names and attributes from a tag's raw
// bytes when the caller wants them, without copying.
//
// Nothing here keeps state between documents; a Lexer is used by one
// goroutine at a time.
package htmllex
