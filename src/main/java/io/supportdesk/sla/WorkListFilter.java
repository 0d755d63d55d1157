package io.supportdesk.sla;

import java.util.UUID;

/**
 * Which part of the work list to read (each null means any): a team, a case language, an assignee,
 * an organisation; at most {@code limit} entries.
 */
public record WorkListFilter(UUID team, String language, UUID assignee, UUID organisation, int limit) {
}
