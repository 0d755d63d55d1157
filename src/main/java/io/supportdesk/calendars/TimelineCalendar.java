package io.supportdesk.calendars;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

/**
 * A calendar with hours, union or versions: the public API on top of a {@link Timeline} of its open
 * intervals and a {@link BusinessDateIndex} of its business dates, both materialised lazily.
 */
final class TimelineCalendar implements BusinessCalendar {

	private final OpenTime openTime;
	private final Timeline timeline;
	private final BusinessDateIndex businessDates;

	TimelineCalendar(OpenTime openTime) {
		this.openTime = openTime;
		this.timeline = new Timeline(openTime);
		this.businessDates = new BusinessDateIndex(openTime);
	}

	OpenTime openTime() {
		return openTime;
	}

	@Override
	public Instant add(Instant start, Duration businessTime) {
		return EpochNanos.toInstant(timeline.add(Arguments.instant("start", start), Arguments.businessTime(businessTime)));
	}

	@Override
	public Instant addBusinessDays(Instant start, int days) {
		Arguments.instant("start", start);
		if (Arguments.businessDays(days) == 0) {
			return openingAtOrAfter(start);
		}
		LocalStart local = localStart(start);
		return openingAtOrAfter(local.sameTimeOn(businessDates.nthAfter(local.date(), days)));
	}

	@Override
	public Duration elapsed(Instant from, Instant to) {
		long start = Arguments.instant("from", from);
		long end = Arguments.instant("to", to);
		Arguments.ordered(start, end);
		return Duration.ofNanos(timeline.elapsed(start, end));
	}

	@Override
	public boolean isOpen(Instant instant) {
		return timeline.isOpen(Arguments.instant("instant", instant));
	}

	@Override
	public Optional<Instant> nextOpening(Instant instant) {
		return present(timeline.nextOpening(Arguments.instant("instant", instant)));
	}

	@Override
	public Optional<Instant> nextClosing(Instant instant) {
		return present(timeline.nextClosing(Arguments.instant("instant", instant)));
	}

	@Override
	public Explanation explainAdd(Instant start, Duration businessTime) {
		Instant due = add(start, businessTime);
		return explain(Explanation.Operation.ADD, start, due, 0, List.of());
	}

	@Override
	public Explanation explainAddBusinessDays(Instant start, int days) {
		Instant due = addBusinessDays(start, days);
		List<LocalDate> dates = days == 0 ? List.of() : businessDates.datesAfter(localStart(start).date(), days);
		return explain(Explanation.Operation.ADD_BUSINESS_DAYS, start, due, days, dates);
	}

	@Override
	public Explanation explainElapsed(Instant from, Instant to) {
		elapsed(from, to);
		return explain(Explanation.Operation.ELAPSED, from, to, 0, List.of());
	}

	@Override
	public ZoneId zoneAt(Instant instant) {
		return openTime.zoneAt(EpochNanos.clamped(instant));
	}

	private Explanation explain(Explanation.Operation operation, Instant start, Instant result, int days,
			List<LocalDate> dates) {
		long from = EpochNanos.of(start);
		long to = EpochNanos.of(result);
		List<Explanation.CountedInterval> counted = Explainer.counted(timeline.window(from, to), openTime, from, to);
		Duration businessTime = counted.stream().map(Explanation.CountedInterval::counted).reduce(Duration.ZERO, Duration::plus);
		return new Explanation(operation, start, result, zoneAt(start), businessTime, days, dates, counted);
	}

	private LocalStart localStart(Instant start) {
		return LocalStart.of(start, zoneAt(start));
	}

	private Instant openingAtOrAfter(Instant candidate) {
		long opening = timeline.nextOpening(EpochNanos.clamped(candidate));
		if (opening == Timeline.NONE) {
			throw new IllegalStateException("the calendar has no business time left after " + candidate);
		}
		return EpochNanos.toInstant(opening);
	}

	private static Optional<Instant> present(long instant) {
		return instant == Timeline.NONE ? Optional.empty() : Optional.of(EpochNanos.toInstant(instant));
	}
}
