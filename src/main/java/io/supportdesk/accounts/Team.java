package io.supportdesk.accounts;

import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/** A team of support staff with an optional lead, who receives escalations. */
@Table("accounts_team")
class Team {

	@Id
	private final UUID id;

	private final String name;

	private UUID leadId;

	@MappedCollection(idColumn = "team_id")
	private Set<TeamMember> members;

	@Version
	private Long version;

	@PersistenceCreator
	Team(UUID id, String name, UUID leadId, Set<TeamMember> members, Long version) {
		this.id = id;
		this.name = name;
		this.leadId = leadId;
		this.members = members == null ? new HashSet<>() : new HashSet<>(members);
		this.version = version;
	}

	static Team create(String name, UserId lead) {
		Team team = new Team(UUID.randomUUID(), name.strip(), lead == null ? null : lead.value(), Set.of(), null);
		if (lead != null) {
			team.add(lead);
		}
		return team;
	}

	void add(UserId member) {
		members.add(new TeamMember(member.value()));
	}

	/** Removes a member; a lead who leaves stops being the lead. Answers whether they were a member. */
	boolean remove(UserId member) {
		boolean removed = members.remove(new TeamMember(member.value()));
		if (leadId != null && leadId.equals(member.value())) {
			leadId = null;
		}
		return removed;
	}

	/** Makes {@code lead} the lead (who becomes a member too), or leaves the team without a lead (null). */
	void changeLead(UserId lead) {
		leadId = lead == null ? null : lead.value();
		if (lead != null) {
			add(lead);
		}
	}

	TeamSummary summary() {
		return new TeamSummary(new TeamId(id), name, leadId == null ? null : new UserId(leadId),
				members.stream().map(m -> new UserId(m.userId())).collect(Collectors.toSet()));
	}
}
