package io.supportdesk.plans.web;

import java.util.List;
import java.util.Map;

import jakarta.validation.Valid;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.supportdesk.accounts.CurrentUser;
import io.supportdesk.plans.PlanCatalogue;
import io.supportdesk.plans.PlanCode;

/** The plan catalogue: {@code GET /api/plans} for everyone signed in; managers edit a plan (a new version). */
@RestController
@RequestMapping("/api/plans")
class PlanApiController {

	private final PlanCatalogue catalogue;

	private final java.time.Clock clock;

	PlanApiController(PlanCatalogue catalogue, java.time.Clock clock) {
		this.catalogue = catalogue;
		this.clock = clock;
	}

	@GetMapping
	List<Map<String, Object>> plans() {
		return catalogue.plans(clock.instant()).stream().map(PlanJson::plan).toList();
	}

	@PutMapping("/{planCode}")
	Map<String, Object> update(CurrentUser me, @PathVariable String planCode,
			@Valid @RequestBody PlanRequests.PlanBody body) {
		return PlanJson.plan(catalogue.update(me, PlanCode.parse(planCode, "planCode"), body.change()));
	}
}
