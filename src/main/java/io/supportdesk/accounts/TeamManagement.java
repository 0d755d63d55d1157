package io.supportdesk.accounts;

import java.util.List;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.supportdesk.shared.Conflict;
import io.supportdesk.shared.InvalidInput;
import io.supportdesk.shared.NotFound;

/** Teams of support staff; managers form them, every staff member can read them. */
@Service
@Transactional
public class TeamManagement {

	private final Teams teams;

	private final Users users;

	TeamManagement(Teams teams, Users users) {
		this.teams = teams;
		this.users = users;
	}

	/** Creates a team, optionally with a lead (a staff user, who also becomes a member). */
	public TeamId createTeam(CurrentUser actor, String name, UserId lead) {
		requireManager(actor);
		if (teams.existsByName(name.strip())) {
			throw new Conflict("name", "refusal.accounts.team.nameTaken", name.strip());
		}
		if (lead != null) {
			requireStaff(lead, "leadId");
		}
		return teams.save(Team.create(name, lead)).summary().id();
	}

	/** Adds a staff user to a team (managers); adding a member again changes nothing. */
	public void addMember(CurrentUser actor, TeamId teamId, UserId member) {
		requireManager(actor);
		Team team = load(actor, teamId);
		requireStaff(member, "userId");
		team.add(member);
		teams.save(team);
	}

	/**
	 * Removes a member from a team (managers); a lead who is removed stops being the lead, and the team
	 * has none until one is chosen. Refuses a user who is not a member.
	 */
	public void removeMember(CurrentUser actor, TeamId teamId, UserId member) {
		requireManager(actor);
		Team team = load(actor, teamId);
		if (!team.remove(member)) {
			throw new InvalidInput("userId", "refusal.accounts.team.notMember");
		}
		teams.save(team);
	}

	/**
	 * Makes a staff user the team's lead, who receives its escalations and becomes a member if they were
	 * not one (managers); {@code lead} null leaves the team without a lead. The previous lead stays a member.
	 */
	public void changeLead(CurrentUser actor, TeamId teamId, UserId lead) {
		requireManager(actor);
		Team team = load(actor, teamId);
		if (lead != null) {
			requireStaff(lead, "leadId");
		}
		team.changeLead(lead);
		teams.save(team);
	}

	@Transactional(readOnly = true)
	public List<TeamSummary> teams(CurrentUser actor) {
		if (!actor.isStaff()) {
			throw new AccessDeniedException("Teams are visible to staff only");
		}
		return teams.findAllByName().stream().map(Team::summary).toList();
	}

	@Transactional(readOnly = true)
	public TeamSummary team(CurrentUser actor, TeamId id) {
		return load(actor, id).summary();
	}

	/** Whether the team exists (for other modules' input checks). */
	@Transactional(readOnly = true)
	public boolean exists(TeamId id) {
		return teams.existsById(id.value());
	}

	private Team load(CurrentUser actor, TeamId id) {
		return teams.findById(id.value()).filter(t -> actor.isStaff()).orElseThrow(() -> new NotFound("refusal.notFound.team"));
	}

	private void requireStaff(UserId id, String field) {
		User user = users.findById(id.value()).orElseThrow(() -> new InvalidInput(field, "refusal.accounts.user.unknown"));
		if (!user.role().isStaff()) {
			throw new InvalidInput(field, "refusal.accounts.user.notStaff");
		}
	}

	private static void requireManager(CurrentUser actor) {
		if (!actor.has(Role.MANAGER)) {
			throw new AccessDeniedException("Only managers form teams");
		}
	}
}
