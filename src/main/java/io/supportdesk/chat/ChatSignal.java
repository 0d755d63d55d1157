package io.supportdesk.chat;

import java.util.UUID;

/**
 * What a node delivers to the sockets connected to it, after it was stored (the fan-out reads a
 * stored message, never a message in flight).
 *
 * @param kind what happened
 * @param chatId the chat
 * @param message the stored message (MESSAGE), else null
 * @param userId who typed or read (TYPING, READ), else null
 * @param seq the sequence number read up to (READ), else 0
 */
public record ChatSignal(Kind kind, UUID chatId, ChatMessage message, UUID userId, int seq) {

	/** A message, someone typing, a read marker, or a change of the chat's state (offered, accepted, closed). */
	public enum Kind {
		MESSAGE, TYPING, READ, STATE
	}
}
