package io.supportdesk.chat;

import java.time.Instant;
import java.util.UUID;

import io.supportdesk.accounts.UserId;

/**
 * One stored chat message.
 *
 * @param seq its number in the chat: 1, 2, 3, … without gaps, in the order stored
 * @param clientId the sender's own id for it: a resend with the same id is the same message
 * @param staff whether support wrote it
 * @param body what was written; for a file, the file's name
 * @param attachment the file this message sent, or null
 */
public record ChatMessage(UUID chatId, int seq, String clientId, UserId authorId, String authorName, boolean staff,
		String body, Instant at, Attachment attachment) {

	/**
	 * A file sent in a chat, kept under the cases module's attachment rules.
	 *
	 * @param contentType detected from the content, not what the sender claimed
	 * @param size in bytes
	 * @param href where the API serves it ({@code GET /api/chats/{chatId}/attachments/{id}})
	 */
	public record Attachment(UUID id, String filename, String contentType, long size, String href) {
	}

	/** The message as plain text (a transcript by mail, a case's messages): a file is its name after a paperclip. */
	public String text() {
		return attachment == null ? body : "\uD83D\uDCCE " + attachment.filename();
	}
}
