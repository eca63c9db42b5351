// Package textfront reads a plain-text page, as a browser copies it or
// saves its innerText, into the article record that parse returns.
//
// A copy has no markup, but it keeps the page's lines: every block element
// (a menu item, the headline, a paragraph, a caption) ends one. So the
// package reads lines where the HTML front end reads elements. It measures
// each line once; takes the stretch of the page where prose is densest for
// the story, less the teasers, notices and notes about the author at its
// edges; and reads the headline, the standfirst, the tags, the date and
// the authors from the lines right above the story (and the authors, when
// the header names none, from its foot), by where they stand and by their
// form, never from the first date or name anywhere in the page.
//
// Parse reads any text and never fails. It fills Title, Description,
// Authors, Published and Tags when the page gives them, and Text,
// WordCount, Language and Content; it takes URL from the options, and
// leaves Modified, SiteName, Section and Image empty, as plain text does
// not carry them. Every string it takes from the page is valid UTF-8 with
// its white space normalised, and holds one line of the page or a part of
// one, but for Text: the story's paragraphs apart by a blank line, the
// lines of a list or a table one under another. WordCount counts the
// words of Text, runs of letters and digits with each CJK ideograph a word
// of its own. The Markdown content is Text escaped so that a CommonMark
// reader renders it as Text (markdown.Paragraph), and the HTML content
// one paragraph element a paragraph. Published is a date in the record's
// form, or empty; Language
// a BCP 47 primary tag, or empty when neither the script nor the commonest
// words tell it. The record depends on the text and the options alone: the
// package keeps no state, and Parse may run on several pages at once.
package textfront
