package io.supportdesk.plans;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import tools.jackson.databind.json.JsonMapper;

import io.supportdesk.accounts.CurrentUser;
import io.supportdesk.accounts.Role;
import io.supportdesk.calendars.CalendarId;
import io.supportdesk.calendars.CalendarManagement;
import io.supportdesk.shared.InvalidInput;
import io.supportdesk.shared.NotFound;
import io.supportdesk.shared.TransactionMemo;

/**
 * The plan catalogue: every plan as a list of versions, each in force from an instant. Managers edit a
 * plan by adding a version from now on; a case keeps the targets of the version in force when it was
 * opened. Read often and edited rarely, so the parsed catalogue is cached until the next edit.
 */
@Service
@Transactional
public class PlanCatalogue {

	private final StoredPlans stored;

	private final CalendarManagement calendars;

	private final JsonMapper json;

	private final Clock clock;

	/** The catalogue's revision is read once per transaction, under this key. */
	private static final Object REVISION = PlanCatalogue.class.getName() + ".revision";

	private final AtomicReference<Cached> cache = new AtomicReference<>();

	PlanCatalogue(StoredPlans stored, CalendarManagement calendars, JsonMapper json, Clock clock) {
		this.stored = stored;
		this.calendars = calendars;
		this.json = json;
		this.clock = clock;
	}

	/** Every plan as in force at {@code at}, by code. */
	@Transactional(readOnly = true)
	public List<Plan> plans(Instant at) {
		return versions().values().stream().map(versions -> inForce(versions, at)).flatMap(Optional::stream)
			.sorted(Comparator.comparing(p -> p.code().value())).toList();
	}

	@Transactional(readOnly = true)
	public Optional<Plan> plan(PlanCode code, Instant at) {
		return Optional.ofNullable(versions().get(code.value())).flatMap(versions -> inForce(versions, at));
	}

	/** Every version of a plan, oldest first. */
	@Transactional(readOnly = true)
	public List<Plan> history(PlanCode code) {
		return Optional.ofNullable(versions().get(code.value())).orElseThrow(() -> new NotFound("Plan"));
	}

	/** Gives a plan a new version from now on (managers). */
	public Plan update(CurrentUser actor, PlanCode code, PlanChange change) {
		if (!actor.has(Role.MANAGER)) {
			throw new AccessDeniedException("Only support managers edit plans");
		}
		if (!stored.exists(code.value())) {
			throw new NotFound("Plan");
		}
		put(actor, code, change, clock.instant());
		return plan(code, clock.instant()).orElseThrow();
	}

	/** Adds a plan (seeding) or a version of it, effective from {@code at}. */
	void put(CurrentUser actor, PlanCode code, PlanChange change, Instant at) {
		PlanDocument document = document(change);
		if (!stored.exists(code.value())) {
			stored.insert(code.value(), at);
		}
		stored.putVersion(code.value(), at, json.writeValueAsString(document), actor.email(), clock.instant());
		TransactionMemo.forget(REVISION);
		cache.set(null);
	}

	private PlanDocument document(PlanChange change) {
		List<PlanDocument.Target> targets = new ArrayList<>();
		for (int i = 0; i < change.targets().size(); i++) {
			PlanChange.Target target = change.targets().get(i);
			CalendarId calendar = calendars.byName(target.calendar())
				.orElseThrow(() -> new InvalidInput("targets", "no calendar is named '" + target.calendar() + "'"));
			targets.add(new PlanDocument.Target(target.severity(), target.metric(), target.amount(), target.unit(),
					calendar.value(), target.withExamWindows()));
		}
		long distinct = targets.stream().map(t -> t.severity() + "/" + t.metric()).distinct().count();
		if (distinct != targets.size()) {
			throw new InvalidInput("targets", "has two targets for one severity and metric");
		}
		return new PlanDocument(change.name(), change.description(), change.entitlements(),
				change.trialLicenceMaxDays(), targets);
	}

	private Map<String, List<Plan>> versions() {
		long revision = TransactionMemo.get(REVISION, stored::revision);
		Cached cached = cache.get();
		if (cached != null && cached.revision() == revision) {
			return cached.versions();
		}
		Map<String, List<Plan>> versions = stored.versions().stream()
			.collect(Collectors.groupingBy(StoredPlans.Version::code, TreeMap::new,
					Collectors.mapping(this::plan, Collectors.toList())));
		cache.set(new Cached(revision, versions));
		return versions;
	}

	private Plan plan(StoredPlans.Version version) {
		PlanDocument document = json.readValue(version.document(), PlanDocument.class);
		List<ResponseTarget> targets = document.targets().stream().map(t -> new ResponseTarget(t.severity(),
				t.metric(), t.amount(), t.unit(), new TargetCalendar(new CalendarId(t.calendarId()),
						calendarName(new CalendarId(t.calendarId())), t.withExamWindows())))
			.toList();
		return new Plan(new PlanCode(version.code()), document.name(), document.description(), document.entitlements(),
				targets, document.trialLicenceMaxDays(), version.effectiveFrom());
	}

	private String calendarName(CalendarId id) {
		try {
			return calendars.calendar(id).name();
		}
		catch (NotFound retired) {
			return "retired calendar " + id;
		}
	}

	/** The version in force at {@code at}; the first version also governs the time before it. */
	private static Optional<Plan> inForce(List<Plan> versions, Instant at) {
		Plan current = null;
		for (Plan version : versions) {
			if (current == null || !version.effectiveFrom().isAfter(at)) {
				current = version;
			}
		}
		return Optional.ofNullable(current);
	}

	private record Cached(long revision, Map<String, List<Plan>> versions) {
	}
}
