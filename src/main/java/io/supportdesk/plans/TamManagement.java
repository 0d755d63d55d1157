package io.supportdesk.plans;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.supportdesk.accounts.AccountManagement;
import io.supportdesk.accounts.AuditAction;
import io.supportdesk.accounts.AuditLog;
import io.supportdesk.accounts.CurrentUser;
import io.supportdesk.accounts.OrganisationId;
import io.supportdesk.accounts.OrganisationSummary;
import io.supportdesk.accounts.Role;
import io.supportdesk.accounts.UserId;
import io.supportdesk.accounts.UserSummary;
import io.supportdesk.shared.Conflict;
import io.supportdesk.shared.InvalidInput;

/**
 * Dedicated technical account managers: managers assign a TAM (a staff user with role TAM) to an
 * organisation whose plan includes one; its users see their TAM; a TAM sees their organisations.
 */
@Service
@Transactional
public class TamManagement {

	private final JdbcClient jdbc;

	private final AccountManagement accounts;

	private final EntitlementCheck entitlements;

	private final Clock clock;

	private final AuditLog audit;

	TamManagement(JdbcClient jdbc, AccountManagement accounts, EntitlementCheck entitlements, Clock clock,
			AuditLog audit) {
		this.audit = audit;
		this.jdbc = jdbc;
		this.accounts = accounts;
		this.entitlements = entitlements;
		this.clock = clock;
	}

	/** Assigns (or reassigns) the organisation's TAM. */
	public TamView assign(CurrentUser actor, OrganisationId organisation, UserId tam) {
		if (!actor.has(Role.MANAGER)) {
			throw new AccessDeniedException("Only support managers assign TAMs");
		}
		String name = accounts.organisation(actor, organisation).name();
		UserSummary user = accounts.findUser(tam).filter(u -> u.role() == Role.TAM)
			.orElseThrow(() -> new InvalidInput("tamId", "refusal.plans.tam.notTam"));
		if (!entitlements.now(organisation).has(Entitlement.DEDICATED_TAM)) {
			throw new Conflict("organisationId", "refusal.plans.tam.notEntitled", name);
		}
		String before = tamOf(organisation).map(TamView::email).orElse(null);
		jdbc.sql("""
				insert into plans_tam_assignment (organisation_id, tam_id, assigned_at, assigned_by)
				values (:organisation, :tam, :now, :by)
				on conflict (organisation_id) do update set tam_id = excluded.tam_id,
				assigned_at = excluded.assigned_at, assigned_by = excluded.assigned_by""")
			.param("organisation", organisation.value()).param("tam", tam.value())
			.param("now", Timestamp.from(clock.instant())).param("by", actor.email()).update();
		audit.recordChange(AuditAction.ACCOUNT_MANAGER_ASSIGNED, actor, "organisation " + name, before, user.email());
		return new TamView(user.id(), user.name(), user.email());
	}

	/** The organisation's TAM, if it has one (staff, and the organisation's own users). */
	@Transactional(readOnly = true)
	public Optional<TamView> tamOf(CurrentUser actor, OrganisationId organisation) {
		accounts.organisation(actor, organisation);
		return tamOf(organisation);
	}

	/** The organisation's TAM, for other modules (escalations). */
	@Transactional(readOnly = true)
	public Optional<TamView> tamOf(OrganisationId organisation) {
		return jdbc.sql("select tam_id from plans_tam_assignment where organisation_id = :organisation")
			.param("organisation", organisation.value()).query(UUID.class).optional()
			.flatMap(id -> accounts.findUser(new UserId(id)))
			.map(user -> new TamView(user.id(), user.name(), user.email()));
	}

	/** The organisations a TAM looks after. */
	@Transactional(readOnly = true)
	public List<OrganisationSummary> organisationsOf(CurrentUser tam) {
		return jdbc.sql("select organisation_id from plans_tam_assignment where tam_id = :tam")
			.param("tam", tam.id().value()).query(UUID.class).list().stream()
			.map(id -> accounts.organisation(tam, new OrganisationId(id)))
			.sorted(java.util.Comparator.comparing(OrganisationSummary::name)).toList();
	}
}
