package io.supportdesk.plans.web;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import io.supportdesk.accounts.UserId;
import io.supportdesk.plans.AddOnKind;
import io.supportdesk.plans.Entitlement;
import io.supportdesk.plans.Metric;
import io.supportdesk.plans.PlanChange;
import io.supportdesk.plans.PlanDescription;
import io.supportdesk.plans.PlanEdit;
import io.supportdesk.plans.TargetUnit;
import io.supportdesk.shared.InvalidInput;
import io.supportdesk.shared.Language;

/** The request bodies of the plans API. */
final class PlanRequests {

	private PlanRequests() {
	}

	/**
	 * A plan's new version. {@code descriptions} maps language codes (en, de, fr, es) to texts; English is
	 * required and the others fall back to it. The older single {@code description} is read as the
	 * English text where {@code descriptions} has none; with neither, the plan keeps the descriptions of
	 * its latest version. {@code effectiveFrom} (default now) may not lie in the past nor before the
	 * latest version; {@code revision} (as {@code GET /api/plans} shows it), if given, refuses the edit
	 * with 409 when the plan was changed since.
	 */
	record PlanBody(@NotBlank @Size(max = 100) String name, @Size(max = 2000) String description,
			@Size(max = 4) Map<String, @Size(max = 2000) String> descriptions,
			@NotNull @Size(max = 20) Set<Entitlement> entitlements, @Min(0) @Max(366) Integer trialLicenceMaxDays,
			@NotNull @Size(max = 40) List<@Valid TargetBody> targets, Instant effectiveFrom, @Min(0) Long revision) {

		/** The edit; {@code latest} is the description of the plan's latest version, kept if the body gives none. */
		PlanEdit edit(PlanDescription latest) {
			return new PlanEdit(new PlanChange(name, description(latest), entitlements,
					trialLicenceMaxDays == null ? 0 : trialLicenceMaxDays,
					targets.stream().map(TargetBody::target).toList()), effectiveFrom, revision);
		}

		/** Whether the body says anything about the description. */
		boolean describes() {
			return description != null || (descriptions != null && !descriptions.isEmpty());
		}

		private PlanDescription description(PlanDescription latest) {
			if (!describes()) {
				return latest;
			}
			Map<Language, String> texts = new EnumMap<>(Language.class);
			if (description != null) {
				texts.put(Language.EN, description);
			}
			if (descriptions != null) {
				descriptions.forEach((code, text) -> texts.put(Language.ofCode(code == null ? "" : code)
					.orElseThrow(() -> new InvalidInput("descriptions", "refusal.plans.description.language", code)), text == null ? "" : text));
			}
			return new PlanDescription(texts);
		}
	}

	record TargetBody(@NotNull @Min(1) @Max(4) Integer severity, @NotNull Metric metric,
			@NotNull @Min(0) @Max(1_000_000) Long amount, @NotNull TargetUnit unit,
			@NotBlank @Size(max = 200) String calendar, Boolean withExamWindows) {

		PlanChange.Target target() {
			return new PlanChange.Target(severity, metric, amount, unit, calendar, Boolean.TRUE.equals(withExamWindows));
		}
	}

	record SubscriptionBody(@NotBlank @Size(max = 40) String plan, @NotBlank @Size(max = 200) String product,
			@NotNull Instant start, @NotNull Instant end) {
	}

	record UpgradeBody(@NotBlank @Size(max = 40) String plan, @NotNull Instant effectiveFrom) {
	}

	record RenewBody(@NotNull Instant end) {
	}

	record TamBody(@NotNull UserId tamId) {
	}

	record AddOnBody(@NotNull AddOnKind kind, @NotBlank @Size(max = 4000) String description) {
	}

	record QuoteBody(@NotNull @DecimalMin("0.00") @Digits(integer = 10, fraction = 2) BigDecimal amount,
			@NotBlank @Pattern(regexp = "[A-Za-z]{3}") String currency, @NotNull @Min(0) @Max(100_000) Integer hours) {
	}

	record ScheduleBody(@NotNull LocalDate date) {
	}

	record DeclineBody(@NotBlank @Size(max = 1000) String reason) {
	}

	record TrialLicenceBody(@NotBlank @Size(max = 200) String product, @NotBlank @Size(max = 2000) String purpose,
			@Min(1) @Max(366) Integer days) {
	}
}
