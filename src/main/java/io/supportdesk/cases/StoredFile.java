package io.supportdesk.cases;

/**
 * Content kept in the attachment store under the cases' rules (a file name, the size limit, the type
 * detected from the content) before it belongs to a case: what another module holds, a file of a live chat
 * say, until it hands the file to a case ({@link CaseAttachments#attachStored}). The key is opaque; committed
 * content is never removed, so one key may back several attachments.
 *
 * @param contentType detected from the content (Apache Tika), not what the sender claimed
 */
public record StoredFile(String key, String filename, String contentType, long size, String sha256) {

	/** The type it is served as: its own when a browser cannot run it, else {@code application/octet-stream}. */
	public String servedType() {
		return CaseAttachments.servedType(contentType);
	}
}
