package io.supportdesk.accounts;

/**
 * The actions the audit log records: security-relevant ones (sign-ins, tokens, passwords) and
 * administrative changes, which carry the state before and after them ({@link #administrative()}).
 */
public enum AuditAction {
	LOGIN, LOGIN_FAILED, LOGIN_THROTTLED, LOGOUT, ORGANISATION_CREATED, USER_CREATED, ROLE_CHANGED, TOKEN_ISSUED,
	TOKEN_REVOKED, TOKEN_REJECTED, USER_DISABLED, USER_ENABLED,
	PASSWORD_CHANGED, PASSWORD_CHANGE_FAILED, PASSWORD_RESET_REQUESTED, PASSWORD_RESET_ISSUED, PASSWORD_RESET,
	ORGANISATION_DOMAINS_CHANGED,
	PLAN_CHANGED, CALENDAR_CREATED, CALENDAR_CHANGED, CALENDAR_RETIRED, SUBSCRIPTION_RECORDED, SUBSCRIPTION_CHANGED,
	ACCOUNT_MANAGER_ASSIGNED;

	/** Whether this is a change to the configuration a contract depends on, recorded with before and after. */
	public boolean administrative() {
		return switch (this) {
			case ROLE_CHANGED, ORGANISATION_DOMAINS_CHANGED, PLAN_CHANGED, CALENDAR_CREATED, CALENDAR_CHANGED,
					CALENDAR_RETIRED, SUBSCRIPTION_RECORDED, SUBSCRIPTION_CHANGED, ACCOUNT_MANAGER_ASSIGNED -> true;
			default -> false;
		};
	}
}
