package io.supportdesk.plans;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import io.supportdesk.Http;
import io.supportdesk.MutableClock;
import io.supportdesk.SupportdeskTest;
import io.supportdesk.accounts.AccountFixtures;
import io.supportdesk.accounts.Role;

/** The one entitlement check: per plan, across upgrades, expiry and overlapping subscriptions. */
@SupportdeskTest
class EntitlementTests {

	static final Instant TERM_START = Instant.parse("2026-01-01T00:00:00Z");

	static final Instant TERM_END = Instant.parse("2027-01-01T00:00:00Z");

	@LocalServerPort
	int port;

	@Autowired
	AccountFixtures accounts;

	@Autowired
	PlanFixtures plans;

	@Autowired
	EntitlementCheck entitlements;

	@Autowired
	MutableClock clock;

	@ParameterizedTest(name = "{0}: {1} = {2}")
	@CsvSource({
			"STANDARD, KNOWLEDGE_BASE, true", "STANDARD, PRODUCT_SUGGESTIONS, true", "STANDARD, PRODUCT_DOWNLOADS, true",
			"STANDARD, PORTAL_CASE_MANAGEMENT, false", "STANDARD, LIVE_CHAT, false", "STANDARD, MULTILINGUAL_SUPPORT, true",
			"STANDARD, PRIORITY_QUEUEING, false", "STANDARD, EARLY_ADOPTER_PRODUCTS, false", "STANDARD, TRIAL_LICENCE, false",
			"STANDARD, DEDICATED_TAM, false",
			"PREMIER, KNOWLEDGE_BASE, true", "PREMIER, PRODUCT_SUGGESTIONS, true", "PREMIER, PRODUCT_DOWNLOADS, true",
			"PREMIER, PORTAL_CASE_MANAGEMENT, true", "PREMIER, LIVE_CHAT, true", "PREMIER, MULTILINGUAL_SUPPORT, true",
			"PREMIER, PRIORITY_QUEUEING, true", "PREMIER, EARLY_ADOPTER_PRODUCTS, true", "PREMIER, TRIAL_LICENCE, true",
			"PREMIER, DEDICATED_TAM, true",
			"PROCTORED_EXAM_24X7, KNOWLEDGE_BASE, true", "PROCTORED_EXAM_24X7, PRODUCT_SUGGESTIONS, true",
			"PROCTORED_EXAM_24X7, PRODUCT_DOWNLOADS, true", "PROCTORED_EXAM_24X7, PORTAL_CASE_MANAGEMENT, true",
			"PROCTORED_EXAM_24X7, LIVE_CHAT, true", "PROCTORED_EXAM_24X7, MULTILINGUAL_SUPPORT, true",
			"PROCTORED_EXAM_24X7, PRIORITY_QUEUEING, true", "PROCTORED_EXAM_24X7, EARLY_ADOPTER_PRODUCTS, false",
			"PROCTORED_EXAM_24X7, TRIAL_LICENCE, false", "PROCTORED_EXAM_24X7, DEDICATED_TAM, false" })
	void eachPlanGrantsExactlyItsEntitlements(String plan, Entitlement entitlement, boolean granted) {
		AccountFixtures.Tenant tenant = accounts.tenant();
		plans.subscribe(tenant.id(), new PlanCode(plan), TERM_START, TERM_END);

		assertThat(entitlements.of(tenant.id(), Instant.parse("2026-06-01T12:00:00Z")).has(entitlement)).isEqualTo(granted);
	}

	@Test
	void anUpgradeMidTermChangesEntitlementsFromItsInstantAndNotBefore() {
		AccountFixtures.Tenant tenant = accounts.tenant();
		SubscriptionId subscription = plans.subscribe(tenant.id(), PlanCode.STANDARD, TERM_START, TERM_END);
		Instant upgrade = Instant.parse("2026-03-03T14:00:00Z");
		Http operations = Http.basic(port, accounts.staff(Role.OPERATIONS).email(), AccountFixtures.PASSWORD);

		Http.Response upgraded = operations.post("/api/organisations/" + tenant.id() + "/subscriptions/" + subscription
				+ "/upgrade", Map.of("plan", "PREMIER", "effectiveFrom", upgrade.toString()));

		assertThat(upgraded.status()).as(upgraded.toString()).isEqualTo(200);
		assertThat(entitlements.of(tenant.id(), upgrade.minusSeconds(1)).has(Entitlement.LIVE_CHAT)).isFalse();
		assertThat(entitlements.of(tenant.id(), upgrade).has(Entitlement.LIVE_CHAT)).isTrue();
		// "What plan did the organisation have on 3 March at 14:00?" — from that instant on, Premier.
		Http.Response atUpgrade = operations.get("/api/organisations/" + tenant.id() + "/entitlements?at=" + upgrade);
		assertThat(atUpgrade.json().get("plans").get(0).asString()).isEqualTo("PREMIER");
		Http.Response before = operations.get("/api/organisations/" + tenant.id() + "/entitlements?at=2026-03-03T13:59:59Z");
		assertThat(before.json().get("plans").get(0).asString()).isEqualTo("STANDARD");
	}

	@Test
	void anExpiredSubscriptionEntitlesToNothingAndARenewalRestoresIt() {
		AccountFixtures.Tenant tenant = accounts.tenant();
		SubscriptionId subscription = plans.subscribe(tenant.id(), PlanCode.PREMIER, TERM_START, TERM_END);

		assertThat(entitlements.of(tenant.id(), TERM_END.minusSeconds(1)).has(Entitlement.PORTAL_CASE_MANAGEMENT)).isTrue();
		assertThat(entitlements.of(tenant.id(), TERM_END).granted()).isEmpty();
		assertThat(entitlements.of(tenant.id(), TERM_END).isSubscribed()).isFalse();

		Http operations = Http.basic(port, accounts.staff(Role.OPERATIONS).email(), AccountFixtures.PASSWORD);
		Http.Response renewed = operations.post("/api/organisations/" + tenant.id() + "/subscriptions/" + subscription
				+ "/renew", Map.of("end", "2028-01-01T00:00:00Z"));
		assertThat(renewed.status()).as(renewed.toString()).isEqualTo(200);
		assertThat(entitlements.of(tenant.id(), TERM_END).has(Entitlement.PORTAL_CASE_MANAGEMENT)).isTrue();
	}

	@Test
	void overlappingSubscriptionsGiveTheBestOfEachEntitlementAndTheShortestTarget() {
		AccountFixtures.Tenant tenant = accounts.tenant();
		plans.subscribe(tenant.id(), PlanCode.PROCTORED_EXAM_24X7, TERM_START, TERM_END);
		plans.subscribe(tenant.id(), PlanCode.PREMIER, Instant.parse("2026-06-01T00:00:00Z"), TERM_END);

		Entitlements both = entitlements.of(tenant.id(), Instant.parse("2026-07-01T00:00:00Z"));

		assertThat(both.has(Entitlement.TRIAL_LICENCE)).as("from Premier").isTrue();
		assertThat(both.has(Entitlement.LIVE_CHAT)).isTrue();
		// Severity 2: Premier's 30 minutes beats Proctored's 45; Severity 4: Premier's 1 business day beats 2.
		assertThat(both.target(2, Metric.FIRST_RESPONSE).orElseThrow().nominal()).isEqualTo(Duration.ofMinutes(30));
		assertThat(both.target(4, Metric.FIRST_RESPONSE).orElseThrow().amount()).isEqualTo(1);
		Entitlements before = entitlements.of(tenant.id(), Instant.parse("2026-05-01T00:00:00Z"));
		assertThat(before.has(Entitlement.TRIAL_LICENCE)).as("before the Premier subscription").isFalse();
		assertThat(before.target(2, Metric.FIRST_RESPONSE).orElseThrow().amount()).isEqualTo(45);
	}

	@ParameterizedTest(name = "a Standard customer asking for {0} is refused: {1}")
	@CsvSource(delimiter = '|', textBlock = """
			LIVE_CHAT              | Live chat is part of Premier and Proctored exam 24x7 support; your organisation has Standard.
			EARLY_ADOPTER_PRODUCTS | Early-adopter products is part of Premier support; your organisation has Standard.
			TRIAL_LICENCE          | A non-production trial licence is part of Premier support; your organisation has Standard.
			""")
	void aStandardCustomerIsRefusedWithAClearProblemAndAnUpgradeLink(String entitlement, String detail) {
		AccountFixtures.Tenant tenant = accounts.tenant();
		plans.subscribe(tenant.id(), PlanCode.STANDARD);
		Http customer = Http.basic(port, tenant.adminEmail(), AccountFixtures.PASSWORD);

		Http.Response refused = customer.get("/api/organisations/" + tenant.id() + "/entitlements?require=" + entitlement);

		assertThat(refused.status()).isEqualTo(403);
		assertThat(refused.header("Content-Type")).startsWith("application/problem+json");
		assertThat(refused.json().get("detail").asString()).isEqualTo(detail);
		assertThat(refused.json().get("entitlement").asString()).isEqualTo(entitlement);
		assertThat(refused.json().get("upgrade").asString()).isEqualTo("/portal/plan#upgrade");
	}

	@Test
	void aStandardCustomerCannotRequestATrialLicenceButAPremierCustomerCan() {
		AccountFixtures.Tenant standard = accounts.tenant();
		plans.subscribe(standard.id(), PlanCode.STANDARD);
		Http.Response refused = Http.basic(port, standard.adminEmail(), AccountFixtures.PASSWORD)
			.post("/api/organisations/" + standard.id() + "/trial-licences", Map.of("product", "Proctor", "purpose", "QA"));
		assertThat(refused.status()).isEqualTo(403);
		assertThat(refused.json().get("detail").asString()).contains("Premier");

		AccountFixtures.Tenant premier = accounts.tenant();
		plans.subscribe(premier.id(), PlanCode.PREMIER);
		Http customer = Http.basic(port, premier.adminEmail(), AccountFixtures.PASSWORD);
		assertThat(customer.get("/api/organisations/" + premier.id() + "/entitlements?require=LIVE_CHAT").status())
			.isEqualTo(200);
		assertThat(customer.post("/api/organisations/" + premier.id() + "/trial-licences",
				Map.of("product", "Proctor", "purpose", "QA")).status()).isEqualTo(201);
	}

	@Test
	void subscriptionsAreRecordedByOperationsWithATermThatMayLieInThePast() {
		AccountFixtures.Tenant tenant = accounts.tenant();
		Http operations = Http.basic(port, accounts.staff(Role.OPERATIONS).email(), AccountFixtures.PASSWORD);

		Http.Response recorded = operations.post("/api/organisations/" + tenant.id() + "/subscriptions", Map.of("plan",
				"PREMIER", "product", "Proctor", "start", "2025-01-01T00:00:00Z", "end", "2025-12-31T00:00:00Z"));
		assertThat(recorded.status()).as(recorded.toString()).isEqualTo(201);
		Http.Response backwards = operations.post("/api/organisations/" + tenant.id() + "/subscriptions", Map.of("plan",
				"PREMIER", "product", "Proctor", "start", "2025-12-31T00:00:00Z", "end", "2025-01-01T00:00:00Z"));
		assertThat(backwards.status()).isEqualTo(400);
		assertThat(backwards.json().get("errors").get(0).get("field").asString()).isEqualTo("end");
		Http.Response unknownPlan = operations.post("/api/organisations/" + tenant.id() + "/subscriptions", Map.of("plan",
				"GOLD", "product", "Proctor", "start", "2025-01-01T00:00:00Z", "end", "2025-12-31T00:00:00Z"));
		assertThat(unknownPlan.status()).isEqualTo(400);
		assertThat(unknownPlan.json().get("errors").get(0).get("field").asString()).isEqualTo("plan");
		Http.Response byCustomer = Http.basic(port, tenant.adminEmail(), AccountFixtures.PASSWORD).post("/api/organisations/"
				+ tenant.id() + "/subscriptions", Map.of("plan", "PREMIER", "product", "Proctor", "start",
						"2025-01-01T00:00:00Z", "end", "2026-12-31T00:00:00Z"));
		assertThat(byCustomer.status()).isEqualTo(403);
	}
}
