package io.supportdesk.cases.web;

import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import io.supportdesk.accounts.OrganisationId;
import io.supportdesk.accounts.TeamId;
import io.supportdesk.accounts.UserId;
import io.supportdesk.cases.CaseStatus;
import io.supportdesk.cases.Channel;

/** The request bodies of the cases API. */
final class CaseRequests {

	private CaseRequests() {
	}

	/** Customers leave out {@code organisationId}, {@code requesterId} and {@code channel}; staff give them. */
	record OpenBody(OrganisationId organisationId, UserId requesterId, @NotBlank @Size(max = 300) String subject,
			@NotBlank @Size(max = 20000) String description, @Size(max = 200) String product,
			@Pattern(regexp = "en|de|fr|es") String language, @NotNull @Min(1) @Max(4) Integer severity, Channel channel) {
	}

	/** {@code public} (default true) is a Java keyword, hence the component's other name. */
	record ReplyBody(@NotBlank @Size(max = 20000) String body, @JsonProperty("public") Boolean isPublic) {
	}

	record SeverityBody(@NotNull @Min(1) @Max(4) Integer severity, @NotBlank @Size(max = 1000) String reason) {
	}

	record StatusBody(@NotNull CaseStatus status) {
	}

	record AssignmentBody(UserId assigneeId, TeamId teamId) {
	}

	record ShareBody(@NotNull UserId userId) {
	}

	record ImportBody(@NotNull OrganisationId organisationId, UserId requesterId,
			@NotBlank @Size(max = 300) String subject, @NotBlank @Size(max = 20000) String description,
			@Size(max = 200) String product, @Pattern(regexp = "en|de|fr|es") String language,
			@NotEmpty @Size(max = 1000) List<@Valid ImportEventBody> events) {
	}

	record ImportEventBody(@NotNull Instant at, @NotBlank @Size(max = 30) String type, Integer severity, Channel channel,
			@Size(max = 1000) String reason, @Size(max = 20000) String body) {
	}
}
