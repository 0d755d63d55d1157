package io.supportdesk.cases.web;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.validation.Valid;

import org.springframework.core.io.InputStreamResource;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import io.supportdesk.accounts.AccountManagement;
import io.supportdesk.accounts.CurrentUser;
import io.supportdesk.accounts.Role;
import io.supportdesk.accounts.UserId;
import io.supportdesk.accounts.UserSummary;
import io.supportdesk.cases.CaseId;
import io.supportdesk.cases.CaseManagement;
import io.supportdesk.cases.CaseStatus;
import io.supportdesk.cases.CaseView;
import io.supportdesk.plans.Entitlement;
import io.supportdesk.plans.EntitlementCheck;
import io.supportdesk.shared.Conflict;
import io.supportdesk.shared.InvalidInput;
import io.supportdesk.shared.TooLarge;

/**
 * The customers' case pages, {@code /portal/cases}. Organisations whose plan includes case management
 * in the portal list, search, read, reply to, resolve and reopen their cases, and share them with
 * colleagues; the others get a submit-only form and a confirmation with the case's reference (they
 * follow the case by e-mail).
 */
@Controller
@RequestMapping("/portal/cases")
@PreAuthorize("hasRole('CUSTOMER')")
class CasePortalController {

	private final CaseManagement cases;

	private final AttachmentDownloads downloads;

	private final CaseDetails details;

	private final CaseUploads uploads;

	private final EntitlementCheck entitlements;

	private final AccountManagement accounts;

	private final CaseSharing sharing;

	CasePortalController(CaseManagement cases, AttachmentDownloads downloads, CaseDetails details, CaseUploads uploads,
			EntitlementCheck entitlements, AccountManagement accounts, CaseSharing sharing) {
		this.cases = cases;
		this.sharing = sharing;
		this.downloads = downloads;
		this.details = details;
		this.uploads = uploads;
		this.entitlements = entitlements;
		this.accounts = accounts;
	}

	@GetMapping
	String list(CurrentUser me, @ModelAttribute("filter") CaseFilters.PortalFilter filter, Model model) {
		if (!managesCases(me)) {
			return "redirect:/portal/cases/new";
		}
		model.addAttribute("statuses", CaseStatus.values());
		boolean admin = me.has(Role.CUSTOMER_ADMIN);
		model.addAttribute("admin", admin);
		model.addAttribute("rows", rows(me, admin, cases.search(me, filter.toCaseFilter())));
		model.addAttribute("zone", me.timeZone());
		return "cases/portal/list";
	}

	@GetMapping("/new")
	String form(CurrentUser me, Model model) {
		if (!model.containsAttribute("form")) {
			model.addAttribute("form", CaseForms.OpenForm.empty(me));
		}
		model.addAttribute("entitled", managesCases(me));
		model.addAttribute("severities", List.of(1, 2, 3, 4));
		model.addAttribute("maxMegabytes", uploads.limitInMegabytes());
		return "cases/portal/new";
	}

	@PostMapping
	String open(CurrentUser me, @Valid @ModelAttribute("form") CaseForms.OpenForm form, BindingResult errors,
			Model model, RedirectAttributes redirect) {
		boolean entitled = managesCases(me);
		if (uploads.tooLarge(form.file())) {
			CaseRefusals.tooLarge(errors, uploads.limitInMegabytes());
		}
		if (!errors.hasErrors()) {
			try {
				CaseView opened = uploads.withFile(me, form.file(),
						() -> cases.open(me, form.toOpenCase(me)));
				if (!entitled) {
					redirect.addFlashAttribute("reference", opened.reference().value());
					return "redirect:/portal/cases/submitted";
				}
				redirect.addFlashAttribute("notice", "case.notice.opened");
				return "redirect:/portal/cases/" + opened.id();
			}
			catch (Conflict noSubscription) {
				errors.reject("cases.error.noSubscription", noSubscription.getMessage());
			}
			catch (TooLarge | InvalidInput refusal) {
				CaseRefusals.refuse(errors, refusal, CaseStatus.NEW, uploads.limitInMegabytes());
			}
		}
		model.addAttribute("chooseFileAgain", CaseUploads.chosen(form.file()));
		return form(me, model);
	}

	/** After a submit-only form: the reference to quote; updates follow by e-mail. */
	@GetMapping("/submitted")
	String submitted(Model model) {
		return model.containsAttribute("reference") ? "cases/portal/submitted" : "redirect:/portal/cases";
	}

	@GetMapping("/{caseId}")
	String detail(CurrentUser me, @PathVariable String caseId, Model model) {
		CasePage page = details.page(me, CaseId.parse(caseId, "caseId"));
		model.addAttribute("page", page);
		model.addAttribute("sharing", sharing.panel(me, page.summary()));
		if (!model.containsAttribute("replyForm")) {
			model.addAttribute("replyForm", CaseForms.ReplyForm.empty());
		}
		if (!model.containsAttribute("shareForm")) {
			model.addAttribute("shareForm", CaseForms.ShareForm.empty());
		}
		model.addAttribute("zone", me.timeZone());
		model.addAttribute("maxMegabytes", uploads.limitInMegabytes());
		return "cases/portal/detail";
	}

	@PostMapping("/{caseId}/replies")
	String reply(CurrentUser me, @PathVariable String caseId,
			@Valid @ModelAttribute("replyForm") CaseForms.ReplyForm form, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		CaseId id = CaseId.parse(caseId, "caseId");
		if (uploads.tooLarge(form.file())) {
			CaseRefusals.tooLarge(errors, uploads.limitInMegabytes());
		}
		if (!errors.hasErrors()) {
			try {
				uploads.withFile(me, form.file(), () -> cases.reply(me, id, form.body(), true));
				redirect.addFlashAttribute("notice", "case.notice.replied");
				return "redirect:/portal/cases/" + id + "#messages";
			}
			catch (TooLarge | InvalidInput | Conflict refusal) {
				CaseRefusals.refuse(errors, refusal, cases.caseView(me, id).status(), uploads.limitInMegabytes());
			}
		}
		model.addAttribute("chooseFileAgain", CaseUploads.chosen(form.file()));
		return detail(me, caseId, model);
	}

	@PostMapping("/{caseId}/resolve")
	String resolve(CurrentUser me, @PathVariable String caseId, Model model, RedirectAttributes redirect) {
		return changeStatus(me, caseId, CaseStatus.RESOLVED, "case.notice.resolved", model, redirect);
	}

	@PostMapping("/{caseId}/reopen")
	String reopen(CurrentUser me, @PathVariable String caseId, Model model, RedirectAttributes redirect) {
		return changeStatus(me, caseId, CaseStatus.OPEN, "case.notice.reopened", model, redirect);
	}

	/**
	 * Shares the case with a colleague of the reader's organisation (the requester and the customer
	 * admins may); anyone else — another organisation's user, an unknown id — is refused next to the
	 * select and nothing is written.
	 */
	@PostMapping("/{caseId}/shares")
	String share(CurrentUser me, @PathVariable String caseId, @ModelAttribute("shareForm") CaseForms.ShareForm form,
			BindingResult errors, Model model, RedirectAttributes redirect) {
		CaseId id = CaseId.parse(caseId, "caseId");
		UUID colleague = CaseFilters.uuid(form.userId());
		if (form.userId() == null || form.userId().isBlank()) {
			errors.rejectValue("userId", "case.share.error.choose", "choose a colleague");
		}
		else if (colleague == null) {
			errors.rejectValue("userId", "case.share.error.colleague", "must be a user of the case's organisation");
		}
		else {
			try {
				cases.share(me, id, new UserId(colleague));
				redirect.addFlashAttribute("notice", "case.notice.shared");
				return "redirect:/portal/cases/" + id + "#case-shares";
			}
			catch (InvalidInput notAColleague) {
				errors.rejectValue("userId", "case.share.error.colleague", notAColleague.getMessage());
			}
		}
		return detail(me, caseId, model);
	}

	/** Stops sharing the case with a colleague, who no longer finds it. */
	@PostMapping("/{caseId}/shares/{userId}/remove")
	String unshare(CurrentUser me, @PathVariable String caseId, @PathVariable String userId,
			RedirectAttributes redirect) {
		CaseId id = CaseId.parse(caseId, "caseId");
		cases.unshare(me, id, UserId.parse(userId, "userId"));
		redirect.addFlashAttribute("notice", "case.notice.unshared");
		return "redirect:/portal/cases/" + id + "#case-shares";
	}

	@GetMapping("/{caseId}/attachments/{attachmentId}")
	ResponseEntity<InputStreamResource> download(CurrentUser me, @PathVariable String caseId,
			@PathVariable String attachmentId) throws IOException {
		return downloads.serve(me, caseId, attachmentId);
	}

	private String changeStatus(CurrentUser me, String caseId, CaseStatus status, String notice, Model model,
			RedirectAttributes redirect) {
		CaseId id = CaseId.parse(caseId, "caseId");
		CaseStatus before = cases.caseView(me, id).status();
		try {
			cases.changeStatus(me, id, status);
			redirect.addFlashAttribute("notice", notice);
			return "redirect:/portal/cases/" + id;
		}
		catch (Conflict refused) {
			model.addAttribute("statusError", StatusRefusal.of(before, status, refused));
			return detail(me, caseId, model);
		}
	}

	/** The list's rows; customer admins see every requester's cases, so with the requester's name. */
	private List<Row> rows(CurrentUser me, boolean admin, List<CaseView> found) {
		Map<UUID, String> names = admin ? accounts.users(me, me.organisationId()).stream()
			.collect(Collectors.toMap(u -> u.id().value(), UserSummary::name)) : Map.of();
		return found.stream()
			.map(c -> new Row(c, c.requesterId() == null ? null : names.get(c.requesterId().value()))).toList();
	}

	/** One row of the portal's case list. */
	record Row(CaseView summary, String requester) {
	}

	private boolean managesCases(CurrentUser me) {
		return entitlements.now(me.organisationId()).has(Entitlement.PORTAL_CASE_MANAGEMENT);
	}
}
