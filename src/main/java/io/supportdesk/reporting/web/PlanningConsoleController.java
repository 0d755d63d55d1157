package io.supportdesk.reporting.web;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;

import io.supportdesk.accounts.CurrentUser;
import io.supportdesk.reporting.Forecast;
import io.supportdesk.reporting.Forecasts;
import io.supportdesk.reporting.Simulation;
import io.supportdesk.reporting.Simulations;
import io.supportdesk.reporting.StaffingChange;

/**
 * The staffing forecast in the console, {@code /console/reports/planning}: the week as a heat map (a table of
 * days × hours, each cell the agents needed over those rostered, coloured by need and marked where short) —
 * plain HTML, no script; the same numbers as {@code GET /api/planning/forecast} — and the week's simulated
 * attainment per plan × severity with the rota as it stands or with a "what if" of agents added on a day's hours
 * (a GET form: simulating writes nothing), as {@code POST /api/planning/simulate} with the default seed and
 * replications; the hours the simulation finds short are marked in the heat map and listed.
 */
@Controller
class PlanningConsoleController {

	static final String PAGE = "/console/reports/planning";

	private final Forecasts forecasts;

	private final Simulations simulations;

	private final Clock clock;

	PlanningConsoleController(Forecasts forecasts, Simulations simulations, Clock clock) {
		this.forecasts = forecasts;
		this.simulations = simulations;
		this.clock = clock;
	}

	/** One day's row of the heat map. */
	record Day(String name, List<Cell> cells) {
	}

	/**
	 * One hour of a day; where a DST change makes a local hour occur twice, the busier one.
	 *
	 * @param heat 0 (nothing needed) to 4 (four agents or more), for the cell's colour
	 */
	record Cell(int hour, int needed, int rostered, double arrivals, int heat, boolean shortOfAgents,
			boolean simulatedShort) {
	}

	/** A simulated short hour as the page lists it: its day's name. */
	record ShortHour(String day, int hour, int agents, int needed, double arrivals, double attainment) {
	}

	@GetMapping(PAGE)
	String page(CurrentUser me, @ModelAttribute ForecastRequest request, @ModelAttribute WhatIfRequest whatIf, Model model) {
		Forecast forecast = forecasts.forecast(me, request.readWeekOf(clock), request.readZone(), request.readWeeks());
		List<StaffingChange> changes = whatIf.read();
		Simulation simulation = simulations.simulate(me,
				new Simulations.Query(forecast.weekOf(), forecast.zone(), null, null, changes));
		java.util.Set<Integer> simulatedShort = new java.util.HashSet<>();
		simulation.shortfallHours().forEach(h -> simulatedShort.add((h.day() - 1) * 24 + h.hour()));
		Locale locale = LocaleContextHolder.getLocale();
		Cell[][] grid = new Cell[7][24];
		for (Forecast.Hour h : forecast.hours()) {
			Cell seen = grid[h.day() - 1][h.hour()];
			if (seen == null || h.needed() > seen.needed()) {
				grid[h.day() - 1][h.hour()] = new Cell(h.hour(), h.needed(), h.rostered(), Math.round(h.arrivals() * 100) / 100.0,
						Math.min(4, h.needed()), h.needed() > h.rostered(), simulatedShort.contains((h.day() - 1) * 24 + h.hour()));
			}
		}
		List<Day> days = new ArrayList<>();
		for (int d = 0; d < 7; d++) {
			List<Cell> cells = new ArrayList<>();
			for (int hour = 0; hour < 24; hour++) {
				// a local hour skipped by the spring change has nothing
				cells.add(grid[d][hour] == null ? new Cell(hour, 0, 0, 0, 0, false, false) : grid[d][hour]);
			}
			days.add(new Day(DayOfWeek.of(d + 1).getDisplayName(TextStyle.SHORT, locale), cells));
		}
		model.addAttribute("forecast", forecast);
		model.addAttribute("days", days);
		model.addAttribute("hoursOfDay", java.util.stream.IntStream.range(0, 24).boxed().toList());
		model.addAttribute("shortHours", forecast.hours().stream().filter(h -> h.shortfall() > 0).count());
		model.addAttribute("previous", forecast.weekOf().minusWeeks(1));
		model.addAttribute("next", forecast.weekOf().plusWeeks(1));
		model.addAttribute("simulation", simulation);
		model.addAttribute("change", changes.isEmpty() ? null : changes.get(0));
		model.addAttribute("dayNames", days.stream().map(Day::name).toList());
		model.addAttribute("simulatedShort", simulation.shortfallHours().stream()
			.map(h -> new ShortHour(DayOfWeek.of(h.day()).getDisplayName(TextStyle.SHORT, locale), h.hour(), h.agents(),
					h.needed(), Math.round(h.arrivals() * 100) / 100.0, h.attainment()))
			.toList());
		return "reporting/console/planning";
	}
}
