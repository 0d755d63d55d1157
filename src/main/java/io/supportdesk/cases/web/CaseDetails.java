package io.supportdesk.cases.web;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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

	private static final Pattern CLASSIFIED = Pattern.compile("(?s)Severity (\\d) → (\\d): (.*)");

	private static final Pattern ASSIGNED = Pattern.compile("assignee (\\S+), team (\\S+)");

	private static final Pattern PROPOSED = Pattern.compile("proposed severity (\\d)");

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
		String actor = names.user(entry.actorId());
		String detail = entry.detail() == null ? "" : entry.detail();
		Matcher classified = CLASSIFIED.matcher(detail);
		if (entry.type().equals("CLASSIFIED") && classified.matches()) {
			return new CasePage.HistoryLine(entry.at(), entry.type(), actor, Integer.valueOf(classified.group(1)),
					Integer.valueOf(classified.group(2)), classified.group(3), null, null);
		}
		Matcher assigned = ASSIGNED.matcher(detail);
		if (entry.type().equals("ASSIGNED") && assigned.matches()) {
			UUID assignee = CaseFilters.uuid(assigned.group(1));
			UUID team = CaseFilters.uuid(assigned.group(2));
			return new CasePage.HistoryLine(entry.at(), entry.type(), actor, null, null, null,
					assignee == null ? null : names.user(new UserId(assignee)), team == null ? null : names.team(team));
		}
		Matcher proposed = PROPOSED.matcher(detail);
		Integer severity = entry.type().equals("OPENED") && proposed.find() ? Integer.valueOf(proposed.group(1)) : null;
		return new CasePage.HistoryLine(entry.at(), entry.type(), actor, null, severity, null, null, null);
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
