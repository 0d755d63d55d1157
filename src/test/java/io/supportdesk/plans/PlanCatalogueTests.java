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

import tools.jackson.databind.JsonNode;

import io.supportdesk.Http;
import io.supportdesk.MutableClock;
import io.supportdesk.SupportdeskTest;
import io.supportdesk.accounts.AccountFixtures;
import io.supportdesk.accounts.CurrentUser;
import io.supportdesk.accounts.Role;

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

		Http.Response edited = manager.put("/api/plans/" + code, Map.of("name", "Standard plus", "entitlements",
				List.of("KNOWLEDGE_BASE", "LIVE_CHAT"), "targets", List.of(Map.of("severity", 1, "metric", "FIRST_RESPONSE",
						"amount", 2, "unit", "HOURS", "calendar", "Standard business hours"))));

		assertThat(edited.status()).as(edited.toString()).isEqualTo(200);
		assertThat(edited.json().get("name").asString()).isEqualTo("Standard plus");
		assertThat(catalogue.history(code)).hasSize(2);
		assertThat(catalogue.plan(code, beforeEdit).orElseThrow().name()).isEqualTo("Standard");
		assertThat(new TreeSet<>(catalogue.plan(code, clock.instant().plusSeconds(60)).orElseThrow().entitlements()))
			.containsExactlyInAnyOrder(Entitlement.LIVE_CHAT, Entitlement.KNOWLEDGE_BASE);
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

	private JsonNode plan(String code) {
		Http.Response plans = Http.basic(port, accounts.tenant().userEmail(), AccountFixtures.PASSWORD).get("/api/plans");
		return plans.json().valueStream().filter(p -> p.get("code").asString().equals(code)).findFirst().orElseThrow();
	}
}
