package io.supportdesk.knowledge;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.supportdesk.accounts.CurrentUser;
import io.supportdesk.accounts.OrganisationId;
import io.supportdesk.shared.Language;
import io.supportdesk.shared.NotFound;

/**
 * Case deflection: the articles suggested while a customer types a new case, and whether they helped.
 * Each form the portal shows gets an id ({@link #startForm}); every suggestion shown beside it is an
 * impression, every suggestion opened from it an open (each once per form and article); submitting the
 * form marks it submitted. A form from which an article was opened and that was not submitted within
 * {@link #ABANDONED_AFTER} is a deflection, counted for every article opened from it.
 */
@Service
@Transactional
public class Deflections {

	/** A form not submitted this long after it was started counts as abandoned. */
	public static final Duration ABANDONED_AFTER = Duration.ofMinutes(30);

	private final KnowledgeBase knowledge;

	private final JdbcClient jdbc;

	private final Clock clock;

	Deflections(KnowledgeBase knowledge, JdbcClient jdbc, Clock clock) {
		this.knowledge = knowledge;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** A new-case form shown to a customer: its id, which the suggestions, opens and the submission name. */
	public UUID startForm(CurrentUser customer) {
		OrganisationId organisation = customer.organisation().orElseThrow(() -> new AccessDeniedException("Customers only"));
		UUID id = UUID.randomUUID();
		jdbc.sql("insert into knowledge_case_form (id, user_id, organisation_id, started_at) values (:id, :user, :org, :at)")
			.param("id", id).param("user", customer.id().value()).param("org", organisation.value())
			.param("at", Timestamp.from(clock.instant())).update();
		return id;
	}

	/** The suggestions for what the customer typed so far, each recorded as an impression of the form. */
	public List<SearchHit> suggest(CurrentUser customer, UUID form, String subject, String description, Language lang) {
		requireOwn(customer, form);
		List<SearchHit> hits = knowledge.suggestions(Reader.of(customer), subject, description, lang);
		hits.forEach(hit -> record(form, hit.id(), "IMPRESSION"));
		return hits;
	}

	/** The customer opened {@code article} from the form (ignored for a form that is not theirs). */
	public void opened(CurrentUser customer, UUID form, ArticleId article) {
		if (owner(form).filter(user -> user.equals(customer.id().value())).isPresent()) {
			record(form, article, "OPEN");
		}
	}

	/** The customer submitted the form: whatever they opened from it did not deflect the case. */
	public void submitted(CurrentUser customer, UUID form) {
		requireOwn(customer, form);
		jdbc.sql("update knowledge_case_form set submitted_at = :at where id = :id and submitted_at is null")
			.param("at", Timestamp.from(clock.instant())).param("id", form).update();
	}

	/** Impressions, opens and deflections of an article (staff only). */
	@Transactional(readOnly = true)
	public DeflectionCounts counts(CurrentUser staff, ArticleId article) {
		if (staff == null || !staff.isStaff()) {
			throw new AccessDeniedException("Staff only");
		}
		return jdbc.sql("""
				select count(*) filter (where e.kind = 'IMPRESSION') as impressions,
				    count(*) filter (where e.kind = 'OPEN') as opens,
				    count(*) filter (where e.kind = 'OPEN' and f.submitted_at is null and f.started_at <= :abandoned)
				        as deflections
				from knowledge_form_event e join knowledge_case_form f on f.id = e.form_id
				where e.article_id = :article""")
			.param("article", article.value()).param("abandoned", Timestamp.from(clock.instant().minus(ABANDONED_AFTER)))
			.query((rs, n) -> new DeflectionCounts(rs.getLong("impressions"), rs.getLong("opens"), rs.getLong("deflections")))
			.single();
	}

	/** The organisation whose customer started the form, for tenant isolation. */
	@Transactional(readOnly = true)
	public Optional<OrganisationId> organisationOf(UUID form) {
		return jdbc.sql("select organisation_id from knowledge_case_form where id = :id").param("id", form)
			.query(UUID.class).optional().map(OrganisationId::new);
	}

	private void record(UUID form, ArticleId article, String kind) {
		jdbc.sql("""
				insert into knowledge_form_event (form_id, article_id, kind, at) values (:form, :article, :kind, :at)
				on conflict do nothing""")
			.param("form", form).param("article", article.value()).param("kind", kind)
			.param("at", Timestamp.from(clock.instant())).update();
	}

	private Optional<UUID> owner(UUID form) {
		return jdbc.sql("select user_id from knowledge_case_form where id = :id").param("id", form).query(UUID.class)
			.optional();
	}

	private void requireOwn(CurrentUser customer, UUID form) {
		if (owner(form).filter(user -> user.equals(customer.id().value())).isEmpty()) {
			throw new NotFound("refusal.notFound.caseForm");
		}
	}
}
