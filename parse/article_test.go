package parse

import (
	"reflect"
	"testing"

	"github.com/artparse/artparse/parse/internal/record"
)

// TestNewArticleCopiesEveryField fills every field of a front end's record
// with a value of its own and checks that Article carries each one, so a
// field added to record.Article cannot be dropped on the way out.
func TestNewArticleCopiesEveryField(t *testing.T) {
	var r record.Article
	rv := reflect.ValueOf(&r).Elem()
	for i := 0; i < rv.NumField(); i++ {
		f := rv.Field(i)
		name := rv.Type().Field(i).Name
		switch f.Kind() {
		case reflect.String:
			f.SetString("value of " + name)
		case reflect.Int:
			f.SetInt(int64(100 + i))
		case reflect.Slice:
			f.Set(reflect.ValueOf([]string{"value of " + name}))
		default:
			t.Fatalf("record.Article.%s: kind %s not covered by this test", name, f.Kind())
		}
	}
	av := reflect.ValueOf(newArticle(&r)).Elem()
	for i := 0; i < rv.NumField(); i++ {
		name := rv.Type().Field(i).Name
		got := av.FieldByName(name)
		if !got.IsValid() {
			t.Errorf("Article has no field %s", name)
			continue
		}
		if !reflect.DeepEqual(got.Interface(), rv.Field(i).Interface()) {
			t.Errorf("Article.%s = %v, want %v", name, got.Interface(), rv.Field(i).Interface())
		}
	}
}
