package io.supportdesk.cases.web;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.validation.Valid;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.supportdesk.accounts.CurrentUser;
import io.supportdesk.accounts.UserId;
import io.supportdesk.cases.CaseFilter;
import io.supportdesk.cases.CaseId;
import io.supportdesk.cases.CaseManagement;
import io.supportdesk.cases.CaseStatus;
import io.supportdesk.cases.CaseView;
import io.supportdesk.cases.Channel;
import io.supportdesk.cases.OpenCase;

/** Cases: open, read, list, reply, classify, change status, assign — {@code /api/cases}. */
@RestController
@RequestMapping("/api/cases")
class CaseApiController {

	private final CaseManagement cases;

	CaseApiController(CaseManagement cases) {
		this.cases = cases;
	}

	@PostMapping
	ResponseEntity<Map<String, Object>> open(CurrentUser me, @Valid @RequestBody CaseRequests.OpenBody body) {
		CaseView opened = cases.open(me, new OpenCase(body.organisationId(), body.requesterId(), body.subject(),
				body.description(), body.product(), body.language() == null ? me.language().code() : body.language(),
				body.channel() == null ? Channel.API : body.channel(), body.severity()));
		return ResponseEntity.created(URI.create("/api/cases/" + opened.id()))
			.body(Map.of("id", opened.id(), "reference", opened.reference()));
	}

	@GetMapping("/{caseId}")
	CaseView caseView(CurrentUser me, @PathVariable String caseId) {
		return cases.caseView(me, id(caseId));
	}

	/** Cases the caller may see, newest first; {@code q} searches reference, subject and description. */
	@GetMapping
	List<CaseView> search(CurrentUser me, @RequestParam(required = false) UUID organisationId,
			@RequestParam(required = false) CaseStatus status, @RequestParam(required = false) Integer severity,
			@RequestParam(required = false) UUID assigneeId, @RequestParam(required = false) UUID teamId,
			@RequestParam(required = false) String language, @RequestParam(required = false) String q,
			@RequestParam(defaultValue = "100") int limit) {
		return cases.search(me, new CaseFilter(organisationId, null, status, severity, assigneeId, teamId, language, q,
				limit));
	}

	@PostMapping("/{caseId}/replies")
	CaseView reply(CurrentUser me, @PathVariable String caseId, @Valid @RequestBody CaseRequests.ReplyBody body) {
		return cases.reply(me, id(caseId), body.body(), body.isPublic() == null || body.isPublic());
	}

	@PostMapping("/{caseId}/severity")
	CaseView classify(CurrentUser me, @PathVariable String caseId, @Valid @RequestBody CaseRequests.SeverityBody body) {
		return cases.classify(me, id(caseId), body.severity(), body.reason());
	}

	@PostMapping("/{caseId}/status")
	CaseView status(CurrentUser me, @PathVariable String caseId, @Valid @RequestBody CaseRequests.StatusBody body) {
		return cases.changeStatus(me, id(caseId), body.status());
	}

	@PostMapping("/{caseId}/assignment")
	CaseView assign(CurrentUser me, @PathVariable String caseId, @Valid @RequestBody CaseRequests.AssignmentBody body) {
		return cases.assign(me, id(caseId), body.assigneeId(), body.teamId());
	}

	/**
	 * Shares the case with another user of its organisation (the requester, the organisation's customer
	 * admins and staff may; a user it is shared with may not share it further).
	 */
	@PostMapping("/{caseId}/shares")
	List<UserId> share(CurrentUser me, @PathVariable String caseId, @Valid @RequestBody CaseRequests.ShareBody body) {
		cases.share(me, id(caseId), body.userId());
		return cases.sharedWith(me, id(caseId));
	}

	@DeleteMapping("/{caseId}/shares/{userId}")
	ResponseEntity<Void> unshare(CurrentUser me, @PathVariable String caseId, @PathVariable String userId) {
		cases.unshare(me, id(caseId), UserId.parse(userId, "userId"));
		return ResponseEntity.noContent().build();
	}

	private static CaseId id(String text) {
		return CaseId.parse(text, "caseId");
	}
}
