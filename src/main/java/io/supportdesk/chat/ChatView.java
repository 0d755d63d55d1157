package io.supportdesk.chat;

import java.time.Instant;
import java.util.List;

import io.supportdesk.accounts.OrganisationId;
import io.supportdesk.accounts.UserId;
import io.supportdesk.cases.CaseId;

/**
 * A chat as its participants see it: its state, who takes part, and its transcript.
 *
 * @param offeredTo the agent it is offered to now (state OFFERED)
 * @param agentId the agent who accepted it
 * @param caseId the case it was converted into or attached to
 * @param lastSeq the sequence number of its last message (0: none)
 */
public record ChatView(ChatId id, OrganisationId organisationId, String organisationName, UserId customerId, String topic,
		String language, String product, Integer severity, boolean priority, ChatState state, Instant startedAt,
		UserId offeredTo, UserId agentId, Instant acceptedAt, Instant closedAt, CaseId caseId, int lastSeq,
		List<Participant> participants, List<ChatMessage> transcript) {

	/** Someone in the chat: the customer, or the agent. */
	public record Participant(UserId userId, String name, String role) {
	}
}
