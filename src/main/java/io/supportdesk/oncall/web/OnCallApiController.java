package io.supportdesk.oncall.web;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.supportdesk.accounts.CurrentUser;
import io.supportdesk.accounts.UserId;
import io.supportdesk.cases.CaseId;
import io.supportdesk.oncall.Away;
import io.supportdesk.oncall.AwayTimes;
import io.supportdesk.oncall.NewRota;
import io.supportdesk.oncall.Page;
import io.supportdesk.oncall.Paging;
import io.supportdesk.oncall.Rota;
import io.supportdesk.oncall.RotaSchedule;
import io.supportdesk.oncall.Rotas;
import io.supportdesk.shared.InvalidInput;
import io.supportdesk.shared.NotFound;

/** On-call rotas, who is on call, and the pages of Severity 1 cases (staff). */
@RestController
@Tag(name = "On-call", description = "Rotas, overrides, who is on call, and Severity 1 pages with their acknowledgement")
class OnCallApiController {

	private final Rotas rotas;

	private final Paging paging;

	private final AwayTimes away;

	private final java.time.Clock clock;

	OnCallApiController(Rotas rotas, Paging paging, AwayTimes away, java.time.Clock clock) {
		this.rotas = rotas;
		this.away = away;
		this.paging = paging;
		this.clock = clock;
	}

	@PostMapping("/api/oncall/rotas")
	@Operation(summary = "Creates a rota", description = "Managers. `level` 1 (primary) or 2 (secondary); each layer: "
			+ "`handoff` (local, e.g. `2026-12-07T09:00`), `shift` DAILY, WEEKLY or HOURS (with `hours`), `members` "
			+ "(staff user ids in turn order), optional `restrictFrom`/`restrictTo` (local times; past midnight allowed) "
			+ "and `restrictDays`. Later layers lie over earlier ones.")
	ResponseEntity<Rota> create(CurrentUser me, @RequestBody NewRota body) {
		Rota rota = rotas.create(me, body == null ? new NewRota(null, null, null, null) : body);
		return ResponseEntity.created(URI.create("/api/oncall/rotas/" + rota.id())).body(rota);
	}

	@GetMapping("/api/oncall/rotas")
	@Operation(summary = "Every rota, with who is on call now", description = "Staff.")
	List<Rota> list(CurrentUser me) {
		return rotas.rotas(me);
	}

	@GetMapping("/api/oncall/rotas/{rotaId}")
	@Operation(summary = "One rota", description = "Staff.")
	Rota get(CurrentUser me, @PathVariable String rotaId) {
		return rotas.rota(me, id("rotaId", rotaId));
	}

	@DeleteMapping("/api/oncall/rotas/{rotaId}")
	@Operation(summary = "Deletes a rota", description = "Managers.")
	ResponseEntity<Void> delete(CurrentUser me, @PathVariable String rotaId) {
		rotas.delete(me, id("rotaId", rotaId));
		return ResponseEntity.noContent().build();
	}

	@PostMapping("/api/oncall/rotas/{rotaId}/overrides")
	@Operation(summary = "Someone covers the rota for a span", description = "Managers. `{\"userId\", \"from\", \"to\"}` "
			+ "(instants); an override wins over every layer, the latest over earlier ones.")
	ResponseEntity<Rota> override(CurrentUser me, @PathVariable String rotaId, @RequestBody Map<String, Object> body) {
		UUID rota = id("rotaId", rotaId);
		Map<String, Object> fields = body == null ? Map.of() : body;
		UserId user = new UserId(id("userId", String.valueOf(fields.get("userId"))));
		Rota changed = rotas.override(me, rota, user, instant("from", fields.get("from")), instant("to", fields.get("to")));
		return ResponseEntity.status(201).body(changed);
	}

	@PostMapping("/api/oncall/away")
	@Operation(summary = "Someone is away: paging passes them by", description = "Staff for themselves, managers for "
			+ "anyone. `{\"userId\" (default: the caller), \"from\", \"to\" (instants), \"reason\"}`. While away, a TAM "
			+ "is not paged about their accounts' Severity 1 cases (the rota is, at once), and a person on call passes "
			+ "to the next level.")
	ResponseEntity<Away> away(CurrentUser me, @RequestBody(required = false) Map<String, Object> body) {
		Map<String, Object> fields = body == null ? Map.of() : body;
		Object user = fields.get("userId");
		Away added = away.add(me, user == null ? null : new UserId(id("userId", String.valueOf(user))),
				instant("from", fields.get("from")), instant("to", fields.get("to")),
				fields.get("reason") == null ? null : String.valueOf(fields.get("reason")));
		return ResponseEntity.created(URI.create("/api/oncall/away/" + added.id())).body(added);
	}

	@GetMapping("/api/oncall/away")
	@Operation(summary = "Absences not over yet", description = "Staff; soonest first.")
	List<Away> absences(CurrentUser me) {
		return away.upcoming(me);
	}

	@DeleteMapping("/api/oncall/away/{awayId}")
	@Operation(summary = "Removes an absence", description = "One's own; managers anyone's.")
	ResponseEntity<Void> removeAway(CurrentUser me, @PathVariable String awayId) {
		away.remove(me, id("awayId", awayId));
		return ResponseEntity.noContent().build();
	}

	@GetMapping("/api/oncall/now")
	@Operation(summary = "Who is on call per level", description = "Staff. `at`: an instant, now by default. "
			+ "Answers `{\"at\", \"levels\": [{\"level\", \"userId\"}]}`.")
	Map<String, Object> now(CurrentUser me, @RequestParam(required = false) String at) {
		rotas.rotas(me); // staff only
		Instant when = at == null ? clock.instant() : instant("at", at);
		List<Map<String, Object>> levels = new ArrayList<>();
		rotas.onCall(when).forEach((level, user) -> levels.add(Map.of("level", level, "userId", user.value().toString())));
		return Map.of("at", when.toString(), "levels", levels);
	}

	@GetMapping(value = "/api/oncall/shifts.ics", produces = "text/calendar")
	@Operation(summary = "The caller's on-call shifts of the next 60 days as an iCalendar feed", description = "Staff.")
	ResponseEntity<String> shifts(CurrentUser me) {
		rotas.rotas(me);
		Instant from = clock.instant();
		List<RotaSchedule.Shift> shifts = rotas.shiftsOf(me.id(), from, from.plus(Duration.ofDays(60)));
		return ResponseEntity.ok().contentType(MediaType.parseMediaType("text/calendar; charset=utf-8"))
			.body(ShiftCalendar.of(me.id(), shifts, from));
	}

	@GetMapping("/api/cases/{caseId}/pages")
	@Operation(summary = "The pages of a case, in the order raised", description = "Staff.")
	List<Page> pages(CurrentUser me, @PathVariable String caseId) {
		return paging.pagesOf(me, new CaseId(id("caseId", caseId)));
	}

	@PostMapping("/api/pages/{pageId}/acknowledge")
	@Operation(summary = "Acknowledges a page", description = "Staff. Every open page of its case is acknowledged and "
			+ "nobody further is paged.")
	Page acknowledge(CurrentUser me, @PathVariable String pageId) {
		return paging.acknowledge(me, id("pageId", pageId));
	}

	private static UUID id(String field, String value) {
		try {
			return UUID.fromString(value == null ? "" : value.strip());
		}
		catch (IllegalArgumentException notAnId) {
			if (field.equals("userId")) {
				throw new InvalidInput(field, "refusal.id.invalid");
			}
			throw new NotFound(field.equals("caseId") ? "refusal.notFound.case"
					: field.equals("pageId") ? "refusal.notFound.page"
					: field.equals("awayId") ? "refusal.notFound.away" : "refusal.notFound.rota");
		}
	}

	private static Instant instant(String field, Object value) {
		if (value == null) {
			return null;
		}
		try {
			return Instant.parse(String.valueOf(value).strip());
		}
		catch (DateTimeParseException unreadable) {
			throw new InvalidInput(field, "refusal.oncall.instant");
		}
	}
}
