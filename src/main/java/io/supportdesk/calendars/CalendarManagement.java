package io.supportdesk.calendars;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Year;
import java.util.List;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import tools.jackson.databind.json.JsonMapper;

import io.supportdesk.accounts.AuditAction;
import io.supportdesk.accounts.AuditLog;
import io.supportdesk.accounts.CurrentUser;
import io.supportdesk.accounts.Role;
import io.supportdesk.shared.ChangeSignals;
import io.supportdesk.shared.Conflict;
import io.supportdesk.shared.InvalidInput;
import io.supportdesk.shared.NotFound;

/**
 * Stored, effective-dated calendars. Every edit adds a version effective from an instant (now, unless a
 * later instant is given); business time before it keeps counting under the old version, so SLA
 * clocks of open cases change only from the edit on. Managers edit; all staff read and preview.
 */
@Service
@Transactional
public class CalendarManagement {

	/** The seeded calendar of the Standard plan: Europe/Berlin, Monday to Friday 08:00–20:00, holidays. */
	public static final String STANDARD_BUSINESS_HOURS = "Standard business hours";

	/** The seeded always-open calendar. */
	public static final String ALWAYS_OPEN = "24x7";

	private final StoredCalendars stored;

	private final JsonMapper json;

	private final Clock clock;

	private final ConcurrentHashMap<UUID, Cached> engines = new ConcurrentHashMap<>();

	private final ApplicationEventPublisher events;

	private final AuditLog audit;

	private final ChangeSignals signals;

	CalendarManagement(StoredCalendars stored, JsonMapper json, Clock clock, ApplicationEventPublisher events,
			AuditLog audit, ChangeSignals signals) {
		this.signals = signals;
		this.stored = stored;
		this.json = json;
		this.clock = clock;
		this.events = events;
		this.audit = audit;
	}

	/** Creates a calendar whose first version is in force from now (and governs the past too). */
	public CalendarId create(CurrentUser actor, String name, CalendarDocument document) {
		requireManager(actor);
		return create(actor, name, definition(document), false);
	}

	CalendarId create(CurrentUser actor, String name, CalendarDefinition definition, boolean seeded) {
		requireUniqueName(name, null);
		UUID id = UUID.randomUUID();
		Instant now = clock.instant();
		stored.insert(id, name.strip(), seeded, now);
		String written = write(definition);
		stored.insertVersion(id, now, written, actor.email(), now);
		if (!seeded) {
			audit.recordChange(AuditAction.CALENDAR_CREATED, actor, "calendar " + name.strip(), null,
					state(name.strip(), now, written));
		}
		return new CalendarId(id);
	}

	/**
	 * Renames a calendar and gives it a new definition from {@code effectiveFrom} (null: now), which
	 * may not lie in the past nor before the latest version.
	 */
	public CalendarView update(CurrentUser actor, CalendarId id, String name, CalendarDocument document,
			Instant effectiveFrom) {
		requireManager(actor);
		StoredCalendars.Row row = row(id);
		requireUniqueName(name, row.id());
		CalendarDefinition definition = definition(document);
		if (!row.name().equals(name.strip())) {
			stored.rename(row.id(), name.strip());
		}
		addVersion(actor, row, name.strip(), definition, effectiveFrom);
		return calendar(id);
	}

	/** Imports a country's (and optionally a region's) public holidays for a range of years, from now on. */
	public CalendarView importHolidays(CurrentUser actor, CalendarId id, String country, String subdivision,
			Year first, Year last) {
		requireManager(actor);
		if (last.isBefore(first) || last.getValue() - first.getValue() > 50) {
			throw new InvalidInput("toYear", "refusal.calendars.holidays.years");
		}
		HolidayImport source;
		try {
			source = HolidayImport.country(country);
		}
		catch (IllegalArgumentException ex) {
			throw new InvalidInput("country", "refusal.calendars.holidays.country", country);
		}
		if (subdivision != null && !subdivision.isBlank()) {
			try {
				source = source.subdivision(subdivision);
			}
			catch (IllegalArgumentException ex) {
				throw new InvalidInput("subdivision", "refusal.calendars.holidays.subdivision", subdivision, country);
			}
		}
		SortedSet<LocalDate> imported = source.dates(first, last);
		return changeHolidays(actor, id, holidays -> holidays.addAll(imported));
	}

	/** Adds one holiday (a whole local date, closed), from now on. */
	public CalendarView addHoliday(CurrentUser actor, CalendarId id, LocalDate date) {
		requireManager(actor);
		return changeHolidays(actor, id, holidays -> holidays.add(date));
	}

	/** Removes one holiday, from now on. */
	public CalendarView removeHoliday(CurrentUser actor, CalendarId id, LocalDate date) {
		requireManager(actor);
		return changeHolidays(actor, id, holidays -> holidays.remove(date));
	}

	/** Retires a calendar: it disappears from lists, its history stays for the SLA clocks that used it. */
	public void retire(CurrentUser actor, CalendarId id) {
		requireManager(actor);
		StoredCalendars.Row row = row(id);
		if (row.seeded()) {
			throw new Conflict("calendarId", "refusal.calendars.retire.seeded", row.name());
		}
		stored.retire(row.id(), clock.instant());
		audit.recordChange(AuditAction.CALENDAR_RETIRED, actor, "calendar " + row.name(), "in use", "retired");
	}

	@Transactional(readOnly = true)
	public List<CalendarView> calendars() {
		return stored.all().stream().map(this::view).toList();
	}

	@Transactional(readOnly = true)
	public CalendarView calendar(CalendarId id) {
		return view(row(id));
	}

	@Transactional(readOnly = true)
	public Optional<CalendarId> byName(String name) {
		return stored.findByName(name).map(CalendarId::new);
	}

	/** Whether a calendar with this id was ever stored (retired ones included). */
	@Transactional(readOnly = true)
	public boolean exists(CalendarId id) {
		return stored.exists(id.value());
	}

	/**
	 * The calendar's arithmetic across all its versions (retired calendars included, since SLA history
	 * keeps using them). Kept on this node until a calendar change is signalled ({@link ChangeSignals}), then
	 * re-checked by the calendar's revision.
	 */
	@Transactional(readOnly = true)
	public BusinessCalendar businessCalendar(CalendarId id) {
		long generation = signals.generation(ChangeSignals.Topic.CALENDARS);
		Cached cached = engines.get(id.value());
		if (cached != null && generation != ChangeSignals.UNKNOWN && cached.generation() == generation) {
			return cached.calendar(); // no calendar changed since it was checked: no statement
		}
		long revision = stored.revision(id.value()).orElseThrow(() -> new NotFound("refusal.notFound.calendar"));
		if (cached != null && cached.revision() == revision) {
			engines.put(id.value(), new Cached(revision, generation, cached.calendar()));
			return cached.calendar();
		}
		List<CalendarVersion> versions = stored.versions(id.value()).stream()
			.map(v -> CalendarVersion.of(v.effectiveFrom(), read(v.definition()))).toList();
		BusinessCalendar calendar = versions.size() == 1 ? versions.get(0).calendar() : BusinessCalendar.versioned(versions);
		engines.put(id.value(), new Cached(revision, generation, calendar));
		return calendar;
	}

	private CalendarView changeHolidays(CurrentUser actor, CalendarId id,
			java.util.function.Consumer<SortedSet<LocalDate>> change) {
		StoredCalendars.Row row = row(id);
		CalendarDefinition current = current(row.id());
		SortedSet<LocalDate> holidays = new TreeSet<>(current.holidays());
		change.accept(holidays);
		CalendarDefinition changed;
		try {
			changed = new CalendarDefinition(current.zone(), current.alwaysOpen(), current.weeklyHours(), holidays,
					current.dateOverrides(), current.extraWindows());
		}
		catch (InvalidCalendarException ex) {
			throw new InvalidInput(ex.field(), ex.refusal());
		}
		addVersion(actor, row, row.name(), changed, null);
		return calendar(id);
	}

	private void addVersion(CurrentUser actor, StoredCalendars.Row row, String name, CalendarDefinition definition,
			Instant requested) {
		UUID id = row.id();
		Instant now = clock.instant();
		Instant effectiveFrom = requested == null ? now : requested;
		if (effectiveFrom.isBefore(now)) {
			throw new InvalidInput("effectiveFrom", "refusal.calendars.version.inThePast");
		}
		Instant latest = stored.latestVersion(id).orElseThrow();
		if (effectiveFrom.isBefore(latest)) {
			throw new InvalidInput("effectiveFrom", "refusal.calendars.version.beforeLatest", latest);
		}
		List<StoredCalendars.Version> versions = stored.versions(id);
		String before = state(row.name(), latest, versions.get(versions.size() - 1).definition());
		if (effectiveFrom.equals(latest)) {
			stored.deleteVersion(id, latest); // two edits at one instant: the later one wins
		}
		String written = write(definition);
		stored.insertVersion(id, effectiveFrom, written, actor.email(), now);
		audit.recordChange(AuditAction.CALENDAR_CHANGED, actor, "calendar " + name, before,
				state(name, effectiveFrom, written));
		stored.touch(id);
		events.publishEvent(new CalendarEdited(new CalendarId(id), effectiveFrom));
	}

	private CalendarView view(StoredCalendars.Row row) {
		List<StoredCalendars.Version> versions = stored.versions(row.id());
		Instant now = clock.instant();
		StoredCalendars.Version current = versions.stream().filter(v -> !v.effectiveFrom().isAfter(now))
			.reduce((a, b) -> b).orElse(versions.get(0));
		return new CalendarView(new CalendarId(row.id()), row.name(), row.seeded(), read(current.definition()),
				current.effectiveFrom(), versions.stream().map(StoredCalendars.Version::effectiveFrom).toList());
	}

	private CalendarDefinition current(UUID id) {
		return view(stored.find(id).orElseThrow(() -> new NotFound("refusal.notFound.calendar"))).current();
	}

	private StoredCalendars.Row row(CalendarId id) {
		return stored.find(id.value()).orElseThrow(() -> new NotFound("refusal.notFound.calendar"));
	}

	private void requireUniqueName(String name, UUID self) {
		stored.findByName(name.strip()).filter(other -> !other.equals(self)).ifPresent(other -> {
			throw new Conflict("name", "refusal.calendars.nameTaken", name.strip());
		});
	}

	private static CalendarDefinition definition(CalendarDocument document) {
		try {
			return document.toDefinition();
		}
		catch (InvalidCalendarException ex) {
			throw new InvalidInput(ex.field(), ex.refusal());
		}
	}

	/** A calendar version as the audit log shows it: name, in force from, definition (one JSON layout). */
	private String state(String name, Instant effectiveFrom, String definition) {
		java.util.Map<String, Object> state = new java.util.LinkedHashMap<>();
		state.put("name", name);
		state.put("effectiveFrom", effectiveFrom.toString());
		state.put("definition", json.readTree(definition));
		return json.writerWithDefaultPrettyPrinter().writeValueAsString(state);
	}

	private String write(CalendarDefinition definition) {
		return json.writeValueAsString(CalendarDocument.of(definition));
	}

	private CalendarDefinition read(String definition) {
		return json.readValue(definition, CalendarDocument.class).toDefinition();
	}

	private static void requireManager(CurrentUser actor) {
		if (!actor.has(Role.MANAGER)) {
			throw new AccessDeniedException("Only support managers edit calendars");
		}
	}

	private record Cached(long revision, long generation, BusinessCalendar calendar) {
	}
}
