package io.supportdesk.cases.web;

import org.commonmark.node.BlockQuote;
import org.commonmark.node.Document;
import org.commonmark.node.Node;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;
import org.owasp.html.Sanitizers;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

/**
 * Message bodies and descriptions are Markdown. They are rendered with raw HTML escaped (so a
 * {@code <script>} someone types is shown as text) and the result is sanitised once more with the OWASP
 * policy (formatting, links, blocks, code): nothing a message contains can run in a reader's page.
 * A block quote that ends a message after something else (the quoted history and signature of a mail,
 * see the mail channel) is folded: a closed {@code <details>} the reader opens, "Quoted text" in their
 * language.
 */
@Component
class MessageText {

	private final MessageSource messages;

	MessageText(MessageSource messages) {
		this.messages = messages;
	}

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
		Node document = parser.parse(markdown);
		Node last = document.getLastChild();
		if (!(last instanceof BlockQuote) || last.getPrevious() == null) {
			return POLICY.sanitize(renderer.render(document));
		}
		last.unlink();
		Document folded = new Document();
		folded.appendChild(last);
		return POLICY.sanitize(renderer.render(document)) + "<details class=\"quoted\"><summary>"
				+ HtmlUtils.htmlEscape(messages.getMessage("case.message.quoted", null, LocaleContextHolder.getLocale()))
				+ "</summary>" + POLICY.sanitize(renderer.render(folded)) + "</details>";
	}
}
