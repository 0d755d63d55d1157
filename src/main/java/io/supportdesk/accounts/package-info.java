/**
 * Accounts: organisations (the customer tenants), the vendor's staff, users and their roles, teams,
 * language skills, personal API tokens, sign-in throttling, disabling users, passwords and the audit log.
 *
 * <p>API: {@link io.supportdesk.accounts.AccountManagement} for people and organisations,
 * {@link io.supportdesk.accounts.ApiTokenManagement} for tokens,
 * {@link io.supportdesk.accounts.PasswordManagement} for password changes and reset links,
 * {@link io.supportdesk.accounts.SessionManagement} for keeping signed-in sessions in step with their
 * users, {@link io.supportdesk.accounts.AuditLog}
 * for security-relevant actions, {@link io.supportdesk.accounts.CurrentUser} for "who is asking", and
 * {@link io.supportdesk.accounts.TenantScopedResource}, the contract by which every module tells the
 * web layer which organisation owns an identifier, so tenant isolation is enforced in one place.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Accounts", allowedDependencies = "shared")
package io.supportdesk.accounts;
