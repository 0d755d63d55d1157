package io.supportdesk.mail;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeUtility;

import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;
import org.springframework.web.util.HtmlUtils;

/**
 * What routing needs of one inbound message, read once: its key (Message-ID, else a hash of its bytes),
 * sender, subject, the Message-IDs it answers, whether a machine sent it (RFC 3834 and the usual
 * auto-responder and bulk headers, delivery status notifications, mailer-daemons), its text — the
 * plain part, else the HTML part reduced to text (no tag, script or handler survives) — its files
 * (attachments, inline images, attached messages) and its raw bytes.
 */
record InboundMessage(String key, String sender, String senderName, String subject, List<String> answers,
		boolean automatic, boolean deliveryReport, String text, List<Attachment> attachments, byte[] raw,
		java.time.Instant arrivedAt) {

	/** A file the mail carries: its name (one is made up from its type when it has none) and content. */
	record Attachment(String filename, byte[] content) {
	}

	private static final jakarta.mail.Session PARSING = jakarta.mail.Session.getInstance(new java.util.Properties());

	private static final PolicyFactory NO_HTML = new HtmlPolicyBuilder().toFactory();

	private static final Pattern BLOCK_END = Pattern.compile("(?i)<br\\s*/?>|</(p|div|li|tr|h[1-6]|blockquote)>");

	private static final Pattern MESSAGE_ID = Pattern.compile("<[^<>\\s]+>");

	private static final Pattern REFERENCE = Pattern.compile("\\[(CS-[A-Z2-9]{4}-[A-Z2-9]{2})]");

	static InboundMessage of(MimeMessage fetched) throws MessagingException, IOException {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		fetched.writeTo(bytes);
		byte[] raw = bytes.toByteArray();
		// everything else is read from these bytes: one fetch from the server, not one per header and part
		MimeMessage message = new MimeMessage(PARSING, new java.io.ByteArrayInputStream(raw));
		String messageId = message.getMessageID();
		String key = messageId != null && !messageId.isBlank() ? messageId.strip() : "sha256:" + sha256(raw);
		Address[] from = message.getFrom();
		String sender = from == null || from.length == 0 ? null
				: from[0] instanceof InternetAddress address ? address.getAddress() : from[0].toString();
		String senderName = from != null && from.length > 0 && from[0] instanceof InternetAddress address
				? address.getPersonal() : null;
		List<String> answers = new ArrayList<>();
		ids(message.getHeader("In-Reply-To"), answers);
		ids(message.getHeader("References"), answers);
		boolean report = message.isMimeType("multipart/report");
		if (report) {
			// a delivery status notification quotes the original's headers in its body: its Message-ID too
			ids(new String[] { new String(raw, java.nio.charset.StandardCharsets.ISO_8859_1) }, answers);
		}
		return new InboundMessage(key, sender == null ? null : sender.strip().toLowerCase(Locale.ROOT), senderName,
				message.getSubject() == null ? "" : message.getSubject().strip(), answers, report || automatic(message, sender),
				report, text(message), report ? List.of() : attachments(message), raw, arrival(message));
	}

	/**
	 * When our mail server took the message: the date its topmost {@code Received} header stamps (the
	 * last hop, ours), not the sender's {@code Date}, which the sender's clock or software makes up.
	 * Null when there is none, or it cannot be read.
	 */
	static java.time.Instant arrival(MimeMessage message) throws MessagingException {
		String[] received = message.getHeader("Received");
		if (received == null || received.length == 0) {
			return null;
		}
		String stamp = received[0];
		int semicolon = stamp.lastIndexOf(';');
		if (semicolon < 0) {
			return null;
		}
		// "Thu, 3 Dec 2026 06:15:59 +0100 (CET)": the comment and folding go, RFC 1123 reads the rest
		String date = stamp.substring(semicolon + 1).replaceAll("\\([^)]*\\)", " ").replaceAll("\\s+", " ").strip();
		try {
			return java.time.ZonedDateTime.parse(date, java.time.format.DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
		}
		catch (java.time.format.DateTimeParseException unreadable) {
			return null;
		}
	}

	/**
	 * The parts that are files: attachments, inline images and attached messages, everything but the
	 * text and HTML bodies (and the alternatives of a {@code multipart/alternative}).
	 */
	private static List<Attachment> attachments(Part message) throws MessagingException, IOException {
		List<Attachment> found = new ArrayList<>();
		collect(message, found);
		return List.copyOf(found);
	}

	private static void collect(Part part, List<Attachment> into) throws MessagingException, IOException {
		if (part.isMimeType("multipart/*") && part.getContent() instanceof Multipart multipart) {
			for (int i = 0; i < multipart.getCount(); i++) {
				collect(multipart.getBodyPart(i), into);
			}
			return;
		}
		String filename = part.getFileName();
		boolean body = (part.isMimeType("text/plain") || part.isMimeType("text/html")) && filename == null
				&& !Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition());
		if (body) {
			return;
		}
		ByteArrayOutputStream content = new ByteArrayOutputStream();
		if (part.isMimeType("message/rfc822") && part.getContent() instanceof MimeMessage attached) {
			attached.writeTo(content);
		}
		else {
			part.getDataHandler().writeTo(content);
		}
		into.add(new Attachment(filename == null ? madeUpName(part, into.size() + 1) : decoded(filename),
				content.toByteArray()));
	}

	private static String decoded(String filename) {
		try {
			return filename.contains("=?") ? MimeUtility.decodeText(filename) : filename;
		}
		catch (java.io.UnsupportedEncodingException ex) {
			return filename;
		}
	}

	/** {@code image-2.png}, {@code message-1.eml}: a name for a part that has none. */
	private static String madeUpName(Part part, int number) throws MessagingException {
		if (part.isMimeType("message/rfc822")) {
			return "message-" + number + ".eml";
		}
		String type = new jakarta.mail.internet.ContentType(part.getContentType()).getBaseType().toLowerCase(Locale.ROOT);
		String kind = type.substring(0, type.indexOf('/'));
		String extension = type.substring(type.indexOf('/') + 1).replaceAll("\\+.*", "").replaceAll("[^a-z0-9]", "");
		return (kind.equals("image") ? "image" : "file") + "-" + number + (extension.isEmpty() ? "" : "." + extension);
	}

	/** The case reference quoted in the subject ({@code [CS-7K3P-2Q]}), if any. */
	String quotedReference() {
		Matcher reference = REFERENCE.matcher(subject);
		return reference.find() ? reference.group(1) : null;
	}

	private static boolean automatic(MimeMessage message, String sender) throws MessagingException {
		String autoSubmitted = header(message, "Auto-Submitted");
		String precedence = header(message, "Precedence");
		String local = sender == null ? "" : sender.substring(0, Math.max(0, sender.indexOf('@'))).toLowerCase(Locale.ROOT);
		return (autoSubmitted != null && !autoSubmitted.strip().equalsIgnoreCase("no"))
				|| (precedence != null && List.of("bulk", "junk", "list").contains(precedence.strip().toLowerCase(Locale.ROOT)))
				|| header(message, "X-Autoreply") != null || header(message, "X-Autorespond") != null
				|| local.equals("mailer-daemon") || local.equals("postmaster");
	}

	private static String header(MimeMessage message, String name) throws MessagingException {
		String[] values = message.getHeader(name);
		return values == null || values.length == 0 ? null : values[0];
	}

	private static void ids(String[] headers, List<String> into) {
		if (headers != null) {
			for (String header : headers) {
				Matcher id = MESSAGE_ID.matcher(header);
				while (id.find()) {
					into.add(id.group());
				}
			}
		}
	}

	private static String text(Part part) throws MessagingException, IOException {
		String plain = find(part, "text/plain");
		if (plain != null) {
			return plain.strip();
		}
		String html = find(part, "text/html");
		return html == null ? "" : htmlToText(html);
	}

	/** HTML as text: block ends become line breaks, everything else — tags, scripts, handlers — goes. */
	static String htmlToText(String html) {
		String sanitized = NO_HTML.sanitize(BLOCK_END.matcher(html).replaceAll("\n"));
		return HtmlUtils.htmlUnescape(sanitized).replaceAll("[ \\t]+\n", "\n").replaceAll("\n{3,}", "\n\n").strip();
	}

	private static String find(Part part, String type) throws MessagingException, IOException {
		if (part.isMimeType(type) && !Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition())) {
			Object content = part.getContent();
			return content instanceof String text ? text : null;
		}
		if (part.isMimeType("multipart/*") && part.getContent() instanceof Multipart multipart) {
			for (int i = 0; i < multipart.getCount(); i++) {
				String found = find(multipart.getBodyPart(i), type);
				if (found != null) {
					return found;
				}
			}
		}
		return null;
	}

	private static String sha256(byte[] raw) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(raw));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}
}
