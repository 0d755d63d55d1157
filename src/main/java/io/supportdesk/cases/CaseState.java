package io.supportdesk.cases;

import java.time.Instant;
import java.util.UUID;

/** The stored state of a case's row; {@link SupportCase} is the only one that changes it. */
final class CaseState {

	final UUID id;

	final CaseReference reference;

	final UUID organisationId;

	final UUID requesterId;

	final String subject;

	final String description;

	final String product;

	final String language;

	final Channel channel;

	final int proposedSeverity;

	int severity;

	CaseStatus status;

	UUID assigneeId;

	UUID teamId;

	final Instant openedAt;

	Instant updatedAt;

	Instant resolvedAt;

	SupportCase.Side lastPublicFrom;

	/** Null until stored; then the optimistic-locking version. */
	Long version;

	int messageCount;

	int historyCount;

	CaseState(UUID id, CaseReference reference, UUID organisationId, UUID requesterId, String subject,
			String description, String product, String language, Channel channel, int proposedSeverity, int severity,
			CaseStatus status, UUID assigneeId, UUID teamId, Instant openedAt, Instant updatedAt, Instant resolvedAt,
			SupportCase.Side lastPublicFrom, Long version, int messageCount, int historyCount) {
		this.id = id;
		this.reference = reference;
		this.organisationId = organisationId;
		this.requesterId = requesterId;
		this.subject = subject;
		this.description = description;
		this.product = product;
		this.language = language;
		this.channel = channel;
		this.proposedSeverity = proposedSeverity;
		this.severity = severity;
		this.status = status;
		this.assigneeId = assigneeId;
		this.teamId = teamId;
		this.openedAt = openedAt;
		this.updatedAt = updatedAt;
		this.resolvedAt = resolvedAt;
		this.lastPublicFrom = lastPublicFrom;
		this.version = version;
		this.messageCount = messageCount;
		this.historyCount = historyCount;
	}
}
