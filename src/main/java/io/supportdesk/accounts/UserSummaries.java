package io.supportdesk.accounts;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import io.supportdesk.shared.Language;

/**
 * A user's summary in one query, the user with their language skills: other modules look users up
 * for nearly every case they touch (a mail to the requester, a page to an agent), where loading the
 * {@link User} aggregate took two.
 */
@Component
class UserSummaries {

	private final JdbcClient jdbc;

	UserSummaries(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Optional<UserSummary> find(UUID id) {
		return jdbc.sql("""
				select u.id, u.organisation_id, u.email, u.name, u.role, u.language, u.time_zone, u.enabled, u.created_at,
				  u.case_mail, array(select s.language from accounts_language_skill s where s.user_id = u.id) as skills
				from accounts_user u where u.id = :id""")
			.param("id", id).query(UserSummaries::summary).optional();
	}

	private static UserSummary summary(ResultSet rs, int row) throws SQLException {
		UUID organisation = rs.getObject("organisation_id", UUID.class);
		Array skills = rs.getArray("skills");
		Set<Language> languages = Arrays.stream((Object[]) skills.getArray()).map(code -> Language.ofCode((String) code)
			.orElseThrow()).collect(Collectors.toSet());
		return new UserSummary(new UserId(rs.getObject("id", UUID.class)),
				organisation == null ? null : new OrganisationId(organisation), rs.getString("email"), rs.getString("name"),
				Role.valueOf(rs.getString("role")), Language.ofCode(rs.getString("language")).orElseThrow(),
				ZoneId.of(rs.getString("time_zone")), languages, rs.getBoolean("enabled"),
				rs.getTimestamp("created_at").toInstant(), rs.getBoolean("case_mail"));
	}
}
