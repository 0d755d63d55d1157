package io.supportdesk.plans.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.supportdesk.plans.Entitlements;
import io.supportdesk.plans.Plan;
import io.supportdesk.plans.ResponseTarget;

/** The JSON shapes of plans, targets and entitlements. */
final class PlanJson {

	private PlanJson() {
	}

	/**
	 * A plan version: {@code description} is the English text (as before descriptions had languages),
	 * {@code descriptions} every text written, by language code; {@code revision} is the plan's.
	 */
	static Map<String, Object> plan(Plan plan, long revision) {
		Map<String, Object> json = new LinkedHashMap<>();
		json.put("code", plan.code());
		json.put("name", plan.name());
		json.put("description", plan.description().english());
		Map<String, String> descriptions = new LinkedHashMap<>();
		plan.description().texts().forEach((language, text) -> descriptions.put(language.code(), text));
		json.put("descriptions", descriptions);
		json.put("entitlements", plan.entitlements().stream().sorted().toList());
		json.put("targets", targets(plan.targets()));
		json.put("trialLicenceMaxDays", plan.trialLicenceMaxDays());
		json.put("effectiveFrom", plan.effectiveFrom());
		json.put("revision", revision);
		return json;
	}

	static List<Map<String, Object>> targets(List<ResponseTarget> targets) {
		return targets.stream().map(PlanJson::target).toList();
	}

	static Map<String, Object> target(ResponseTarget target) {
		Map<String, Object> json = new LinkedHashMap<>();
		json.put("severity", target.severity());
		json.put("metric", target.metric());
		json.put("amount", target.amount());
		json.put("unit", target.unit());
		json.put("calendar", target.calendar().label());
		json.put("withExamWindows", target.calendar().withExamWindows());
		return json;
	}

	static Map<String, Object> entitlements(Entitlements entitlements) {
		Map<String, Object> json = new LinkedHashMap<>();
		json.put("organisationId", entitlements.organisation());
		json.put("at", entitlements.at());
		json.put("plans", entitlements.plans().stream().map(Plan::code).distinct().toList());
		json.put("entitlements", entitlements.granted().stream().sorted().toList());
		json.put("targets", targets(entitlements.targets()));
		return json;
	}
}
