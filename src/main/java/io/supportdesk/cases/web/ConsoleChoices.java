package io.supportdesk.cases.web;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import io.supportdesk.accounts.AccountManagement;
import io.supportdesk.accounts.CurrentUser;
import io.supportdesk.accounts.OrganisationSummary;
import io.supportdesk.accounts.TeamManagement;
import io.supportdesk.accounts.TeamSummary;
import io.supportdesk.accounts.UserSummary;
import io.supportdesk.cases.CaseView;
import io.supportdesk.shared.Language;

/** What the console's case pages offer to choose from (organisations, staff, teams) and the list's rows. */
@Component
class ConsoleChoices {

	private final AccountManagement accounts;

	private final TeamManagement teams;

	ConsoleChoices(AccountManagement accounts, TeamManagement teams) {
		this.accounts = accounts;
		this.teams = teams;
	}

	/** The organisations, staff and teams a filter or an assignment picks from. */
	record Choices(List<OrganisationSummary> organisations, List<UserSummary> staff, List<TeamSummary> teams,
			Language[] languages) {
	}

	/** One row of the case list: the case with the names of its organisation, assignee and team. */
	record CaseRow(CaseView summary, String organisation, String assignee, String team) {
	}

	Choices of(CurrentUser me) {
		return new Choices(accounts.organisations(me),
				accounts.staff(me).stream().filter(UserSummary::enabled).toList(), teams.teams(me), Language.values());
	}

	List<CaseRow> rows(CurrentUser me, List<CaseView> cases) {
		Choices choices = of(me);
		Map<UUID, String> organisations = choices.organisations().stream()
			.collect(Collectors.toMap(o -> o.id().value(), OrganisationSummary::name));
		Map<UUID, String> staff = accounts.staff(me).stream().collect(Collectors.toMap(u -> u.id().value(), UserSummary::name));
		Map<UUID, String> teamNames = choices.teams().stream()
			.collect(Collectors.toMap(t -> t.id().value(), TeamSummary::name));
		return cases.stream().map(c -> new CaseRow(c, organisations.get(c.organisationId().value()),
				c.assigneeId() == null ? null : staff.get(c.assigneeId().value()),
				c.teamId() == null ? null : teamNames.get(c.teamId().value()))).toList();
	}
}
