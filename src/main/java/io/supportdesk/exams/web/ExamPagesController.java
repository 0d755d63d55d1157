package io.supportdesk.exams.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import io.supportdesk.accounts.CurrentUser;
import io.supportdesk.accounts.OrganisationId;
import io.supportdesk.accounts.Role;
import io.supportdesk.exams.ExamBooking;
import io.supportdesk.exams.ExamBookingManagement;
import io.supportdesk.exams.ExamBookingMode;
import io.supportdesk.exams.ExamBookingRequest;
import io.supportdesk.exams.ExamSchedule;
import io.supportdesk.exams.ExamWindow;
import io.supportdesk.shared.Ids;
import io.supportdesk.shared.InvalidInput;
import io.supportdesk.shared.NavigationItem;
import io.supportdesk.shared.Refused;

/**
 * The exam coverage pages: {@code /portal/exams} for a customer organisation (its plan's rules, a form
 * per booking mode for its admins, its upcoming windows, its bookings with a cancel action within the
 * cut-off) and {@code /console/exams} for staff (every organisation's upcoming windows and the expected
 * load per hour against the capacity). Times in a form are local to the zone typed beside them.
 */
@Controller
class ExamPagesController {

	private final ExamBookingManagement bookings;

	private final ExamSchedule schedule;

	private final MessageSource messages;

	ExamPagesController(ExamBookingManagement bookings, ExamSchedule schedule, MessageSource messages) {
		this.bookings = bookings;
		this.schedule = schedule;
		this.messages = messages;
	}

	@GetMapping("/portal/exams")
	String coverage(CurrentUser me, Model model) {
		OrganisationId organisation = me.organisation().orElseThrow();
		model.addAttribute("organisationId", organisation.value());
		model.addAttribute("rules", bookings.rulesFor(me, organisation).orElse(null));
		model.addAttribute("capacity", schedule.capacity());
		model.addAttribute("upcoming", schedule.upcoming(me, organisation));
		model.addAttribute("bookings", bookings.bookings(me, organisation));
		model.addAttribute("mayBook", me.has(Role.CUSTOMER_ADMIN));
		model.addAttribute("patternModes", List.of(ExamBookingMode.MONTHLY, ExamBookingMode.ANNUAL));
		if (!model.containsAttribute("zone")) {
			model.addAttribute("zone", zoneOf(me));
		}
		return "exams/portal/coverage";
	}

	/** The form fields of every mode; a refusal is shown above the forms, naming its field. */
	record BookingForm(ExamBookingMode mode, String zone, String from, String to, String rrule, String start,
			Integer durationMinutes, String until, String exdates) {
	}

	@PostMapping("/portal/exams/bookings")
	String book(CurrentUser me, BookingForm form, Model model, RedirectAttributes redirect) {
		try {
			bookings.book(me, me.organisation().orElseThrow(), request(form));
			redirect.addFlashAttribute("notice", "exams.notice.booked");
			return "redirect:/portal/exams";
		}
		catch (Refused refused) {
			return refusedPage(me, refused, form.zone(), model);
		}
	}

	@PostMapping("/portal/exams/import")
	String importCalendar(CurrentUser me, @RequestParam(required = false) String zone,
			@RequestParam(required = false) MultipartFile file, Model model, RedirectAttributes redirect) throws IOException {
		try {
			String ics = file == null ? "" : new String(file.getBytes(), StandardCharsets.UTF_8);
			bookings.importCalendar(me, me.organisation().orElseThrow(), zone, ics);
			redirect.addFlashAttribute("notice", "exams.notice.booked");
			return "redirect:/portal/exams";
		}
		catch (Refused refused) {
			return refusedPage(me, refused, zone, model);
		}
	}

	@PostMapping("/portal/exams/bookings/{bookingId}/cancel")
	String cancel(CurrentUser me, @PathVariable String bookingId, Model model, RedirectAttributes redirect) {
		try {
			bookings.cancel(me, me.organisation().orElseThrow(), Ids.uuid(bookingId, "bookingId"));
			redirect.addFlashAttribute("notice", "exams.notice.cancelled");
			return "redirect:/portal/exams";
		}
		catch (io.supportdesk.shared.Conflict refused) {
			return refusedPage(me, refused, null, model);
		}
	}

	/**
	 * The change form of a booking, filled in from it: an on-demand window's local start and end, or a
	 * pattern's rule, first start, length and last start (in the booking's zone). Imported calendars and
	 * cancelled bookings have no change form (cancel and import again).
	 */
	@GetMapping("/portal/exams/bookings/{bookingId}/change")
	String changeForm(CurrentUser me, @PathVariable String bookingId, Model model) {
		ExamBooking booking = bookings.booking(me, me.organisation().orElseThrow(), Ids.uuid(bookingId, "bookingId"));
		if (!me.has(Role.CUSTOMER_ADMIN) || booking.cancelledAt() != null || booking.windows().isEmpty()
				|| "ics".equals(booking.rule())) {
			throw new io.supportdesk.shared.NotFound("refusal.notFound.examBooking");
		}
		if (!model.containsAttribute("form")) {
			model.addAttribute("form", formOf(booking));
		}
		model.addAttribute("booking", booking);
		model.addAttribute("rules", bookings.rulesFor(me, booking.organisationId()).orElse(null));
		return "exams/portal/change";
	}

	@PostMapping("/portal/exams/bookings/{bookingId}/change")
	String change(CurrentUser me, @PathVariable String bookingId, BookingForm form, Model model, RedirectAttributes redirect) {
		UUID id = Ids.uuid(bookingId, "bookingId");
		try {
			ExamBooking old = bookings.booking(me, me.organisation().orElseThrow(), id);
			bookings.change(me, me.organisation().orElseThrow(), id,
					request(new BookingForm(old.mode(), form.zone(), form.from(), form.to(), form.rrule(), form.start(),
							form.durationMinutes(), form.until(), form.exdates())));
			redirect.addFlashAttribute("notice", "exams.notice.changed");
			return "redirect:/portal/exams";
		}
		catch (Refused refused) {
			model.addAttribute("refusedField", refused instanceof InvalidInput input ? input.field()
					: refused instanceof io.supportdesk.shared.Conflict conflict ? conflict.field() : null);
			model.addAttribute("refusal", messages.getMessage(refused.refusal(), LocaleContextHolder.getLocale()));
			model.addAttribute("form", form);
			return changeForm(me, bookingId, model);
		}
	}

	private static BookingForm formOf(ExamBooking booking) {
		ZoneId zone = zone(booking.zone());
		ExamWindow first = booking.windows().get(0);
		ExamWindow last = booking.windows().get(booking.windows().size() - 1);
		String from = local(first.from(), zone);
		if (booking.mode() == ExamBookingMode.ON_DEMAND) {
			return new BookingForm(booking.mode(), booking.zone(), from, local(first.to(), zone), null, null, null, null, null);
		}
		return new BookingForm(booking.mode(), booking.zone(), null, null, booking.rule(), from,
				(int) Duration.between(first.from(), first.to()).toMinutes(), local(last.from(), zone), null);
	}

	private static String local(Instant at, ZoneId zone) {
		return LocalDateTime.ofInstant(at, zone).truncatedTo(java.time.temporal.ChronoUnit.MINUTES).toString();
	}

	@GetMapping("/console/exams")
	String staffing(CurrentUser me, Model model) {
		model.addAttribute("upcoming", schedule.upcomingForStaff(me));
		model.addAttribute("load", schedule.load(me, Duration.ofDays(60)));
		model.addAttribute("capacity", schedule.capacity());
		return "exams/console/staffing";
	}

	private String refusedPage(CurrentUser me, Refused refused, String zone, Model model) {
		model.addAttribute("refusedField", refused instanceof InvalidInput input ? input.field()
				: refused instanceof io.supportdesk.shared.Conflict conflict ? conflict.field() : null);
		model.addAttribute("refusal", messages.getMessage(refused.refusal(), LocaleContextHolder.getLocale()));
		if (zone != null && !zone.isBlank()) {
			model.addAttribute("zone", zone);
		}
		return coverage(me, model);
	}

	private static ExamBookingRequest request(BookingForm form) {
		ZoneId zone = zone(form.zone());
		List<String> exdates = form.exdates() == null || form.exdates().isBlank() ? List.of()
				: Arrays.stream(form.exdates().split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
		return new ExamBookingRequest(form.mode(), form.zone(), instant(form.from(), zone, "from"), instant(form.to(), zone, "to"),
				form.rrule(), local(form.start(), "start"), form.durationMinutes(), local(form.until(), "until"), exdates);
	}

	private static ZoneId zone(String name) {
		try {
			return name == null || name.isBlank() ? ZoneId.of("UTC") : ZoneId.of(name.trim());
		}
		catch (DateTimeException ex) {
			throw new InvalidInput("zone", "refusal.exams.booking.zone");
		}
	}

	private static Instant instant(String local, ZoneId zone, String field) {
		LocalDateTime time = local(local, field);
		return time == null ? null : time.atZone(zone).toInstant();
	}

	private static LocalDateTime local(String text, String field) {
		if (text == null || text.isBlank()) {
			return null;
		}
		try {
			return LocalDateTime.parse(text.trim());
		}
		catch (DateTimeException ex) {
			throw new InvalidInput(field, "refusal.exams.form.dateTime");
		}
	}

	private String zoneOf(CurrentUser me) {
		return me.organisation().map(id -> bookings.zoneOf(me, id)).orElse("UTC");
	}

	@Configuration(proxyBeanMethods = false)
	static class Navigation {

		@Bean
		NavigationItem portalExams() {
			return new NavigationItem("portal", "/portal/exams", "exams.nav", "CUSTOMER", 45);
		}

		@Bean
		NavigationItem consoleExams() {
			return new NavigationItem("console", "/console/exams", "exams.nav.staffing", "AGENT", 45, NavigationItem.CUSTOMERS);
		}
	}
}
