package io.supportdesk.exams;

import java.time.Duration;

import io.supportdesk.shared.InvalidInput;

/**
 * The rules a customer's booking keeps, set by a manager per plan (defaults from {@code ExamsSettings}):
 *
 * @param leadBusinessDays how many business days ahead (on the plan's calendar) a window must start
 * @param maxWindowLength the longest window
 * @param cancellationCutoff how long before a window starts it may still be cancelled
 */
public record ExamBookingRules(int leadBusinessDays, Duration maxWindowLength, Duration cancellationCutoff) {

	public ExamBookingRules {
		if (leadBusinessDays < 0 || leadBusinessDays > 60) {
			throw new InvalidInput("leadBusinessDays", "refusal.exams.rules.leadBusinessDays", 0, 60);
		}
		if (maxWindowLength == null || maxWindowLength.toMinutes() < 15 || maxWindowLength.toHours() > 24) {
			throw new InvalidInput("maxWindowMinutes", "refusal.exams.rules.maxWindowMinutes", 15, 1440);
		}
		if (cancellationCutoff == null || cancellationCutoff.isNegative() || cancellationCutoff.toDays() > 30) {
			throw new InvalidInput("cancellationCutoffMinutes", "refusal.exams.rules.cutoff", 0, 43200);
		}
	}
}
