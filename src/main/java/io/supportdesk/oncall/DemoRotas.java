package io.supportdesk.oncall;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.List;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import io.supportdesk.accounts.AccountManagement;
import io.supportdesk.accounts.CurrentUser;
import io.supportdesk.accounts.UserSummary;
import io.supportdesk.cases.CaseFilter;
import io.supportdesk.cases.CaseManagement;
import io.supportdesk.cases.CaseStatus;

/**
 * The {@code demo} profile's on-call, through {@link Rotas} and {@link Paging}: a primary rota of Anna,
 * Luc and Sofía handing off weekly on Mondays at 09:00 Europe/Berlin, with Luc covering the nights
 * (20:00–08:00) on weekdays as a second layer, and a secondary rota of Maria Schmidt; and the open
 * Premier Severity 1 case of the demo paged, so that Tomás Keller (Acme's TAM) has a page waiting on
 * {@code /console/oncall}; and Tomás Keller away at a conference from next Thursday 09:00 to Friday
 * 18:00, when Acme's Severity 1 cases page the rota directly. Loaded once, after the cases.
 */
@Component
@Profile("demo")
@Order(45)
class DemoRotas implements ApplicationRunner {

	private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

	private final Rotas rotas;

	private final Paging paging;

	private final AccountManagement accounts;

	private final CaseManagement cases;

	private final AwayTimes away;

	private final java.time.Clock clock;

	DemoRotas(Rotas rotas, Paging paging, AccountManagement accounts, CaseManagement cases, AwayTimes away,
			java.time.Clock clock) {
		this.away = away;
		this.rotas = rotas;
		this.paging = paging;
		this.accounts = accounts;
		this.cases = cases;
		this.clock = clock;
	}

	@Override
	public void run(ApplicationArguments args) {
		CurrentUser system = CurrentUser.system();
		if (!rotas.rotas(system).isEmpty()) {
			return;
		}
		String anna = id("anna.berger");
		String luc = id("luc.martin");
		String sofia = id("sofia.garcia");
		String maria = id("maria.schmidt");
		if (anna == null || luc == null || sofia == null || maria == null) {
			return;
		}
		String monday = LocalDate.now(clock.withZone(BERLIN)).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY))
			.minusWeeks(1).atTime(9, 0).toString();
		rotas.create(system, new NewRota("Primary", BERLIN.getId(), 1, List.of(
				new NewRota.NewLayer(monday, "WEEKLY", null, List.of(anna, luc, sofia), null, null, null),
				new NewRota.NewLayer(monday, "WEEKLY", null, List.of(luc), "20:00", "08:00",
						List.of("MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY")))));
		rotas.create(system, new NewRota("Secondary", BERLIN.getId(), 2,
				List.of(new NewRota.NewLayer(monday, "WEEKLY", null, List.of(maria), null, null, null))));
		accounts.organisations(system).stream().filter(o -> o.name().startsWith("Acme")).findFirst().ifPresent(acme ->
				cases.search(system, new CaseFilter(acme.id().value(), null, null, 1, null, null, null, null, 20)).stream()
					.filter(view -> view.status() == CaseStatus.NEW || view.status() == CaseStatus.OPEN).findFirst()
					.ifPresent(view -> paging.page(view.id(), acme.id())));
		// Tomás Keller at a conference from next Thursday 09:00 to Friday 18:00: Acme's Severity 1 cases then page the rota
		LocalDate thursday = LocalDate.now(clock.withZone(BERLIN)).with(TemporalAdjusters.next(DayOfWeek.THURSDAY));
		String tomas = id("tomas.keller");
		if (tomas != null) {
			away.add(system, new io.supportdesk.accounts.UserId(java.util.UUID.fromString(tomas)),
					thursday.atTime(9, 0).atZone(BERLIN).toInstant(), thursday.plusDays(1).atTime(18, 0).atZone(BERLIN).toInstant(),
					"Conference");
		}
	}

	private String id(String login) {
		return accounts.findUserByEmail(login + "@supportdesk.local").map(UserSummary::id).map(Object::toString).orElse(null);
	}
}
