package io.supportdesk.cases.web;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import io.supportdesk.accounts.AccountManagement;
import io.supportdesk.accounts.CurrentUser;
import io.supportdesk.accounts.Role;
import io.supportdesk.accounts.UserId;
import io.supportdesk.accounts.UserSummary;
import io.supportdesk.cases.CaseManagement;
import io.supportdesk.cases.CaseView;

/**
 * Who a case is shared with, for its portal page, and — where the reader may share it — the colleagues
 * they could share it with: the organisation's enabled customer users other than the requester, the
 * reader and those who follow it already (its customer admins see every case anyway).
 */
@Component
class CaseSharing {

	private final CaseManagement cases;

	private final AccountManagement accounts;

	CaseSharing(CaseManagement cases, AccountManagement accounts) {
		this.cases = cases;
		this.accounts = accounts;
	}

	Panel panel(CurrentUser me, CaseView view) {
		List<UserId> shared = cases.sharedWith(me, view.id());
		boolean mayShare = cases.mayShare(me, view.id());
		Map<UserId, UserSummary> people = accounts.users(me, view.organisationId()).stream()
			.collect(Collectors.toMap(UserSummary::id, Function.identity()));
		List<UserSummary> colleagues = !mayShare ? List.of() : people.values().stream()
			.filter(user -> user.enabled() && user.role() == Role.CUSTOMER_USER)
			.filter(user -> !shared.contains(user.id()) && !user.id().equals(view.requesterId())
					&& !user.id().equals(me.id()))
			.sorted(Comparator.comparing(UserSummary::name, String.CASE_INSENSITIVE_ORDER))
			.toList();
		return new Panel(shared.stream().map(people::get).filter(Objects::nonNull).toList(), mayShare, colleagues);
	}

	/** The sharing part of a portal case page (public accessors for the template). */
	record Panel(List<UserSummary> sharedWith, boolean mayShare, List<UserSummary> colleagues) {
	}
}
