package io.supportdesk.accounts.web;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

import io.supportdesk.accounts.TeamId;
import io.supportdesk.accounts.TeamSummary;
import io.supportdesk.accounts.UserId;
import io.supportdesk.accounts.UserSummary;

/**
 * One team as the teams page shows it: its lead and members as people (by name), and the staff who could
 * still join it (enabled, not members yet).
 */
record TeamRow(TeamId id, String name, UserSummary lead, List<UserSummary> members, List<UserSummary> candidates) {

	private static final Comparator<UserSummary> BY_NAME = Comparator.comparing(UserSummary::name,
			String.CASE_INSENSITIVE_ORDER);

	static List<TeamRow> of(List<TeamSummary> teams, List<UserSummary> staff) {
		Map<UserId, UserSummary> byId = staff.stream().collect(Collectors.toMap(UserSummary::id, Function.identity()));
		return teams.stream().map(team -> {
			List<UserSummary> members = team.members().stream().map(byId::get).filter(Objects::nonNull).sorted(BY_NAME)
				.toList();
			List<UserSummary> candidates = staff.stream().filter(UserSummary::enabled)
				.filter(user -> !team.members().contains(user.id())).sorted(BY_NAME).toList();
			return new TeamRow(team.id(), team.name(), team.leadId() == null ? null : byId.get(team.leadId()), members,
					candidates);
		}).toList();
	}

	/** Whether {@code user} leads the team (public for the template). */
	public boolean isLead(UserSummary user) {
		return lead != null && lead.id().equals(user.id());
	}
}
