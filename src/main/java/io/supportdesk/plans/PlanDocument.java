package io.supportdesk.plans;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import io.supportdesk.shared.Language;

/**
 * A plan version as stored (JSON): name, descriptions by language code, entitlements, trial licence
 * limit and the target matrix with calendar ids. {@code description} is the English text: documents
 * written before descriptions had languages carry only it, newer ones carry it too.
 */
record PlanDocument(String name, String description, Map<String, String> descriptions, Set<Entitlement> entitlements,
		int trialLicenceMaxDays, List<Target> targets) {

	static PlanDocument of(PlanChange change, List<Target> targets) {
		Map<String, String> descriptions = new LinkedHashMap<>();
		change.description().texts().forEach((language, text) -> descriptions.put(language.code(), text));
		return new PlanDocument(change.name(), change.description().english(), descriptions, change.entitlements(),
				change.trialLicenceMaxDays(), targets);
	}

	/** The description by language; an old document's single description is the English one. */
	PlanDescription planDescription() {
		if (descriptions == null || descriptions.isEmpty()) {
			return PlanDescription.english(description);
		}
		Map<Language, String> texts = new LinkedHashMap<>();
		descriptions.forEach((code, text) -> Language.ofCode(code).ifPresent(language -> texts.put(language, text)));
		return new PlanDescription(texts);
	}

	/** One stored target. */
	record Target(int severity, Metric metric, long amount, TargetUnit unit, UUID calendarId, boolean withExamWindows) {
	}
}
