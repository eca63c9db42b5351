package htmlfront

import (
	"net/url"
	"testing"
)

// TestBodyImage checks which image of a page with no stated image stands
// for it: the first that is a picture, not the page's furniture.
func TestBodyImage(t *testing.T) {
	base, _ := url.Parse("https://news.example.org/2024/story.html")
	for _, tt := range []struct {
		srcs []string
		want string
	}{
		{[]string{"/img/lead.jpg"}, "https://news.example.org/img/lead.jpg"},
		{[]string{"/static/logo.png", "/img/lead.jpg"}, "https://news.example.org/img/lead.jpg"},
		{[]string{"/images/missing_face.png", "/img/lead.jpg"}, "https://news.example.org/img/lead.jpg"},
		{[]string{"/assets/placeholder-user.png", "https://cdn.example.net/a/lead.webp"}, "https://cdn.example.net/a/lead.webp"},
		{[]string{"data:image/png;base64,AAAA", "/spacer.gif", "/x/avatar/42.jpg"}, ""},
		{[]string{"javascript:void(0)", "/img/second.jpg"}, "https://news.example.org/img/second.jpg"},
	} {
		if got := bodyImage(base, tt.srcs); got != tt.want {
			t.Errorf("bodyImage(%q) = %q, want %q", tt.srcs, got, tt.want)
		}
	}
}
