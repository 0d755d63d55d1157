package io.supportdesk.exams.web;

import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import io.supportdesk.accounts.CurrentUser;
import io.supportdesk.accounts.OrganisationId;
import io.supportdesk.exams.ExamSchedule;
import io.supportdesk.exams.HourLoad;

/**
 * Upcoming exam coverage as iCalendar feeds (RFC 5545, times in UTC): an organisation's at
 * {@code /api/organisations/{organisationId}/exam-windows.ics}, every organisation's for staff at
 * {@code /api/exam-windows.ics}; the expected load per hour for staff at {@code /api/exam-staffing}.
 */
@RestController
class ExamFeedApiController {

	static final MediaType CALENDAR = MediaType.parseMediaType("text/calendar;charset=UTF-8");

	private final ExamSchedule schedule;

	private final MessageSource messages;

	ExamFeedApiController(ExamSchedule schedule, MessageSource messages) {
		this.schedule = schedule;
		this.messages = messages;
	}

	@GetMapping("/api/organisations/{organisationId}/exam-windows.ics")
	ResponseEntity<String> organisationFeed(CurrentUser me, @PathVariable String organisationId, Locale locale) {
		String feed = schedule.feed(me, OrganisationId.parse(organisationId, "organisationId"),
				text("exams.feed.name", locale), text("exams.feed.summary", locale));
		return ResponseEntity.ok().contentType(CALENDAR).body(feed);
	}

	@GetMapping("/api/exam-windows.ics")
	ResponseEntity<String> staffFeed(CurrentUser me, Locale locale) {
		String feed = schedule.staffFeed(me, text("exams.feed.staffName", locale), text("exams.feed.summary", locale));
		return ResponseEntity.ok().contentType(CALENDAR).body(feed);
	}

	@GetMapping("/api/exam-staffing")
	List<HourLoad> staffing(CurrentUser me) {
		return schedule.load(me, java.time.Duration.ofDays(60));
	}

	private String text(String key, Locale locale) {
		return messages.getMessage(key, null, locale);
	}
}
