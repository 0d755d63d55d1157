package io.supportdesk.cases;

import java.time.Instant;
import java.util.List;

import io.supportdesk.accounts.OrganisationId;
import io.supportdesk.accounts.UserId;

/**
 * A live chat handed over to a case (SPEC §6: a case converted from a chat is opened at the chat's
 * start by the customer; the agent's first chat message is its first public reply).
 *
 * @param customer the customer who started the chat: the case's requester
 * @param startedAt when the chat started: the case's opening instant (its SLA starts then)
 * @param transcript the chat's messages in order: they become the case's first messages, each at its
 * own instant (the customer's as customer replies, support's as public replies)
 */
public record ChatHandover(OrganisationId organisation, UserId customer, String subject, String language, String product,
		int severity, Instant startedAt, List<Line> transcript) {

	public ChatHandover {
		transcript = List.copyOf(transcript);
	}

	/** One chat message: who wrote it (staff or the customer), what, and when. */
	public record Line(UserId author, boolean staff, String body, Instant at) {
	}
}
