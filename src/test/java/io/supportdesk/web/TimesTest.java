package io.supportdesk.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Locale;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.context.support.ResourceBundleMessageSource;

/** Instants and distances as a reader who is not signed in (Europe/Berlin) reads them, in each language. */
class TimesTest {

	// Wednesday 2 December 2026, 13:30 UTC = 14:30 in Berlin (CET, UTC+1)
	private static final Instant NOW = Instant.parse("2026-12-02T13:30:00Z");

	private final Times times = new Times(Clock.fixed(NOW, ZoneOffset.UTC), bundles());

	@AfterEach
	void resetLocale() {
		LocaleContextHolder.resetLocaleContext();
	}

	@Test
	void anInstantReadsInTheViewersZoneWithItsAbbreviationAndLocaleFormat() {
		LocaleContextHolder.setLocale(Locale.ENGLISH);
		assertThat(times.at(NOW)).isEqualTo("2 Dec 2026, 14:30 CET");
		assertThat(times.weekdayAt(NOW)).isEqualTo("Wed 2 Dec 2026, 14:30 CET");
		LocaleContextHolder.setLocale(Locale.GERMAN);
		assertThat(times.at(NOW)).isEqualTo("02.12.2026, 14:30 MEZ");
		assertThat(times.date(LocalDate.of(2026, 12, 25))).isEqualTo("25.12.2026");
	}

	@Test
	void aMissingInstantReadsAsADash() {
		assertThat(times.at(null)).isEqualTo("—");
		assertThat(times.date((Instant) null)).isEqualTo("—");
	}

	@Test
	void aDueInstantSaysHowFarAwayOrHowLongOverdue() {
		LocaleContextHolder.setLocale(Locale.ENGLISH);
		// 12 minutes ahead of NOW
		assertThat(times.due(NOW.plus(Duration.ofMinutes(12)))).isEqualTo("in 12 min");
		// 3 h 5 min before NOW
		assertThat(times.due(NOW.minus(Duration.ofMinutes(185)))).isEqualTo("3 h 5 min overdue");
		assertThat(times.relative(NOW.minus(Duration.ofMinutes(185)))).isEqualTo("3 h 5 min ago");
		// 30 seconds ahead: less than a minute
		assertThat(times.due(NOW.plusSeconds(30))).isEqualTo("in less than a minute");
		LocaleContextHolder.setLocale(Locale.GERMAN);
		assertThat(times.due(NOW.minus(Duration.ofMinutes(12)))).isEqualTo("12 Min. überfällig");
		assertThat(times.relative(NOW.minus(Duration.ofMinutes(12)))).isEqualTo("vor 12 Min.");
		LocaleContextHolder.setLocale(Locale.FRENCH);
		assertThat(times.due(NOW.plus(Duration.ofMinutes(12)))).isEqualTo("dans 12 min");
		assertThat(times.due(NOW.plusSeconds(30))).isEqualTo("dans moins d'une minute");
	}

	@Test
	void daysArePluralCorrect() {
		LocaleContextHolder.setLocale(Locale.ENGLISH);
		assertThat(times.span(Duration.ofHours(49))).isEqualTo("2 days 1 h");
		LocaleContextHolder.setLocale(new Locale("es"));
		assertThat(times.span(Duration.ofHours(50))).isEqualTo("2 días 2 h");
	}

	private static ResourceBundleMessageSource bundles() {
		ResourceBundleMessageSource source = new ResourceBundleMessageSource();
		source.setBasename("messages");
		source.setDefaultEncoding("UTF-8");
		source.setFallbackToSystemLocale(false);
		return source;
	}
}
