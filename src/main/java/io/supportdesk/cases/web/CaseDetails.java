package io.supportdesk.cases.web;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.stereotype.Component;

import io.supportdesk.accounts.AccountManagement;
import io.supportdesk.accounts.CurrentUser;
import io.supportdesk.accounts.TeamManagement;
import io.supportdesk.accounts.TeamSummary;
import io.supportdesk.accounts.UserId;
import io.supportdesk.accounts.UserSummary;
import io.supportdesk.cases.CaseAttachments;
import io.supportdesk.cases.CaseId;
import io.supportdesk.cases.CaseManagement;
import io.supportdesk.cases.CaseView;

/** Builds the {@link CasePage} of a case for its reader, through the modules' facades. */
@Component
class CaseDetails {

	private final CaseManagement cases;

	private final CaseAttachments attachments;

	private final AccountManagement accounts;

	private final TeamManagement teams;

	private final MessageText text;

	CaseDetails(CaseManagement cases, CaseAttachments attachments, AccountManagement accounts, TeamManagement teams,
			MessageText text) {
		this.cases = cases;
		this.attachments = attachments;
		this.accounts = accounts;
		this.teams = teams;
		this.text = text;
	}

	CasePage page(CurrentUser me, CaseId id) {
		CaseView view = cases.caseView(me, id);
		Names names = new Names(me);
		List<CasePage.HistoryLine> history = view.history().stream().map(entry -> line(entry, names)).toList();
		return new CasePage(view, accounts.organisation(me, view.organisationId()).name(), names.user(view.requesterId()),
				names.user(view.assigneeId()), view.teamId() == null ? null : names.team(view.teamId().value()),
				text.html(view.description()),
				view.messages().stream().map(m -> new CasePage.MessageLine(m.kind(), names.user(m.authorId()),
						text.html(m.body()), m.at())).toList(),
				history, history.stream().filter(h -> h.type().equals("CLASSIFIED")).toList(),
				attachments.attachments(me, id).stream()
					.map(a -> new CasePage.AttachmentLine(a, names.user(a.uploadedBy()))).toList());
	}

	private CasePage.HistoryLine line(CaseView.HistoryEntry entry, Names names) {
		CaseView.Facts facts = entry.facts();
		return new CasePage.HistoryLine(entry.at(), entry.type(), names.user(entry.actorId()), facts.fromSeverity(),
				facts.toSeverity(), facts.reason(), names.user(facts.assignee()),
				facts.team() == null ? null : names.team(facts.team().value()), facts.cause());
	}

	/** Names of the people and teams a page mentions, each looked up once. */
	private final class Names {

		private final CurrentUser me;

		private final Map<UUID, String> users = new HashMap<>();

		private Map<UUID, String> teamNames;

		Names(CurrentUser me) {
			this.me = me;
		}

		String user(UserId id) {
			return id == null ? null
					: users.computeIfAbsent(id.value(), key -> accounts.findUser(id).map(UserSummary::name).orElse(null));
		}

		/** Team names are for staff; customers see none. */
		String team(UUID id) {
			if (!me.isStaff()) {
				return null;
			}
			if (teamNames == null) {
				teamNames = new HashMap<>();
				teams.teams(me).forEach((TeamSummary t) -> teamNames.put(t.id().value(), t.name()));
			}
			return teamNames.get(id);
		}
	}
}
