package io.supportdesk.calendars.web;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.Year;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Supplier;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import io.supportdesk.accounts.CurrentUser;
import io.supportdesk.accounts.Role;
import io.supportdesk.calendars.CalendarDocument;
import io.supportdesk.calendars.CalendarId;
import io.supportdesk.calendars.CalendarManagement;
import io.supportdesk.calendars.CalendarView;
import io.supportdesk.shared.Conflict;
import io.supportdesk.shared.InvalidInput;
import io.supportdesk.shared.Refusal;

/**
 * The console's calendar pages: list and create, then per calendar the weekly grid, holidays (with
 * import), date overrides and the SLA preview ("opened then, due when, and why?").
 */
@Controller
@RequestMapping("/console/calendars")
@PreAuthorize("hasRole('STAFF')")
class CalendarConsoleController {

	private final CalendarManagement calendars;

	private final CalendarPreview preview;

	private final java.time.Clock clock;

	private final MessageSource messages;

	CalendarConsoleController(CalendarManagement calendars, CalendarPreview preview, java.time.Clock clock,
			MessageSource messages) {
		this.messages = messages;
		this.calendars = calendars;
		this.preview = preview;
		this.clock = clock;
	}

	@GetMapping
	String list(CurrentUser me, Model model) {
		model.addAttribute("calendars", calendars.calendars());
		model.addAttribute("mayEdit", me.has(Role.MANAGER));
		model.addAttribute("days", DayOfWeek.values());
		model.addAttribute("form", model.containsAttribute("form") ? model.getAttribute("form") : WeekForm.standard());
		return "calendars/console/list";
	}

	@PostMapping
	String create(CurrentUser me, @RequestParam Map<String, String> form, Model model) {
		WeekForm week = WeekForm.of(form);
		return attempt(model, week.errorsInto(), () -> {
			CalendarId id = calendars.create(me, week.name(), week.document(List.of(), Map.of()));
			return "redirect:/console/calendars/" + id;
		}, () -> {
			model.addAttribute("form", week);
			return list(me, model);
		});
	}

	@GetMapping("/{calendarId}")
	String detail(CurrentUser me, @PathVariable String calendarId, Model model) {
		CalendarView view = calendars.calendar(CalendarId.parse(calendarId, "calendarId"));
		model.addAttribute("calendar", view);
		model.addAttribute("mayEdit", me.has(Role.MANAGER));
		model.addAttribute("days", DayOfWeek.values());
		if (!model.containsAttribute("form")) {
			model.addAttribute("form", WeekForm.of(view));
		}
		model.addAttribute("upcomingHolidays", view.current().holidays().tailSet(clock.instant().atZone(view.current().zone()).toLocalDate().minusDays(1)));
		model.addAttribute("overrides", new TreeMap<>(view.current().dateOverrides()));
		if (!model.containsAttribute("previewForm")) {
			model.addAttribute("previewForm", PreviewForm.empty(view));
		}
		return "calendars/console/detail";
	}

	@PostMapping("/{calendarId}/hours")
	String hours(CurrentUser me, @PathVariable String calendarId, @RequestParam Map<String, String> form, Model model) {
		CalendarId id = CalendarId.parse(calendarId, "calendarId");
		CalendarDocument current = CalendarDocument.of(calendars.calendar(id).current());
		WeekForm week = WeekForm.of(form);
		return attempt(model, week.errorsInto(), () -> {
			calendars.update(me, id, week.name(), week.document(current.holidays(), current.dateOverrides()), null);
			return "redirect:/console/calendars/" + id + "?saved";
		}, () -> {
			model.addAttribute("form", week);
			return detail(me, calendarId, model);
		});
	}

	@PostMapping("/{calendarId}/holidays")
	String addHoliday(CurrentUser me, @PathVariable String calendarId,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date, Model model) {
		CalendarId id = CalendarId.parse(calendarId, "calendarId");
		return attempt(model, new LinkedHashMap<>(), () -> {
			if (date == null) {
				throw new InvalidInput("date", "refusal.calendars.date.missing");
			}
			calendars.addHoliday(me, id, date);
			return "redirect:/console/calendars/" + id + "#holidays";
		}, () -> detail(me, calendarId, model));
	}

	@PostMapping("/{calendarId}/holidays/{date}/remove")
	String removeHoliday(CurrentUser me, @PathVariable String calendarId,
			@PathVariable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date) {
		CalendarId id = CalendarId.parse(calendarId, "calendarId");
		calendars.removeHoliday(me, id, date);
		return "redirect:/console/calendars/" + id + "#holidays";
	}

	@PostMapping("/{calendarId}/holidays/import")
	String importHolidays(CurrentUser me, @PathVariable String calendarId, @RequestParam String country,
			@RequestParam(required = false) String subdivision, @RequestParam(required = false) Integer fromYear,
			@RequestParam(required = false) Integer toYear, Model model, RedirectAttributes redirect) {
		CalendarId id = CalendarId.parse(calendarId, "calendarId");
		return attempt(model, new LinkedHashMap<>(), () -> {
			if (fromYear == null || toYear == null) {
				throw new InvalidInput(fromYear == null ? "fromYear" : "toYear", "refusal.calendars.year.missing");
			}
			int before = calendars.calendar(id).current().holidays().size();
			int after = calendars.importHolidays(me, id, country, subdivision, Year.of(fromYear), Year.of(toYear))
				.current().holidays().size();
			redirect.addFlashAttribute("imported", after - before);
			return "redirect:/console/calendars/" + id + "#holidays";
		}, () -> detail(me, calendarId, model));
	}

	@PostMapping("/{calendarId}/overrides")
	String addOverride(CurrentUser me, @PathVariable String calendarId,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
			@RequestParam(defaultValue = "") String hours, Model model) {
		CalendarId id = CalendarId.parse(calendarId, "calendarId");
		return attempt(model, new LinkedHashMap<>(), () -> {
			if (date == null) {
				throw new InvalidInput("overrideDate", "refusal.calendars.date.missing");
			}
			changeOverrides(me, id, overrides -> overrides.put(date, HoursText.parse("overrideHours", hours)));
			return "redirect:/console/calendars/" + id + "#overrides";
		}, () -> detail(me, calendarId, model));
	}

	@PostMapping("/{calendarId}/overrides/{date}/remove")
	String removeOverride(CurrentUser me, @PathVariable String calendarId,
			@PathVariable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date) {
		CalendarId id = CalendarId.parse(calendarId, "calendarId");
		changeOverrides(me, id, overrides -> overrides.remove(date));
		return "redirect:/console/calendars/" + id + "#overrides";
	}

	/** The SLA preview: the whole page without JavaScript, only its result with htmx. */
	@GetMapping("/{calendarId}/preview")
	String preview(CurrentUser me, @PathVariable String calendarId,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) LocalDateTime start,
			@RequestParam(required = false) Long amount, @RequestParam(defaultValue = "HOURS") PreviewForm.Unit unit,
			Model model,
			jakarta.servlet.http.HttpServletRequest request) {
		CalendarId id = CalendarId.parse(calendarId, "calendarId");
		CalendarView view = calendars.calendar(id);
		PreviewForm form = new PreviewForm(start, amount, unit);
		model.addAttribute("previewForm", form);
		try {
			model.addAttribute("explanation", form.explain(preview, id, view.current().zone()));
		}
		catch (InvalidInput invalid) {
			model.addAttribute("errors", inReadersLanguage(Map.of(invalid.field(), invalid.refusal())));
		}
		model.addAttribute("calendar", view);
		boolean partial = request.getHeader("HX-Request") != null && request.getHeader("HX-Boosted") == null;
		return partial ? "calendars/console/detail :: preview" : detail(me, calendarId, model);
	}

	private void changeOverrides(CurrentUser me, CalendarId id,
			java.util.function.Consumer<Map<LocalDate, List<CalendarDocument.Hours>>> change) {
		CalendarView view = calendars.calendar(id);
		CalendarDocument current = CalendarDocument.of(view.current());
		Map<LocalDate, List<CalendarDocument.Hours>> overrides = new TreeMap<>(current.dateOverrides());
		change.accept(overrides);
		calendars.update(me, id, view.name(), new CalendarDocument(current.zone(), current.alwaysOpen(),
				current.weeklyHours(), current.holidays(), overrides, current.extraWindows()), null);
	}

	/** The form field that shows an error of the calendar's rules: {@code weeklyHours.MONDAY[1]} is MONDAY's. */
	static String formField(String field) {
		if (field.startsWith("weeklyHours.")) {
			return field.replaceFirst("^weeklyHours\\.([A-Z]+).*$", "$1");
		}
		return field.startsWith("dateOverrides.") ? "overrideHours" : field;
	}

	/**
	 * Runs an edit; a refusal is shown next to its field, in the reader's language, on the page
	 * {@code onError} renders.
	 */
	private String attempt(Model model, Map<String, Refusal> errors, Supplier<String> edit,
			Supplier<String> onError) {
		if (errors.isEmpty()) {
			try {
				return edit.get();
			}
			catch (InvalidInput invalid) {
				errors.put(formField(invalid.field()), invalid.refusal());
			}
			catch (Conflict conflict) {
				errors.put(conflict.field(), conflict.refusal());
			}
		}
		model.addAttribute("errors", inReadersLanguage(errors));
		return onError.get();
	}

	/** The refusals' texts in the reader's language (English where a translation is missing). */
	private Map<String, String> inReadersLanguage(Map<String, Refusal> refusals) {
		Locale locale = LocaleContextHolder.getLocale();
		Map<String, String> texts = new LinkedHashMap<>();
		refusals.forEach((field, refusal) -> texts.put(field, messages.getMessage(refusal, locale)));
		return texts;
	}
}
