package io.supportdesk.cases;

import io.supportdesk.accounts.CurrentUser;
import io.supportdesk.accounts.UserId;

/** Who makes a change: a user (null when unknown, e.g. an imported customer reply) and which side. */
record Actor(UserId user, boolean staff) {

	static Actor of(CurrentUser user) {
		return new Actor(user.id().value().getMostSignificantBits() == 0 && user.id().value().getLeastSignificantBits() == 0
				? null : user.id(), user.isStaff());
	}

	static Actor customer(UserId user) {
		return new Actor(user, false);
	}

	static Actor staffMember(UserId user) {
		return new Actor(user, true);
	}
}
