package lexicon

// Reader comments under a story. The labels of the controls under each
// comment ("Reply") are among Labels.

// CommentHeadWords are the lower-case stems of the words that head a
// comment section ("12 Comments", "Leave a reply", "3 Antworten"). Both
// front ends look for them: the HTML front end after a count at the start
// of a heading, the text front end anywhere in a short line. No stem
// holds another, which would add nothing where they are searched for.
var CommentHeadWords = []string{"comment", "kommentar", "comentario", "response", "reply", "replies", "antwort", "gedanke"}

// CommentVerbs end the header line of a reader comment, as pages print
// it: "Ann says:".
var CommentVerbs = []string{
	" says:", " said:", " wrote:", " sagt:", " schreibt:", " meint:", " dit :", " dit:", " dice:", " scrive:", " escribió:",
}
