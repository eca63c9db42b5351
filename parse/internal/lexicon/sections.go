package lexicon

// The labels of the sections that follow a story that labelGroups lacks,
// most of them in languages and scripts it has none of (Japanese,
// Chinese, Korean, Czech, Slovak, Russian, Ukrainian, Vietnamese,
// Finnish), read by the text front end only, as labels.go's LineRelated
// and LineStoryEnd labels are. The HTML
// front end reads such sections by their markup (an aside, a comments
// element) before their words; these are kept apart from Labels so that
// adding them changes no HTML record. Keys are written as Labels' are,
// lower-cased, with a letter at each end.

// LineRelatedLabels head a list of other stories: "関連記事", "Související".
var LineRelatedLabels = []string{
	"関連記事", "関連エントリ", "関連エントリー", "関連ニュース", "関連リンク", "おすすめ記事", "人気記事",
	"こちらもおすすめ", "あわせて読みたい", "相关文章", "相关阅读", "相关新闻", "推荐阅读", "相關文章", "相關新聞",
	"延伸閱讀", "관련 기사", "관련기사", "많이 본 뉴스", "související", "související články", "další články",
	"podobné články", "súvisiace články", "читайте также", "похожие статьи", "смотрите также", "другие новости",
	"читайте також", "bài viết liên quan", "tin liên quan", "lue myös", "verwandte beiträge", "articles liés",
	"articles en relation", "keep reading", "unsere lesetipps", "weitere inhalte", "latest posts",
	"meistgeklickte beiträge", "mehr vom autor", "more from the author",
}

// LineStoryEndLabels head what follows a story (comments, sharing):
// "コメント", "Sdílet článek".
var LineStoryEndLabels = []string{
	"コメント", "コメントを書く", "この記事をシェア", "评论", "发表评论", "網友評論", "댓글", "sdílet článek",
	"sdílejte článek", "diskuse", "komentáře", "diskusia", "komentáre", "комментарии", "коментарі",
	"поделиться", "bình luận", "autoreninfo", "lesermeinung",
}
