package io.supportdesk.oncall;

import java.time.Instant;
import java.util.UUID;

import io.supportdesk.accounts.UserId;

/** A span in which a member of staff is away and paging passes them by. */
public record Away(UUID id, UserId userId, String userName, Instant from, Instant to, String reason) {
}
