package io.supportdesk.accounts.web;

import java.net.URI;
import java.util.List;
import java.util.Map;

import jakarta.validation.Valid;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.supportdesk.accounts.CurrentUser;
import io.supportdesk.accounts.TeamId;
import io.supportdesk.accounts.TeamManagement;
import io.supportdesk.accounts.TeamSummary;

/** Teams of support staff: {@code /api/teams}. */
@RestController
@RequestMapping("/api/teams")
class TeamApiController {

	private final TeamManagement teams;

	TeamApiController(TeamManagement teams) {
		this.teams = teams;
	}

	@GetMapping
	List<TeamSummary> teams(CurrentUser me) {
		return teams.teams(me);
	}

	@PostMapping
	ResponseEntity<Map<String, Object>> create(CurrentUser me, @Valid @RequestBody AccountRequests.CreateTeam request) {
		TeamId id = teams.createTeam(me, request.name(), request.leadId());
		return ResponseEntity.created(URI.create("/api/teams/" + id)).body(Map.of("id", id));
	}

	@GetMapping("/{teamId}")
	TeamSummary team(CurrentUser me, @PathVariable String teamId) {
		return teams.team(me, TeamId.parse(teamId, "teamId"));
	}

	@PostMapping("/{teamId}/members")
	TeamSummary addMember(CurrentUser me, @PathVariable String teamId,
			@Valid @RequestBody AccountRequests.AddTeamMember request) {
		TeamId id = TeamId.parse(teamId, "teamId");
		teams.addMember(me, id, request.userId());
		return teams.team(me, id);
	}
}
