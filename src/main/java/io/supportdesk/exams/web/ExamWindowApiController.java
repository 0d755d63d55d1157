package io.supportdesk.exams.web;

import java.net.URI;
import java.time.Instant;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.supportdesk.accounts.CurrentUser;
import io.supportdesk.accounts.OrganisationId;
import io.supportdesk.exams.ExamCoverage;
import io.supportdesk.exams.ExamWindow;
import io.supportdesk.shared.Ids;

/** An organisation's exam coverage windows: {@code /api/organisations/{organisationId}/exam-windows}. */
@RestController
@RequestMapping("/api/organisations/{organisationId}/exam-windows")
class ExamWindowApiController {

	private final ExamCoverage coverage;

	ExamWindowApiController(ExamCoverage coverage) {
		this.coverage = coverage;
	}

	record WindowBody(@NotNull Instant from, @NotNull Instant to) {
	}

	@PostMapping
	ResponseEntity<ExamWindow> book(CurrentUser me, @PathVariable String organisationId,
			@Valid @RequestBody WindowBody body) {
		ExamWindow window = coverage.book(me, OrganisationId.parse(organisationId, "organisationId"), body.from(), body.to());
		return ResponseEntity.created(URI.create("/api/organisations/" + organisationId + "/exam-windows/" + window.id()))
			.body(window);
	}

	@GetMapping
	List<ExamWindow> windows(CurrentUser me, @PathVariable String organisationId) {
		return coverage.windows(me, OrganisationId.parse(organisationId, "organisationId"));
	}

	@DeleteMapping("/{windowId}")
	ResponseEntity<Void> cancel(CurrentUser me, @PathVariable String organisationId, @PathVariable String windowId) {
		coverage.cancel(me, OrganisationId.parse(organisationId, "organisationId"), Ids.uuid(windowId, "windowId"));
		return ResponseEntity.noContent().build();
	}
}
