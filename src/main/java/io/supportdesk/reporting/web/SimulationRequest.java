package io.supportdesk.reporting.web;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;

import io.supportdesk.reporting.Simulations;
import io.supportdesk.reporting.StaffingChange;

/** The simulation's body, as sent; {@link #read} refuses a bad part naming it. */
record SimulationRequest(
		@Schema(description = "A day of the week to simulate (yyyy-MM-dd); default today", example = "2026-12-07") String weekOf,
		@Schema(description = "Zone of the week's hours (a region name); default Europe/Berlin", example = "Europe/Berlin") String zone,
		@Schema(description = "Seed of the random numbers; default 1", example = "1") Long seed,
		@Schema(description = "Runs of the week to average, 1 to 200; default 20", example = "20") Integer replications,
		@Schema(description = "What if: agents added (or, negative, removed) on a day's hours") List<Change> changes) {

	/** Agents added on ISO day {@code day} (1 Monday … 7 Sunday) from local hour {@code fromHour} to {@code toHour}. */
	record Change(@Schema(description = "ISO day, 1 Monday … 7 Sunday", example = "1") Integer day,
			@Schema(description = "First local hour, 0 to 23", example = "9") Integer fromHour,
			@Schema(description = "Local hour the change ends before, 1 to 24", example = "12") Integer toHour,
			@Schema(description = "Agents added (negative: removed), not 0", example = "2") Integer agents) {
	}

	Simulations.Query read(Clock clock) {
		ForecastRequest week = new ForecastRequest(weekOf, zone, null);
		List<StaffingChange> read = new ArrayList<>();
		List<Change> sent = changes == null ? List.of() : changes;
		for (int i = 0; i < sent.size(); i++) {
			Change c = sent.get(i);
			String field = "changes[" + i + "]";
			read.add(c == null ? StaffingChange.of(field, null, null, null, null)
					: StaffingChange.of(field, c.day(), c.fromHour(), c.toHour(), c.agents()));
		}
		return new Simulations.Query(week.readWeekOf(clock), week.readZone(), seed, replications, read);
	}
}
