package io.supportdesk.chat;

import java.time.Instant;

import io.supportdesk.accounts.OrganisationId;
import io.supportdesk.accounts.UserId;

/** A customer started a chat: it waits in the chat queue. */
public record ChatStarted(ChatId chatId, OrganisationId organisationId, UserId customerId, String topic, String language,
		Instant at) {
}
