package io.supportdesk.webhooks;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import io.supportdesk.shared.PublicUrl;
import io.supportdesk.accounts.CurrentUser;
import io.supportdesk.accounts.OrganisationId;
import io.supportdesk.cases.CaseAssigned;
import io.supportdesk.cases.CaseClosed;
import io.supportdesk.cases.CaseId;
import io.supportdesk.cases.CaseManagement;
import io.supportdesk.cases.CaseOpened;
import io.supportdesk.cases.CaseReopened;
import io.supportdesk.cases.CaseResolved;
import io.supportdesk.cases.CaseView;
import io.supportdesk.cases.CaseWaitingOnCustomer;
import io.supportdesk.cases.CustomerReplied;
import io.supportdesk.cases.SupportReplied;
import io.supportdesk.sla.SlaBreached;
import io.supportdesk.sla.SlaWarningReached;

/**
 * Turns case and SLA events into deliveries, after the event's transaction has committed, in one of
 * its own, recorded in the event publication registry (delivered again after a failure or a crash; the
 * outbox stores each event once per endpoint). The data is what the case's customers may see of it —
 * reference, subject, status, severity, channel, language, links — plus the event's own facts; never
 * messages or internal notes. Imported cases (history brought in from elsewhere) send nothing.
 */
@Component
class WebhookEvents {

	private final CaseManagement cases;

	private final WebhookOutbox outbox;

	private final PublicUrl publicUrl;

	WebhookEvents(CaseManagement cases, WebhookOutbox outbox,
			@Value(PublicUrl.PROPERTY) String publicUrl) {
		this.cases = cases;
		this.outbox = outbox;
		this.publicUrl = new PublicUrl(publicUrl);
	}

	@ApplicationModuleListener
	void on(CaseOpened opened) {
		if (!opened.imported()) {
			record(WebhookEventType.CASE_OPENED, opened.caseId(), opened.organisationId(), opened.at(), Map.of());
		}
	}

	@ApplicationModuleListener
	void on(SupportReplied replied) {
		record(WebhookEventType.CASE_REPLIED, replied.caseId(), replied.organisationId(), replied.at(), Map.of());
	}

	@ApplicationModuleListener
	void on(CustomerReplied replied) {
		record(WebhookEventType.CASE_CUSTOMER_REPLIED, replied.caseId(), replied.organisationId(), replied.at(), Map.of());
	}

	@ApplicationModuleListener
	void on(CaseWaitingOnCustomer waiting) {
		record(WebhookEventType.CASE_WAITING_ON_CUSTOMER, waiting.caseId(), waiting.organisationId(), waiting.at(), Map.of());
	}

	@ApplicationModuleListener
	void on(CaseResolved resolved) {
		record(WebhookEventType.CASE_RESOLVED, resolved.caseId(), resolved.organisationId(), resolved.at(), Map.of());
	}

	@ApplicationModuleListener
	void on(CaseReopened reopened) {
		record(WebhookEventType.CASE_REOPENED, reopened.caseId(), reopened.organisationId(), reopened.at(), Map.of());
	}

	@ApplicationModuleListener
	void on(CaseClosed closed) {
		record(WebhookEventType.CASE_CLOSED, closed.caseId(), closed.organisationId(), closed.at(), Map.of());
	}

	@ApplicationModuleListener
	void on(CaseAssigned assigned) {
		Map<String, Object> facts = new LinkedHashMap<>();
		facts.put("assigneeId", assigned.assignee() == null ? null : assigned.assignee().value().toString());
		facts.put("teamId", assigned.team() == null ? null : assigned.team().toString());
		record(WebhookEventType.CASE_ASSIGNED, assigned.caseId(), assigned.organisationId(), assigned.at(), facts);
	}

	@ApplicationModuleListener
	void on(SlaWarningReached warning) {
		record(WebhookEventType.SLA_WARNING, warning.caseId(), warning.organisationId(), warning.at(),
				Map.of("metric", warning.metric().name(), "percent", warning.percent(), "dueAt", warning.dueAt().toString()),
				warning.metric() + ":" + warning.percent());
	}

	@ApplicationModuleListener
	void on(SlaBreached breached) {
		record(WebhookEventType.SLA_BREACHED, breached.caseId(), breached.organisationId(), breached.at(),
				Map.of("metric", breached.metric().name(), "dueAt", breached.dueAt().toString()),
				breached.metric() + ":" + breached.dueAt());
	}

	@ApplicationModuleListener
	void on(io.supportdesk.oncall.PageRaised page) {
		record(WebhookEventType.PAGE_CREATED, page.caseId(), page.organisationId(), page.at(),
				Map.of("pageId", page.pageId().toString(), "userId", page.userId().value().toString(), "role", page.role(),
						"acknowledgeBy", page.acknowledgeBy().toString()),
				page.pageId().toString());
	}

	@ApplicationModuleListener
	void on(io.supportdesk.oncall.PageAcknowledged acknowledged) {
		record(WebhookEventType.PAGE_ACKNOWLEDGED, acknowledged.caseId(), acknowledged.organisationId(), acknowledged.at(),
				Map.of("acknowledgedBy", acknowledged.by().value().toString()));
	}

	/** A customer started a live chat: its chat, not a case (no reference, status or severity yet). */
	@ApplicationModuleListener
	void on(io.supportdesk.chat.ChatStarted started) {
		Map<String, Object> data = new LinkedHashMap<>();
		data.put("chatId", started.chatId().value().toString());
		data.put("organisationId", started.organisationId().value().toString());
		data.put("topic", started.topic());
		data.put("language", started.language());
		data.put("portalUrl", publicUrl.link("/portal/chat/" + started.chatId().value()));
		data.put("consoleUrl", publicUrl.link("/console/chat/" + started.chatId().value()));
		outbox.record(WebhookEventType.CHAT_STARTED, started.organisationId(), started.chatId().value().toString(),
				started.at(), data);
	}

	private void record(WebhookEventType type, CaseId caseId, OrganisationId organisation, Instant at,
			Map<String, Object> facts) {
		record(type, caseId, organisation, at, facts, "");
	}

	private void record(WebhookEventType type, CaseId caseId, OrganisationId organisation, Instant at,
			Map<String, Object> facts, String detail) {
		CaseView view = cases.caseView(CurrentUser.system(), caseId);
		Map<String, Object> data = new LinkedHashMap<>();
		data.put("caseId", caseId.value().toString());
		data.put("reference", view.reference().toString());
		data.put("organisationId", organisation == null ? null : organisation.value().toString());
		data.put("subject", view.subject());
		data.put("status", view.status().name());
		data.put("severity", view.severity());
		data.put("channel", view.channel().name());
		data.put("language", view.language());
		data.put("portalUrl", publicUrl.link("/portal/cases/" + caseId.value()));
		data.put("consoleUrl", publicUrl.link("/console/cases/" + caseId.value()));
		data.putAll(facts);
		outbox.record(type, organisation, caseId.value() + ":" + at + ":" + detail, at, data);
	}
}
