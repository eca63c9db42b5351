package lexicon

// InterfaceOpenings are the lower-case openings of the lines a page's
// interface prints for the reader to act on, not to read: hints of
// keyboard shortcuts, prompts of a dialog, share and copy buttons with
// their target, and privacy choices. A copy keeps them as lines of their
// own, and they have the form of a headline or of a sentence, so the text
// front end refuses them as the headline by their wording. Only the text
// front end reads them.
var InterfaceOpenings = []string{
	"click to ", "click here to ", "tap to ", "press ", "use the arrow keys", "copy link", "copy url",
	"share on ", "share via ", "share with ", "share by ", "share to ", "are you sure you want",
	"do you want to ", "do not sell my", "california residents", "your privacy choices",
	"opt out of", "sign up for ", "sign up to ", "follow us on ", "listen to this article", "enable javascript",
	"you must be logged in", "you need to enable", "this video is not available", "video player is loading",
	"teilen auf ", "auf facebook teilen", "partager sur ", "compartir en ",
}
