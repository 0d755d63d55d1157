package io.supportdesk.exams.web;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.http.ResponseEntity;
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
import io.supportdesk.accounts.OrganisationId;
import io.supportdesk.exams.ExamBooking;
import io.supportdesk.exams.ExamBookingManagement;
import io.supportdesk.exams.ExamBookingMode;
import io.supportdesk.exams.ExamBookingRequest;
import io.supportdesk.shared.Ids;

/**
 * An organisation's exam coverage bookings: {@code /api/organisations/{organisationId}/exam-bookings}.
 * {@code POST} books on demand ({@code from}, {@code to}) or a pattern ({@code rrule}, {@code start},
 * {@code durationMinutes}, {@code until}, {@code exdates}) and answers 201 with the windows it
 * produced; {@code POST …/import} books an annual contract from an iCalendar file
 * ({@code Content-Type: text/calendar}); {@code DELETE …/{bookingId}} cancels what the cut-off allows;
 * {@code PUT …/{bookingId}} changes a booking (cancels it and books the body instead, or does neither).
 */
@RestController
@RequestMapping("/api/organisations/{organisationId}/exam-bookings")
class ExamBookingApiController {

	private final ExamBookingManagement bookings;

	ExamBookingApiController(ExamBookingManagement bookings) {
		this.bookings = bookings;
	}

	record BookingBody(@NotNull ExamBookingMode mode, @Size(max = 64) String zone, Instant from, Instant to,
			@Size(max = 1000) String rrule, LocalDateTime start, Integer durationMinutes, LocalDateTime until,
			@Size(max = 400) List<@Size(max = 32) String> exdates) {

		ExamBookingRequest request() {
			return new ExamBookingRequest(mode, zone, from, to, rrule, start, durationMinutes, until, exdates);
		}
	}

	@PostMapping
	ResponseEntity<ExamBooking> book(CurrentUser me, @PathVariable String organisationId,
			@Valid @RequestBody BookingBody body) {
		ExamBooking booking = bookings.book(me, OrganisationId.parse(organisationId, "organisationId"), body.request());
		return created(organisationId, booking);
	}

	/** The body is the iCalendar file itself; {@code zone} reads its floating times (else the organisation's zone). */
	@PostMapping("/import")
	ResponseEntity<ExamBooking> importCalendar(CurrentUser me, @PathVariable String organisationId,
			@RequestParam(required = false) String zone, @RequestBody String body) {
		ExamBooking booking = bookings.importCalendar(me, OrganisationId.parse(organisationId, "organisationId"), zone,
				body);
		return created(organisationId, booking);
	}

	@GetMapping
	List<ExamBooking> bookings(CurrentUser me, @PathVariable String organisationId) {
		return bookings.bookings(me, OrganisationId.parse(organisationId, "organisationId"));
	}

	@GetMapping("/{bookingId}")
	ExamBooking booking(CurrentUser me, @PathVariable String organisationId, @PathVariable String bookingId) {
		return bookings.booking(me, OrganisationId.parse(organisationId, "organisationId"), Ids.uuid(bookingId, "bookingId"));
	}

	/** Replaces a booking: the old one is cancelled (the cut-off applies) and the new one booked, or neither. */
	@PutMapping("/{bookingId}")
	ResponseEntity<ExamBooking> change(CurrentUser me, @PathVariable String organisationId, @PathVariable String bookingId,
			@Valid @RequestBody BookingBody body) {
		ExamBooking booking = bookings.change(me, OrganisationId.parse(organisationId, "organisationId"),
				Ids.uuid(bookingId, "bookingId"), body.request());
		return created(organisationId, booking);
	}

	/** Answers the booking as it stays: cancelled, with the windows the cut-off kept. */
	@DeleteMapping("/{bookingId}")
	ExamBooking cancel(CurrentUser me, @PathVariable String organisationId, @PathVariable String bookingId) {
		return bookings.cancel(me, OrganisationId.parse(organisationId, "organisationId"), Ids.uuid(bookingId, "bookingId"));
	}

	private static ResponseEntity<ExamBooking> created(String organisationId, ExamBooking booking) {
		return ResponseEntity.created(URI.create("/api/organisations/" + organisationId + "/exam-bookings/" + booking.id()))
			.body(booking);
	}
}
