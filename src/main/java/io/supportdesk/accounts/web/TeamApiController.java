package io.supportdesk.accounts.web;

import java.net.URI;
import java.util.List;
import java.util.Map;

import jakarta.validation.Valid;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import io.supportdesk.accounts.CurrentUser;
import io.supportdesk.accounts.TeamId;
import io.supportdesk.accounts.TeamManagement;
import io.supportdesk.accounts.TeamSummary;
import io.supportdesk.accounts.UserId;

/** Teams of support staff: {@code /api/teams}; staff read them, managers form them. */
@RestController
@RequestMapping("/api/teams")
@Tag(name = "Teams", description = "Teams of support staff, their members and their leads")
class TeamApiController {

	private final TeamManagement teams;

	TeamApiController(TeamManagement teams) {
		this.teams = teams;
	}

	@GetMapping
	@Operation(summary = "The teams, by name", description = "Staff only.")
	List<TeamSummary> teams(CurrentUser me) {
		return teams.teams(me);
	}

	@PostMapping
	@Operation(summary = "Forms a team", description = "Managers. The optional lead (a member of staff) also "
			+ "becomes a member. A name that is taken already answers 409.")
	ResponseEntity<Map<String, Object>> create(CurrentUser me, @Valid @RequestBody AccountRequests.CreateTeam request) {
		TeamId id = teams.createTeam(me, request.name(), request.leadId());
		return ResponseEntity.created(URI.create("/api/teams/" + id)).body(Map.of("id", id));
	}

	@GetMapping("/{teamId}")
	@Operation(summary = "One team with its lead and members", description = "Staff only.")
	TeamSummary team(CurrentUser me, @PathVariable String teamId) {
		return teams.team(me, TeamId.parse(teamId, "teamId"));
	}

	@PostMapping("/{teamId}/members")
	@Operation(summary = "Adds a member of staff to the team", description = "Managers. A customer or an unknown "
			+ "user answers 400 naming userId.")
	TeamSummary addMember(CurrentUser me, @PathVariable String teamId,
			@Valid @RequestBody AccountRequests.AddTeamMember request) {
		TeamId id = TeamId.parse(teamId, "teamId");
		teams.addMember(me, id, request.userId());
		return teams.team(me, id);
	}

	@DeleteMapping("/{teamId}/members/{userId}")
	@Operation(summary = "Removes a member from the team", description = "Managers. A lead who is removed stops "
			+ "being the lead; a user who is not a member answers 400 naming userId.")
	TeamSummary removeMember(CurrentUser me, @PathVariable String teamId, @PathVariable String userId) {
		TeamId id = TeamId.parse(teamId, "teamId");
		teams.removeMember(me, id, UserId.parse(userId, "userId"));
		return teams.team(me, id);
	}

	@PutMapping("/{teamId}/lead")
	@Operation(summary = "Changes the team's lead", description = "Managers. The lead receives the team's "
			+ "escalations and becomes a member; {\"leadId\": null} leaves the team without a lead. A customer or "
			+ "an unknown user answers 400 naming leadId.")
	TeamSummary changeLead(CurrentUser me, @PathVariable String teamId,
			@Valid @RequestBody AccountRequests.ChangeTeamLead request) {
		TeamId id = TeamId.parse(teamId, "teamId");
		teams.changeLead(me, id, request.leadId());
		return teams.team(me, id);
	}
}
