package io.supportdesk.reporting.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import org.springdoc.core.annotations.ParameterObject;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;

import io.supportdesk.accounts.CurrentUser;
import io.supportdesk.reporting.ErlangC;
import io.supportdesk.reporting.Forecast;
import io.supportdesk.reporting.Forecasts;
import io.supportdesk.reporting.Simulation;
import io.supportdesk.reporting.Simulations;
import io.supportdesk.reporting.SlaReports;

/**
 * The staffing planner over the API: the formula, {@code POST /api/planning/erlang-c}, and the week's forecast,
 * {@code GET /api/planning/forecast}, and the simulation of the week's rota, {@code POST /api/planning/simulate}.
 */
@RestController
@Tag(name = "Planning", description = "How many agents a load needs")
class PlanningApiController {

	private final SlaReports reports;

	private final Forecasts forecasts;

	private final Simulations simulations;

	private final java.time.Clock clock;

	PlanningApiController(SlaReports reports, Forecasts forecasts, Simulations simulations, java.time.Clock clock) {
		this.reports = reports;
		this.forecasts = forecasts;
		this.simulations = simulations;
		this.clock = clock;
	}

	@org.springframework.web.bind.annotation.GetMapping("/api/planning/forecast")
	@Operation(summary = "The staffing forecast for a week",
			description = "Support managers and team leads. For each local hour of the week (Monday to Sunday in `zone`, "
					+ "default Europe/Berlin) holding `weekOf` (yyyy-MM-dd, default today): the arrivals expected per "
					+ "plan × severity, learned from the same hour of the week over the last `weeks` weeks (default "
					+ "`supportdesk.reporting.forecast-weeks`, 8) plus the extra load learned from past exam windows for "
					+ "the windows booked in that hour; the agents Erlang C needs so that the service level (default "
					+ "95 %) is answered within each first-response target, the mix planned for its tightest target "
					+ "share by share; and the agents rostered (the on-call rota's first level: no working hours are "
					+ "recorded). Handle times per severity are the setting `supportdesk.reporting.handle-minutes`.")
	Forecast forecast(CurrentUser me, @ParameterObject ForecastRequest request) {
		return forecasts.forecast(me, request.readWeekOf(clock), request.readZone(), request.readWeeks());
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

	@PostMapping("/api/planning/simulate")
	@Operation(summary = "The simulated first-response attainment of a week's rota, with \"what if\" changes",
			description = "Support managers and team leads. Plays the week's forecast (as `GET /api/planning/forecast`: "
					+ "arrivals per hour of the week per plan × severity, handle times, the agents rostered — the on-call "
					+ "rota's first level) through a discrete-event simulation: Poisson arrivals, Severity 1 answered "
					+ "first, then 2, 3, 4, first come first served within one, exponential handle times; the week "
					+ "repeats, so Sunday night's backlog meets Monday morning. `changes` add (or, negative, remove) "
					+ "agents on a day's range of local hours; moving agents is two changes. Answers the share answered "
					+ "within the first-response target per plan × severity, averaged over `replications` runs "
					+ "(default 20, at most 200) from `seed` (default 1: the same request gives the same answer), and "
					+ "the hours whose cases are answered in time less often than the service level. Bad input answers "
					+ "400 naming the field.")
	Simulation simulate(CurrentUser me, @RequestBody SimulationRequest request) {
		reports.requireReader(me);
		return simulations.simulate(me, request.read(clock));
	}
}
