package io.supportdesk.downloads.web;

import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;
import org.owasp.html.Sanitizers;
import org.springframework.stereotype.Component;

/**
 * Release notes are Markdown, rendered the way case messages and articles are: raw HTML escaped, URLs
 * sanitised, the result passed through the OWASP policy once more — nothing in release notes runs in a
 * reader's page.
 */
@Component
class ReleaseNotesText {

	private static final PolicyFactory POLICY = Sanitizers.FORMATTING.and(Sanitizers.LINKS).and(Sanitizers.BLOCKS)
		.and(Sanitizers.TABLES).and(new HtmlPolicyBuilder().allowElements("pre", "hr", "code").toFactory());

	private final Parser parser = Parser.builder().build();

	private final HtmlRenderer renderer = HtmlRenderer.builder().escapeHtml(true).sanitizeUrls(true).build();

	/** Safe HTML for the Markdown text; empty for none. */
	public String html(String markdown) {
		if (markdown == null || markdown.isBlank()) {
			return "";
		}
		return POLICY.sanitize(renderer.render(parser.parse(markdown)));
	}
}
