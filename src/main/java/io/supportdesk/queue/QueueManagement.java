package io.supportdesk.queue;

import java.util.List;
import java.util.Optional;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.supportdesk.accounts.AccountManagement;
import io.supportdesk.accounts.CurrentUser;
import io.supportdesk.cases.CaseManagement;
import io.supportdesk.shared.Language;
import io.supportdesk.sla.SlaWorkList;
import io.supportdesk.sla.WorkItem;
import io.supportdesk.sla.WorkListFilter;

/**
 * The agents' queue, for staff only: the SLA module's work list ({@link SlaWorkList}: severity, then
 * priority queueing, then the first-response due instant, then age, read from the stored SLA by
 * index order) and "take next", which locks the top unassigned case ({@code FOR UPDATE SKIP LOCKED},
 * so two agents never get the same one), prefers, within a severity and priority, cases in the agent's
 * languages, and assigns it through {@link CaseManagement} in the same transaction.
 */
@Service
@Transactional
public class QueueManagement {

	private final SlaWorkList workList;

	private final CaseManagement cases;

	private final AccountManagement accounts;

	QueueManagement(SlaWorkList workList, CaseManagement cases, AccountManagement accounts) {
		this.workList = workList;
		this.cases = cases;
		this.accounts = accounts;
	}

	@Transactional(readOnly = true)
	public List<QueueEntry> queue(CurrentUser agent, QueueFilter filter) {
		requireStaff(agent);
		return workList.page(filter(filter)).stream().map(QueueEntry::of).toList();
	}

	/**
	 * Assigns the top unassigned case of the filter to the agent; empty when there is none. The top case
	 * in one of the agent's languages wins over the overall top when both share severity and priority
	 * queueing.
	 */
	public Optional<QueueEntry> takeNext(CurrentUser agent, QueueFilter filter) {
		requireStaff(agent);
		String[] skills = skills(agent);
		WorkListFilter scope = filter(filter);
		Optional<WorkItem> top = workList.lockTopUnassigned(scope, null);
		Optional<WorkItem> inLanguage = skills.length == 0 || filter.language() != null ? Optional.empty()
				: workList.lockTopUnassigned(scope, skills);
		Optional<WorkItem> chosen = inLanguage.isPresent() && top.isPresent()
				&& inLanguage.get().severity() == top.get().severity()
				&& inLanguage.get().priorityQueueing() == top.get().priorityQueueing() ? inLanguage : top;
		chosen.ifPresent(item -> cases.assign(agent, item.caseId(), agent.id(), null));
		return chosen.map(QueueEntry::of);
	}

	private String[] skills(CurrentUser agent) {
		return accounts.findUser(agent.id()).map(user -> user.languageSkills().stream().map(Language::code)
			.toArray(String[]::new)).orElse(new String[0]);
	}

	private static WorkListFilter filter(QueueFilter filter) {
		return new WorkListFilter(filter.team(), filter.language(), filter.assignee(), filter.organisation(),
				filter.limit());
	}

	private static void requireStaff(CurrentUser agent) {
		if (!agent.isStaff()) {
			throw new AccessDeniedException("The queue is for support staff");
		}
	}
}
