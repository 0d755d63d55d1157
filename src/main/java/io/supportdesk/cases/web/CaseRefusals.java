package io.supportdesk.cases.web;

import org.springframework.beans.NotReadablePropertyException;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.validation.BindingResult;

import io.supportdesk.cases.CaseStatus;
import io.supportdesk.shared.Conflict;
import io.supportdesk.shared.InvalidInput;
import io.supportdesk.shared.TooLarge;

/**
 * Refusals of the cases facades shown next to the form field they concern (or above the form),
 * in the reader's language; the facade's own English explanation is the fallback text.
 */
final class CaseRefusals {

	private CaseRefusals() {
	}

	static void tooLarge(BindingResult errors, long megabytes) {
		errors.rejectValue("file", "case.error.tooLarge", new Object[] { megabytes }, "Too large");
	}

	/** The facade's reason, next to the field it names (or above the form). */
	static void invalid(BindingResult errors, InvalidInput invalid) {
		try {
			invalid.refusal().rejectValue(errors, invalid.field());
		}
		catch (NotReadablePropertyException notAField) {
			invalid.refusal().reject(errors);
		}
	}

	/** A rule of the case's lifecycle: not possible while the case has its current status. */
	static void conflict(BindingResult errors, Conflict conflict, CaseStatus status) {
		errors.reject("case.error.notNow",
				new Object[] { new DefaultMessageSourceResolvable("case.status." + status) }, conflict.getMessage());
	}

	/** Records a refusal of an upload, an input or a rule on the form. */
	static void refuse(BindingResult errors, RuntimeException refusal, CaseStatus status, long megabytes) {
		if (refusal instanceof TooLarge) {
			tooLarge(errors, megabytes);
		}
		else if (refusal instanceof InvalidInput invalid) {
			invalid(errors, invalid);
		}
		else if (refusal instanceof Conflict conflict) {
			conflict(errors, conflict, status);
		}
		else {
			throw refusal;
		}
	}
}
