package io.supportdesk;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestComponent;

import io.supportdesk.accounts.AccountFixtures;
import io.supportdesk.accounts.AccountFixtures.Tenant;
import io.supportdesk.accounts.ApiTokenManagement;
import io.supportdesk.accounts.Role;
import io.supportdesk.accounts.TeamManagement;
import io.supportdesk.calendars.CalendarManagement;
import io.supportdesk.cases.CaseAttachments;
import io.supportdesk.cases.CaseManagement;
import io.supportdesk.cases.Channel;
import io.supportdesk.cases.OpenCase;
import io.supportdesk.plans.AddOnKind;
import io.supportdesk.plans.AddOnManagement;
import io.supportdesk.plans.PlanCode;
import io.supportdesk.plans.PlanFixtures;
import io.supportdesk.plans.TrialLicenceManagement;

/**
 * What the endpoint-wide tests need to call any {@code /api/**} endpoint: an id for every path
 * variable (owned by a given tenant, or the vendor's) and a valid request body for every write
 * endpoint. A new endpoint with a new path variable or body fails those tests until it is added here.
 */
@TestComponent
public class EndpointFixtures {

	@Autowired
	AccountFixtures accounts;

	@Autowired
	ApiTokenManagement tokens;

	@Autowired
	TeamManagement teams;

	@Autowired
	CalendarManagement calendars;

	@Autowired
	PlanFixtures plans;

	@Autowired
	AddOnManagement addOns;

	@Autowired
	TrialLicenceManagement licences;

	@Autowired
	CaseManagement cases;

	@Autowired
	CaseAttachments attachments;

	@Autowired
	io.supportdesk.exams.ExamCoverage exams;

	@Autowired
	io.supportdesk.exams.ExamBookingManagement examBookings;

	@Autowired
	org.springframework.jdbc.core.simple.JdbcClient jdbc;

	@Autowired
	io.supportdesk.webhooks.Webhooks webhooks;

	@Autowired
	io.supportdesk.oncall.Rotas rotas;

	@Autowired
	io.supportdesk.knowledge.KnowledgeBase knowledge;

	@Autowired
	io.supportdesk.downloads.DownloadFixtures downloads;

	@Autowired
	io.supportdesk.suggestions.SuggestionBoard suggestions;

	@Autowired
	io.supportdesk.chat.ChatManagement chats;

	@Autowired
	io.supportdesk.chat.ChatAttachments chatFiles;

	/** For each path variable: an id of a resource that belongs to the given tenant (or to the vendor). */
	public Map<String, Function<Tenant, String>> idsOwnedBy() {
		return Map.ofEntries(
				Map.entry("subscriptionId", tenant -> plans.subscribe(tenant.id(), PlanCode.PREMIER).toString()),
				Map.entry("addOnId", tenant -> addOns.request(accounts.as(tenant.adminId()), tenant.id(), AddOnKind.TRAINING,
						"Training").toString()),
				Map.entry("licenceId", tenant -> {
					plans.subscribe(tenant.id(), PlanCode.PREMIER);
					return licences.request(accounts.as(tenant.adminId()), tenant.id(), "Proctor", "QA", 10).toString();
				}),
				Map.entry("planCode", tenant -> "STANDARD"),
				Map.entry("windowId", tenant -> exams.book(io.supportdesk.accounts.CurrentUser.system(), tenant.id(),
						java.time.Instant.parse("2030-01-01T08:00:00Z"), java.time.Instant.parse("2030-01-01T12:00:00Z")).id()
					.toString()),
				Map.entry("bookingId", tenant -> examBookings.book(io.supportdesk.accounts.CurrentUser.system(), tenant.id(),
						io.supportdesk.exams.ExamBookingRequest.onDemand("UTC", java.time.Instant.parse("2030-02-01T08:00:00Z"),
								java.time.Instant.parse("2030-02-01T12:00:00Z"))).id().toString()),
				Map.entry("caseId", tenant -> caseOf(tenant).toString()),
				Map.entry("attachmentId", tenant -> attachments.attach(accounts.as(tenant.userId()), caseOf(tenant), "a.txt",
						new java.io.ByteArrayInputStream("hello".getBytes())).id().toString()),
				Map.entry("calendarId", tenant -> calendars.create(io.supportdesk.accounts.CurrentUser.system(), "Calendar " + UUID.randomUUID(),
						new io.supportdesk.calendars.CalendarDocument("Europe/Berlin", false, Map.of(java.time.DayOfWeek.MONDAY,
								List.of(new io.supportdesk.calendars.CalendarDocument.Hours("08:00", "20:00"))), null, null, null)).toString()),
				Map.entry("date", tenant -> "2030-12-24"),
				Map.entry("month", tenant -> "2026-03"),
				Map.entry("organisationId", tenant -> tenant.id().toString()),
				Map.entry("userId", tenant -> tenant.userId().toString()),
				Map.entry("tokenId", tenant -> tokens.issue(accounts.as(tenant.adminId()), "fixture", Duration.ofDays(1)).id().toString()),
				Map.entry("quarantineId", tenant -> {
					UUID id = UUID.randomUUID();
					jdbc.sql("insert into mail_quarantine (id, mailbox, message_key, sender, subject, reason, raw, state, received_at)"
							+ " values (:id, 'fixture', :key, 'someone@nowhere.example', 'Fixture', 'UNKNOWN_SENDER', :raw, 'OPEN', now())")
						.param("id", id).param("key", "<" + id + "@fixture>").param("raw", ("From: someone@nowhere.example\r\n"
								+ "Subject: Fixture\r\nMessage-ID: <" + id + "@fixture>\r\n\r\nHello.\r\n").getBytes())
						.update();
					return id.toString();
				}),
				Map.entry("webhookId", tenant -> webhooks.create(accounts.as(tenant.adminId()), new io.supportdesk.webhooks.NewWebhook(
						"http://127.0.0.1:9/fixture", List.of("*"), null)).endpoint().id().toString()),
				Map.entry("rotaId", tenant -> rotas.create(io.supportdesk.accounts.CurrentUser.system(), new io.supportdesk.oncall.NewRota(
						"Fixture " + UUID.randomUUID(), "Europe/Berlin", 2, List.of(new io.supportdesk.oncall.NewRota.NewLayer(
								"2030-01-07T09:00", "WEEKLY", null, List.of(accounts.staff(Role.AGENT).id().toString()), null, null,
								null)))).id().toString()),
				Map.entry("pageId", tenant -> {
					UUID id = UUID.randomUUID();
					jdbc.sql("insert into oncall_page (id, case_id, organisation_id, step, role, user_id, state, raised_at,"
							+ " acknowledge_by) values (:id, :case, :org, 4, 'MANAGER', :user, 'OPEN', now(), now())")
						.param("id", id).param("case", caseOf(tenant).value()).param("org", tenant.id().value())
						.param("user", accounts.staff(Role.MANAGER).id().value()).update();
					return id.toString();
				}),
				Map.entry("awayId", tenant -> {
					UUID id = UUID.randomUUID();
					UUID manager = accounts.staff(Role.MANAGER).id().value();
					jdbc.sql("insert into oncall_away (id, user_id, starts_at, ends_at, created_by, created_at)"
							+ " values (:id, :user, '2030-01-08T09:00:00Z', '2030-01-09T09:00:00Z', :user, now())")
						.param("id", id).param("user", manager).update();
					return id.toString();
				}),
				Map.entry("articleId", tenant -> internalArticle().toString()),
				Map.entry("chatId", tenant -> {
					plans.subscribe(tenant.id(), PlanCode.PREMIER);
					return chats.start(accounts.as(tenant.userId()), new io.supportdesk.chat.NewChat("Fixture chat", "en", null, null))
						.id().toString();
				}),
				// a file of another chat of the tenant's than the chatId fixture's (as attachmentId is of another case)
				Map.entry("chatAttachmentId", tenant -> {
					plans.subscribe(tenant.id(), PlanCode.PREMIER);
					io.supportdesk.accounts.CurrentUser customer = accounts.as(tenant.userId());
					io.supportdesk.chat.ChatId chat = chats.start(customer, new io.supportdesk.chat.NewChat("Fixture chat", "en",
							null, null)).id();
					return chatFiles.send(customer, chat, "a.txt", new java.io.ByteArrayInputStream("hello".getBytes()), null)
						.message().attachment().id().toString();
				}),
				Map.entry("lang", tenant -> "en"),
				// products belong to the vendor; a tenant without a subscription for the product sees none of it
				Map.entry("productId", tenant -> downloads.product().product().toString()),
				Map.entry("versionId", tenant -> downloads.product().early().toString()),
				Map.entry("fileId", tenant -> downloads.product().earlyFile().id().toString()),
				// every entitled customer reads every suggestion; a tenant without a plan finds none
				Map.entry("suggestionId", tenant -> suggestionOf(tenant).toString()),
				Map.entry("teamId", tenant -> teams.createTeam(io.supportdesk.accounts.CurrentUser.system(), "Team " + UUID.randomUUID(), null).toString()));
	}

	/** For each write endpoint: a body that would be accepted. */
	public Map<String, Supplier<Map<String, Object>>> validBodies() {
		return Map.ofEntries(
				Map.entry("POST /api/calendars", EndpointFixtures::calendar),
				Map.entry("POST /api/planning/erlang-c", () -> Map.of("arrivalsPerHour", 12.0, "handleMinutes", 20.0,
						"targetMinutes", 15.0, "serviceLevel", 0.95)),
				// a week no other test's cases fall in: an empty forecast, simulated once
				Map.entry("POST /api/planning/simulate", () -> Map.of("weekOf", "2099-03-02", "zone", "Europe/Berlin", "seed", 7,
						"replications", 1, "changes", List.of(Map.of("day", 1, "fromHour", 9, "toHour", 12, "agents", 2)))),
				Map.entry("PUT /api/calendars/{calendarId}", EndpointFixtures::calendar),
				Map.entry("POST /api/calendars/{calendarId}/holidays", () -> Map.of("date", "2030-12-24")),
				Map.entry("POST /api/calendars/{calendarId}/holidays/import", () -> Map.of("country", "de", "fromYear", 2031,
						"toYear", 2031)),
				Map.entry("POST /api/organisations", () -> Map.of("name", "Org " + UUID.randomUUID())),
				Map.entry("POST /api/cases", () -> Map.of("subject", "Exam room frozen", "description", "Nobody can start",
						"severity", 2)),
				Map.entry("POST /api/cases/{caseId}/replies", () -> Map.of("body", "Thanks", "public", true)),
				Map.entry("POST /api/cases/{caseId}/severity", () -> Map.of("severity", 2, "reason", "Confirmed")),
				Map.entry("POST /api/cases/{caseId}/status", () -> Map.of("status", "RESOLVED")),
				Map.entry("POST /api/cases/{caseId}/assignment", () -> Map.of()),
				Map.entry("POST /api/organisations/{organisationId}/exam-windows", () -> Map.of("from", "2099-01-01T08:00:00Z",
						"to", "2099-01-01T12:00:00Z")),
				Map.entry("POST /api/organisations/{organisationId}/exam-bookings", () -> Map.of("mode", "ON_DEMAND", "zone", "UTC",
						"from", "2099-02-01T08:00:00Z", "to", "2099-02-01T12:00:00Z")),
				Map.entry("PUT /api/organisations/{organisationId}/exam-bookings/{bookingId}", () -> Map.of("mode", "ON_DEMAND",
						"zone", "UTC", "from", "2099-02-02T08:00:00Z", "to", "2099-02-02T12:00:00Z")),
				// the body is an iCalendar file: only its "not JSON" case applies, and another tenant's id is refused first
				Map.entry("POST /api/organisations/{organisationId}/exam-bookings/import", Map::of),
				Map.entry("PUT /api/plans/{planCode}/exam-booking-rules", () -> Map.of("leadBusinessDays", 2, "maxWindowMinutes",
						720, "cancellationCutoffMinutes", 1440)),
				Map.entry("POST /api/cases/{caseId}/shares", () -> Map.of("userId", UUID.randomUUID().toString())),
				Map.entry("POST /api/import/cases", () -> Map.of("organisationId", UUID.randomUUID().toString(), "subject",
						"Imported", "description", "From the old desk", "events", List.of(Map.of("at",
								"2026-03-27T17:00:00Z", "type", "OPENED", "severity", 2)))),
				Map.entry("PUT /api/plans/{planCode}", () -> Map.of("name", "Standard", "entitlements", List.of("KNOWLEDGE_BASE"),
						"targets", List.of(Map.of("severity", 1, "metric", "FIRST_RESPONSE", "amount", 4, "unit", "HOURS",
								"calendar", "Standard business hours")))),
				Map.entry("POST /api/organisations/{organisationId}/subscriptions", () -> Map.of("plan", "PREMIER", "product",
						"Proctor", "start", "2026-01-01T00:00:00Z", "end", "2027-01-01T00:00:00Z")),
				Map.entry("POST /api/organisations/{organisationId}/subscriptions/{subscriptionId}/upgrade",
						() -> Map.of("plan", "PROCTORED_EXAM_24X7", "effectiveFrom", "2030-01-01T00:00:00Z")),
				Map.entry("POST /api/organisations/{organisationId}/subscriptions/{subscriptionId}/renew",
						() -> Map.of("end", "2040-01-01T00:00:00Z")),
				Map.entry("PUT /api/organisations/{organisationId}/domains",
						() -> Map.of("domains", List.of("fixture-" + UUID.randomUUID().toString().substring(0, 8) + ".example"))),
				Map.entry("POST /api/mail/quarantine/{quarantineId}/assign",
						() -> Map.of("organisationId", accounts.tenant().id().toString())),
				Map.entry("PUT /api/organisations/{organisationId}/tam", () -> Map.of("tamId", accounts.staff(Role.TAM).id().toString())),
				Map.entry("POST /api/organisations/{organisationId}/addons", () -> Map.of("kind", "CONSULTING", "description", "Help")),
				Map.entry("POST /api/addons/{addOnId}/quote", () -> Map.of("amount", 100, "currency", "EUR", "hours", 2)),
				Map.entry("POST /api/addons/{addOnId}/schedule", () -> Map.of("date", "2030-01-01")),
				Map.entry("POST /api/addons/{addOnId}/decline", () -> Map.of("reason", "Not now")),
				Map.entry("POST /api/organisations/{organisationId}/trial-licences", () -> Map.of("product", "Proctor",
						"purpose", "QA", "days", 10)),
				Map.entry("POST /api/organisations/{organisationId}/users", () -> newUser("CUSTOMER_USER")),
				Map.entry("POST /api/staff", () -> newUser("AGENT")),
				Map.entry("PUT /api/users/{userId}/role", () -> Map.of("role", "CUSTOMER_ADMIN")),
				Map.entry("PUT /api/users/{userId}/enabled", () -> Map.of("enabled", false)),
				Map.entry("PUT /api/users/{userId}/language-skills", () -> Map.of("languages", List.of("de"))),
				Map.entry("PUT /api/me/password", () -> Map.of("currentPassword", AccountFixtures.PASSWORD, "newPassword",
						"a-brand-new-password")),
				Map.entry("PUT /api/me/preferences", () -> Map.of("language", "de", "timeZone", "Europe/Berlin")),
				Map.entry("POST /api/me/tokens", () -> Map.of("name", "ci", "expiresInDays", 30)),
				Map.entry("POST /api/teams", () -> Map.of("name", "Team " + UUID.randomUUID())),
				Map.entry("POST /api/teams/{teamId}/members", () -> Map.of("userId", accounts.staff(Role.AGENT).id().toString())),
				Map.entry("POST /api/webhooks", () -> Map.of("url", "http://127.0.0.1:9/hook", "events", List.of("case.opened"))),
				Map.entry("POST /api/oncall/rotas", () -> Map.of("name", "Rota " + UUID.randomUUID(), "zone", "Europe/Berlin", "level", 2,
						"layers", List.of(Map.of("handoff", "2030-01-07T09:00", "shift", "WEEKLY", "members",
								List.of(accounts.staff(Role.AGENT).id().toString()))))),
				Map.entry("POST /api/oncall/rotas/{rotaId}/overrides", () -> Map.of("userId", accounts.staff(Role.AGENT).id().toString(),
						"from", "2030-01-08T09:00:00Z", "to", "2030-01-08T17:00:00Z")),
				Map.entry("POST /api/pages/{pageId}/acknowledge", () -> Map.of()),
				Map.entry("POST /api/oncall/away", () -> Map.of("from", "2030-01-08T09:00:00Z", "to", "2030-01-09T09:00:00Z",
						"reason", "Customer visit")),
				Map.entry("PUT /api/teams/{teamId}/lead", () -> Map.of("leadId", accounts.staff(Role.AGENT).id().toString())),
				Map.entry("POST /api/kb/articles", () -> Map.of("kind", "HOW_TO", "visibility", "PUBLIC", "category", "network",
						"translations", List.of(Map.of("lang", "en", "title", "Proxy " + UUID.randomUUID(), "summary",
								"Set the proxy", "body", "Open the settings.", "state", "PUBLISHED")))),
				Map.entry("PUT /api/kb/articles/{articleId}", () -> Map.of("kind", "FAQ", "visibility", "INTERNAL")),
				Map.entry("PUT /api/kb/articles/{articleId}/translations/{lang}", () -> Map.of("title", "Proxy settings",
						"summary", "Set the proxy", "body", "Open the settings.")),
				Map.entry("POST /api/kb/articles/{articleId}/translations/{lang}/votes", () -> Map.of("helpful", true)),
				Map.entry("POST /api/kb/articles/{articleId}/cases", () -> Map.of("caseId", UUID.randomUUID().toString())),
				Map.entry("POST /api/cases/{caseId}/articles", () -> Map.of("kind", "KNOWN_ISSUE")),
				Map.entry("POST /api/products", () -> Map.of("name", "Product " + UUID.randomUUID(), "description", "A product")),
				Map.entry("POST /api/products/{productId}/versions", () -> Map.of("version", "9.9", "channel", "GA",
						"releaseNotes", "Notes", "releasedAt", "2026-12-01T00:00:00Z")),
				Map.entry("PUT /api/products/{productId}/versions/{versionId}/support-status",
						() -> Map.of("supportStatus", "MAINTAINED")),
				Map.entry("POST /api/suggestions", () -> Map.of("title", "Dark mode", "description", "For the console",
						"product", "Constructor Proctor")),
				Map.entry("POST /api/suggestions/{suggestionId}/comments", () -> Map.of("body", "Yes please")),
				Map.entry("POST /api/suggestions/{suggestionId}/status", () -> Map.of("status", "PLANNED", "response",
						"Planned for the next release")),
				Map.entry("POST /api/suggestions/{suggestionId}/merge",
						() -> Map.of("into", suggestionOf(accounts.tenant()).toString())),
				Map.entry("POST /api/chats", () -> Map.of("topic", "Exam room frozen", "language", "en")),
				Map.entry("POST /api/chats/{chatId}/messages", () -> Map.of("body", "Hello", "clientId", UUID.randomUUID().toString())),
				Map.entry("POST /api/chats/{chatId}/read", () -> Map.of("seq", 0)),
				Map.entry("POST /api/chats/{chatId}/accept", Map::of),
				Map.entry("POST /api/chats/{chatId}/close", Map::of),
				Map.entry("POST /api/chats/{chatId}/transcript/mail", Map::of),
				Map.entry("POST /api/chats/{chatId}/case", () -> Map.of("severity", 3)),
				Map.entry("POST /api/chats/{chatId}/attach", () -> Map.of("caseId", UUID.randomUUID().toString())),
				Map.entry("PUT /api/chat/status", () -> Map.of("status", "AWAY")));
	}

	/** An internal article: only staff may know it exists (every tenant's customers get 404). */
	private io.supportdesk.knowledge.ArticleId internalArticle() {
		return knowledge.create(io.supportdesk.accounts.CurrentUser.system(),
				io.supportdesk.knowledge.ArticleDetails.of(io.supportdesk.knowledge.ArticleKind.KNOWN_ISSUE,
						io.supportdesk.knowledge.Visibility.INTERNAL, null),
				List.of(io.supportdesk.knowledge.TranslationDraft.of(io.supportdesk.shared.Language.EN, "Internal " + UUID.randomUUID(),
						"Staff only", "Escalate to engineering.", io.supportdesk.knowledge.TranslationState.PUBLISHED)));
	}

	private io.supportdesk.suggestions.SuggestionId suggestionOf(Tenant tenant) {
		plans.subscribe(tenant.id(), PlanCode.STANDARD);
		return suggestions.submit(accounts.as(tenant.userId()), new io.supportdesk.suggestions.NewSuggestion(
				"Suggestion " + UUID.randomUUID(), "A fixture", "Constructor Proctor"));
	}

	private io.supportdesk.cases.CaseId caseOf(Tenant tenant) {
		plans.subscribe(tenant.id(), PlanCode.PREMIER);
		return cases.open(accounts.as(tenant.userId()), new OpenCase(tenant.id(), tenant.userId(), "Fixture", "A case", null,
				"en", Channel.PORTAL, 3)).id();
	}

	private static Map<String, Object> calendar() {
		return Map.of("name", "Calendar " + UUID.randomUUID(), "zone", "Europe/Berlin", "alwaysOpen", false, "weeklyHours",
				Map.of("MONDAY", List.of(Map.of("from", "08:00", "to", "20:00"))), "holidays", List.of("2030-12-25"),
				"dateOverrides", Map.of("2030-12-24", List.of(Map.of("from", "08:00", "to", "12:00"))), "extraWindows",
				List.of(Map.of("from", "2030-12-07T07:00:00Z", "to", "2030-12-07T19:00:00Z")));
	}

	private static Map<String, Object> newUser(String role) {
		return Map.of("email", "u" + UUID.randomUUID() + "@example.com", "name", "Valid Name", "role", role,
				"password", "a-valid-password", "language", "en", "timeZone", "Europe/Berlin");
	}
}
