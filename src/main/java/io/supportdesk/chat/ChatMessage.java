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
 */
public record ChatMessage(UUID chatId, int seq, String clientId, UserId authorId, String authorName, boolean staff,
		String body, Instant at) {
}
