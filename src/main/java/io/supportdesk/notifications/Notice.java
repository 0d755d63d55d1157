package io.supportdesk.notifications;

import java.time.Instant;

import io.supportdesk.cases.CaseView;
import io.supportdesk.sla.SlaTarget;

/**
 * What a notice says, as facts (rendered in each reader's language and zone when read): the case it
 * is about, the SLA metric, the share of its time used (warnings) and the due instant; an assignment
 * has no metric, and its instant is when it happened.
 */
record Notice(NoticeKind kind, CaseView caseView, SlaTarget.Metric metric, Integer percent, Instant dueAt) {
}
