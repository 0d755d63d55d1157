package io.supportdesk.shared;

/**
 * The address people reach Supportdesk at ({@code supportdesk.public-url}), which links in mail and
 * webhook payloads start with.
 *
 * @param base e.g. {@code https://support.example.com}; a trailing slash is dropped
 */
public record PublicUrl(String base) {

	/** The property that holds it, with its default, for {@code @Value}. */
	public static final String PROPERTY = "${supportdesk.public-url:http://localhost:8080}";

	public PublicUrl {
		base = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
	}

	/** The absolute link to {@code path} (which starts with a slash). */
	public String link(String path) {
		return base + path;
	}
}
