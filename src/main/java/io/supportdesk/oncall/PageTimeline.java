package io.supportdesk.oncall;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import io.supportdesk.accounts.AccountManagement;
import io.supportdesk.accounts.CurrentUser;
import io.supportdesk.accounts.UserSummary;
import io.supportdesk.cases.CaseId;
import io.supportdesk.sla.SlaState.Line;
import io.supportdesk.sla.SlaState.TimelineEntry;
import io.supportdesk.sla.SlaTimelineSource;

/**
 * A Severity 1 case's pages on its SLA timeline, for staff: each level paged (who, in which role, and
 * until when they have to acknowledge), each level passed on unacknowledged, and the acknowledgement
 * that stopped the chain (who, when). The people of one level (the managers, say) are one entry.
 */
@Component
class PageTimeline implements SlaTimelineSource {

	private final Paging paging;

	private final AccountManagement accounts;

	PageTimeline(Paging paging, AccountManagement accounts) {
		this.paging = paging;
		this.accounts = accounts;
	}

	@Override
	public List<TimelineEntry> entries(CaseId caseId) {
		List<Page> pages = paging.pagesOf(CurrentUser.system(), caseId);
		Map<Integer, List<Page>> levels = pages.stream()
			.collect(Collectors.groupingBy(Page::step, LinkedHashMap::new, Collectors.toList()));
		List<TimelineEntry> entries = new ArrayList<>();
		levels.forEach((step, people) -> {
			Page first = people.get(0);
			Line role = Line.of("oncall.role." + first.role());
			String names = people.stream().map(Page::userName).collect(Collectors.joining(", "));
			entries.add(new TimelineEntry(first.raisedAt(), Line.of("oncall.paged", names, role),
					Line.of(step == Paging.LAST_STEP ? "oncall.pagedLast" : "oncall.pagedEffect", first.acknowledgeBy())));
			people.stream().map(Page::escalatedAt).filter(Objects::nonNull).min(Instant::compareTo).ifPresent(at -> entries
				.add(new TimelineEntry(at, Line.of("oncall.escalated", first.acknowledgeBy(), role), Line.of("oncall.escalatedEffect"))));
		});
		pages.stream().filter(page -> page.acknowledgedAt() != null).findFirst().ifPresent(page -> entries.add(new TimelineEntry(
				page.acknowledgedAt(),
				Line.of("oncall.acknowledged", accounts.findUser(page.acknowledgedBy()).map(UserSummary::name).orElse("?")),
				Line.of("oncall.acknowledgedEffect"))));
		return entries;
	}
}
