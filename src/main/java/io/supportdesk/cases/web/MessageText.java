package io.supportdesk.cases.web;

import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;
import org.owasp.html.Sanitizers;
import org.springframework.stereotype.Component;

/**
 * Message bodies and descriptions are Markdown. They are rendered with raw HTML escaped (so a
 * {@code <script>} someone types is shown as text) and the result is sanitised once more with the OWASP
 * policy (formatting, links, blocks, code): nothing a message contains can run in a reader's page.
 */
@Component
class MessageText {

	private static final PolicyFactory POLICY = Sanitizers.FORMATTING.and(Sanitizers.LINKS).and(Sanitizers.BLOCKS)
		.and(new HtmlPolicyBuilder().allowElements("pre", "hr").toFactory());

	private final Parser parser = Parser.builder().build();

	private final HtmlRenderer renderer = HtmlRenderer.builder().escapeHtml(true).sanitizeUrls(true).softbreak("<br>")
		.build();

	/** Safe HTML for the Markdown text; empty for none. */
	String html(String markdown) {
		if (markdown == null || markdown.isBlank()) {
			return "";
		}
		return POLICY.sanitize(renderer.render(parser.parse(markdown)));
	}
}
