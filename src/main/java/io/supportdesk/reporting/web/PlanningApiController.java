package io.supportdesk.reporting.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;

import io.supportdesk.accounts.CurrentUser;
import io.supportdesk.reporting.ErlangC;
import io.supportdesk.reporting.SlaReports;

/** The staffing planner's formula over the API: {@code POST /api/planning/erlang-c}. */
@RestController
@Tag(name = "Planning", description = "How many agents a load needs")
class PlanningApiController {

	private final SlaReports reports;

	PlanningApiController(SlaReports reports) {
		this.reports = reports;
	}

	/** One interval's load and goal. */
	record ErlangCRequest(
			@NotNull @Schema(description = "Arrivals per hour (≥ 0)", example = "200") Double arrivalsPerHour,
			@NotNull @Schema(description = "Average handle time in minutes (> 0)", example = "3") Double handleMinutes,
			@NotNull @Schema(description = "Answer within this many minutes (≥ 0)", example = "0.3333") Double targetMinutes,
			@Schema(description = "Share to answer within the target, 0 < goal < 1; default 0.95", example = "0.8") Double serviceLevel) {
	}

	@PostMapping("/api/planning/erlang-c")
	@Operation(summary = "The least number of agents reaching a service level (Erlang C)",
			description = "Support managers and team leads. Answers the agents needed so that the share `serviceLevel` "
					+ "of arrivals is answered within `targetMinutes`, with the service level, the probability of "
					+ "waiting and the occupancy they give. Impossible input (negative numbers, a goal of 0 or 1 and "
					+ "beyond, a load beyond 100,000 agents) answers 400 naming the field.")
	ErlangC.Staffing erlangC(CurrentUser me, @Valid @RequestBody ErlangCRequest request) {
		reports.requireReader(me);
		return ErlangC.staffing(request.arrivalsPerHour(), request.handleMinutes(), request.targetMinutes(),
				request.serviceLevel() == null ? ErlangC.DEFAULT_GOAL : request.serviceLevel());
	}
}
