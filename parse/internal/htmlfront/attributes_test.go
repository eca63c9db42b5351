package htmlfront

import (
	"testing"
)

// classFlags is readClass's flags alone, which the tables pin.
func classFlags(v []byte) flags {
	f, _ := readClass(v, false)
	return f
}

func TestClassFlags(t *testing.T) {
	tests := []struct {
		v    string
		want flags
	}{
		{"ad-slot", badClass},
		{"post-share", badClass},
		{"entry-content", goodClass},
		{"has-sidebar", 0},
		{"o-section o-section--has-ads", 0},
		{"TestReport__Section--Ads", 0},
		{"elementor-widget elementor-widget-text-editor", goodClass},
		{"elementor-widget-wrap", 0},
		{"comments-area", inComments},
		{"commentlist", inComments},
		{"sect sect_article news commentary", goodClass}, // an opinion piece, not comments
		{"wp-caption-text", captionClass | goodClass},
		{"post-image-credits", creditClass | goodClass},
		{"author-bio", badClass | authorClass},
		{"TestReport__AuthorBox", authorClass},
		{"sect_profile-descr", authorClass},
		{"gallery has-caption", 0},
	}
	for _, tt := range tests {
		if got := classFlags([]byte(tt.v)); got != tt.want {
			t.Errorf("classFlags(%q) = %#x, want %#x", tt.v, got, tt.want)
		}
	}
}

// TestIsProfileLink checks addresses with a profile path and a name after
// it, anywhere in the address, against ones that only end in the path,
// hold it in another word, or hold none.
func TestIsProfileLink(t *testing.T) {
	for _, tt := range []struct {
		href string
		want bool
	}{
		{"/author/ann-lee/", true},
		{"https://example.com/news/authors/ann-lee", true},
		{"https://example.com/de/autor/ann-lee.html", true},
		{"https://example.com/team/people/ann", true},
		{"https://example.com/author/", false}, // the path alone, no name
		{"https://example.com/co-author/ann", false},
		{"https://example.com/news/story.html", false},
		{"author/ann", false},
		{"", false},
	} {
		if got := isProfileLink([]byte(tt.href)); got != tt.want {
			t.Errorf("isProfileLink(%q) = %v, want %v", tt.href, got, tt.want)
		}
	}
}
