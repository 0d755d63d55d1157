package io.supportdesk.accounts.web;

import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;

import jakarta.validation.Valid;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import io.supportdesk.accounts.AccountManagement;
import io.supportdesk.accounts.CurrentUser;
import io.supportdesk.accounts.TeamId;
import io.supportdesk.accounts.TeamManagement;
import io.supportdesk.accounts.UserId;
import io.supportdesk.accounts.UserSummary;
import io.supportdesk.shared.Conflict;
import io.supportdesk.shared.InvalidInput;

/**
 * Managers form teams of support staff: {@code /console/teams} lists the teams with their leads and
 * members, creates a team, adds and removes members and changes the lead. A refused form is shown again
 * with the reason next to its field (for a team's own forms, in that team's section) and nothing written.
 */
@Controller
@RequestMapping("/console/teams")
@PreAuthorize("hasRole('MANAGER')")
class TeamConsoleController {

	private static final String PAGE = "/console/teams";

	private final TeamManagement teams;

	private final AccountManagement accounts;

	TeamConsoleController(TeamManagement teams, AccountManagement accounts) {
		this.teams = teams;
		this.accounts = accounts;
	}

	@GetMapping
	String list(CurrentUser me, Model model) {
		List<UserSummary> staff = accounts.staff(me);
		model.addAttribute("teams", TeamRow.of(teams.teams(me), staff));
		model.addAttribute("staff", staff.stream().filter(UserSummary::enabled).toList());
		if (!model.containsAttribute("teamForm")) {
			model.addAttribute("teamForm", AccountForms.TeamForm.empty());
		}
		return "accounts/console/teams";
	}

	@PostMapping
	String create(CurrentUser me, @Valid @ModelAttribute("teamForm") AccountForms.TeamForm form, BindingResult errors,
			Model model, RedirectAttributes redirect) {
		UserId lead = userId(form.leadId(), "leadId", errors);
		if (!errors.hasErrors()) {
			try {
				TeamId id = teams.createTeam(me, form.name(), lead);
				return done(redirect, "teams.notice.created", form.name().strip(), id);
			}
			catch (Conflict taken) {
				errors.rejectValue("name", "teams.error.nameTaken", new Object[] { form.name().strip() },
						taken.getMessage());
			}
			catch (InvalidInput notStaff) {
				errors.rejectValue("leadId", "teams.error.staffOnly", notStaff.getMessage());
			}
		}
		return list(me, model);
	}

	@PostMapping("/{teamId}/members")
	String addMember(CurrentUser me, @PathVariable String teamId,
			@ModelAttribute("memberForm") AccountForms.TeamMemberForm form, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		TeamId id = TeamId.parse(teamId, "teamId");
		UserId member = userId(form.userId(), "userId", errors);
		if (member == null && !errors.hasErrors()) {
			errors.rejectValue("userId", "teams.error.chooseStaff", "choose a member of staff");
		}
		return change(me, id, errors, model, "teams.error.staffOnly",
				() -> teams.addMember(me, id, member), () -> done(redirect, "teams.notice.memberAdded", name(member), id));
	}

	@PostMapping("/{teamId}/members/{userId}/remove")
	String removeMember(CurrentUser me, @PathVariable String teamId, @PathVariable String userId,
			@ModelAttribute("memberForm") AccountForms.TeamMemberForm form, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		TeamId id = TeamId.parse(teamId, "teamId");
		UserId member = UserId.parse(userId, "userId");
		return change(me, id, errors, model, "teams.error.notMember",
				() -> teams.removeMember(me, id, member), () -> done(redirect, "teams.notice.memberRemoved", name(member), id));
	}

	/** The lead form's {@code userId} is the new lead; empty leaves the team without one. */
	@PostMapping("/{teamId}/lead")
	String changeLead(CurrentUser me, @PathVariable String teamId,
			@ModelAttribute("leadForm") AccountForms.TeamMemberForm form, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		TeamId id = TeamId.parse(teamId, "teamId");
		UserId lead = userId(form.userId(), "userId", errors);
		return change(me, id, errors, model, "teams.error.staffOnly", () -> teams.changeLead(me, id, lead),
				() -> done(redirect, "teams.notice.leadChanged", teams.team(me, id).name(), id));
	}

	/**
	 * Runs a change of one team unless its form has errors already; the facade's refusal of the user is
	 * shown next to the form's {@code userId} field, in that team's section of the page.
	 */
	private String change(CurrentUser me, TeamId id, BindingResult errors, Model model, String refusalKey,
			Runnable change, Supplier<String> done) {
		teams.team(me, id); // an unknown team is not found, whatever the form says
		if (!errors.hasErrors()) {
			try {
				change.run();
				return done.get();
			}
			catch (InvalidInput refused) {
				errors.rejectValue("userId", refusalKey, refused.getMessage());
			}
		}
		model.addAttribute("failedTeam", id.toString());
		return list(me, model);
	}

	private String done(RedirectAttributes redirect, String notice, String argument, TeamId team) {
		redirect.addFlashAttribute("notice", notice);
		redirect.addFlashAttribute("noticeArgument", argument);
		return "redirect:" + PAGE + "#team-" + team;
	}

	private String name(UserId id) {
		return accounts.findUser(id).map(UserSummary::name).orElse(id.toString());
	}

	/** A user id from a select: null when empty; a malformed one is refused next to {@code field}. */
	private static UserId userId(String text, String field, BindingResult errors) {
		if (text == null || text.isBlank()) {
			return null;
		}
		try {
			return new UserId(UUID.fromString(text.strip()));
		}
		catch (IllegalArgumentException notAnId) {
			errors.rejectValue(field, "teams.error.staffOnly", "must be a member of staff");
			return null;
		}
	}
}
