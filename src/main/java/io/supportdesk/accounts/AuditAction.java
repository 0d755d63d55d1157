package io.supportdesk.accounts;

/** The security-relevant actions the audit log records. */
public enum AuditAction {
	LOGIN, LOGIN_FAILED, LOGIN_THROTTLED, LOGOUT, ORGANISATION_CREATED, USER_CREATED, ROLE_CHANGED, TOKEN_ISSUED,
	TOKEN_REVOKED, TOKEN_REJECTED, USER_DISABLED, USER_ENABLED
}
