package io.supportdesk.accounts;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.ZoneId;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

import io.supportdesk.shared.Language;

/**
 * The authenticated principal of every request, whichever way the user signed in (form, HTTP Basic
 * or API token). Besides the user it remembers the state it was built from — the user's security
 * stamp and row version — so that a web session can be checked against the user as they are now
 * ({@link SessionManagement#recheck(AccountPrincipal)}).
 */
public final class AccountPrincipal implements UserDetails, CredentialsContainer {

	/** Web sessions keep principals serialised in the database across deployments. */
	private static final long serialVersionUID = 1L;

	private final CurrentUser user;

	private final boolean enabled;

	private final UUID securityStamp;

	private final long version;

	private String passwordHash;

	AccountPrincipal(CurrentUser user, String passwordHash, boolean enabled, UUID securityStamp, long version) {
		this.user = user;
		this.passwordHash = passwordHash;
		this.enabled = enabled;
		this.securityStamp = securityStamp;
		this.version = version;
	}

	/**
	 * The principal of a row of {@code accounts_user} (columns {@code id, organisation_id, email, name,
	 * role, language, time_zone, enabled, security_stamp, version}); {@code passwordHash} may be null.
	 */
	static AccountPrincipal read(ResultSet rs, String passwordHash) throws SQLException {
		UUID organisation = rs.getObject("organisation_id", UUID.class);
		CurrentUser user = new CurrentUser(new UserId(rs.getObject("id", UUID.class)),
				organisation == null ? null : new OrganisationId(organisation), rs.getString("email"), rs.getString("name"),
				Role.valueOf(rs.getString("role")), Language.ofCode(rs.getString("language")).orElseThrow(),
				ZoneId.of(rs.getString("time_zone")));
		return new AccountPrincipal(user, passwordHash, rs.getBoolean("enabled"), rs.getObject("security_stamp", UUID.class),
				rs.getLong("version"));
	}

	public CurrentUser currentUser() {
		return user;
	}

	/**
	 * This principal as an authenticated request, keeping the details (address, session) of the
	 * authentication it replaces, if any.
	 */
	public Authentication asAuthentication(Authentication replaced) {
		UsernamePasswordAuthenticationToken authentication = UsernamePasswordAuthenticationToken.authenticated(this,
				null, getAuthorities());
		authentication.setDetails(replaced == null ? null : replaced.getDetails());
		return authentication;
	}

	UUID securityStamp() {
		return securityStamp;
	}

	long version() {
		return version;
	}

	@Override
	public Collection<? extends GrantedAuthority> getAuthorities() {
		List<SimpleGrantedAuthority> authorities = user.role().authorities().stream()
			.map(SimpleGrantedAuthority::new).toList();
		return authorities;
	}

	@Override
	public String getPassword() {
		return passwordHash;
	}

	@Override
	public String getUsername() {
		return user.email();
	}

	@Override
	public boolean isEnabled() {
		return enabled;
	}

	@Override
	public void eraseCredentials() {
		passwordHash = null;
	}
}
