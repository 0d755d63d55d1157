package io.supportdesk.knowledge;

import java.time.Instant;

import io.supportdesk.cases.CaseId;
import io.supportdesk.cases.CaseReference;
import io.supportdesk.cases.CaseStatus;

/** A case linked to an article, as staff see it in the article's list of cases. */
public record LinkedCase(CaseId id, CaseReference reference, String subject, CaseStatus status, Instant linkedAt) {
}
