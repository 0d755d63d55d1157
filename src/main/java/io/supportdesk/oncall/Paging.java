package io.supportdesk.oncall;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.github.kagkarlsson.scheduler.SchedulerClient;
import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;

import io.supportdesk.shared.PublicUrl;
import io.supportdesk.accounts.AccountManagement;
import io.supportdesk.accounts.CurrentUser;
import io.supportdesk.accounts.OrganisationId;
import io.supportdesk.accounts.Role;
import io.supportdesk.accounts.TeamManagement;
import io.supportdesk.accounts.UserId;
import io.supportdesk.accounts.UserSummary;
import io.supportdesk.cases.CaseClassified;
import io.supportdesk.cases.CaseId;
import io.supportdesk.cases.CaseManagement;
import io.supportdesk.cases.CaseOpened;
import io.supportdesk.cases.CaseView;
import io.supportdesk.exams.ExamCoverage;
import io.supportdesk.plans.TamManagement;
import io.supportdesk.shared.NotFound;
import io.supportdesk.sla.SlaManagement;
import io.supportdesk.sla.SlaState;
import io.supportdesk.sla.SlaTarget;

/**
 * Severity 1 paging (SPEC: Premier's 24x7 TAM on-call for Severity 1; Proctored inside an exam
 * window). A case that becomes Severity 1 — opened so, or reclassified — while its first-response
 * target runs round the clock (a 24x7 calendar, or inside a booked exam window) pages at once, once per
 * case, down an escalation chain: the organisation's TAM, the primary on call, the secondary on call,
 * the lead of the case's team, the support managers (the administrators where there are none). Empty
 * levels are skipped (with no TAM and nobody on call, the page goes to the managers: never dropped), so
 * are people away ({@link AwayTimes}: the TAM is paged only while available), and nobody is paged twice
 * about one case. A
 * level not acknowledged within {@code supportdesk.oncall.acknowledge-within} (5 min) pages the next:
 * a persistent db-scheduler timer per level, which escalates only if the level's pages are still open
 * (a conditional update), so a timer fired twice or on two instances escalates once. Acknowledging any
 * page of the case — in the console, by API, or with the signed link of the page's mail — stops it, and
 * so does a public reply of support on the case (acknowledged by its author).
 * Every page and acknowledgement is an event ({@link PageRaised}, {@link PageAcknowledged}) that
 * notifications (in-app and mail) and webhooks carry, and staff read them on the case's SLA timeline
 * ({@link PageTimeline}).
 */
@Service
@Transactional
public class Paging {

	static final String TASK = "oncall-escalation";

	private static final List<String> ROLES = List.of("TAM", "PRIMARY", "SECONDARY", "TEAM_LEAD", "MANAGER");

	/** The managers' level, the last: nobody is paged after it. */
	static final int LAST_STEP = ROLES.size() - 1;

	private final JdbcClient jdbc;

	private final CaseManagement cases;

	private final SlaManagement sla;

	private final ExamCoverage exams;

	private final TamManagement tams;

	private final TeamManagement teams;

	private final AccountManagement accounts;

	private final Rotas rotas;

	private final AwayTimes away;

	private final OnCallSettings settings;

	private final ApplicationEventPublisher events;

	private final ObjectProvider<SchedulerClient> scheduler;

	private final ObjectProvider<OneTimeTask<PageEscalation>> task;

	private final Clock clock;

	private final PublicUrl publicUrl;

	Paging(JdbcClient jdbc, CaseManagement cases, SlaManagement sla, ExamCoverage exams, TamManagement tams,
			TeamManagement teams, AccountManagement accounts, Rotas rotas, AwayTimes away, OnCallSettings settings,
			ApplicationEventPublisher events, ObjectProvider<SchedulerClient> scheduler,
			ObjectProvider<OneTimeTask<PageEscalation>> task, Clock clock,
			@Value(PublicUrl.PROPERTY) String publicUrl) {
		this.jdbc = jdbc;
		this.cases = cases;
		this.sla = sla;
		this.exams = exams;
		this.tams = tams;
		this.teams = teams;
		this.accounts = accounts;
		this.rotas = rotas;
		this.away = away;
		this.settings = settings;
		this.events = events;
		this.scheduler = scheduler;
		this.task = task;
		this.clock = clock;
		this.publicUrl = new PublicUrl(publicUrl);
	}

	@Bean
	static OneTimeTask<PageEscalation> pageEscalationTask(ObjectProvider<Paging> paging) {
		return Tasks.oneTime(TASK, PageEscalation.class)
			.execute((instance, context) -> paging.getObject().escalate(instance.getData().caseId(), instance.getData().step()));
	}

	@ApplicationModuleListener
	void on(CaseOpened opened) {
		if (opened.severity() == 1 && !opened.imported()) {
			page(opened.caseId(), opened.organisationId());
		}
	}

	@ApplicationModuleListener
	void on(CaseClassified classified) {
		if (classified.to() == 1 && classified.from() != 1) {
			page(classified.caseId(), classified.organisationId());
		}
	}

	/**
	 * A public reply of support answers what the page asked for: the case's open pages are acknowledged by
	 * the reply's author, and nobody further is paged.
	 */
	@ApplicationModuleListener
	void on(io.supportdesk.cases.SupportReplied replied) {
		CaseView view = cases.caseView(CurrentUser.system(), replied.caseId());
		view.messages().stream()
			.filter(m -> m.kind() == io.supportdesk.cases.MessageKind.PUBLIC_REPLY && !m.at().isAfter(replied.at()))
			.reduce((earlier, later) -> later).map(CaseView.Message::authorId).ifPresent(author ->
				jdbc.sql("select id from oncall_page where case_id = :case and state = 'OPEN' limit 1")
					.param("case", replied.caseId().value()).query(UUID.class).optional()
					.ifPresent(open -> acknowledge(author, open)));
	}

	/** Pages about the case if it is Severity 1 on a round-the-clock target now and was not paged about before. */
	void page(CaseId caseId, OrganisationId organisation) {
		Instant now = clock.instant();
		boolean pagedBefore = jdbc.sql("select count(*) from oncall_page where case_id = :case")
			.param("case", caseId.value()).query(Integer.class).single() > 0;
		if (pagedBefore || !roundTheClock(caseId, organisation, now)) {
			return;
		}
		raise(cases.caseView(CurrentUser.system(), caseId), 0, now);
	}

	/** Whether the case's first-response target runs round the clock now: a 24x7 calendar, or an exam window. */
	boolean roundTheClock(CaseId caseId, OrganisationId organisation, Instant now) {
		SlaState state = sla.sla(CurrentUser.system(), caseId);
		if (state.severity() != 1) {
			return false;
		}
		Optional<SlaTarget> first = state.targets().stream()
			.filter(target -> target.metric() == SlaTarget.Metric.FIRST_RESPONSE).findFirst();
		if (first.isPresent() && first.get().rule().calendar().elapsed(now, now.plus(Duration.ofDays(7)))
			.equals(Duration.ofDays(7))) {
			return true;
		}
		return organisation != null && exams.windowsOf(organisation).stream()
			.anyMatch(window -> !now.isBefore(window.from()) && now.isBefore(window.to()));
	}

	/**
	 * The escalation timer of a level: if its pages are still open, they are marked escalated and the
	 * next level with somebody is paged. Returns whether it escalated.
	 */
	public boolean escalate(UUID caseId, int step) {
		Instant now = clock.instant();
		int open = jdbc.sql("""
				update oncall_page set state = 'ESCALATED', escalated_at = :now
				where case_id = :case and step = :step and state = 'OPEN'""")
			.param("now", Timestamp.from(now)).param("case", caseId).param("step", step).update();
		if (open == 0) {
			return false;
		}
		raise(cases.caseView(CurrentUser.system(), new CaseId(caseId)), step + 1, now);
		return true;
	}

	/** Pages the first level from {@code step} on that has somebody not paged about the case yet. */
	private void raise(CaseView view, int step, Instant now) {
		Set<UUID> pagedBefore = new HashSet<>(jdbc.sql("select user_id from oncall_page where case_id = :case")
			.param("case", view.id().value()).query(UUID.class).list());
		for (int level = step; level < ROLES.size(); level++) {
			List<UserId> people = recipients(view, level, now).stream().filter(user -> !pagedBefore.contains(user.value()))
				.toList();
			if (people.isEmpty()) {
				continue;
			}
			Instant acknowledgeBy = now.plus(settings.acknowledgeWithin());
			for (UserId user : people) {
				UUID id = UUID.randomUUID();
				int inserted = jdbc.sql("""
						insert into oncall_page (id, case_id, organisation_id, step, role, user_id, state, raised_at, acknowledge_by)
						values (:id, :case, :org, :step, :role, :user, 'OPEN', :now, :by) on conflict do nothing""")
					.param("id", id).param("case", view.id().value())
					.param("org", view.organisationId() == null ? null : view.organisationId().value()).param("step", level)
					.param("role", ROLES.get(level)).param("user", user.value()).param("now", Timestamp.from(now))
					.param("by", Timestamp.from(acknowledgeBy)).update();
				if (inserted == 1) {
					events.publishEvent(new PageRaised(id, view.id(), view.organisationId(), user, ROLES.get(level), level, now,
							acknowledgeBy));
				}
			}
			if (level < LAST_STEP) {
				PageEscalation timer = new PageEscalation(view.id().value(), level);
				scheduler.getObject().scheduleIfNotExists(task.getObject().instance(timer.instanceId(), timer), acknowledgeBy);
			}
			return;
		}
	}

	private List<UserId> recipients(CaseView view, int level, Instant now) {
		return switch (ROLES.get(level)) {
			case "TAM" -> view.organisationId() == null ? List.of()
					: tams.tamOf(view.organisationId()).map(tam -> tam.id()).filter(user -> available(user, now)).stream().toList();
			case "PRIMARY" -> Optional.ofNullable(rotas.onCall(now).get(1)).filter(user -> available(user, now)).stream().toList();
			case "SECONDARY" -> Optional.ofNullable(rotas.onCall(now).get(2)).filter(user -> available(user, now)).stream().toList();
			case "TEAM_LEAD" -> view.teamId() == null ? List.of()
					: Optional.ofNullable(teams.team(CurrentUser.system(), view.teamId()).leadId())
						.filter(user -> available(user, now)).stream().toList();
			default -> managersElseAdmins(now);
		};
	}

	/**
	 * The last level: the support managers who are not away — or, where there are no managers, the
	 * administrators; if every one of them is away, all of them: a page is never dropped.
	 */
	private List<UserId> managersElseAdmins(Instant now) {
		List<UserSummary> staff = accounts.staff(CurrentUser.system()).stream().filter(UserSummary::enabled).toList();
		List<UserId> managers = staff.stream().filter(user -> user.role() == Role.MANAGER).map(UserSummary::id).toList();
		List<UserId> last = !managers.isEmpty() ? managers
				: staff.stream().filter(user -> user.role() == Role.ADMIN).map(UserSummary::id).toList();
		List<UserId> present = last.stream().filter(user -> !away.isAway(user, now)).toList();
		return present.isEmpty() ? last : present;
	}

	/** Enabled and not away at {@code now}. */
	private boolean available(UserId user, Instant now) {
		return enabled(user) && !away.isAway(user, now);
	}

	private boolean enabled(UserId user) {
		return accounts.findUser(user).filter(UserSummary::enabled).isPresent();
	}

	/**
	 * Acknowledges a page (staff): every open page of its case is acknowledged by the actor and nobody
	 * further is paged. Acknowledging a case's page again changes nothing. 404 for customers.
	 */
	public Page acknowledge(CurrentUser actor, UUID pageId) {
		if (!actor.isStaff()) {
			throw new NotFound("refusal.notFound.page");
		}
		return acknowledge(actor.id(), pageId);
	}

	/** Acknowledges a page with the signed link of its mail, as the person paged. */
	public Page acknowledgeSigned(UUID pageId, String signature) {
		if (signature == null || !MessageDigest.isEqual(signature.getBytes(StandardCharsets.UTF_8),
				sign(pageId).getBytes(StandardCharsets.UTF_8))) {
			throw new NotFound("refusal.notFound.page");
		}
		UUID user = jdbc.sql("select user_id from oncall_page where id = :id").param("id", pageId).query(UUID.class)
			.optional().orElseThrow(() -> new NotFound("refusal.notFound.page"));
		return acknowledge(new UserId(user), pageId);
	}

	/** A page read through its signed link (no sign-in), to confirm before acknowledging. */
	@Transactional(readOnly = true)
	public Page pageSigned(UUID pageId, String signature) {
		if (signature == null || !MessageDigest.isEqual(signature.getBytes(StandardCharsets.UTF_8),
				sign(pageId).getBytes(StandardCharsets.UTF_8))) {
			throw new NotFound("refusal.notFound.page");
		}
		return page(pageId);
	}

	private Page acknowledge(UserId by, UUID pageId) {
		Page page = page(pageId);
		Instant now = clock.instant();
		int acknowledged = jdbc.sql("""
				update oncall_page set state = 'ACKNOWLEDGED', acknowledged_at = :now, acknowledged_by = :by
				where case_id = :case and state = 'OPEN'""")
			.param("now", Timestamp.from(now)).param("by", by.value()).param("case", page.caseId().value()).update();
		if (acknowledged > 0) {
			jdbc.sql("delete from scheduled_tasks where task_name = :task and task_instance like :prefix and picked = false")
				.param("task", TASK).param("prefix", PageEscalation.prefix(page.caseId().value()) + "%").update();
			OrganisationId organisation = jdbc.sql("select organisation_id from oncall_page where id = :id")
				.param("id", pageId).query(UUID.class).optional().map(OrganisationId::new).orElse(null);
			events.publishEvent(new PageAcknowledged(page.caseId(), organisation, by, now));
		}
		return page(pageId);
	}

	/** The pages of a case, in the order they were raised (staff). */
	@Transactional(readOnly = true)
	public List<Page> pagesOf(CurrentUser actor, CaseId caseId) {
		if (!actor.isStaff()) {
			throw new NotFound("refusal.notFound.case");
		}
		return jdbc.sql("select * from oncall_page where case_id = :case order by raised_at, step, user_id")
			.param("case", caseId.value()).query((r, n) -> page(r)).list();
	}

	/** The actor's open pages, oldest first. */
	@Transactional(readOnly = true)
	public List<Page> openPages(CurrentUser actor) {
		return jdbc.sql("select * from oncall_page where user_id = :user and state = 'OPEN' order by raised_at")
			.param("user", actor.id().value()).query((r, n) -> page(r)).list();
	}

	/** The actor's pages of the last 30 days, newest first. */
	@Transactional(readOnly = true)
	public List<Page> recentPages(CurrentUser actor) {
		return jdbc.sql("select * from oncall_page where user_id = :user and raised_at > :since order by raised_at desc limit 100")
			.param("user", actor.id().value()).param("since", Timestamp.from(clock.instant().minus(Duration.ofDays(30))))
			.query((r, n) -> page(r)).list();
	}

	/** The link that acknowledges a page without signing in, for its mail. */
	public String acknowledgeUrl(UUID pageId) {
		return publicUrl.link("/pages/ack/" + pageId + "/" + sign(pageId));
	}

	private Page page(UUID pageId) {
		return jdbc.sql("select * from oncall_page where id = :id").param("id", pageId).query((r, n) -> page(r)).optional()
			.orElseThrow(() -> new NotFound("refusal.notFound.page"));
	}

	private Page page(java.sql.ResultSet r) throws java.sql.SQLException {
		UserId user = new UserId(r.getObject("user_id", UUID.class));
		UUID by = r.getObject("acknowledged_by", UUID.class);
		return new Page(r.getObject("id", UUID.class), new CaseId(r.getObject("case_id", UUID.class)), r.getInt("step"),
				r.getString("role"), user, accounts.findUser(user).map(UserSummary::name).orElse("?"), r.getString("state"),
				instant(r, "raised_at"), instant(r, "acknowledge_by"), instant(r, "acknowledged_at"),
				by == null ? null : new UserId(by), instant(r, "escalated_at"));
	}

	private static Instant instant(java.sql.ResultSet r, String column) throws java.sql.SQLException {
		Timestamp at = r.getTimestamp(column);
		return at == null ? null : at.toInstant();
	}

	/** The page id's HMAC-SHA256 with the installation's key, base64url. */
	String sign(UUID pageId) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(signingKey(), "HmacSHA256"));
			return Base64.getUrlEncoder().withoutPadding()
				.encodeToString(mac.doFinal(("page:" + pageId).getBytes(StandardCharsets.UTF_8)));
		}
		catch (GeneralSecurityException unavailable) {
			throw new IllegalStateException("HMAC-SHA256 is not available", unavailable);
		}
	}

	/** The installation's signing key, made on first use (the first of two nodes to make it wins). */
	private byte[] signingKey() {
		Optional<String> key = jdbc.sql("select key from oncall_signing_key where id = 1").query(String.class).optional();
		if (key.isEmpty()) {
			byte[] fresh = new byte[32];
			new SecureRandom().nextBytes(fresh);
			jdbc.sql("insert into oncall_signing_key (id, key) values (1, :key) on conflict do nothing")
				.param("key", Base64.getEncoder().encodeToString(fresh)).update();
			key = jdbc.sql("select key from oncall_signing_key where id = 1").query(String.class).optional();
		}
		return Base64.getDecoder().decode(key.orElseThrow());
	}
}
