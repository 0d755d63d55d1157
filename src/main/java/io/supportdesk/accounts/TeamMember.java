package io.supportdesk.accounts;

import java.util.UUID;

import org.springframework.data.relational.core.mapping.Table;

/** Membership of a staff user in a team. */
@Table("accounts_team_member")
record TeamMember(UUID userId) {
}
