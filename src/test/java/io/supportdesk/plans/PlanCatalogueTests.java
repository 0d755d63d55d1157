package io.supportdesk.plans;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.jdbc.datasource.init.ScriptUtils;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import tools.jackson.databind.JsonNode;

import io.supportdesk.Http;
import io.supportdesk.MutableClock;
import io.supportdesk.SupportdeskTest;
import io.supportdesk.accounts.AccountFixtures;
import io.supportdesk.accounts.CurrentUser;
import io.supportdesk.accounts.Role;
import io.supportdesk.shared.Language;

/** The seeded catalogue is SPEC.md §2, cell by cell; managers edit a plan as a new version. */
@SupportdeskTest
class PlanCatalogueTests {

	@LocalServerPort
	int port;

	@Autowired
	AccountFixtures accounts;

	@Autowired
	PlanCatalogue catalogue;

	@Autowired
	MutableClock clock;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	javax.sql.DataSource dataSource;

	@Autowired
	PlatformTransactionManager transactions;

	@ParameterizedTest(name = "{0}: {1}")
	@CsvSource(delimiter = '|', textBlock = """
			STANDARD            | Standard            | KNOWLEDGE_BASE PRODUCT_SUGGESTIONS PRODUCT_DOWNLOADS MULTILINGUAL_SUPPORT
			PREMIER             | Premier             | KNOWLEDGE_BASE PRODUCT_SUGGESTIONS PRODUCT_DOWNLOADS PORTAL_CASE_MANAGEMENT LIVE_CHAT MULTILINGUAL_SUPPORT PRIORITY_QUEUEING EARLY_ADOPTER_PRODUCTS TRIAL_LICENCE DEDICATED_TAM
			PROCTORED_EXAM_24X7 | Proctored exam 24x7 | KNOWLEDGE_BASE PRODUCT_SUGGESTIONS PRODUCT_DOWNLOADS PORTAL_CASE_MANAGEMENT LIVE_CHAT MULTILINGUAL_SUPPORT PRIORITY_QUEUEING
			""")
	void theSeededEntitlementsAreTheSpecsTable(String code, String name, String entitlements) {
		JsonNode plan = plan(code);
		assertThat(plan.get("name").asString()).isEqualTo(name);
		assertThat(plan.get("entitlements").valueStream().map(JsonNode::asString).collect(Collectors.toSet()))
			.isEqualTo(Set.of(entitlements.split(" ")));
	}

	/**
	 * Every first-response cell of SPEC.md §2 and the Severity 1 update cadence: Premier's Severity 1 runs
	 * on 24x7, its other severities on the standard business hours; Proctored runs on the standard hours
	 * united with the organisation's exam windows.
	 */
	@ParameterizedTest(name = "{0} severity {1} {2}: {3} {4} on {5}")
	@CsvSource(delimiter = '|', textBlock = """
			STANDARD            | 1 | FIRST_RESPONSE | 4  | HOURS         | Standard business hours
			STANDARD            | 2 | FIRST_RESPONSE | 8  | HOURS         | Standard business hours
			STANDARD            | 3 | FIRST_RESPONSE | 1  | BUSINESS_DAYS | Standard business hours
			STANDARD            | 4 | FIRST_RESPONSE | 3  | BUSINESS_DAYS | Standard business hours
			STANDARD            | 1 | UPDATE         | 4  | HOURS         | Standard business hours
			PREMIER             | 1 | FIRST_RESPONSE | 15 | MINUTES       | 24x7
			PREMIER             | 2 | FIRST_RESPONSE | 30 | MINUTES       | Standard business hours
			PREMIER             | 3 | FIRST_RESPONSE | 2  | HOURS         | Standard business hours
			PREMIER             | 4 | FIRST_RESPONSE | 1  | BUSINESS_DAYS | Standard business hours
			PREMIER             | 1 | UPDATE         | 2  | HOURS         | 24x7
			PROCTORED_EXAM_24X7 | 1 | FIRST_RESPONSE | 15 | MINUTES       | Standard business hours ∪ exam windows
			PROCTORED_EXAM_24X7 | 2 | FIRST_RESPONSE | 45 | MINUTES       | Standard business hours ∪ exam windows
			PROCTORED_EXAM_24X7 | 3 | FIRST_RESPONSE | 4  | HOURS         | Standard business hours ∪ exam windows
			PROCTORED_EXAM_24X7 | 4 | FIRST_RESPONSE | 2  | BUSINESS_DAYS | Standard business hours ∪ exam windows
			PROCTORED_EXAM_24X7 | 1 | UPDATE         | 4  | HOURS         | Standard business hours ∪ exam windows
			""")
	void theSeededTargetsAreTheSpecsTable(String code, int severity, String metric, long amount, String unit,
			String calendar) {
		JsonNode target = plan(code).get("targets").valueStream()
			.filter(t -> t.get("severity").asInt() == severity && t.get("metric").asString().equals(metric))
			.findFirst().orElseThrow();
		assertThat(target.get("amount").asLong()).isEqualTo(amount);
		assertThat(target.get("unit").asString()).isEqualTo(unit);
		assertThat(target.get("calendar").asString()).isEqualTo(calendar);
	}

	@Test
	void eachSeededPlanHasExactlyFiveTargets() {
		for (String code : List.of("STANDARD", "PREMIER", "PROCTORED_EXAM_24X7")) {
			assertThat(plan(code).get("targets").size()).as(code).isEqualTo(5);
		}
		assertThat(plan("PREMIER").get("trialLicenceMaxDays").asInt()).isEqualTo(90);
	}

	@Test
	void aManagerEditsAPlanAsANewVersionAndTheOldOneStillAnswersForThePast() {
		PlanCode code = new PlanCode("TEST_" + (System.nanoTime() % 1_000_000));
		catalogue.put(CurrentUser.system(), code, PlanSeeds.standard(), Instant.EPOCH);
		Http manager = Http.basic(port, accounts.staff(Role.MANAGER).email(), AccountFixtures.PASSWORD);
		Instant beforeEdit = clock.instant().minusSeconds(3600);

		// (an entitlement every plan has: the catalogue is shared, and refusals name the plans offering one)
		Http.Response edited = manager.put("/api/plans/" + code, Map.of("name", "Standard plus", "entitlements",
				List.of("KNOWLEDGE_BASE", "PRODUCT_DOWNLOADS"), "targets", List.of(Map.of("severity", 1, "metric", "FIRST_RESPONSE",
						"amount", 2, "unit", "HOURS", "calendar", "Standard business hours"))));

		assertThat(edited.status()).as(edited.toString()).isEqualTo(200);
		assertThat(edited.json().get("name").asString()).isEqualTo("Standard plus");
		assertThat(catalogue.history(code)).hasSize(2);
		assertThat(catalogue.plan(code, beforeEdit).orElseThrow().name()).isEqualTo("Standard");
		assertThat(new TreeSet<>(catalogue.plan(code, clock.instant().plusSeconds(60)).orElseThrow().entitlements()))
			.containsExactlyInAnyOrder(Entitlement.PRODUCT_DOWNLOADS, Entitlement.KNOWLEDGE_BASE);
	}

	@Test
	void aPlanEditNamingAnUnknownCalendarIsRefused() {
		Http manager = Http.basic(port, accounts.staff(Role.MANAGER).email(), AccountFixtures.PASSWORD);
		Http.Response refused = manager.put("/api/plans/STANDARD", Map.of("name", "Standard", "entitlements", List.of(),
				"targets", List.of(Map.of("severity", 1, "metric", "FIRST_RESPONSE", "amount", 2, "unit", "HOURS",
						"calendar", "Mars time"))));
		assertThat(refused.status()).isEqualTo(400);
		assertThat(refused.json().get("errors").get(0).get("field").asString()).isEqualTo("targets");
		assertThat(plan("STANDARD").get("targets").size()).isEqualTo(5);
	}

	@Test
	void onlyManagersEditPlans() {
		Http agent = Http.basic(port, accounts.staff(Role.AGENT).email(), AccountFixtures.PASSWORD);
		assertThat(agent.put("/api/plans/STANDARD", Map.of("name", "x", "entitlements", List.of(), "targets", List.of()))
			.status()).isEqualTo(403);
	}

	@Test
	void theApiTakesDescriptionsPerLanguageAndStillTheSingleDescriptionAsEnglish() {
		PlanCode code = copyOfStandard();
		Http manager = Http.basic(port, accounts.staff(Role.MANAGER).email(), AccountFixtures.PASSWORD);

		Http.Response perLanguage = manager.put("/api/plans/" + code, body(Map.of("descriptions",
				Map.of("en", "Business hours help.", "de", "Hilfe zu Geschäftszeiten."))));
		assertThat(perLanguage.status()).as(perLanguage.toString()).isEqualTo(200);
		assertThat(perLanguage.json().get("description").asString()).isEqualTo("Business hours help.");
		assertThat(perLanguage.json().get("descriptions").get("de").asString()).isEqualTo("Hilfe zu Geschäftszeiten.");
		assertThat(perLanguage.json().get("descriptions").has("fr")).as("not written, falls back").isFalse();
		assertThat(catalogue.plan(code, clock.instant()).orElseThrow().description().text(Language.FR))
			.isEqualTo("Business hours help.");

		Http.Response single = manager.put("/api/plans/" + code, body(Map.of("description", "Plain English.")));
		assertThat(single.status()).as(single.toString()).isEqualTo(200);
		assertThat(single.json().get("descriptions").propertyNames()).containsExactly("en");
		assertThat(single.json().get("descriptions").get("en").asString()).isEqualTo("Plain English.");

		Http.Response neither = manager.put("/api/plans/" + code, body(Map.of()));
		assertThat(neither.status()).as(neither.toString()).isEqualTo(200);
		assertThat(neither.json().get("description").asString()).as("kept from the latest version")
			.isEqualTo("Plain English.");
	}

	@Test
	void anApiEditWithoutEnglishOrInAnUnknownLanguageIsRefusedAndWritesNothing() {
		PlanCode code = copyOfStandard();
		Http manager = Http.basic(port, accounts.staff(Role.MANAGER).email(), AccountFixtures.PASSWORD);

		Http.Response noEnglish = manager.put("/api/plans/" + code, body(Map.of("descriptions", Map.of("de", "Nur Deutsch."))));
		Http.Response klingon = manager.put("/api/plans/" + code, body(Map.of("descriptions", Map.of("en", "x", "tlh", "y"))));

		assertThat(noEnglish.status()).isEqualTo(400);
		assertThat(noEnglish.json().get("errors").get(0).get("field").asString()).isEqualTo("descriptions.en");
		assertThat(klingon.status()).isEqualTo(400);
		assertThat(klingon.json().get("errors").get(0).get("field").asString()).isEqualTo("descriptions");
		assertThat(catalogue.history(code)).hasSize(1);
	}

	/**
	 * With {@code effectiveFrom} a day ahead the version is scheduled: the old one answers until then.
	 * The revision the answer carries is the one to edit on; an older one is refused as a concurrent change.
	 */
	@Test
	void theApiSchedulesAVersionFromALaterInstantAndRefusesAStaleRevision() {
		PlanCode code = copyOfStandard();
		Http manager = Http.basic(port, accounts.staff(Role.MANAGER).email(), AccountFixtures.PASSWORD);
		long revision = plan(code.value()).get("revision").asLong();
		Instant tomorrow = clock.instant().plus(java.time.Duration.ofDays(1));

		Http.Response scheduled = manager.put("/api/plans/" + code, body(Map.of("name", "Standard from tomorrow",
				"effectiveFrom", tomorrow.toString(), "revision", revision)));
		Http.Response stale = manager.put("/api/plans/" + code, body(Map.of("name", "Lost update",
				"effectiveFrom", tomorrow.plusSeconds(60).toString(), "revision", revision)));
		Http.Response past = manager.put("/api/plans/" + code, body(Map.of("effectiveFrom",
				clock.instant().minusSeconds(60).toString())));

		assertThat(scheduled.status()).as(scheduled.toString()).isEqualTo(200);
		assertThat(Instant.parse(scheduled.json().get("effectiveFrom").asString())).isEqualTo(tomorrow);
		assertThat(scheduled.json().get("revision").asLong()).isEqualTo(revision + 1);
		assertThat(plan(code.value()).get("name").asString()).as("in force now").isEqualTo("Standard");
		assertThat(catalogue.plan(code, tomorrow).orElseThrow().name()).isEqualTo("Standard from tomorrow");
		assertThat(stale.status()).isEqualTo(409);
		assertThat(stale.json().get("title").asString()).isEqualTo("Changed concurrently");
		assertThat(past.status()).isEqualTo(400);
		assertThat(past.json().get("errors").get(0).get("field").asString()).isEqualTo("effectiveFrom");
		assertThat(catalogue.history(code)).hasSize(2);
	}

	/**
	 * A catalogue seeded before descriptions had languages stores one English description per initial
	 * version; the migration adds the seeded translations. Replayed here on Standard's initial version
	 * with its translations taken away, inside a transaction that is rolled back.
	 */
	@Test
	void theDescriptionMigrationTranslatesACatalogueSeededBeforeIt() {
		new TransactionTemplate(transactions).executeWithoutResult(tx -> {
			jdbc.sql("update plans_plan_version set document = document - 'descriptions' where code = 'STANDARD'"
					+ " and effective_from = timestamptz 'epoch'").update();
			ScriptUtils.executeSqlScript(DataSourceUtils.getConnection(dataSource),
					new ClassPathResource("db/migration/plans/V2026_12_03_0400__plan_descriptions.sql"));

			Map<String, String> translated = jdbc.sql("select key, value from plans_plan_version,"
					+ " jsonb_each_text(document -> 'descriptions') where code = 'STANDARD' and effective_from = timestamptz 'epoch'")
				.query((rs, n) -> Map.entry(rs.getString(1), rs.getString(2))).list().stream()
				.collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
			PlanDescription seeded = PlanSeeds.standard().description();
			assertThat(translated).containsOnlyKeys("en", "de", "fr", "es");
			for (Language language : Language.values()) {
				assertThat(translated.get(language.code())).as(language.code())
					.isEqualTo(seeded.written(language).orElseThrow());
			}
			tx.setRollbackOnly();
		});
	}

	/** A plan of the test's own with Standard's content, in force from the epoch like the seeded one. */
	private PlanCode copyOfStandard() {
		PlanCode code = new PlanCode("API_" + Long.toString(System.nanoTime() % 100_000_000L, 36).toUpperCase());
		catalogue.put(CurrentUser.system(), code, PlanSeeds.standard(), Instant.EPOCH);
		return code;
	}

	/** Standard's name, entitlements and one target, with {@code extra} on top. */
	private static Map<String, Object> body(Map<String, Object> extra) {
		Map<String, Object> body = new java.util.HashMap<>(Map.of("name", "Standard", "entitlements",
				List.of("KNOWLEDGE_BASE"), "targets", List.of(Map.of("severity", 1, "metric", "FIRST_RESPONSE", "amount", 4,
						"unit", "HOURS", "calendar", "Standard business hours"))));
		body.putAll(extra);
		return body;
	}

	private JsonNode plan(String code) {
		Http.Response plans = Http.basic(port, accounts.tenant().userEmail(), AccountFixtures.PASSWORD).get("/api/plans");
		return plans.json().valueStream().filter(p -> p.get("code").asString().equals(code)).findFirst().orElseThrow();
	}
}
