package io.supportdesk.cases.web;

import java.time.Instant;
import java.util.List;

import io.supportdesk.cases.AttachmentView;
import io.supportdesk.cases.CaseView;
import io.supportdesk.cases.MessageKind;

/**
 * A case as its page shows it: the case with names instead of ids, messages and description as safe
 * HTML, the history in parts the page translates, the classifications with their reasons, and the
 * attachments.
 */
record CasePage(CaseView summary, String organisation, String requester, String assignee, String team,
		String descriptionHtml, List<MessageLine> messages, List<HistoryLine> history,
		List<HistoryLine> classifications, List<AttachmentLine> attachments) {

	/** Whether support has classified the case (else its severity is the one the customer proposed). */
	public boolean classified() {
		return !classifications.isEmpty();
	}

	/** One message; {@code author} is null when unknown (e.g. imported). */
	record MessageLine(MessageKind kind, String author, String html, Instant at) {
	}

	/**
	 * One entry of the history. {@code from}, {@code to} and {@code reason} are set for a
	 * classification, {@code assignee} and {@code team} for an assignment, {@code to} for the opening
	 * (the proposed severity); {@code cause} says why Supportdesk itself made the change (then there is
	 * no actor).
	 */
	record HistoryLine(Instant at, String type, String actor, Integer from, Integer to, String reason, String assignee,
			String team, CaseView.Cause cause) {
	}

	/** One attachment and who uploaded it. */
	record AttachmentLine(AttachmentView file, String uploadedBy) {

		/** The size in KB, at least 0.1 so that a small file does not read as empty. */
		public double kilobytes() {
			return Math.max(0.1, file.size() / 1024.0);
		}
	}
}
