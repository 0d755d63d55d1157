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

	static Map<String, Object> plan(Plan plan) {
		Map<String, Object> json = new LinkedHashMap<>();
		json.put("code", plan.code());
		json.put("name", plan.name());
		json.put("description", plan.description());
		json.put("entitlements", plan.entitlements().stream().sorted().toList());
		json.put("targets", targets(plan.targets()));
		json.put("trialLicenceMaxDays", plan.trialLicenceMaxDays());
		json.put("effectiveFrom", plan.effectiveFrom());
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
