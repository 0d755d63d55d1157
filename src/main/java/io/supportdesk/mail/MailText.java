package io.supportdesk.mail;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The text of an inbound mail split into what the sender wrote now ({@code fresh}) and what follows it:
 * their signature and the quoted history of the conversation ({@code history}). Nothing is dropped:
 * {@link #markdown()} keeps both, the history as one trailing Markdown block quote, which the case pages
 * fold away (a reader opens it when they need it).
 * <p>
 * The history starts at the first of: a signature separator ({@code "-- "}), an attribution line as
 * mail clients write them in English, German, French and Spanish ("On … wrote:", "Am … schrieb …:",
 * "Le … a écrit :", "El … escribió:"), an Outlook separator ("-----Original Message-----" and its
 * translations, or a line of underscores followed by a "From:" header), or the block of quoted
 * ({@code >}) lines that runs to the end. A mail that is all history (a forward) is all fresh.
 */
record MailText(String fresh, String history) {

	private static final Pattern SIGNATURE = Pattern.compile("^--\\s?$");

	private static final Pattern ATTRIBUTION = Pattern.compile(
			"(?iu)^\\s*(on\\s.+\\swrote|am\\s.+\\sschrieb.*|le\\s.+\\sa\\s+écrit|el\\s.+\\sescribió)\\s*:\\s*$");

	private static final Pattern OUTLOOK_SEPARATOR = Pattern.compile(
			"(?iu)^\\s*-{2,}\\s*(original message|ursprüngliche nachricht|message d'origine|mensaje original)\\s*-{2,}\\s*$");

	private static final Pattern UNDERSCORES = Pattern.compile("^\\s*_{20,}\\s*$");

	private static final Pattern FROM_HEADER = Pattern.compile("(?iu)^\\s*(from|von|de)\\s*:.*");

	static MailText of(String text) {
		String normalized = text == null ? "" : text.replace("\r\n", "\n").replace('\r', '\n');
		List<String> lines = List.of(normalized.split("\n", -1));
		int start = historyStart(lines);
		if (start <= 0 || String.join("\n", lines.subList(0, start)).isBlank()) {
			return new MailText(normalized.strip(), "");
		}
		return new MailText(String.join("\n", lines.subList(0, start)).strip(),
				String.join("\n", lines.subList(start, lines.size())).strip());
	}

	/** The whole text as Markdown: the fresh text, then the history as one block quote. */
	String markdown() {
		if (history.isEmpty()) {
			return fresh;
		}
		List<String> quoted = new ArrayList<>();
		for (String line : history.split("\n", -1)) {
			quoted.add(line.isBlank() ? ">" : "> " + line);
		}
		return fresh + "\n\n" + String.join("\n", quoted);
	}

	private static int historyStart(List<String> lines) {
		for (int i = 0; i < lines.size(); i++) {
			String line = lines.get(i);
			String joined = i + 1 < lines.size() ? line + " " + lines.get(i + 1) : line;
			if (SIGNATURE.matcher(line).matches() || OUTLOOK_SEPARATOR.matcher(line).matches()
					|| ATTRIBUTION.matcher(line).matches()
					|| (!line.strip().startsWith(">") && ATTRIBUTION.matcher(joined).matches())
					|| (UNDERSCORES.matcher(line).matches() && i + 1 < lines.size()
							&& FROM_HEADER.matcher(lines.get(i + 1)).matches())) {
				return i;
			}
		}
		return trailingQuote(lines);
	}

	/** Where the run of quoted lines (blank lines allowed) that reaches the end begins; -1 for none. */
	private static int trailingQuote(List<String> lines) {
		int start = -1;
		for (int i = lines.size() - 1; i >= 0; i--) {
			String line = lines.get(i).strip();
			if (line.startsWith(">")) {
				start = i;
			}
			else if (!line.isEmpty()) {
				break;
			}
		}
		return start;
	}
}
