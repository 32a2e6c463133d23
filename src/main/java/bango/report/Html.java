package bango.report;

import java.nio.file.Path;

/** A small HTML writer: every text goes through {@link #escape}; links are relative to the page's directory. */
final class Html {

    private final StringBuilder out = new StringBuilder();
    private final Path root;
    private final Path pageDir;

    /**
     * @param root    the project root, which link targets are relative to
     * @param pageDir the directory the page is written to
     */
    Html(Path root, Path pageDir) {
        this.root = root;
        this.pageDir = pageDir;
    }

    /** Text for HTML content and attribute values: {@code & < > " '} escaped. */
    static String escape(String s) {
        StringBuilder b = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> b.append("&amp;");
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                default -> b.append(c);
            }
        }
        return b.toString();
    }

    /** An id attribute value made of {@code [A-Za-z0-9_-]} only. */
    static String anchor(String s) {
        return s.replaceAll("[^A-Za-z0-9_-]", "-");
    }

    Html raw(String html) {
        out.append(html);
        return this;
    }

    Html text(String text) {
        out.append(escape(text));
        return this;
    }

    Html open(String tag) {
        out.append('<').append(tag).append('>');
        return this;
    }

    Html open(String tag, String cssClass) {
        out.append('<').append(tag);
        if (cssClass != null && !cssClass.isEmpty()) {
            out.append(" class=\"").append(escape(cssClass)).append('"');
        }
        out.append('>');
        return this;
    }

    Html close(String tag) {
        out.append("</").append(tag).append(">\n");
        return this;
    }

    Html li(String text) {
        return raw("<li>").text(text).raw("</li>\n");
    }

    Html td(String text) {
        return raw("<td>").text(text).raw("</td>");
    }

    Html td(String text, String cssClass) {
        return open("td", cssClass).text(text).raw("</td>");
    }

    Html row(String header, String value) {
        return raw("<tr><th>").text(header).raw("</th><td>").text(value).raw("</td></tr>\n");
    }

    /** A link to a project file (relative to the root, '/'-separated; a trailing '/' for a directory), shown as its path. */
    Html link(String projectPath) {
        return raw("<a href=\"").text(href(projectPath)).raw("\">").text(projectPath).raw("</a>");
    }

    /** The link target of a project file, relative to the page's directory (a file: URI if it cannot be relative). */
    String href(String projectPath) {
        boolean dir = projectPath.endsWith("/");
        Path target = root.resolve(dir ? projectPath.substring(0, projectPath.length() - 1) : projectPath).normalize();
        String rel;
        try {
            rel = pageDir.relativize(target).toString().replace('\\', '/');
        } catch (IllegalArgumentException e) {
            return target.toUri().toString();
        }
        if (rel.isEmpty()) {
            rel = ".";
        }
        try {
            // Percent-encodes spaces and non-ASCII characters; '/' and '.' stay as they are.
            return new java.net.URI(null, null, rel + (dir ? "/" : ""), null).toASCIIString();
        } catch (java.net.URISyntaxException e) {
            return target.toUri().toString();
        }
    }

    @Override
    public String toString() {
        return out.toString();
    }
}
