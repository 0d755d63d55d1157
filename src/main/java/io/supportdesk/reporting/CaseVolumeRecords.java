package io.supportdesk.reporting;

import java.sql.Timestamp;
import java.time.Instant;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import io.supportdesk.cases.CaseClassified;
import io.supportdesk.cases.CaseClosed;
import io.supportdesk.cases.CaseOpened;
import io.supportdesk.cases.CaseReopened;
import io.supportdesk.cases.CaseResolved;
import io.supportdesk.sla.SlaEvaluated;

/**
 * Keeps {@code reporting_case} and {@code reporting_case_open}, what the volume report counts: each case's
 * facts and the intervals in which it was open.
 *
 * <p>Plain, synchronous {@code @EventListener}s on purpose (like {@link SlaTargetRecords}): they run in
 * the transaction that stores the case, so the counts commit or roll back with it. The product, which
 * the opening fact does not carry, comes with the case's first SLA evaluation in the same transaction.
 */
@Component
class CaseVolumeRecords {

	private final JdbcClient jdbc;

	CaseVolumeRecords(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@EventListener
	void on(CaseOpened event) {
		jdbc.sql("""
				insert into reporting_case (case_id, organisation_id, channel, language, severity, opened_at)
				values (:case, :organisation, :channel, :language, :severity, :opened)
				on conflict (case_id) do nothing""")
			.param("case", event.caseId().value()).param("organisation", event.organisationId().value())
			.param("channel", event.channel().name()).param("language", event.language())
			.param("severity", event.severity()).param("opened", timestamp(event.at())).update();
		opens(event.caseId().value(), event.at());
	}

	/** Every stored evaluation carries the case's facts: the product, and the severity after reclassifications. */
	@EventListener
	void on(SlaEvaluated event) {
		jdbc.sql("""
				insert into reporting_case (case_id, organisation_id, channel, language, product, severity, opened_at)
				values (:case, :organisation, :channel, :language, :product, :severity, :opened)
				on conflict (case_id) do update set product = excluded.product, severity = excluded.severity""")
			.param("case", event.caseId().value()).param("organisation", event.organisationId().value())
			.param("channel", event.channel().name()).param("language", event.language())
			.param("product", event.product()).param("severity", event.severity())
			.param("opened", timestamp(event.openedAt())).update();
	}

	@EventListener
	void on(CaseClassified event) {
		jdbc.sql("update reporting_case set severity = :severity where case_id = :case")
			.param("severity", event.to()).param("case", event.caseId().value()).update();
	}

	@EventListener
	void on(CaseResolved event) {
		closes(event.caseId().value(), event.at());
		jdbc.sql("update reporting_case set resolved_count = resolved_count + 1 where case_id = :case")
			.param("case", event.caseId().value()).update();
	}

	@EventListener
	void on(CaseReopened event) {
		opens(event.caseId().value(), event.at());
		jdbc.sql("update reporting_case set reopened_count = reopened_count + 1 where case_id = :case")
			.param("case", event.caseId().value()).update();
	}

	/** Closing an open case (without a resolution first) ends its open interval too. */
	@EventListener
	void on(CaseClosed event) {
		closes(event.caseId().value(), event.at());
	}

	private void opens(java.util.UUID caseId, Instant at) {
		jdbc.sql("insert into reporting_case_open (case_id, from_at) values (:case, :at) on conflict do nothing")
			.param("case", caseId).param("at", timestamp(at)).update();
	}

	private void closes(java.util.UUID caseId, Instant at) {
		jdbc.sql("update reporting_case_open set until_at = :at where case_id = :case and until_at is null")
			.param("case", caseId).param("at", timestamp(at)).update();
	}

	private static Timestamp timestamp(Instant instant) {
		return Timestamp.from(instant);
	}
}
