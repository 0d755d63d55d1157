package io.supportdesk.calendars;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The 24x7 fast path: business time is elapsed time, every local date {@code zone} lives through is
 * a business date, and the calendar never closes.
 */
final class AlwaysOpenCalendar implements BusinessCalendar {

	private final ZoneId zone;
	private final BusinessDateIndex businessDates;

	AlwaysOpenCalendar(ZoneId zone) {
		this.zone = Objects.requireNonNull(zone, "zone");
		this.businessDates = new BusinessDateIndex(new AlwaysOpenTime(zone));
	}

	ZoneId zone() {
		return zone;
	}

	@Override
	public Instant add(Instant start, Duration businessTime) {
		Arguments.instant("start", start);
		return start.plus(Duration.ofNanos(Arguments.businessTime(businessTime)));
	}

	@Override
	public Instant addBusinessDays(Instant start, int days) {
		Arguments.instant("start", start);
		LocalStart local = LocalStart.of(start, zone);
		return Arguments.businessDays(days) == 0 ? start : local.sameTimeOn(businessDates.nthAfter(local.date(), days));
	}

	@Override
	public Duration elapsed(Instant from, Instant to) {
		Arguments.ordered(Arguments.instant("from", from), Arguments.instant("to", to));
		return Duration.between(from, to);
	}

	@Override
	public boolean isOpen(Instant instant) {
		Arguments.instant("instant", instant);
		return true;
	}

	@Override
	public Optional<Instant> nextOpening(Instant instant) {
		Arguments.instant("instant", instant);
		return Optional.of(instant);
	}

	@Override
	public Optional<Instant> nextClosing(Instant instant) {
		Arguments.instant("instant", instant);
		return Optional.empty();
	}

	@Override
	public Explanation explainAdd(Instant start, Duration businessTime) {
		return explain(Explanation.Operation.ADD, start, add(start, businessTime), 0);
	}

	@Override
	public Explanation explainAddBusinessDays(Instant start, int days) {
		return explain(Explanation.Operation.ADD_BUSINESS_DAYS, start, addBusinessDays(start, days), days);
	}

	@Override
	public Explanation explainElapsed(Instant from, Instant to) {
		elapsed(from, to);
		return explain(Explanation.Operation.ELAPSED, from, to, 0);
	}

	@Override
	public ZoneId zoneAt(Instant instant) {
		return zone;
	}

	private Explanation explain(Explanation.Operation operation, Instant start, Instant result, int days) {
		List<LocalDate> dates = days == 0 ? List.of() : businessDates.datesAfter(LocalStart.of(start, zone).date(), days);
		List<Explanation.CountedInterval> counted = start.equals(result) ? List.of()
				: List.of(Explainer.interval(EpochNanos.of(start), EpochNanos.of(result), zone));
		return new Explanation(operation, start, result, zone, Duration.between(start, result), days, dates, counted);
	}
}
