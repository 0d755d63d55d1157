package io.supportdesk.plans;

import java.time.Instant;

import org.springframework.data.relational.core.mapping.Table;

/** The plan of a subscription from an instant on. */
@Table("plans_subscription_segment")
record PlanSegment(String planCode, Instant effectiveFrom, Instant recordedAt) {
}
