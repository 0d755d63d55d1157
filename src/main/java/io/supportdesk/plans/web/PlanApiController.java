package io.supportdesk.plans.web;

import java.time.Clock;
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
import io.supportdesk.plans.PlanDescription;
import io.supportdesk.plans.PlanHistory;

/**
 * The plan catalogue: {@code GET /api/plans} for everyone signed in (each plan as in force now, with
 * its descriptions per language and its revision); managers edit a plan with
 * {@code PUT /api/plans/{planCode}}, which adds a version effective from now or a later
 * {@code effectiveFrom} — the same call the console's plan editor makes.
 */
@RestController
@RequestMapping("/api/plans")
class PlanApiController {

	private final PlanCatalogue catalogue;

	private final Clock clock;

	PlanApiController(PlanCatalogue catalogue, Clock clock) {
		this.catalogue = catalogue;
		this.clock = clock;
	}

	@GetMapping
	List<Map<String, Object>> plans() {
		return catalogue.plans(clock.instant()).stream()
			.map(plan -> PlanJson.plan(plan, catalogue.versions(plan.code()).revision())).toList();
	}

	/** A new version of the plan; the answer is that version, with the plan's revision after the edit. */
	@PutMapping("/{planCode}")
	Map<String, Object> update(CurrentUser me, @PathVariable String planCode,
			@Valid @RequestBody PlanRequests.PlanBody body) {
		PlanCode code = PlanCode.parse(planCode, "planCode");
		PlanDescription latest = body.describes() ? null : catalogue.versions(code).latest().plan().description();
		var saved = catalogue.update(me, code, body.edit(latest));
		PlanHistory after = catalogue.versions(code);
		return PlanJson.plan(saved, after.revision());
	}
}
