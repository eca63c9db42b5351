package htmlfront

import (
	"testing"
)

func TestNotice(t *testing.T) {
	tests := []struct {
		text string
		kind blockKind
		want bool
	}{
		{"© 2023 Example Media. All rights reserved.", kindPara, true},
		{"Sign up for our newsletter", kindPara, true},
		{"Advertisement", kindPara, true},
		{"Foto: Jane Doe", kindPara, true},
		{"12.03.2021 14:05", kindPara, true},
		{"Weiterlesen", kindPara, true},
		// A paragraph longer than a notice stays, whatever its words; a
		// short one with a notice's words goes (the rule's known cost).
		{"The council voted on Tuesday to subscribe the town to the regional water scheme, after a long debate about its costs, about who would pay for the new pipes and about the years the works would take.", kindPara, false},
		{"The town will subscribe to the regional water scheme.", kindPara, true},
		{"Ad", kindHeading, false},
		{"Für den Mürbeteig:", kindPara, false},
		{"1999", kindCell, false},
		{"The advertisement ran for three weeks.", kindPara, false},
		{"If you enjoyed this post, would you consider supporting our work?", kindPara, true},
		{"Anzeige, enthält Affiliate Links", kindPara, true},
		{"Zurück zur Übersicht", kindPara, true},
		{"Get breaking news updates: download our apps for iOS and Android.", kindPara, true},
		{"Sie sind nicht angemeldet. Bitte registrieren Sie sich.", kindPara, true},
		// A phrase in mixed case or after non-ASCII text is found.
		{"Öffentlich: SHARE THIS", kindPara, true},
		{"Die Brücke über den Fluss ist fertig.", kindPara, false},
	}
	for _, tt := range tests {
		b := block{text: tt.text, kind: tt.kind}
		measure(&b)
		if got := isNotice(&b); got != tt.want {
			t.Errorf("isNotice(%q) = %v, want %v", tt.text, got, tt.want)
		}
	}
}

func TestTailHeading(t *testing.T) {
	tests := []struct {
		text string
		want bool
	}{
		{"Comments", true},
		{"2 Kommentare", true},
		{"One response to “A day at the lake”", true},
		{"Related Stories:", true},
		{"Das könnte Sie auch interessieren", true},
		{"Most popular", true},
		{"Weitere Beiträge", true},
		{"How the comments were counted", false},
		{"The lake in winter", false},
	}
	for _, tt := range tests {
		b := block{text: tt.text, kind: kindHeading}
		measure(&b)
		if got := isTailHeading(&b); got != tt.want {
			t.Errorf("isTailHeading(%q) = %v, want %v", tt.text, got, tt.want)
		}
	}
}
