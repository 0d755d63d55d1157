package io.supportdesk.exams.web;

import java.time.Duration;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import io.supportdesk.accounts.CurrentUser;
import io.supportdesk.exams.ExamBookingManagement;
import io.supportdesk.exams.ExamBookingRules;
import io.supportdesk.plans.PlanCode;

/**
 * A plan's exam booking rules, beside the plan: {@code GET /api/plans/{planCode}/exam-booking-rules}
 * for staff, {@code PUT} for managers ({@code leadBusinessDays}, {@code maxWindowMinutes},
 * {@code cancellationCutoffMinutes}).
 */
@RestController
class ExamBookingRulesApiController {

	private final ExamBookingManagement bookings;

	ExamBookingRulesApiController(ExamBookingManagement bookings) {
		this.bookings = bookings;
	}

	record RulesBody(@NotNull Integer leadBusinessDays, @NotNull Integer maxWindowMinutes,
			@NotNull Integer cancellationCutoffMinutes) {

		static RulesBody of(ExamBookingRules rules) {
			return new RulesBody(rules.leadBusinessDays(), (int) rules.maxWindowLength().toMinutes(),
					(int) rules.cancellationCutoff().toMinutes());
		}
	}

	@GetMapping("/api/plans/{planCode}/exam-booking-rules")
	RulesBody rules(CurrentUser me, @PathVariable String planCode) {
		if (!me.isStaff()) {
			throw new AccessDeniedException("Staff only");
		}
		return RulesBody.of(bookings.rules(PlanCode.parse(planCode, "planCode")));
	}

	@PutMapping("/api/plans/{planCode}/exam-booking-rules")
	RulesBody update(CurrentUser me, @PathVariable String planCode, @Valid @RequestBody RulesBody body) {
		ExamBookingRules rules = new ExamBookingRules(body.leadBusinessDays(), Duration.ofMinutes(body.maxWindowMinutes()),
				Duration.ofMinutes(body.cancellationCutoffMinutes()));
		return RulesBody.of(bookings.updateRules(me, PlanCode.parse(planCode, "planCode"), rules));
	}
}
