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

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import tools.jackson.databind.json.JsonMapper;

import io.supportdesk.accounts.AuditAction;
import io.supportdesk.accounts.AuditLog;
import io.supportdesk.accounts.CurrentUser;
import io.supportdesk.accounts.Role;
import io.supportdesk.calendars.CalendarId;
import io.supportdesk.calendars.CalendarManagement;
import io.supportdesk.shared.InvalidInput;
import io.supportdesk.shared.NotFound;
import io.supportdesk.shared.ChangeSignals;
import io.supportdesk.shared.TransactionMemo;

/**
 * The plan catalogue: every plan as a list of versions, each in force from an instant. Managers edit a
 * plan by adding a version from now or a later instant (the API and the console's editor make the same
 * call); a case keeps the targets of the version in force when it was opened. Read often and edited rarely, so the parsed catalogue is cached until the next edit.
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

	private final AuditLog audit;

	private final ChangeSignals signals;

	PlanCatalogue(StoredPlans stored, CalendarManagement calendars, JsonMapper json, Clock clock, AuditLog audit,
			ChangeSignals signals) {
		this.signals = signals;
		this.audit = audit;
		this.stored = stored;
		this.calendars = calendars;
		this.json = json;
		this.clock = clock;
	}

	/** Every plan as in force at {@code at}, by code. */
	@Transactional(readOnly = true)
	public List<Plan> plans(Instant at) {
		return histories().values().stream().map(history -> history.inForce(at).plan())
			.sorted(Comparator.comparing(p -> p.code().value())).toList();
	}

	@Transactional(readOnly = true)
	public Optional<Plan> plan(PlanCode code, Instant at) {
		return Optional.ofNullable(histories().get(code.value())).map(history -> history.inForce(at).plan());
	}

	/** Every version of a plan, oldest first. */
	@Transactional(readOnly = true)
	public List<Plan> history(PlanCode code) {
		return versions(code).versions().stream().map(PlanHistory.Version::plan).toList();
	}

	/** Every version of a plan with who recorded it and when, and the plan's revision. */
	@Transactional(readOnly = true)
	public PlanHistory versions(PlanCode code) {
		return Optional.ofNullable(histories().get(code.value())).orElseThrow(() -> new NotFound("refusal.notFound.plan"));
	}

	/**
	 * Gives a plan a new version (managers): the change, effective from the edit's instant (now if it
	 * names none). The instant may not lie in the past (cases opened before it keep the version they
	 * were opened under) nor before the plan's latest version; a version at the very instant of the
	 * latest one replaces it. An edit made on a revision that is no longer the plan's is refused as a
	 * concurrent change ({@link OptimisticLockingFailureException}), and nothing is written.
	 *
	 * @return the new version
	 */
	public Plan update(CurrentUser actor, PlanCode code, PlanEdit edit) {
		if (!actor.has(Role.MANAGER)) {
			throw new AccessDeniedException("Only support managers edit plans");
		}
		if (!stored.exists(code.value())) {
			throw new NotFound("refusal.notFound.plan");
		}
		if (edit.change().description().english().isBlank()) {
			throw new InvalidInput("descriptions.en", "refusal.plans.description.englishRequired");
		}
		PlanDocument document = document(edit.change());
		Instant now = clock.instant();
		Instant from = edit.effectiveFrom() == null ? now : edit.effectiveFrom();
		if (from.isBefore(now)) {
			throw new InvalidInput("effectiveFrom", "refusal.plans.version.inThePast");
		}
		if (!stored.countEdit(code.value(), edit.revision())) {
			throw new OptimisticLockingFailureException("Plan " + code + " was changed since revision " + edit.revision());
		}
		Instant latest = stored.latestVersion(code.value());
		if (from.isBefore(latest)) {
			throw new InvalidInput("effectiveFrom", "refusal.plans.version.beforeLatest", latest);
		}
		String written = json.writeValueAsString(document);
		String before = stored.versions().stream().filter(v -> v.code().equals(code.value()))
			.max(Comparator.comparing(StoredPlans.Version::effectiveFrom))
			.map(v -> state(v.effectiveFrom(), v.document())).orElse(null);
		stored.putVersion(code.value(), from, written, actor.email(), now);
		audit.recordChange(AuditAction.PLAN_CHANGED, actor, "plan " + code.value(), before, state(from, written));
		changed();
		// read back from the document, not through the cache: this transaction has not committed yet
		return plan(new StoredPlans.Version(code.value(), from, written, now, actor.email(), 0));
	}

	/** Adds a plan (seeding) or a version of it, effective from {@code at}. */
	void put(CurrentUser actor, PlanCode code, PlanChange change, Instant at) {
		PlanDocument document = document(change);
		if (!stored.exists(code.value())) {
			stored.insert(code.value(), at);
		}
		stored.countEdit(code.value(), null);
		stored.putVersion(code.value(), at, json.writeValueAsString(document), actor.email(), clock.instant());
		changed();
	}

	/** A plan version as the audit log shows it: in force from, and the document (one JSON layout). */
	private String state(Instant effectiveFrom, String document) {
		Map<String, Object> state = new java.util.LinkedHashMap<>();
		state.put("effectiveFrom", effectiveFrom.toString());
		state.put("plan", json.readTree(document));
		return json.writerWithDefaultPrettyPrinter().writeValueAsString(state);
	}

	private void changed() {
		TransactionMemo.forget(REVISION);
		cache.set(null);
		signals.changing(ChangeSignals.Topic.PLANS);
	}

	private PlanDocument document(PlanChange change) {
		List<PlanDocument.Target> targets = new ArrayList<>();
		for (int i = 0; i < change.targets().size(); i++) {
			PlanChange.Target target = change.targets().get(i);
			if (target.severity() < 1 || target.severity() > 4 || target.amount() < 0) {
				throw new InvalidInput("targets", "refusal.plans.target.invalid");
			}
			CalendarId calendar = calendars.byName(target.calendar())
				.orElseThrow(() -> new InvalidInput("targets", "refusal.plans.target.noCalendar", target.calendar()));
			targets.add(new PlanDocument.Target(target.severity(), target.metric(), target.amount(), target.unit(),
					calendar.value(), target.withExamWindows()));
		}
		long distinct = targets.stream().map(t -> t.severity() + "/" + t.metric()).distinct().count();
		if (distinct != targets.size()) {
			throw new InvalidInput("targets", "refusal.plans.target.twice");
		}
		return PlanDocument.of(change, targets);
	}

	/**
	 * The catalogue, kept on this node while no change is signalled (no statement at all), otherwise
	 * re-checked by its revision once per transaction.
	 */
	private Map<String, PlanHistory> histories() {
		long generation = signals.generation(ChangeSignals.Topic.PLANS);
		Cached cached = cache.get();
		if (cached != null && generation != ChangeSignals.UNKNOWN && cached.generation() == generation) {
			return cached.histories();
		}
		long revision = TransactionMemo.get(REVISION, stored::revision);
		if (cached != null && cached.revision() == revision) {
			cache.compareAndSet(cached, new Cached(revision, generation, cached.histories()));
			return cached.histories();
		}
		Map<String, List<StoredPlans.Version>> rows = stored.versions().stream()
			.collect(Collectors.groupingBy(StoredPlans.Version::code, TreeMap::new, Collectors.toList()));
		Map<String, PlanHistory> histories = new TreeMap<>();
		rows.forEach((code, versions) -> histories.put(code, new PlanHistory(new PlanCode(code),
				versions.get(0).revision(), versions.stream().map(this::version).toList())));
		cache.set(new Cached(revision, generation, histories));
		return histories;
	}

	private PlanHistory.Version version(StoredPlans.Version version) {
		return new PlanHistory.Version(plan(version), version.createdAt(), version.createdBy());
	}

	private Plan plan(StoredPlans.Version version) {
		PlanDocument document = json.readValue(version.document(), PlanDocument.class);
		List<ResponseTarget> targets = document.targets().stream().map(t -> new ResponseTarget(t.severity(),
				t.metric(), t.amount(), t.unit(), new TargetCalendar(new CalendarId(t.calendarId()),
						calendarName(new CalendarId(t.calendarId())), t.withExamWindows())))
			.toList();
		return new Plan(new PlanCode(version.code()), document.name(), document.planDescription(),
				document.entitlements(), targets, document.trialLicenceMaxDays(), version.effectiveFrom());
	}

	private String calendarName(CalendarId id) {
		try {
			return calendars.calendar(id).name();
		}
		catch (NotFound retired) {
			return "retired calendar " + id;
		}
	}

	private record Cached(long revision, long generation, Map<String, PlanHistory> histories) {
	}
}
