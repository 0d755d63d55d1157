package io.supportdesk.calendars.web;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Year;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.validation.Valid;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.supportdesk.accounts.CurrentUser;
import io.supportdesk.calendars.CalendarId;
import io.supportdesk.calendars.CalendarManagement;
import io.supportdesk.calendars.CalendarView;

/**
 * Calendars and their arithmetic: {@code /api/calendars}. Staff read and preview ("opened then, due
 * when?"); managers create and edit. Every edit is a new version effective from now (or a later
 * {@code effectiveFrom}).
 */
@RestController
@RequestMapping("/api/calendars")
@PreAuthorize("hasRole('STAFF')")
class CalendarApiController {

	private final CalendarManagement calendars;

	private final CalendarPreview preview;

	CalendarApiController(CalendarManagement calendars, CalendarPreview preview) {
		this.calendars = calendars;
		this.preview = preview;
	}

	@GetMapping
	List<Map<String, Object>> calendars() {
		return calendars.calendars().stream().map(CalendarApiController::json).toList();
	}

	@PostMapping
	ResponseEntity<Map<String, Object>> create(CurrentUser me, @Valid @RequestBody CalendarRequests.CalendarBody body) {
		CalendarId id = calendars.create(me, body.name(), body.document());
		return ResponseEntity.created(URI.create("/api/calendars/" + id)).body(Map.of("id", id));
	}

	@GetMapping("/{calendarId}")
	Map<String, Object> calendar(@PathVariable String calendarId) {
		return json(calendars.calendar(CalendarId.parse(calendarId, "calendarId")));
	}

	@PutMapping("/{calendarId}")
	Map<String, Object> update(CurrentUser me, @PathVariable String calendarId,
			@Valid @RequestBody CalendarRequests.CalendarBody body) {
		return json(calendars.update(me, CalendarId.parse(calendarId, "calendarId"), body.name(), body.document(),
				body.effectiveFrom()));
	}

	@DeleteMapping("/{calendarId}")
	ResponseEntity<Void> retire(CurrentUser me, @PathVariable String calendarId) {
		calendars.retire(me, CalendarId.parse(calendarId, "calendarId"));
		return ResponseEntity.noContent().build();
	}

	@PostMapping("/{calendarId}/holidays/import")
	Map<String, Object> importHolidays(CurrentUser me, @PathVariable String calendarId,
			@Valid @RequestBody CalendarRequests.HolidayImportBody body) {
		return json(calendars.importHolidays(me, CalendarId.parse(calendarId, "calendarId"), body.country(),
				body.subdivision(), Year.of(body.fromYear()), Year.of(body.toYear())));
	}

	@PostMapping("/{calendarId}/holidays")
	Map<String, Object> addHoliday(CurrentUser me, @PathVariable String calendarId,
			@Valid @RequestBody CalendarRequests.HolidayBody body) {
		return json(calendars.addHoliday(me, CalendarId.parse(calendarId, "calendarId"), body.date()));
	}

	@DeleteMapping("/{calendarId}/holidays/{date}")
	Map<String, Object> removeHoliday(CurrentUser me, @PathVariable String calendarId,
			@PathVariable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date) {
		return json(calendars.removeHoliday(me, CalendarId.parse(calendarId, "calendarId"), date));
	}

	/**
	 * The due instant of a target: {@code minutes} of business time or {@code businessDays}, from
	 * {@code start}; {@code explain=true} adds the counted intervals.
	 */
	@GetMapping("/{calendarId}/due")
	Map<String, Object> due(@PathVariable String calendarId, @RequestParam Instant start,
			@RequestParam(required = false) Long minutes, @RequestParam(required = false) Integer businessDays,
			@RequestParam(defaultValue = "false") boolean explain) {
		return preview.due(CalendarId.parse(calendarId, "calendarId"), start, minutes, businessDays, explain);
	}

	/** Business time between two instants: {@code {"seconds": 5400, "minutes": 90}}. */
	@GetMapping("/{calendarId}/elapsed")
	Map<String, Object> elapsed(@PathVariable String calendarId, @RequestParam Instant from, @RequestParam Instant to,
			@RequestParam(defaultValue = "false") boolean explain) {
		return preview.elapsed(CalendarId.parse(calendarId, "calendarId"), from, to, explain);
	}

	static Map<String, Object> json(CalendarView view) {
		Map<String, Object> json = new LinkedHashMap<>();
		json.put("id", view.id());
		json.put("name", view.name());
		json.put("seeded", view.seeded());
		var document = io.supportdesk.calendars.CalendarDocument.of(view.current());
		json.put("zone", document.zone());
		json.put("alwaysOpen", document.alwaysOpen());
		json.put("weeklyHours", document.weeklyHours());
		json.put("holidays", document.holidays());
		json.put("dateOverrides", document.dateOverrides());
		json.put("extraWindows", document.extraWindows());
		json.put("currentSince", view.currentSince());
		json.put("versions", view.versions());
		return json;
	}

}
