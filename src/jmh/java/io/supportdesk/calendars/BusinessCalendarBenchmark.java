package io.supportdesk.calendars;

import java.time.Duration;
import java.time.Instant;
import java.time.Year;
import java.time.ZoneId;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The engine against the naive minute-stepping reference on the Standard calendar (Mon–Fri
 * 08:00–20:00 Europe/Berlin, German public holidays 2026–2035), for targets of 15 minutes, 8 hours,
 * 3 business days and one year (365 days of business time, about 2.8 calendar years here), and
 * elapsed business time over one calendar year. Starts are 1,024 random minutes of 2026, cycled.
 * The engine is measured warm (its timeline materialised), as it runs in production.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class BusinessCalendarBenchmark {

	private static final Duration FIFTEEN_MINUTES = Duration.ofMinutes(15);
	private static final Duration EIGHT_HOURS = Duration.ofHours(8);
	private static final Duration ONE_YEAR = Duration.ofDays(365);

	private BusinessCalendar engine;
	private NaiveBusinessCalendar naive;
	private final Instant[] starts = new Instant[1024];
	private int next;

	/** Builds both calendars and warms the engine's timeline over the benchmarked range. */
	@Setup
	public void setUp() {
		CalendarDefinition standard = CalendarDefinition.builder(ZoneId.of("Europe/Berlin"))
				.mondayToFriday(OpeningHours.of("08:00", "20:00"))
				.holidays(HolidayImport.country("de").dates(Year.of(2026), Year.of(2035)))
				.build();
		engine = BusinessCalendar.of(standard);
		naive = NaiveBusinessCalendar.of(standard);
		Random random = new Random(2026);
		Instant newYear = Instant.parse("2026-01-01T00:00:00Z");
		for (int i = 0; i < starts.length; i++) {
			starts[i] = newYear.plus(Duration.ofMinutes(random.nextInt(365 * 1440)));
			engine.add(starts[i], ONE_YEAR);
			engine.addBusinessDays(starts[i], 3);
		}
	}

	private Instant start() {
		next = (next + 1) & (starts.length - 1);
		return starts[next];
	}

	/** @return engine: 15 minutes of business time */
	@Benchmark
	public Instant engineAdd15Minutes() {
		return engine.add(start(), FIFTEEN_MINUTES);
	}

	/** @return engine: 8 hours of business time */
	@Benchmark
	public Instant engineAdd8Hours() {
		return engine.add(start(), EIGHT_HOURS);
	}

	/** @return engine: 3 business days */
	@Benchmark
	public Instant engineAdd3BusinessDays() {
		return engine.addBusinessDays(start(), 3);
	}

	/** @return engine: 365 days of business time */
	@Benchmark
	public Instant engineAdd1Year() {
		return engine.add(start(), ONE_YEAR);
	}

	/** @return engine: business time within one calendar year */
	@Benchmark
	public Duration engineElapsed1Year() {
		Instant start = start();
		return engine.elapsed(start, start.plus(Duration.ofDays(365)));
	}

	/** @return reference: 15 minutes of business time */
	@Benchmark
	public Instant naiveAdd15Minutes() {
		return naive.add(start(), FIFTEEN_MINUTES);
	}

	/** @return reference: 8 hours of business time */
	@Benchmark
	public Instant naiveAdd8Hours() {
		return naive.add(start(), EIGHT_HOURS);
	}

	/** @return reference: 3 business days */
	@Benchmark
	public Instant naiveAdd3BusinessDays() {
		return naive.addBusinessDays(start(), 3);
	}

	/** @return reference: 365 days of business time */
	@Benchmark
	public Instant naiveAdd1Year() {
		return naive.add(start(), ONE_YEAR);
	}

	/** @return reference: business time within one calendar year */
	@Benchmark
	public Duration naiveElapsed1Year() {
		Instant start = start();
		return naive.elapsed(start, start.plus(Duration.ofDays(365)));
	}
}
