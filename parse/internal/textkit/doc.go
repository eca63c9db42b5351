// Package textkit holds the small text primitives that both front ends and
// the packages under them share: which runes make up words and how many
// words a text has, ASCII and Latin-1 case folding, the comparison of two
// texts as a reader would (case, typography and spacing aside), collapsing
// white space, finding and dropping control characters (with UTF-8's
// validity, in one pass), and reading eight bytes at
// once. Each function is pure and
// safe for concurrent use, and none allocates when its input is already in
// the form it returns.
package textkit
