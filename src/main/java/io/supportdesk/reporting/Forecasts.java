package io.supportdesk.reporting;

import java.sql.Timestamp;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.supportdesk.accounts.CurrentUser;
import io.supportdesk.accounts.OrganisationId;
import io.supportdesk.exams.CoveredWindow;
import io.supportdesk.exams.ExamCoverage;
import io.supportdesk.exams.ExamSchedule;
import io.supportdesk.exams.ExamWindow;
import io.supportdesk.oncall.Rotas;
import io.supportdesk.plans.Metric;
import io.supportdesk.plans.PlanCatalogue;
import io.supportdesk.plans.PlanCode;

/**
 * The staffing forecast ({@link Forecast}) from the stored SLA of past cases, the exam windows and the
 * on-call rota. Arrivals: the cases opened in the same local hour of the week over the last
 * {@code forecastWeeks} weeks, divided by that number — except those opened inside one of their
 * organisation's exam windows, which teach the extra load per window-hour instead (per plan × severity),
 * applied to the windows booked in each hour of the week. Needed agents: Erlang C for each hour, the plan ×
 * severity groups sorted by their first-response target (tightest first), each group planned with the
 * tighter ones' load added — the hour needs the most any of these asks.
 */
@Service
@Transactional(readOnly = true)
public class Forecasts {

	/** Where the rostered count comes from (no working hours are recorded yet). */
	public static final String ROSTERED_BY_ONCALL = "ONCALL_LEVEL_1";

	private final JdbcClient jdbc;

	private final SlaReports reports;

	private final ExamCoverage coverage;

	private final ExamSchedule schedule;

	private final Rotas rotas;

	private final PlanCatalogue catalogue;

	private final ReportingSettings settings;

	Forecasts(JdbcClient jdbc, SlaReports reports, ExamCoverage coverage, ExamSchedule schedule, Rotas rotas,
			PlanCatalogue catalogue, ReportingSettings settings) {
		this.jdbc = jdbc;
		this.reports = reports;
		this.coverage = coverage;
		this.schedule = schedule;
		this.rotas = rotas;
		this.catalogue = catalogue;
		this.settings = settings;
	}

	/** The week's forecast (the week holding {@code weekOf}); {@code weeks} of history, null for the setting. */
	public Forecast forecast(CurrentUser actor, LocalDate weekOf, ZoneId zone, Integer weeks) {
		reports.requireReader(actor);
		int history = weeks == null ? settings.forecastWeeks() : weeks;
		LocalDate monday = weekOf.with(DayOfWeek.MONDAY);
		Instant start = monday.atStartOfDay(zone).toInstant();
		Instant end = monday.plusWeeks(1).atStartOfDay(zone).toInstant();
		Instant learnFrom = monday.minusWeeks(history).atStartOfDay(zone).toInstant();
		List<Opened> past = opened(learnFrom, start);
		Map<OrganisationId, List<ExamWindow>> windows = windows(actor, past);
		// per (plan|severity|day|hour): cases opened outside windows; per (plan|severity): inside
		Map<String, Integer> base = new HashMap<>();
		Map<String, Integer> inWindows = new TreeMap<>();
		for (Opened o : past) {
			boolean inside = windows.getOrDefault(o.organisation(), List.of()).stream()
				.anyMatch(w -> !o.at().isBefore(w.from()) && o.at().isBefore(w.to()));
			if (inside) {
				inWindows.merge(o.plan() + "|" + o.severity(), 1, Integer::sum);
			}
			else {
				ZonedDateTime local = o.at().atZone(zone);
				base.merge(o.plan() + "|" + o.severity() + "|" + local.getDayOfWeek().getValue() + "|" + local.getHour(), 1,
						Integer::sum);
			}
		}
		double windowHours = windows.values().stream().flatMap(List::stream)
			.mapToDouble(w -> hours(w.from(), w.to(), learnFrom, start)).sum();
		Map<String, Forecast.Group> groups = groups(past, start);
		List<Forecast.Hour> hours = new ArrayList<>();
		for (ZonedDateTime h = monday.atStartOfDay(zone); h.toInstant().isBefore(end); h = h.plusHours(1)) {
			Instant from = h.toInstant();
			Instant to = from.plus(Duration.ofHours(1));
			double booked = windows.values().stream().flatMap(List::stream).mapToDouble(w -> hours(w.from(), w.to(), from, to))
				.sum();
			List<Forecast.Load> loads = new ArrayList<>();
			for (Forecast.Group g : groups.values()) {
				String key = g.plan() + "|" + g.severity();
				double arrivals = base.getOrDefault(key + "|" + h.getDayOfWeek().getValue() + "|" + h.getHour(), 0)
						/ (double) history;
				double exam = windowHours == 0 ? 0 : inWindows.getOrDefault(key, 0) / windowHours * booked;
				if (arrivals + exam > 0) {
					loads.add(new Forecast.Load(g.plan(), g.severity(), arrivals, exam));
				}
			}
			hours.add(new Forecast.Hour(from, h.getDayOfWeek().getValue(), h.getHour(), loads,
					loads.stream().mapToDouble(Forecast.Load::total).sum(), needed(loads, groups, settings.serviceLevel()),
					rotas.onCall(from).containsKey(1) ? 1 : 0));
		}
		return new Forecast(monday, zone, history, settings.serviceLevel(), ROSTERED_BY_ONCALL, windowHours,
				List.copyOf(groups.values()), hours);
	}

	/** The agents an hour needs: share by share from the tightest target, the most any share asks. */
	static int needed(List<Forecast.Load> loads, Map<String, Forecast.Group> groups, double goal) {
		List<Forecast.Load> byTarget = new ArrayList<>(loads);
		byTarget.sort(Comparator.comparingDouble(l -> groups.get(l.plan() + "|" + l.severity()).targetMinutes()));
		double arrivals = 0;
		double work = 0;
		int needed = 0;
		for (Forecast.Load load : byTarget) {
			Forecast.Group group = groups.get(load.plan() + "|" + load.severity());
			arrivals += load.total();
			work += load.total() * group.handleMinutes();
			needed = Math.max(needed,
					ErlangC.staffing(arrivals, work / arrivals, group.targetMinutes(), goal).agents());
		}
		return needed;
	}

	private record Opened(UUID caseId, OrganisationId organisation, String plan, int severity, Instant at) {
	}

	/** The first-response targets of the cases opened in [from, to): their plan, severity, organisation. */
	private List<Opened> opened(Instant from, Instant to) {
		return jdbc.sql("""
				select case_id, organisation_id, plan_code, severity, opened_at from reporting_sla_target
				where metric = 'FIRST_RESPONSE' and target_index = 0 and opened_at >= :from and opened_at < :to""")
			.param("from", Timestamp.from(from)).param("to", Timestamp.from(to))
			.query((rs, n) -> new Opened(rs.getObject("case_id", UUID.class),
					new OrganisationId(rs.getObject("organisation_id", UUID.class)), rs.getString("plan_code"),
					rs.getInt("severity"), rs.getTimestamp("opened_at").toInstant()))
			.list();
	}

	/** The exam windows of the organisations with past cases or with windows still to come. */
	private Map<OrganisationId, List<ExamWindow>> windows(CurrentUser actor, List<Opened> past) {
		Set<OrganisationId> organisations = new HashSet<>();
		past.forEach(o -> organisations.add(o.organisation()));
		schedule.upcomingForStaff(actor).stream().map(CoveredWindow::organisationId).forEach(organisations::add);
		Map<OrganisationId, List<ExamWindow>> windows = new HashMap<>();
		for (OrganisationId organisation : organisations) {
			List<ExamWindow> of = coverage.windowsOf(organisation);
			if (!of.isEmpty()) {
				windows.put(organisation, of);
			}
		}
		return windows;
	}

	/** Each plan × severity of the past cases with its first-response target (as in force at {@code at}). */
	private Map<String, Forecast.Group> groups(List<Opened> past, Instant at) {
		Map<String, Forecast.Group> groups = new TreeMap<>();
		for (Opened o : past) {
			groups.computeIfAbsent(o.plan() + "|" + o.severity(), key -> catalogue.plan(PlanCode.of(o.plan()), at)
				.flatMap(plan -> plan.target(o.severity(), Metric.FIRST_RESPONSE))
				.map(target -> new Forecast.Group(o.plan(), o.severity(), target.nominal().toMinutes(),
						settings.handle(o.severity())))
				.orElse(null));
		}
		groups.values().removeIf(java.util.Objects::isNull);
		return groups;
	}

	/** The hours of [a, b) inside [from, to). */
	private static double hours(Instant a, Instant b, Instant from, Instant to) {
		Instant s = a.isAfter(from) ? a : from;
		Instant e = b.isBefore(to) ? b : to;
		return s.isBefore(e) ? Duration.between(s, e).toSeconds() / 3600.0 : 0;
	}
}
