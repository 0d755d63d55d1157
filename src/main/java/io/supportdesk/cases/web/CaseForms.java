package io.supportdesk.cases.web;

import java.util.UUID;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.springframework.web.multipart.MultipartFile;

import io.supportdesk.accounts.CurrentUser;
import io.supportdesk.accounts.TeamId;
import io.supportdesk.accounts.UserId;
import io.supportdesk.cases.CaseView;
import io.supportdesk.cases.Channel;
import io.supportdesk.cases.OpenCase;

/** The HTML forms of the case pages (the same rules as the API's request bodies). */
final class CaseForms {

	private CaseForms() {
	}

	/** A new case from the portal; {@code file} is optional. */
	record OpenForm(@NotBlank @Size(max = 300) String subject, @NotBlank @Size(max = 20000) String description,
			@Size(max = 200) String product, @NotBlank @Pattern(regexp = "en|de|fr|es") String language,
			@NotNull @Min(1) @Max(4) Integer severity, MultipartFile file) {

		static OpenForm empty(CurrentUser me) {
			return new OpenForm("", "", "", me.language().code(), null, null);
		}

		OpenCase toOpenCase(CurrentUser me) {
			return new OpenCase(me.organisationId(), me.id(), subject, description,
					product == null || product.isBlank() ? null : product.strip(), language, Channel.PORTAL, severity);
		}
	}

	/** A reply; in the console {@code visibility} is PUBLIC or INTERNAL (a note), customers' are public. */
	record ReplyForm(@NotBlank @Size(max = 20000) String body, String visibility, MultipartFile file) {

		static ReplyForm empty() {
			return new ReplyForm("", "PUBLIC", null);
		}

		public boolean isPublic() {
			return !"INTERNAL".equals(visibility);
		}
	}

	/** Support confirms or changes the severity, always with a reason the customer reads. */
	record ClassifyForm(@NotNull @Min(1) @Max(4) Integer severity, @NotBlank @Size(max = 1000) String reason) {

		static ClassifyForm of(CaseView view) {
			return new ClassifyForm(view.severity(), "");
		}
	}

	/** A colleague (a user id from the portal's select) to share a case with. */
	record ShareForm(String userId) {

		static ShareForm empty() {
			return new ShareForm("");
		}
	}

	/** An agent and/or a team; empty clears. */
	record AssignForm(String assigneeId, String teamId) {

		static AssignForm of(CaseView view) {
			return new AssignForm(view.assigneeId() == null ? "" : view.assigneeId().value().toString(),
					view.teamId() == null ? "" : view.teamId().value().toString());
		}

		UserId assignee() {
			UUID id = CaseFilters.uuid(assigneeId);
			return id == null ? null : new UserId(id);
		}

		TeamId team() {
			UUID id = CaseFilters.uuid(teamId);
			return id == null ? null : new TeamId(id);
		}
	}
}
