package io.supportdesk.plans;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.github.kagkarlsson.scheduler.Scheduler;

import io.supportdesk.DatabaseSnapshot;
import io.supportdesk.MutableClock;
import io.supportdesk.SupportdeskTest;
import io.supportdesk.WebSession;
import io.supportdesk.accounts.AccountFixtures;
import io.supportdesk.accounts.CurrentUser;
import io.supportdesk.accounts.Role;
import io.supportdesk.shared.Language;

/**
 * The console's plan editor over real HTTP: a manager's save is a new version from the instant chosen,
 * bad input is shown next to its field and writes nothing, a stale form is refused as a concurrent
 * change, only managers edit; and plan descriptions read in the reader's language. Each test edits a
 * plan of its own (Premier's targets), so no other test sees its versions.
 */
@SupportdeskTest
class PlanEditorPagesTests {

	private static final Pattern REVISION = Pattern.compile("name=\"revision\" value=\"(\\d+)\"");

	@LocalServerPort
	int port;

	@Autowired
	AccountFixtures accounts;

	@Autowired
	PlanFixtures plans;

	@Autowired
	PlanCatalogue catalogue;

	@Autowired
	MutableClock clock;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Scheduler timers;

	@Test
	void aManagerSavesANewTargetAsAVersionFromTheChosenInstantAndTheOldVersionStaysInForceUntilThen() {
		PlanCode code = premierCopy();
		AccountFixtures.Staff manager = accounts.staff(Role.MANAGER);
		ZoneId zone = accounts.as(manager.id()).timeZone();
		WebSession session = WebSession.signIn(port, manager.email());
		// Chosen in the manager's zone to the minute: two days from the application clock's now. Until
		// then the seeded 15 minutes stay in force; from then on, 20 minutes.
		ZonedDateTime chosen = clock.instant().plus(Duration.ofDays(2)).atZone(zone).truncatedTo(ChronoUnit.MINUTES);
		Instant from = chosen.toInstant();

		HttpResponse<String> saved = save(session, code, Map.of("target-1-FIRST_RESPONSE-amount", "20",
				"effectiveFrom", chosen.toLocalDateTime().toString()));

		assertThat(saved.statusCode()).as(saved.body()).isEqualTo(302);
		assertThat(saved.headers().firstValue("Location")).hasValueSatisfying(
				location -> assertThat(location).endsWith("/console/plans/" + code + "#history"));
		PlanHistory history = catalogue.versions(code);
		assertThat(history.versions()).hasSize(2);
		assertThat(history.versions().get(0).plan().effectiveFrom()).isEqualTo(Instant.EPOCH);
		assertThat(history.latest().plan().effectiveFrom()).isEqualTo(from);
		assertThat(history.latest().recordedBy()).isEqualTo(manager.email());
		assertThat(catalogue.plan(code, clock.instant()).orElseThrow().target(1, Metric.FIRST_RESPONSE).orElseThrow()
			.amount()).as("in force now: the old version").isEqualTo(15);
		assertThat(catalogue.plan(code, from.minusSeconds(1)).orElseThrow().target(1, Metric.FIRST_RESPONSE).orElseThrow()
			.amount()).isEqualTo(15);
		ResponseTarget edited = catalogue.plan(code, from).orElseThrow().target(1, Metric.FIRST_RESPONSE).orElseThrow();
		assertThat(edited.amount()).isEqualTo(20);
		assertThat(edited.unit()).isEqualTo(TargetUnit.MINUTES);
		assertThat(edited.calendar().name()).isEqualTo("24x7");
		assertThat(catalogue.plan(code, from).orElseThrow().target(2, Metric.FIRST_RESPONSE).orElseThrow().amount())
			.as("the cells left alone are kept").isEqualTo(30);

		String page = session.get("/console/plans/" + code + "?lang=en").body();
		assertThat(page).contains("The new version was saved.", "id=\"scheduled\"");
		assertThat(versionRows(page)).hasSize(2);
		assertThat(versionRows(page).get(0)).contains("scheduled", "20 minutes", manager.email());
		assertThat(versionRows(page).get(1)).contains("the start (initial catalogue)", "in force", "15 minutes",
				"by Supportdesk");
		assertThat(session.get("/console/plans?lang=en").body()).contains("next version from");
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', textBlock = """
			a negative target           | target-1-FIRST_RESPONSE-amount   | -5                | Enter a whole number from 0 to 1,000,000.
			a target that is no number  | target-2-FIRST_RESPONSE-amount   | soon              | Enter a whole number from 0 to 1,000,000.
			an unknown calendar         | target-1-FIRST_RESPONSE-calendar | Mars time         | Choose one of the options.
			an unknown unit             | target-1-UPDATE-unit             | FORTNIGHTS        | Choose one of the options.
			no English description      | descriptions.en                  | '  '              | Please fill this in.
			no name                     | name                             | ''                | Please fill this in.
			too many trial days         | trialLicenceMaxDays              | 400               | Enter a whole number from 0 to 366.
			an instant in the past      | effectiveFrom                    | 2020-01-01T00:00  | cannot lie in the past
			""")
	void badInputIsShownNextToItsFieldKeepsWhatWasTypedAndWritesNothing(String what, String field, String value,
			String message) {
		PlanCode code = premierCopy();
		WebSession session = WebSession.signIn(port, accounts.staff(Role.MANAGER).email());
		String revision = revision(session, code);
		HttpResponse<String>[] refused = response();

		DatabaseSnapshot.withTimersHeld(timers, () -> {
			Map<String, String> before = DatabaseSnapshot.take(jdbc);
			refused[0] = session.form("/console/plans/" + code, "/console/plans/" + code + "?lang=en",
					premierFields(revision, Map.of(field, value)));
			assertThat(DatabaseSnapshot.take(jdbc)).as("nothing written").isEqualTo(before);
		});

		assertThat(refused[0].statusCode()).isEqualTo(200);
		String body = refused[0].body();
		String input = "(<input|<select|<textarea)[^>]*name=\"" + Pattern.quote(field) + "\"";
		assertThat(body).as("the error follows its field").containsPattern("(?s)" + input + ".*?<span class=\"field-error\">"
				+ "[^<]*" + Pattern.quote(message));
		if (!value.isBlank() && !field.endsWith("unit") && !field.endsWith("calendar")) {
			assertThat(body).as("what was typed stays").containsPattern(input + "[^>]*value=\"" + Pattern.quote(value) + "\"");
		}
		assertThat(catalogue.versions(code).versions()).hasSize(1);
	}

	@Test
	void aFormLoadedBeforeSomeoneElseSavedIsRefusedAsAConcurrentChangeAndWritesNothing() {
		PlanCode code = premierCopy();
		AccountFixtures.Staff manager = accounts.staff(Role.MANAGER);
		WebSession session = WebSession.signIn(port, manager.email());
		String revision = revision(session, code);
		// Meanwhile another manager saves through the API's facade call, from an hour on.
		catalogue.update(accounts.as(accounts.staff(Role.MANAGER).id()), code,
				new PlanEdit(testPlan(), clock.instant().plus(Duration.ofHours(1)), null));

		HttpResponse<String> refused = session.form("/console/plans/" + code, "/console/plans/" + code + "?lang=en",
				premierFields(revision, Map.of("target-1-FIRST_RESPONSE-amount", "20")));

		assertThat(refused.statusCode()).isEqualTo(409);
		assertThat(refused.body()).contains("Someone else changed this at the same moment; nothing was changed.");
		assertThat(catalogue.versions(code).versions()).hasSize(2);
		assertThat(catalogue.versions(code).latest().plan().target(1, Metric.FIRST_RESPONSE).orElseThrow().amount())
			.isEqualTo(15);

		HttpResponse<String> again = save(session, code, Map.of("target-1-FIRST_RESPONSE-amount", "20",
				"effectiveFrom", ""));
		assertThat(again.statusCode()).as("a reloaded form is not stale; but now lies before the scheduled version")
			.isEqualTo(200);
		assertThat(again.body()).contains("must not be before the plan&#39;s latest version");
	}

	@Test
	void agentsSeeTheVersionsWithoutTheEditorAndMayNotSave() {
		PlanCode code = premierCopy();
		WebSession agent = WebSession.signIn(port, accounts.staff(Role.AGENT).email());
		String revision = String.valueOf(catalogue.versions(code).revision());

		String page = agent.get("/console/plans/" + code + "?lang=en").body();
		HttpResponse<String> refused = agent.form("/console/account", "/console/plans/" + code,
				premierFields(revision, Map.of("target-1-FIRST_RESPONSE-amount", "20")));

		assertThat(page).contains("id=\"versions\"", "Only support managers edit plans.").doesNotContain("id=\"plan-form\"");
		assertThat(agent.get("/console/plans?lang=en").body()).contains("id=\"open-" + code + "\"")
			.doesNotContain("Edit plan and versions");
		assertThat(refused.statusCode()).isEqualTo(403);
		assertThat(catalogue.versions(code).versions()).hasSize(1);
	}

	@Test
	void customersReachNeitherThePlanPageNorItsForm() {
		PlanCode code = premierCopy();
		AccountFixtures.Tenant tenant = accounts.tenant();
		WebSession customer = WebSession.signIn(port, tenant.adminEmail());
		String revision = String.valueOf(catalogue.versions(code).revision());

		assertThat(customer.get("/console/plans/" + code).statusCode()).isEqualTo(403);
		assertThat(customer.form("/portal/account", "/console/plans/" + code,
				premierFields(revision, Map.of("target-1-FIRST_RESPONSE-amount", "20"))).statusCode()).isEqualTo(403);
		assertThat(catalogue.versions(code).versions()).hasSize(1);
	}

	@Test
	void aManagerWritesDescriptionsPerLanguageAndReadersSeeTheirsOrTheEnglishOne() {
		PlanCode code = premierCopy();
		AccountFixtures.Tenant tenant = accounts.tenant();
		plans.subscribe(tenant.id(), code);
		WebSession manager = WebSession.signIn(port, accounts.staff(Role.MANAGER).email());
		Map<String, String> descriptions = new LinkedHashMap<>();
		descriptions.put("descriptions.en", "Everything, around the clock.");
		descriptions.put("descriptions.de", "Alles, rund um die Uhr.");
		descriptions.put("descriptions.fr", "");
		descriptions.put("descriptions.es", "");

		assertThat(save(manager, code, descriptions).statusCode()).isEqualTo(302);

		WebSession customer = WebSession.signIn(port, tenant.userEmail());
		assertThat(description(customer.get("/portal/plan?lang=de").body())).isEqualTo("Alles, rund um die Uhr.");
		assertThat(description(customer.get("/portal/plan?lang=fr").body())).as("French falls back to English")
			.isEqualTo("Everything, around the clock.");
		assertThat(description(customer.get("/portal/plan?lang=en").body())).isEqualTo("Everything, around the clock.");
		String catalogueInGerman = manager.get("/console/plans?lang=de").body();
		assertThat(catalogueInGerman).contains("Alles, rund um die Uhr.").doesNotContain("Everything, around the clock.");
		assertThat(manager.get("/console/plans/" + code + "?lang=es").body())
			.containsPattern("name=\"descriptions.de\"[^>]*>Alles, rund um die Uhr.</textarea>")
			.containsPattern("name=\"descriptions.fr\"[^>]*></textarea>");
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', textBlock = """
			en | All of Standard, with a dedicated technical account manager
			de | Alles aus Standard, dazu ein persönlicher Technical Account Manager
			fr | Tout Standard, avec un responsable technique de compte dédié
			es | Todo lo de Standard, con un gestor técnico de cuenta dedicado
			""")
	void theSeededPlansAreDescribedInEachLanguageAndTheirFirstVersionIsNotDated1970(String language, String premier) {
		WebSession staff = WebSession.signIn(port, accounts.staff(Role.AGENT).email());

		String page = staff.get("/console/plans?lang=" + language).body();

		assertThat(section(page, "PREMIER")).contains(premier).doesNotContain("1970");
		for (String code : List.of("STANDARD", "PREMIER", "PROCTORED_EXAM_24X7")) {
			assertThat(catalogue.plan(new PlanCode(code), clock.instant()).orElseThrow().description()
				.written(Language.ofCode(language).orElseThrow())).as(code + " in " + language).isPresent();
		}
		assertThat(section(staff.get("/console/plans?lang=en").body(), "STANDARD"))
			.contains("initial version, in force from the start");
	}

	/**
	 * A plan of this test's own, in force from the epoch like the seeded plans: Premier's targets, but
	 * only the entitlements every plan has — the catalogue is shared, and a refusal ("live chat is part
	 * of Premier support") names every plan that offers what was refused.
	 */
	private PlanCode premierCopy() {
		PlanCode code = new PlanCode("EDITOR_" + Long.toString(System.nanoTime() % 100_000_000L, 36).toUpperCase());
		catalogue.put(CurrentUser.system(), code, testPlan(), Instant.EPOCH);
		return code;
	}

	static PlanChange testPlan() {
		Map<Language, String> texts = new EnumMap<>(Language.class);
		texts.put(Language.EN, "Premier, copied for a test.");
		return new PlanChange("Premier copy", new PlanDescription(texts), PlanSeeds.standard().entitlements(), 0,
				PlanSeeds.premier().targets());
	}

	/** Loads the editor and posts it with Premier's content, changed by {@code changes}. */
	private static HttpResponse<String> save(WebSession session, PlanCode code, Map<String, String> changes) {
		return session.form("/console/plans/" + code, "/console/plans/" + code + "?lang=en",
				premierFields(revision(session, code), changes));
	}

	private static String revision(WebSession session, PlanCode code) {
		Matcher revision = REVISION.matcher(session.get("/console/plans/" + code).body());
		assertThat(revision.find()).as("the editor carries the plan's revision").isTrue();
		return revision.group(1);
	}

	/** The editor's fields as the browser sends them for {@link #testPlan()}, then the changes. */
	private static List<Map.Entry<String, String>> premierFields(String revision, Map<String, String> changes) {
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("revision", revision);
		fields.put("name", "Premier copy");
		fields.put("descriptions.en", "Premier, copied for a test.");
		fields.put("trialLicenceMaxDays", "0");
		cell(fields, 1, "FIRST_RESPONSE", "15", "MINUTES", "24x7");
		cell(fields, 2, "FIRST_RESPONSE", "30", "MINUTES", "Standard business hours");
		cell(fields, 3, "FIRST_RESPONSE", "2", "HOURS", "Standard business hours");
		cell(fields, 4, "FIRST_RESPONSE", "1", "BUSINESS_DAYS", "Standard business hours");
		cell(fields, 1, "UPDATE", "2", "HOURS", "24x7");
		fields.put("effectiveFrom", "");
		fields.putAll(changes);
		List<Map.Entry<String, String>> form = new ArrayList<>();
		fields.forEach((name, value) -> form.add(Map.entry(name, value)));
		PlanSeeds.standard().entitlements().stream().sorted().forEach(e -> form.add(Map.entry("entitlements", e.name())));
		return form;
	}

	private static void cell(Map<String, String> fields, int severity, String metric, String amount, String unit,
			String calendar) {
		String prefix = "target-" + severity + "-" + metric + "-";
		fields.put(prefix + "amount", amount);
		fields.put(prefix + "unit", unit);
		fields.put(prefix + "calendar", calendar);
	}

	private static List<String> versionRows(String page) {
		Matcher rows = Pattern.compile("(?s)<tr class=\"version[^\"]*\">(.*?)</tr>").matcher(page);
		List<String> found = new ArrayList<>();
		while (rows.find()) {
			found.add(rows.group(1).replaceAll("<[^>]+>", " ").replaceAll("\\s+", " ").strip());
		}
		return found;
	}

	private static String description(String page) {
		Matcher description = Pattern.compile("<p class=\"plan-description\">([^<]*)</p>").matcher(page);
		assertThat(description.find()).as("a plan description on the page").isTrue();
		return description.group(1);
	}

	private static String section(String page, String code) {
		Matcher section = Pattern.compile("(?s)<section class=\"catalogue-plan\" id=\"plan-" + code + "\">(.*?)</section>")
			.matcher(page);
		assertThat(section.find()).as("the catalogue shows " + code).isTrue();
		return section.group(1);
	}

	@SuppressWarnings("unchecked")
	private static HttpResponse<String>[] response() {
		return new HttpResponse[1];
	}
}
