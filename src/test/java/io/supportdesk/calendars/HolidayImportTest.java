package io.supportdesk.calendars;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.LocalDate;
import java.time.Year;
import org.junit.jupiter.api.Test;

/** Public holidays come from jollyday, by country and optionally subdivision. */
class HolidayImportTest {

	@Test
	void importsNationwideGermanHolidays() {
		assertThat(HolidayImport.country("de").dates(Year.of(2026), Year.of(2026)))
				.contains(LocalDate.parse("2026-01-01"), LocalDate.parse("2026-04-03"), LocalDate.parse("2026-04-06"),
						LocalDate.parse("2026-05-01"), LocalDate.parse("2026-10-03"), LocalDate.parse("2026-12-25"),
						LocalDate.parse("2026-12-26"))
				.doesNotContain(LocalDate.parse("2026-01-06"))
				.allMatch(date -> date.getYear() == 2026);
	}

	@Test
	void addsTheHolidaysOfASubdivision() {
		assertThat(HolidayImport.country("DE").subdivision("by").dates(Year.of(2026), Year.of(2027)))
				.contains(LocalDate.parse("2026-01-06"), LocalDate.parse("2027-01-06"), LocalDate.parse("2026-12-25"));
	}

	@Test
	void namesTheHolidays() {
		assertThat(HolidayImport.country("de").named(Year.of(2026), Year.of(2026)))
				.containsKey(LocalDate.parse("2026-12-25"))
				.hasEntrySatisfying(LocalDate.parse("2026-12-25"), name -> assertThat(name).containsIgnoringCase("christmas"));
	}

	@Test
	void rejectsAnUnknownCountryByName() {
		assertThatIllegalArgumentException().isThrownBy(() -> HolidayImport.country("xx")).withMessageContaining("'xx'");
	}

	@Test
	void rejectsAnUnknownSubdivisionByName() {
		assertThatIllegalArgumentException().isThrownBy(() -> HolidayImport.country("de").subdivision("zz"))
				.withMessageContaining("'zz'").withMessageContaining("by");
	}
}
