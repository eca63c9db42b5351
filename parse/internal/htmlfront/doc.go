// Package htmlfront is artparse's HTML front end: it reads a decoded HTML
// page and fills the record.Article that package parse returns for it,
// the article's text and content and its metadata.
//
// The page is read in one streaming pass of htmllex's tokenizer, and no
// DOM is built: the pass keeps the text blocks in document order, the
// block-level elements they sit in (each with its parent's index), and
// what the head and the markup state about the page. Every later step
// works on what the pass kept. The files follow the pipeline:
//
//	tokenize.go     the pass: tags and the element stack; tokentext.go
//	                turns text into blocks, attributes.go reads what
//	                attributes say
//	blocks.go       what the pass keeps: blocks, elements and their flags
//	classify.go     the body container, by block weights summed up the
//	                elements; keep.go keeps the blocks inside it that are
//	                the story's, with notices.go (boilerplate wording),
//	                edges.go (what frames the story above and below it)
//	                and ldbody.go (JSON-LD articleBody as evidence)
//	header.go       the story's header as printed: its headline,
//	                standfirst and byline near the body's start
//	metadata.go     the metadata fields, each from the strongest source
//	                that states it: title.go, authors.go with
//	                bylinecredits.go, dates.go with datecandidates.go and
//	                scriptliterals.go, jsonld.go, saved.go (where a saved
//	                page was saved from), and cues.go for the elements of
//	                the body that state a date or an author
//	body.go         the record's text, written from the body blocks
//	content.go      the content field, as Markdown or clean HTML: its
//	                blocks; inline.go writes their inline structure
//	front.go        Parse, which runs these in turn
//
// What package parse, its only user, may rely on:
//
//   - Parse returns a record for any string, however broken its markup:
//     unclosed and misnested elements are read as browsers read their
//     commonest forms, and a JSON-LD script that cannot be read, even
//     after repair, is passed over.
//   - The limits of record.Options are honoured: elements nested deeper
//     than MaxDepth are not pushed on the stack, so nesting cannot make
//     the pass quadratic, and JSON-LD scripts longer than MaxJSONLD bytes
//     or nested deeper than MaxJSONLDDepth are dropped before they are
//     decoded. What the pass keeps per page beyond the blocks themselves
//     (cues, standfirst candidates) is bounded too. The size of the input is
//     parse's to limit.
//   - Parse never changes doc, and holds all its state in values made for
//     the call: the package has no mutable state, so Parse is safe for
//     concurrent use.
//   - A metadata field stays empty rather than guessed when the page does
//     not state it. The addresses the page states (URL, Image) are made
//     absolute against its own, and only http(s) ones are kept: of the
//     sources that state one, the first that gives one is taken.
//   - No control character but tab and newline reaches the text or the
//     content, though character references (&#27;) make them.
//   - The Markdown content renders, in CommonMark, as the text: what
//     Markdown would read as markup is escaped, and emphasis is written
//     only where CommonMark reads it. Dates are written as
//     2006-01-02T15:04:05 with the page's offset when it gives one (RFC
//     3339), or as a day, 2006-01-02, when it gives no time.
//   - The text is plain: paragraphs and headings apart by a blank line,
//     the items of a list and the rows of a table on consecutive lines,
//     the cells of a row joined by " | ". WordCount is the count of
//     textkit.CountWords on the text.
package htmlfront
