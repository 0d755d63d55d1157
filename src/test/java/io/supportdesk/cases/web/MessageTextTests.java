package io.supportdesk.cases.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Message bodies are Markdown rendered safely: formatting survives, nothing can run. */
class MessageTextTests {

	private final MessageText text = new MessageText(messages());

	private static org.springframework.context.MessageSource messages() {
		org.springframework.context.support.StaticMessageSource messages = new org.springframework.context.support.StaticMessageSource();
		messages.addMessage("case.message.quoted", java.util.Locale.ENGLISH, "Quoted text");
		messages.addMessage("case.message.quoted", java.util.Locale.GERMAN, "Zitierter Text");
		return messages;
	}

	@Test
	void aQuoteThatEndsAMessageIsFoldedAwayButKept() {
		org.springframework.context.i18n.LocaleContextHolder.setLocale(java.util.Locale.GERMAN);
		try {
			String html = text.html("It still fails.\n\n> On Monday, Support wrote:\n> Please retry.");

			assertThat(html).startsWith("<p>It still fails.</p>")
				.contains("<details class=\"quoted\"><summary>Zitierter Text</summary><blockquote>")
				.contains("Please retry.").endsWith("</details>");
		}
		finally {
			org.springframework.context.i18n.LocaleContextHolder.resetLocaleContext();
		}
	}

	@Test
	void aQuoteInsideOrAloneIsNotFolded() {
		assertThat(text.html("> the error\n\nWhat does it mean?")).doesNotContain("<details");
		assertThat(text.html("> only a quote")).doesNotContain("<details");
	}

	@ParameterizedTest(name = "{0}")
	@ValueSource(strings = { "<script>alert(1)</script>", "<img src=x onerror=alert(1)>",
			"<a href=\"javascript:alert(1)\">x</a>", "[click](javascript:alert(1))", "<iframe src=\"https://evil\"></iframe>",
			"<svg onload=alert(1)>", "<style>body{display:none}</style>", "<div onclick=\"alert(1)\">x</div>",
			"![x](javascript:alert(1))", "<scr<script>ipt>alert(1)</script>" })
	void nothingThatRunsReachesThePage(String attack) {
		String html = text.html(attack).toLowerCase();

		assertThat(html).doesNotContain("<script", "<img", "<iframe", "<svg", "<style", "href=\"javascript", "src=",
				"onerror=", "onload=", "onclick=");
	}

	@Test
	void typedHtmlIsShownAsText() {
		assertThat(text.html("Why does <script>alert(1)</script> appear?"))
			.isEqualTo("<p>Why does &lt;script&gt;alert(1)&lt;/script&gt; appear?</p>\n");
	}

	@Test
	void markdownFormattingIsKept() {
		assertThat(text.html("**bold**")).contains("<strong>bold</strong>");
		assertThat(text.html("_italic_")).contains("<em>italic</em>");
		assertThat(text.html("`code`")).contains("<code>code</code>");
		assertThat(text.html("- one\n- two")).contains("<li>one</li>", "<li>two</li>");
		assertThat(text.html("> quoted")).contains("<blockquote>");
		assertThat(text.html("[docs](https://example.com/a)")).contains("href=\"https://example.com/a\"");
		assertThat(text.html("```\nx < y\n```")).contains("<pre><code>x &lt; y");
	}

	@Test
	void linksAreMarkedNofollow() {
		assertThat(text.html("[docs](https://example.com)")).contains("rel=\"nofollow\"");
	}

	@Test
	void lineBreaksAsTypedAreKept() {
		assertThat(text.html("first line\nsecond line")).contains("first line<br />second line");
	}

	@Test
	void emptyTextIsEmpty() {
		assertThat(text.html(null)).isEmpty();
		assertThat(text.html("  ")).isEmpty();
	}
}
