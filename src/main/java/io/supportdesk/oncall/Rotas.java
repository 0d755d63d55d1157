package io.supportdesk.oncall;

import java.sql.Timestamp;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.supportdesk.accounts.AccountManagement;
import io.supportdesk.accounts.CurrentUser;
import io.supportdesk.accounts.Role;
import io.supportdesk.accounts.UserId;
import io.supportdesk.accounts.UserSummary;
import io.supportdesk.shared.Conflict;
import io.supportdesk.shared.InvalidInput;
import io.supportdesk.shared.NotFound;

/**
 * On-call rotas: managers create them (levels 1 and 2, layers, restrictions) and record overrides;
 * staff read them and ask who is on call at an instant. The answer is {@link RotaSchedule}'s, exact at
 * hand-offs and across DST changes.
 */
@Service
@Transactional
public class Rotas {

	private final JdbcClient jdbc;

	private final AccountManagement accounts;

	private final Clock clock;

	Rotas(JdbcClient jdbc, AccountManagement accounts, Clock clock) {
		this.jdbc = jdbc;
		this.accounts = accounts;
		this.clock = clock;
	}

	/** Creates a rota (managers). Refused naming the field: name taken or blank, zone, level, a layer's parts. */
	public Rota create(CurrentUser actor, NewRota rota) {
		requireManager(actor);
		String name = rota.name() == null ? "" : rota.name().strip();
		if (name.isEmpty() || name.length() > 100) {
			throw new InvalidInput("name", "refusal.oncall.name");
		}
		ZoneId zone = zone(rota.zone());
		int level = rota.level() == null ? 1 : rota.level();
		if (level < 1 || level > 2) {
			throw new InvalidInput("level", "refusal.oncall.level");
		}
		if (rota.layers() == null || rota.layers().isEmpty()) {
			throw new InvalidInput("layers", "refusal.oncall.layers.none");
		}
		List<RotaSchedule.Layer> layers = new ArrayList<>();
		for (int i = 0; i < rota.layers().size(); i++) {
			layers.add(layer("layers[" + i + "]", rota.layers().get(i)));
		}
		if (jdbc.sql("select count(*) from oncall_rota where lower(name) = lower(:name)").param("name", name)
			.query(Integer.class).single() > 0) {
			throw new Conflict("name", "refusal.oncall.name.taken", name);
		}
		UUID id = UUID.randomUUID();
		jdbc.sql("insert into oncall_rota (id, name, zone, level, created_at) values (:id, :name, :zone, :level, :now)")
			.param("id", id).param("name", name).param("zone", zone.getId()).param("level", level)
			.param("now", Timestamp.from(clock.instant())).update();
		for (int i = 0; i < layers.size(); i++) {
			RotaSchedule.Layer layer = layers.get(i);
			RotaSchedule.Restriction restriction = layer.restriction();
			jdbc.sql("""
					insert into oncall_layer (id, rota_id, position, handoff, shift_unit, shift_length, members, restrict_from,
					  restrict_to, restrict_days)
					values (:id, :rota, :position, :handoff, :unit, :length, :members, :from, :to, :days)""")
				.param("id", UUID.randomUUID()).param("rota", id).param("position", i)
				.param("handoff", Timestamp.valueOf(layer.handoff())).param("unit", layer.unit().name())
				.param("length", layer.length())
				.param("members", layer.members().stream().map(UserId::toString).collect(Collectors.joining(",")))
				.param("from", restriction == null ? null : java.sql.Time.valueOf(restriction.from()))
				.param("to", restriction == null ? null : java.sql.Time.valueOf(restriction.to()))
				.param("days", restriction == null || restriction.days().isEmpty() ? null
						: restriction.days().stream().sorted().map(DayOfWeek::name).collect(Collectors.joining(",")))
				.update();
		}
		return rota(actor, id);
	}

	/** Every rota, level by level and by name (staff). */
	@Transactional(readOnly = true)
	public List<Rota> rotas(CurrentUser actor) {
		requireStaff(actor);
		return jdbc.sql("select id from oncall_rota order by level, name").query(UUID.class).list().stream()
			.map(id -> rota(actor, id)).toList();
	}

	/** One rota (staff). */
	@Transactional(readOnly = true)
	public Rota rota(CurrentUser actor, UUID id) {
		requireStaff(actor);
		Map<String, Object> row = jdbc.sql("select * from oncall_rota where id = :id").param("id", id).query().listOfRows()
			.stream().findFirst().orElseThrow(() -> new NotFound("refusal.notFound.rota"));
		RotaSchedule schedule = schedule(id);
		List<Rota.LayerView> layers = new ArrayList<>();
		for (int i = 0; i < schedule.layers().size(); i++) {
			RotaSchedule.Layer layer = schedule.layers().get(i);
			String shift = layer.unit() == RotaSchedule.ShiftUnit.HOURS ? "HOURS" : layer.length() == 7 ? "WEEKLY" : "DAILY";
			RotaSchedule.Restriction restriction = layer.restriction();
			layers.add(new Rota.LayerView(i, layer.handoff().toString(), shift,
					layer.unit() == RotaSchedule.ShiftUnit.HOURS ? layer.length() : layer.length() * 24, layer.members(),
					restriction == null ? null : restriction.from().toString(),
					restriction == null ? null : restriction.to().toString(),
					restriction == null ? List.of() : restriction.days().stream().sorted().map(DayOfWeek::name).toList()));
		}
		Instant now = clock.instant();
		List<Rota.OverrideView> overrides = jdbc.sql("""
				select id, user_id, starts_at, ends_at from oncall_override where rota_id = :id and ends_at > :now
				order by starts_at""").param("id", id).param("now", Timestamp.from(now))
			.query((r, n) -> new Rota.OverrideView(r.getObject("id", UUID.class), new UserId(r.getObject("user_id", UUID.class)),
					r.getTimestamp("starts_at").toInstant(), r.getTimestamp("ends_at").toInstant()))
			.list();
		return new Rota(id, (String) row.get("name"), (String) row.get("zone"), (Integer) row.get("level"), layers, overrides,
				schedule.onCallAt(now).orElse(null));
	}

	/** Records that {@code user} covers the rota from {@code from} to {@code to} (managers). */
	public Rota override(CurrentUser actor, UUID rota, UserId user, Instant from, Instant to) {
		requireManager(actor);
		rota(actor, rota);
		if (from == null) {
			throw new InvalidInput("from", "refusal.oncall.override.from");
		}
		if (to == null || !to.isAfter(from)) {
			throw new InvalidInput("to", "refusal.oncall.override.to");
		}
		staffMember("userId", user);
		jdbc.sql("""
				insert into oncall_override (id, rota_id, user_id, starts_at, ends_at, created_at)
				values (:id, :rota, :user, :from, :to, :now)""")
			.param("id", UUID.randomUUID()).param("rota", rota).param("user", user.value())
			.param("from", Timestamp.from(from)).param("to", Timestamp.from(to)).param("now", Timestamp.from(clock.instant()))
			.update();
		return rota(actor, rota);
	}

	/** Deletes a rota with its layers and overrides (managers). */
	public void delete(CurrentUser actor, UUID rota) {
		requireManager(actor);
		rota(actor, rota);
		jdbc.sql("delete from oncall_rota where id = :id").param("id", rota).update();
	}

	/** Who is on call at {@code at}, per level (1, 2): the first rota of the level, by name, that has someone. */
	@Transactional(readOnly = true)
	public Map<Integer, UserId> onCall(Instant at) {
		Map<Integer, UserId> found = new LinkedHashMap<>();
		jdbc.sql("select id, level from oncall_rota order by level, name")
			.query((r, n) -> Map.entry(r.getInt("level"), r.getObject("id", UUID.class))).list()
			.forEach(rota -> {
				if (!found.containsKey(rota.getKey())) {
					schedule(rota.getValue()).onCallAt(at).ifPresent(user -> found.put(rota.getKey(), user));
				}
			});
		return found;
	}

	/** The shifts of {@code user} on every rota between the two instants, for their calendar feed. */
	@Transactional(readOnly = true)
	public List<RotaSchedule.Shift> shiftsOf(UserId user, Instant from, Instant to) {
		List<RotaSchedule.Shift> shifts = new ArrayList<>();
		for (UUID rota : jdbc.sql("select id from oncall_rota").query(UUID.class).list()) {
			shifts.addAll(schedule(rota).shiftsOf(user, from, to));
		}
		shifts.sort(java.util.Comparator.comparing(RotaSchedule.Shift::from));
		return shifts;
	}

	RotaSchedule schedule(UUID rota) {
		ZoneId zone = ZoneId.of(jdbc.sql("select zone from oncall_rota where id = :id").param("id", rota)
			.query(String.class).single());
		List<RotaSchedule.Layer> layers = jdbc.sql("select * from oncall_layer where rota_id = :id order by position")
			.param("id", rota)
			.query((r, n) -> new RotaSchedule.Layer(r.getTimestamp("handoff").toLocalDateTime(),
					RotaSchedule.ShiftUnit.valueOf(r.getString("shift_unit")), r.getInt("shift_length"),
					Arrays.stream(r.getString("members").split(",")).map(m -> new UserId(UUID.fromString(m))).toList(),
					r.getTime("restrict_from") == null ? null : new RotaSchedule.Restriction(
							r.getTime("restrict_from").toLocalTime(), r.getTime("restrict_to").toLocalTime(),
							r.getString("restrict_days") == null ? Set.of() : Arrays.stream(r.getString("restrict_days").split(","))
								.map(DayOfWeek::valueOf).collect(Collectors.toSet()))))
			.list();
		List<RotaSchedule.Override> overrides = jdbc.sql("select user_id, starts_at, ends_at, created_at from oncall_override where rota_id = :id")
			.param("id", rota)
			.query((r, n) -> new RotaSchedule.Override(new UserId(r.getObject("user_id", UUID.class)),
					r.getTimestamp("starts_at").toInstant(), r.getTimestamp("ends_at").toInstant(),
					r.getTimestamp("created_at").toInstant()))
			.list();
		return new RotaSchedule(zone, layers, overrides);
	}

	private RotaSchedule.Layer layer(String field, NewRota.NewLayer layer) {
		if (layer == null) {
			throw new InvalidInput(field, "refusal.oncall.layer.missing");
		}
		LocalDateTime handoff;
		try {
			handoff = LocalDateTime.parse(layer.handoff() == null ? "" : layer.handoff().strip());
		}
		catch (DateTimeParseException unreadable) {
			throw new InvalidInput(field + ".handoff", "refusal.oncall.layer.handoff");
		}
		String shift = layer.shift() == null ? "" : layer.shift().strip().toUpperCase(Locale.ROOT);
		RotaSchedule.ShiftUnit unit;
		int length;
		switch (shift) {
			case "DAILY" -> {
				unit = RotaSchedule.ShiftUnit.DAYS;
				length = 1;
			}
			case "WEEKLY" -> {
				unit = RotaSchedule.ShiftUnit.DAYS;
				length = 7;
			}
			case "HOURS" -> {
				unit = RotaSchedule.ShiftUnit.HOURS;
				if (layer.hours() == null || layer.hours() < 1 || layer.hours() > 24 * 28) {
					throw new InvalidInput(field + ".hours", "refusal.oncall.layer.hours", 1, 24 * 28);
				}
				length = layer.hours();
			}
			default -> throw new InvalidInput(field + ".shift", "refusal.oncall.layer.shift");
		}
		if (layer.members() == null || layer.members().isEmpty() || layer.members().size() > 100) {
			throw new InvalidInput(field + ".members", "refusal.oncall.layer.members");
		}
		List<UserId> members = new ArrayList<>();
		for (int m = 0; m < layer.members().size(); m++) {
			UserId user;
			try {
				user = new UserId(UUID.fromString(String.valueOf(layer.members().get(m)).strip()));
			}
			catch (IllegalArgumentException notAnId) {
				throw new InvalidInput(field + ".members[" + m + "]", "refusal.id.invalid");
			}
			staffMember(field + ".members[" + m + "]", user);
			members.add(user);
		}
		RotaSchedule.Restriction restriction = null;
		boolean restricted = layer.restrictFrom() != null || layer.restrictTo() != null
				|| layer.restrictDays() != null && !layer.restrictDays().isEmpty();
		if (restricted) {
			LocalTime from = time(field + ".restrictFrom", layer.restrictFrom());
			LocalTime to = time(field + ".restrictTo", layer.restrictTo());
			Set<DayOfWeek> days = new java.util.HashSet<>();
			List<String> named = layer.restrictDays() == null ? List.of() : layer.restrictDays();
			for (int d = 0; d < named.size(); d++) {
				try {
					days.add(DayOfWeek.valueOf(String.valueOf(named.get(d)).strip().toUpperCase(Locale.ROOT)));
				}
				catch (IllegalArgumentException notADay) {
					throw new InvalidInput(field + ".restrictDays[" + d + "]", "refusal.oncall.layer.day");
				}
			}
			restriction = new RotaSchedule.Restriction(from, to, days);
		}
		return new RotaSchedule.Layer(handoff, unit, length, members, restriction);
	}

	private static LocalTime time(String field, String value) {
		try {
			return LocalTime.parse(value == null ? "" : value.strip());
		}
		catch (DateTimeParseException unreadable) {
			throw new InvalidInput(field, "refusal.oncall.layer.time");
		}
	}

	private static ZoneId zone(String zone) {
		try {
			return ZoneId.of(zone == null ? "" : zone.strip());
		}
		catch (DateTimeException unknown) {
			throw new InvalidInput("zone", "refusal.oncall.zone");
		}
	}

	private void staffMember(String field, UserId user) {
		Optional<UserSummary> found = accounts.findUser(user).filter(UserSummary::enabled).filter(u -> u.role().isStaff());
		if (found.isEmpty()) {
			throw new InvalidInput(field, "refusal.oncall.notStaff", user);
		}
	}

	private static void requireStaff(CurrentUser actor) {
		if (!actor.isStaff()) {
			throw new NotFound("refusal.notFound.rota");
		}
	}

	private static void requireManager(CurrentUser actor) {
		if (!actor.has(Role.MANAGER)) {
			throw new AccessDeniedException("Managers keep the on-call rotas");
		}
	}
}
