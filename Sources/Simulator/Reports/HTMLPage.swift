/// The start of every page mockloop writes (the write-up, the story matrix, progress): UTF-8,
/// a content security policy that lets nothing load or run but inline styles, no referrer, the
/// shared style sheet plus the page's own, then `<body>`.
enum HTMLPage {
    /// The policy in the page's `<meta http-equiv>`: nothing may load or run but inline styles.
    static let contentSecurityPolicy = "default-src 'none'; style-src 'unsafe-inline'"

    /// The lines from `<!DOCTYPE html>` to `<body>`; `title` is escaped here.
    static func head(title: String, css: String = "") -> [String] {
        [
            "<!DOCTYPE html>",
            "<html lang=\"en\">",
            "<head>",
            "<meta charset=\"utf-8\">",
            "<meta http-equiv=\"Content-Security-Policy\" content=\"\(contentSecurityPolicy)\">",
            "<meta name=\"referrer\" content=\"no-referrer\">",
            "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">",
            "<title>\(HTMLText.escape(title))</title>",
            "<style>",
            HTMLStyle.css + (css.isEmpty ? "" : "\n" + css),
            "</style>",
            "</head>",
            "<body>",
        ]
    }
}
