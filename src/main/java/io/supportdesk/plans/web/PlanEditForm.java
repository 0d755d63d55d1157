package io.supportdesk.plans.web;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.util.MultiValueMap;

import io.supportdesk.plans.Entitlement;
import io.supportdesk.plans.Metric;
import io.supportdesk.plans.Plan;
import io.supportdesk.plans.PlanChange;
import io.supportdesk.plans.PlanDescription;
import io.supportdesk.plans.PlanEdit;
import io.supportdesk.plans.ResponseTarget;
import io.supportdesk.plans.TargetUnit;
import io.supportdesk.shared.Language;

/**
 * The console's plan editor as submitted: every field as text, so that what a manager typed comes back
 * next to its error. It offers the cells the SLA clocks use — first response for severities 1 to 4 and
 * the Severity 1 update cadence; any other cell a plan has (set through the API) is kept as it is.
 * An empty amount means no target; an empty "effective from" means now.
 *
 * @param revision the plan's revision the form was rendered from (a concurrent edit since is refused)
 * @param descriptions the texts by language code
 */
record PlanEditForm(String revision, String name, Map<String, String> descriptions, Set<String> entitlements,
		String trialLicenceMaxDays, List<Cell> cells, String effectiveFrom) {

	/** The cells the form offers, in the order it shows them. */
	static final List<Cell> OFFERED = List.of(Cell.empty(1, Metric.FIRST_RESPONSE), Cell.empty(2, Metric.FIRST_RESPONSE),
			Cell.empty(3, Metric.FIRST_RESPONSE), Cell.empty(4, Metric.FIRST_RESPONSE), Cell.empty(1, Metric.UPDATE));

	/** The form filled with a stored version. */
	static PlanEditForm of(Plan plan, long revision) {
		Map<String, String> descriptions = new java.util.LinkedHashMap<>();
		for (Language language : Language.values()) {
			descriptions.put(language.code(), plan.description().written(language).orElse(""));
		}
		Set<String> entitlements = new LinkedHashSet<>();
		plan.entitlements().forEach(e -> entitlements.add(e.name()));
		List<Cell> cells = OFFERED.stream().map(cell -> plan.target(cell.severity(), cell.metric()).map(Cell::of)
			.orElse(cell)).toList();
		return new PlanEditForm(String.valueOf(revision), plan.name(), descriptions, entitlements,
				String.valueOf(plan.trialLicenceMaxDays()), cells, "");
	}

	/** The form as a browser sent it. */
	static PlanEditForm of(MultiValueMap<String, String> submitted) {
		Map<String, String> descriptions = new java.util.LinkedHashMap<>();
		for (Language language : Language.values()) {
			descriptions.put(language.code(), value(submitted, "descriptions." + language.code()));
		}
		List<String> checked = submitted.getOrDefault("entitlements", List.of());
		List<Cell> cells = OFFERED.stream().map(cell -> new Cell(cell.severity(), cell.metric(),
				value(submitted, cell.field("amount")), value(submitted, cell.field("unit")),
				value(submitted, cell.field("calendar")), submitted.containsKey(cell.field("examWindows")))).toList();
		return new PlanEditForm(value(submitted, "revision"), value(submitted, "name"), descriptions,
				new LinkedHashSet<>(checked), value(submitted, "trialLicenceMaxDays"), cells,
				value(submitted, "effectiveFrom"));
	}

	/** Every field an error can stand next to (facade refusals name {@code targets} and {@code descriptions.en}). */
	static Set<String> fields() {
		Set<String> fields = new LinkedHashSet<>(List.of("name", "entitlements", "trialLicenceMaxDays", "targets",
				"effectiveFrom"));
		Arrays.stream(Language.values()).forEach(language -> fields.add("descriptions." + language.code()));
		OFFERED.forEach(cell -> List.of("amount", "unit", "calendar").forEach(part -> fields.add(cell.field(part))));
		return fields;
	}

	/**
	 * The edit this form asks for, or null where a field is wrong (each recorded in {@code errors}).
	 *
	 * @param latest the plan's latest version, whose cells the form does not offer are kept
	 * @param calendars the names of the calendars a target may run on
	 */
	PlanEdit edit(FieldErrors errors, Plan latest, Set<String> calendars, ZoneId zone) {
		Long basedOn = basedOn();
		if (basedOn == null) {
			errors.reject("", "error.concurrentChange");
		}
		String planName = errors.text("name", name, 100);
		PlanDescription description = description(errors);
		Set<Entitlement> granted = entitlements(errors);
		Integer trialDays = errors.number("trialLicenceMaxDays", trialLicenceMaxDays, 0, 366, 0);
		List<PlanChange.Target> targets = new ArrayList<>();
		cells.forEach(cell -> cell.target(errors, calendars).ifPresent(targets::add));
		latest.targets().stream().filter(target -> OFFERED.stream().noneMatch(c -> target.isFor(c.severity(), c.metric())))
			.map(PlanEditForm::kept).forEach(targets::add);
		Instant from = effectiveFrom == null || effectiveFrom.isBlank() ? null
				: errors.instant("effectiveFrom", effectiveFrom, zone);
		if (!errors.isEmpty()) {
			return null;
		}
		return new PlanEdit(new PlanChange(planName, description, granted, trialDays, targets), from, basedOn);
	}

	/** The text typed for a language (for the template). */
	public String description(String code) {
		return descriptions.getOrDefault(code, "");
	}

	/** Whether the entitlement is ticked (for the template). */
	public boolean grants(Entitlement entitlement) {
		return entitlements.contains(entitlement.name());
	}

	private Long basedOn() {
		try {
			return Long.valueOf(revision == null ? "" : revision.strip());
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}

	private PlanDescription description(FieldErrors errors) {
		Map<Language, String> texts = new EnumMap<>(Language.class);
		texts.put(Language.EN, errors.text("descriptions.en", description("en"), 2000));
		for (Language language : Language.values()) {
			String text = description(language.code()).strip();
			if (language != Language.EN && !text.isEmpty()) {
				if (text.length() > 2000) {
					errors.reject("descriptions." + language.code(), "plans.error.tooLong", 2000);
				}
				texts.put(language, text);
			}
		}
		return new PlanDescription(texts);
	}

	private Set<Entitlement> entitlements(FieldErrors errors) {
		Set<Entitlement> granted = new LinkedHashSet<>();
		for (String name : entitlements) {
			Entitlement entitlement = errors.choice("entitlements", name, Entitlement::valueOf);
			if (entitlement != null) {
				granted.add(entitlement);
			}
		}
		return granted;
	}

	private static PlanChange.Target kept(ResponseTarget target) {
		return new PlanChange.Target(target.severity(), target.metric(), target.amount(), target.unit(),
				target.calendar().name(), target.calendar().withExamWindows());
	}

	private static String value(MultiValueMap<String, String> submitted, String name) {
		String value = submitted.getFirst(name);
		return value == null ? "" : value;
	}

	/** One offered cell of the target matrix, as text; an empty amount is no target. */
	record Cell(int severity, Metric metric, String amount, String unit, String calendar, boolean withExamWindows) {

		static Cell empty(int severity, Metric metric) {
			return new Cell(severity, metric, "", TargetUnit.HOURS.name(), "", false);
		}

		static Cell of(ResponseTarget target) {
			return new Cell(target.severity(), target.metric(), String.valueOf(target.amount()), target.unit().name(),
					target.calendar().name(), target.calendar().withExamWindows());
		}

		/** The name of one of the cell's inputs, also its id and its errors' field: {@code target-1-FIRST_RESPONSE-amount}. */
		public String field(String part) {
			return "target-" + severity + "-" + metric + "-" + part;
		}

		Optional<PlanChange.Target> target(FieldErrors errors, Set<String> calendars) {
			if (amount == null || amount.isBlank()) {
				return Optional.empty();
			}
			Integer value = errors.number(field("amount"), amount, 0, 1_000_000, null);
			TargetUnit targetUnit = errors.choice(field("unit"), unit, TargetUnit::valueOf);
			if (!calendars.contains(calendar)) {
				errors.reject(field("calendar"), "plans.error.choice");
			}
			if (value == null || targetUnit == null || !calendars.contains(calendar)) {
				return Optional.empty();
			}
			return Optional.of(new PlanChange.Target(severity, metric, value, targetUnit, calendar, withExamWindows));
		}
	}
}
