package io.supportdesk.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.Supplier;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.github.kagkarlsson.scheduler.Scheduler;

import tools.jackson.databind.JsonNode;

import io.supportdesk.DatabaseSnapshot;
import io.supportdesk.EndpointFixtures;
import io.supportdesk.Http;
import io.supportdesk.SupportdeskTest;
import io.supportdesk.accounts.AccountFixtures;
import io.supportdesk.accounts.AccountFixtures.Tenant;
import io.supportdesk.accounts.ApiTokenManagement;
import io.supportdesk.accounts.Role;
import io.supportdesk.accounts.UserId;
import io.supportdesk.web.BadInputs.Attempt;
import io.supportdesk.web.BadInputs.Target;
import io.supportdesk.web.OpenApiOperations.Operation;
import io.supportdesk.web.OpenApiOperations.Parameter;

/**
 * The API under fuzzed input, found from the running application's OpenAPI document: every operation
 * gets bodies that are no JSON, fields missing, null, of the wrong type, 1 MB long, with control
 * characters and odd Unicode, numbers out of range, extra fields, wrong content types, malformed and
 * unknown ids and the ids of another tenant — as anonymous, a customer admin, an agent and an
 * administrator. No answer is a 5xx; every 4xx is a problem detail, a refused body or parameter names
 * the field; a refusal writes nothing (a {@link DatabaseSnapshot} around each batch of refusals).
 * Generators are sampled per operation with a fixed seed ({@code -Dfuzz.seed=…} replays another).
 */
@SupportdeskTest
class ApiFuzzTests {

	private static final Logger log = LoggerFactory.getLogger(ApiFuzzTests.class);

	private static final long SEED = Long.getLong("fuzz.seed", 20261206L);

	/** Fewer requests than this means the walk lost operations (the run sends about 9,000). */
	private static final int MINIMUM_REQUESTS = 6000;

	@LocalServerPort
	int port;

	@Autowired
	Scheduler timers;

	@Autowired
	AccountFixtures accounts;

	@Autowired
	EndpointFixtures fixtures;

	@Autowired
	ApiTokenManagement tokens;

	@Autowired
	JdbcClient jdbc;

	private final List<String> findings = new ArrayList<>();

	/**
	 * Findings that are the API's intended behaviour, each with its reason: a finding matching one is
	 * counted and logged, not failed. Nothing else may be added here without a reason of its own.
	 */
	private static final List<Allowance> ALLOWED = List.of(
			new Allowance("bad input served: \\S+ /api/suggestions/\\S+ \\[ids of another tenant\\]",
					"product suggestions are one catalogue shared by every entitled organisation (SPEC: customers vote "
							+ "on each other's suggestions), so another organisation's suggestion id is a valid id"),
			new Allowance("bad input served: DELETE /api/cases/\\S+/shares/",
					"removing a share that does not exist is an idempotent DELETE: 204, nothing changes"),
			new Allowance("refusal names \\[currentPassword\\] instead of \\[newPassword\\]: PUT /api/me/password",
					"the current password is checked before the new one; an earlier served change in the run made the "
							+ "fixture's current password stale, so the refusal rightly names currentPassword"),
			new Allowance("refusal names \\[from\\] instead of \\[to\\]: GET /api/calendars/\\S+/elapsed",
					"a range refusal names its first end: from must not be after to"),
			new Allowance("refusal names \\[arrivalsPerHour\\] instead of \\[handleMinutes\\]: POST /api/planning/erlang-c",
					"a load (arrivals x handle time) beyond 100,000 agents is refused naming its first factor"));

	private int allowed;

	private record Allowance(String pattern, String reason) {

		boolean covers(String finding) {
			return java.util.regex.Pattern.compile(pattern).matcher(finding).find();
		}
	}

	/** Records a finding, unless it is allowed for a reason written above. */
	private void find(String finding) {
		for (Allowance allowance : ALLOWED) {
			if (allowance.covers(finding)) {
				allowed++;
				log.debug("fuzz: allowed ({}): {}", allowance.reason(), finding);
				return;
			}
		}
		findings.add(finding);
	}

	private final Map<Integer, Integer> statuses = new TreeMap<>();

	private int requests;

	/** Publications incomplete before the run (or given up on): not waited for. */
	private final Set<java.util.UUID> stuckPublications = new java.util.HashSet<>();

	private int unverifiedBatches;

	@Test
	void everyOperationAnswersBadInputWithAProblemNamingTheFieldAndWritesNothing() {
		JsonNode document = Http.anonymous(port).get("/api/openapi").json();
		List<Operation> operations = OpenApiOperations.of(document);
		assertThat(operations).as("operations in the OpenAPI document").hasSizeGreaterThan(100);
		Tenant a = accounts.tenant();
		Tenant b = accounts.tenant();
		List<Actor> actors = List.of(new Actor("anonymous", null, a), actor("customer", a.adminId(), a),
				actor("agent", accounts.staff(Role.AGENT).id(), a), actor("admin", accounts.staff(Role.ADMIN).id(), a));
		stuckPublications.addAll(incompletePublications());
		long started = System.nanoTime();

		DatabaseSnapshot.withTimersHeld(timers, () -> {
			for (Operation operation : operations) {
				attack(operation, actors, b, new Random(SEED ^ operation.key().hashCode()));
			}
		});

		long seconds = Duration.ofNanos(System.nanoTime() - started).toSeconds();
		log.info("fuzz: {} requests over {} operations as {} callers in {} s, seed {}; answers by status {};"
				+ " {} batches not compared (a caller was served); {} findings, {} allowed", String.format("%,d", requests),
				operations.size(), actors.size(), seconds, SEED, statuses, unverifiedBatches, findings.size(), allowed);
		writeFindings();
		assertThat(findings).as("findings (seed %d), also in target/api-fuzz-findings.txt", SEED).isEmpty();
		assertThat(requests).as("requests tried").isGreaterThanOrEqualTo(MINIMUM_REQUESTS);
	}

	private void writeFindings() {
		try {
			java.nio.file.Files.write(java.nio.file.Path.of("target", "api-fuzz-findings.txt"), findings);
		}
		catch (java.io.IOException ex) {
			log.warn("fuzz: could not write the findings", ex);
		}
	}

	private void attack(Operation operation, List<Actor> actors, Tenant other, Random random) {
		Map<Actor, Target> targets = new LinkedHashMap<>();
		Map<String, Object> validBody = validBody(operation);
		Map<String, String> ownIds = ids(operation, actors.get(0).tenant());
		actors.forEach(actor -> targets.put(actor, new Target(operation, ownIds, validBody)));
		Target otherTenants = new Target(operation, ids(operation, other), validBody);

		List<Actor> served = new ArrayList<>();
		List<Sent> batch = new ArrayList<>();
		List<Sent> oneByOne = new ArrayList<>();
		for (Actor actor : actors) {
			Target target = targets.get(actor);
			// the plan catalogue is shared by every test: it gets only bad input that must be refused
			boolean shared = operation.isWrite() && operation.path().contains("{planCode}");
			if (!"DELETE".equals(operation.method()) && !shared && send(actor, BadInputs.valid(target), false) < 300) {
				served.add(actor);
				settle(actor);
			}
			List<Attempt> attempts = new ArrayList<>(BadInputs.bodyAndQuery(target, random));
			attempts.addAll(BadInputs.pathValues(target, random));
			if (actor.name().equals("customer") && !otherTenants.validUrl().equals(target.validUrl())) {
				attempts.add(BadInputs.otherTenants(target, otherTenants));
			}
			if (actor.user() == null) {
				attempts = BadInputs.sample(attempts.stream().filter(Attempt::mustRefuse).toList(), 4, random);
			}
			if (shared) {
				attempts = attempts.stream().filter(Attempt::mustRefuse).toList();
			}
			for (Attempt attempt : attempts) {
				(attempt.mustRefuse() || !operation.isWrite() || !served.contains(actor) ? batch : oneByOne)
					.add(new Sent(actor, attempt));
			}
		}
		sendBatch(operation, batch, served);
		sendOneByOne(oneByOne, served);
	}

	/** Refusals (and reads) in one go: the database is the same before and after, unless someone was served a write. */
	private void sendBatch(Operation operation, List<Sent> batch, List<Actor> served) {
		Map<String, String> before = snapshot();
		boolean written = false;
		boolean read = false;
		for (Sent sent : batch) {
			int status = send(sent.actor(), sent.attempt(), served.contains(sent.actor()));
			if (status < 300 && operation.isWrite()) {
				written = true;
				settle(sent.actor());
			}
			read |= status < 300;
		}
		Map<String, String> after = snapshot();
		if (read && !written) {
			// a served download is recorded (who fetched which file when), as the audit log records a request
			before.remove("downloads_audit");
			after.remove("downloads_audit");
		}
		if (written) {
			unverifiedBatches++;
		}
		else {
			compare(before, after, operation + ": " + batch.size() + " refused requests");
		}
	}

	/** Odd but possibly acceptable input to a write the caller may make: a snapshot around each refusal. */
	private void sendOneByOne(List<Sent> attempts, List<Actor> served) {
		Map<String, String> before = snapshot();
		for (Sent sent : attempts) {
			int status = send(sent.actor(), sent.attempt(), true);
			if (status < 300) {
				settle(sent.actor());
				before = snapshot();
			}
			else {
				Map<String, String> after = snapshot();
				compare(before, after, sent.attempt() + " as " + sent.actor().name());
				before = after;
			}
		}
	}

	/** {@code served}: the caller was served the valid request, so a 400 must name the very field that was spoilt. */
	private int send(Actor actor, Attempt attempt, boolean served) {
		Http.Response response = actor.http().sendRaw(attempt.method(), attempt.path(), attempt.body(), headers(attempt));
		requests++;
		statuses.merge(response.status(), 1, Integer::sum);
		String what = attempt + " as " + actor.name() + " answered " + response.status() + " "
				+ abbreviate(response.body());
		int status = response.status();
		if (status >= 500) {
			find("server error: " + what);
		}
		else if (status >= 400) {
			checkProblem(attempt, response, what, served);
		}
		else if (attempt.mustRefuse()) {
			find("bad input served: " + what);
		}
		return status;
	}

	private void checkProblem(Attempt attempt, Http.Response response, String what, boolean served) {
		String type = response.header("Content-Type");
		if (type == null || !type.startsWith("application/problem+json")) {
			find("not a problem detail (" + type + "): " + what);
			return;
		}
		JsonNode problem = response.json();
		if (problem.path("status").asInt() != response.status()) {
			find("problem with another status: " + what);
		}
		if (response.status() == 400 && attempt.fields() != null) {
			List<String> named = problem.path("errors").valueStream().map(e -> e.path("field").asString(""))
				.filter(f -> !f.isBlank()).toList();
			if (named.isEmpty()) {
				find("refusal names no field: " + what);
			}
			else if (served && !attempt.fields().isEmpty() && named.stream().noneMatch(f -> attempt.fields().stream()
				.anyMatch(expected -> f.equals(expected) || f.startsWith(expected + ".") || f.startsWith(expected + "[")))) {
				find("refusal names " + named + " instead of " + attempt.fields() + ": " + what);
			}
		}
	}

	/** After a write was served: its listeners have run, and the caller's token still works (a password change revokes it). */
	private void settle(Actor actor) {
		try {
			Awaitility.await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(20))
				.until(() -> stuckPublications.containsAll(incompletePublications()));
		}
		catch (org.awaitility.core.ConditionTimeoutException ex) {
			stuckPublications.addAll(incompletePublications());
			log.warn("fuzz: event listeners still busy after 10 s: {}", stuckPublications);
		}
		if (actor.user() != null && actor.http().get("/api/me").status() == 401) {
			actor.reissue(tokens, accounts);
		}
	}

	private List<java.util.UUID> incompletePublications() {
		return jdbc.sql("select id from event_publication where completion_date is null").query(java.util.UUID.class).list();
	}

	/** The database's content; of the API tokens, not their last use (stamped by a request, whatever it asked). */
	private Map<String, String> snapshot() {
		Map<String, String> snapshot = new HashMap<>(DatabaseSnapshot.take(jdbc));
		snapshot.put("accounts_api_token", jdbc.sql("select count(*) || ':' || coalesce(md5(string_agg((to_jsonb(t)"
				+ " - 'last_used_at' - 'version')::text, ',' order by t.id)), '') from accounts_api_token t")
			.query(String.class).single());
		return snapshot;
	}

	private void compare(Map<String, String> before, Map<String, String> after, String what) {
		if (!before.equals(after)) {
			List<String> changed = before.keySet().stream().filter(t -> !before.get(t).equals(after.get(t))).toList();
			find("refusal wrote to " + changed + ": " + what);
		}
	}

	/** Fresh ids of the tenant's own resources for each path variable of the operation. */
	private Map<String, String> ids(Operation operation, Tenant tenant) {
		Map<String, Function<Tenant, String>> known = fixtures.idsOwnedBy();
		Map<String, String> ids = new HashMap<>();
		for (Parameter parameter : operation.in("path")) {
			Function<Tenant, String> fixture = known.get(parameter.name());
			ids.put(parameter.name(), fixture == null ? BadInputs.exampleValue(parameter.schema()) : fixture.apply(tenant));
			if (fixture == null) {
				find("no fixture for {" + parameter.name() + "} of " + operation
						+ ": add one to EndpointFixtures.idsOwnedBy()");
			}
		}
		return ids;
	}

	private Map<String, Object> validBody(Operation operation) {
		if (!operation.takesJson()) {
			return Map.of();
		}
		Supplier<Map<String, Object>> valid = fixtures.validBodies().get(operation.key());
		return valid == null ? BadInputs.exampleBody(operation) : valid.get();
	}

	private Actor actor(String name, UserId user, Tenant tenant) {
		Actor actor = new Actor(name, user, tenant);
		actor.reissue(tokens, accounts);
		actor.http().get("/api/me");
		return actor;
	}

	private static Map<String, String> headers(Attempt attempt) {
		Map<String, String> headers = new HashMap<>(attempt.headers());
		headers.put("Accept", "application/json, application/problem+json");
		return headers;
	}

	private static String abbreviate(String body) {
		String line = body == null ? "" : body.replace('\n', ' ').replace('\r', ' ');
		return line.length() > 300 ? line.substring(0, 300) + "…" : line;
	}

	record Sent(Actor actor, Attempt attempt) {
	}

	/** A caller: anonymous (no user) or a user with a personal API token. */
	final class Actor {

		private final String name;

		private final UserId user;

		private final Tenant tenant;

		private Http http;

		Actor(String name, UserId user, Tenant tenant) {
			this.name = name;
			this.user = user;
			this.tenant = tenant;
			this.http = Http.anonymous(port);
		}

		void reissue(ApiTokenManagement tokens, AccountFixtures accounts) {
			http = Http.bearer(port, tokens.issue(accounts.as(user), "fuzz", Duration.ofDays(1)).token());
		}

		String name() {
			return name;
		}

		UserId user() {
			return user;
		}

		Tenant tenant() {
			return tenant;
		}

		Http http() {
			return http;
		}
	}

}
