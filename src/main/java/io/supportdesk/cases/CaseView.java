package io.supportdesk.cases;

import java.time.Instant;
import java.util.List;

import io.supportdesk.accounts.OrganisationId;
import io.supportdesk.accounts.TeamId;
import io.supportdesk.accounts.UserId;

/**
 * A case as its reader may see it: customers get public messages only and the history without
 * internal notes; staff get everything.
 */
public record CaseView(CaseId id, CaseReference reference, OrganisationId organisationId, UserId requesterId,
		String subject, String description, String product, String language, Channel channel, int proposedSeverity,
		int severity, CaseStatus status, UserId assigneeId, TeamId teamId, Instant openedAt, Instant updatedAt,
		Instant resolvedAt, List<Message> messages, List<HistoryEntry> history) {

	/** One message. */
	public record Message(MessageKind kind, UserId authorId, String body, Instant at) {
	}

	/** One entry of the history: what happened, when, by whom, in words and as facts. */
	public record HistoryEntry(Instant at, String type, UserId actorId, String detail, Facts facts) {
	}

	/**
	 * The facts of a history entry: the severity before and after (an opening has only the proposed
	 * one, as {@code toSeverity}), a classification's reason, an assignment's assignee and team, and
	 * the cause of a change Supportdesk made by itself (null where a person made it).
	 */
	public record Facts(Integer fromSeverity, Integer toSeverity, String reason, UserId assignee, TeamId team,
			Cause cause) {

		public static final Facts NONE = new Facts(null, null, null, null, null);

		/** The facts of a change a person made. */
		public Facts(Integer fromSeverity, Integer toSeverity, String reason, UserId assignee, TeamId team) {
			this(fromSeverity, toSeverity, reason, assignee, team, null);
		}
	}

	/** Why Supportdesk itself changed a case (its history entry names no actor). */
	public enum Cause {
		/** Nobody reopened the resolved case within the reopen window, so it was closed. */
		REOPEN_WINDOW_ENDED
	}

	static CaseView of(CaseState s, List<Message> messages, List<HistoryEntry> history) {
		return new CaseView(new CaseId(s.id), s.reference, new OrganisationId(s.organisationId),
				s.requesterId == null ? null : new UserId(s.requesterId), s.subject, s.description, s.product, s.language,
				s.channel, s.proposedSeverity, s.severity, s.status, s.assigneeId == null ? null : new UserId(s.assigneeId),
				s.teamId == null ? null : new TeamId(s.teamId), s.openedAt, s.updatedAt, s.resolvedAt, messages, history);
	}
}
