package io.supportdesk.oncall;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import io.supportdesk.accounts.UserId;

/**
 * Who is on call on a rota at an instant: an override covering the instant wins (the latest made, if
 * several do); else the last layer that has someone then (a later layer lies over the earlier ones, as
 * in PagerDuty); else nobody. A layer hands off every shift length from its first hand-off, its members
 * taking turns in order. Days are local calendar days in the rota's zone, so a daily or weekly hand-off
 * at 09:00 stays at 09:00 across DST changes (the shift around a change is an hour shorter or longer);
 * hours are elapsed hours. A restriction keeps a layer to a daily local time span (it may run past
 * midnight: 20:00–08:00) on some days of the week — a span past midnight belongs to the day it starts.
 */
public record RotaSchedule(ZoneId zone, List<Layer> layers, List<Override> overrides) {

	public RotaSchedule {
		Objects.requireNonNull(zone);
		layers = List.copyOf(layers);
		overrides = List.copyOf(overrides);
	}

	/**
	 * A layer of people taking turns.
	 *
	 * @param handoff the first hand-off, local time in the rota's zone
	 * @param unit how the shift length counts
	 * @param length the shift length, at least 1
	 * @param members user ids in turn order, at least one
	 * @param restriction when the layer is on at all; null: always
	 */
	public record Layer(LocalDateTime handoff, ShiftUnit unit, int length, List<UserId> members,
			Restriction restriction) {

		public Layer {
			Objects.requireNonNull(handoff);
			Objects.requireNonNull(unit);
			members = List.copyOf(members);
			if (length < 1 || members.isEmpty()) {
				throw new IllegalArgumentException("a layer needs a shift length and members");
			}
		}
	}

	/** How a shift length counts. */
	public enum ShiftUnit {
		/** Local calendar days: a 09:00 hand-off stays at 09:00 local time. */
		DAYS,
		/** Elapsed hours. */
		HOURS
	}

	/**
	 * A daily local time span on some days of the week.
	 *
	 * @param from the span's start, local time
	 * @param to its end; at or before {@code from}: the span runs past midnight into the next day
	 * @param days the days a span starts on; empty: every day
	 */
	public record Restriction(LocalTime from, LocalTime to, Set<DayOfWeek> days) {

		public Restriction {
			Objects.requireNonNull(from);
			Objects.requireNonNull(to);
			days = Set.copyOf(days);
		}

		boolean covers(LocalDateTime local) {
			LocalTime time = local.toLocalTime();
			if (from.isBefore(to)) {
				return !time.isBefore(from) && time.isBefore(to) && onDay(local.getDayOfWeek());
			}
			// past midnight: the evening part on its day, the morning part on the day before
			return !time.isBefore(from) && onDay(local.getDayOfWeek())
					|| time.isBefore(to) && onDay(local.getDayOfWeek().minus(1));
		}

		private boolean onDay(DayOfWeek day) {
			return days.isEmpty() || days.contains(day);
		}
	}

	/** Someone covering a span of the rota, whoever the layers say. */
	public record Override(UserId user, Instant from, Instant to, Instant createdAt) {
	}

	/** Who is on call at {@code at}. */
	public Optional<UserId> onCallAt(Instant at) {
		Optional<Override> override = overrides.stream()
			.filter(o -> !at.isBefore(o.from()) && at.isBefore(o.to()))
			.max(Comparator.comparing(Override::createdAt));
		if (override.isPresent()) {
			return Optional.of(override.get().user());
		}
		for (int i = layers.size() - 1; i >= 0; i--) {
			Optional<UserId> user = onCall(layers.get(i), at);
			if (user.isPresent()) {
				return user;
			}
		}
		return Optional.empty();
	}

	/** The shifts of {@code user} that overlap {@code [from, to)}, as spans of their own (overrides included). */
	public List<Shift> shiftsOf(UserId user, Instant from, Instant to) {
		List<Shift> shifts = new ArrayList<>();
		Instant start = null;
		// walk the span in steps of at most 15 minutes, and at every boundary any layer or override has
		for (Instant at : boundaries(from, to)) {
			boolean on = onCallAt(at).filter(user::equals).isPresent();
			if (on && start == null) {
				start = at;
			}
			else if (!on && start != null) {
				shifts.add(new Shift(start, at));
				start = null;
			}
		}
		if (start != null) {
			shifts.add(new Shift(start, to));
		}
		return shifts;
	}

	/** A span someone is on call. */
	public record Shift(Instant from, Instant to) {
	}

	private List<Instant> boundaries(Instant from, Instant to) {
		java.util.TreeSet<Instant> points = new java.util.TreeSet<>();
		for (Instant at = from; at.isBefore(to); at = at.plus(Duration.ofMinutes(15))) {
			points.add(at);
		}
		for (Override o : overrides) {
			if (o.from().isAfter(from) && o.from().isBefore(to)) {
				points.add(o.from());
			}
			if (o.to().isAfter(from) && o.to().isBefore(to)) {
				points.add(o.to());
			}
		}
		return new ArrayList<>(points);
	}

	private Optional<UserId> onCall(Layer layer, Instant at) {
		Instant first = start(layer, 0);
		if (at.isBefore(first)) {
			return Optional.empty();
		}
		if (layer.restriction() != null && !layer.restriction().covers(LocalDateTime.ofInstant(at, zone))) {
			return Optional.empty();
		}
		long shift = shiftAt(layer, at);
		return Optional.of(layer.members().get((int) Math.floorMod(shift, (long) layer.members().size())));
	}

	/** The number of the shift running at {@code at}: the last whose start is at or before it. */
	private long shiftAt(Layer layer, Instant at) {
		long estimate = switch (layer.unit()) {
			case HOURS -> Duration.between(start(layer, 0), at).toHours() / layer.length();
			case DAYS -> java.time.temporal.ChronoUnit.DAYS.between(layer.handoff(), LocalDateTime.ofInstant(at, zone))
					/ layer.length();
		};
		long shift = Math.max(0, estimate - 1);
		while (!start(layer, shift + 1).isAfter(at)) {
			shift++;
		}
		while (shift > 0 && start(layer, shift).isAfter(at)) {
			shift--;
		}
		return shift;
	}

	/** When shift {@code n} starts. */
	Instant start(Layer layer, long n) {
		return switch (layer.unit()) {
			case HOURS -> ZonedDateTime.of(layer.handoff(), zone).toInstant().plus(Duration.ofHours(n * layer.length()));
			// a hand-off in a DST gap moves forward by the gap; in an overlap it takes the earlier instant
			case DAYS -> ZonedDateTime.of(layer.handoff().plusDays(n * layer.length()), zone).toInstant();
		};
	}
}
