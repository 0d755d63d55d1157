package io.supportdesk.plans.web;

import io.supportdesk.plans.AddOnKind;
import io.supportdesk.plans.TrialLicenceManagement;

/**
 * The HTML forms of the plans pages, as submitted: every field is text, so that whatever a browser
 * sends comes back into the form unchanged next to its error ({@link FieldErrors} reads the values).
 */
final class PlanForms {

	private PlanForms() {
	}

	/** A customer admin orders a paid service. */
	record AddOnForm(String kind, String description) {

		static AddOnForm empty() {
			return new AddOnForm(AddOnKind.TRAINING.name(), "");
		}
	}

	/** A customer admin asks for a non-production trial licence; empty days mean the default. */
	record TrialForm(String product, String purpose, String days) {

		static TrialForm empty(int maxDays) {
			return new TrialForm("", "", String.valueOf(Math.min(TrialLicenceManagement.DEFAULT_DAYS, maxDays)));
		}
	}

	/** Operations record a subscription; start and end are local date-times in the user's time zone. */
	record SubscriptionForm(String plan, String product, String start, String end) {
	}

	/** A new plan from an instant within the term; an empty instant means now. */
	record UpgradeForm(String plan, String effectiveFrom) {
	}

	/** A later end of the term (local date-time in the user's time zone). */
	record RenewForm(String end) {
	}

	/** The TAM a manager assigns. */
	record TamForm(String tamId) {
	}

	/** Operations put a price on an add-on request. */
	record QuoteForm(String amount, String currency, String hours) {
	}

	/** The date an add-on is delivered on. */
	record ScheduleForm(String date) {
	}

	/** Why an add-on request is declined. */
	record DeclineForm(String reason) {
	}
}
