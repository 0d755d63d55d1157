package io.supportdesk.cases.web;

import java.io.IOException;
import java.util.List;
import java.util.function.Supplier;

import jakarta.servlet.http.HttpServletRequest;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import io.supportdesk.accounts.CurrentUser;
import io.supportdesk.cases.CaseId;
import io.supportdesk.cases.CaseManagement;
import io.supportdesk.cases.CaseStatus;
import io.supportdesk.cases.CaseView;
import io.supportdesk.shared.Conflict;
import io.supportdesk.shared.InvalidInput;
import io.supportdesk.shared.TooLarge;

/**
 * The agents' case pages, {@code /console/cases}: the filtered case list, and per case its header,
 * messages (internal notes marked), history and attachments with the forms to classify, reply or
 * note, assign and move the status. With htmx a form answers with the refreshed case fragment
 * (errors and refusals included); without JavaScript it posts and redirects.
 */
@Controller
@RequestMapping("/console/cases")
@PreAuthorize("hasRole('STAFF')")
class CaseConsoleController {

	private static final String[] FORMS = { "replyForm", "classifyForm", "assignForm" };

	private static final List<Integer> SEVERITIES = List.of(1, 2, 3, 4);

	private final CaseManagement cases;

	private final AttachmentDownloads downloads;

	private final CaseDetails details;

	private final CaseUploads uploads;

	private final ConsoleChoices choices;

	CaseConsoleController(CaseManagement cases, AttachmentDownloads downloads, CaseDetails details, CaseUploads uploads,
			ConsoleChoices choices) {
		this.cases = cases;
		this.downloads = downloads;
		this.details = details;
		this.uploads = uploads;
		this.choices = choices;
	}

	/** The whole page, or only the table for htmx. */
	@GetMapping
	String list(CurrentUser me, @ModelAttribute("filter") CaseFilters.ConsoleFilter filter, Model model,
			HttpServletRequest request) {
		model.addAttribute("rows", choices.rows(me, cases.search(me, filter.toCaseFilter())));
		model.addAttribute("choices", choices.of(me));
		model.addAttribute("statuses", CaseStatus.values());
		model.addAttribute("severities", SEVERITIES);
		model.addAttribute("zone", me.timeZone());
		return partial(request) ? "cases/console/list :: table" : "cases/console/list";
	}

	@GetMapping("/{caseId}")
	String detail(CurrentUser me, @PathVariable String caseId, Model model, HttpServletRequest request) {
		CasePage page = details.page(me, CaseId.parse(caseId, "caseId"));
		model.addAttribute("page", page);
		model.addAttribute("choices", choices.of(me));
		model.addAttribute("zone", me.timeZone());
		model.addAttribute("maxMegabytes", uploads.limitInMegabytes());
		model.addAttribute("severities", SEVERITIES);
		addIfAbsent(model, "replyForm", CaseForms.ReplyForm.empty());
		addIfAbsent(model, "classifyForm", CaseForms.ClassifyForm.of(page.summary()));
		addIfAbsent(model, "assignForm", CaseForms.AssignForm.of(page.summary()));
		return partial(request) ? "cases/console/detail :: case" : "cases/console/detail";
	}

	@PostMapping("/{caseId}/classification")
	String classify(CurrentUser me, @PathVariable String caseId,
			@Valid @ModelAttribute("classifyForm") CaseForms.ClassifyForm form, BindingResult errors, Model model,
			HttpServletRequest request, RedirectAttributes redirect) {
		CaseId id = CaseId.parse(caseId, "caseId");
		return act(new Action(me, caseId, errors, model, request, redirect), "case.notice.classified",
				() -> cases.classify(me, id, form.severity(), form.reason()));
	}

	@PostMapping("/{caseId}/replies")
	String reply(CurrentUser me, @PathVariable String caseId,
			@Valid @ModelAttribute("replyForm") CaseForms.ReplyForm form, BindingResult errors, Model model,
			HttpServletRequest request, RedirectAttributes redirect) {
		CaseId id = CaseId.parse(caseId, "caseId");
		if (uploads.tooLarge(form.file())) {
			CaseRefusals.tooLarge(errors, uploads.limitInMegabytes());
		}
		model.addAttribute("chooseFileAgain", CaseUploads.chosen(form.file()));
		return act(new Action(me, caseId, errors, model, request, redirect),
				form.isPublic() ? "case.notice.replied" : "case.notice.noted",
				() -> uploads.withFile(me, form.file(), () -> cases.reply(me, id, form.body(), form.isPublic())));
	}

	@PostMapping("/{caseId}/assignment")
	String assign(CurrentUser me, @PathVariable String caseId, @ModelAttribute("assignForm") CaseForms.AssignForm form,
			BindingResult errors, Model model, HttpServletRequest request, RedirectAttributes redirect) {
		CaseId id = CaseId.parse(caseId, "caseId");
		return act(new Action(me, caseId, errors, model, request, redirect), "case.notice.assigned",
				() -> cases.assign(me, id, form.assignee(), form.team()));
	}

	@PostMapping("/{caseId}/status")
	String status(CurrentUser me, @PathVariable String caseId, @RequestParam(required = false) String status,
			Model model, HttpServletRequest request, RedirectAttributes redirect) {
		CaseId id = CaseId.parse(caseId, "caseId");
		CaseStatus to = CaseFilters.parseStatus(status);
		if (to == null) {
			throw new InvalidInput("status", "refusal.cases.status.missing");
		}
		CaseStatus from = cases.caseView(me, id).status();
		try {
			cases.changeStatus(me, id, to);
		}
		catch (Conflict refused) {
			model.addAttribute("statusError", StatusRefusal.of(from, to, refused));
			return detail(me, caseId, model, request);
		}
		return done(new Action(me, caseId, null, model, request, redirect), "case.notice.status." + to);
	}

	@GetMapping("/{caseId}/attachments/{attachmentId}")
	ResponseEntity<InputStreamResource> download(CurrentUser me, @PathVariable String caseId,
			@PathVariable String attachmentId) throws IOException {
		return downloads.serve(me, caseId, attachmentId);
	}

	/** What every form of the case page needs to answer. */
	private record Action(CurrentUser me, String caseId, BindingResult errors, Model model, HttpServletRequest request,
			RedirectAttributes redirect) {
	}

	/** Runs a change unless the form has errors; a refusal is shown on the form it concerns. */
	private String act(Action action, String notice, Supplier<CaseView> change) {
		if (!action.errors().hasErrors()) {
			try {
				change.get();
				return done(action, notice);
			}
			catch (TooLarge | InvalidInput | Conflict refusal) {
				CaseStatus status = cases.caseView(action.me(), CaseId.parse(action.caseId(), "caseId")).status();
				CaseRefusals.refuse(action.errors(), refusal, status, uploads.limitInMegabytes());
			}
		}
		return detail(action.me(), action.caseId(), action.model(), action.request());
	}

	/** htmx: the refreshed case with empty forms; otherwise redirect (POST-redirect-GET). */
	private String done(Action action, String notice) {
		if (partial(action.request())) {
			for (String form : FORMS) {
				action.model().asMap().remove(form);
				action.model().asMap().remove(BindingResult.MODEL_KEY_PREFIX + form);
			}
			action.model().asMap().remove("chooseFileAgain");
			action.model().addAttribute("notice", notice);
			return detail(action.me(), action.caseId(), action.model(), action.request());
		}
		action.redirect().addFlashAttribute("notice", notice);
		return "redirect:/console/cases/" + action.caseId();
	}

	private static void addIfAbsent(Model model, String name, Object value) {
		if (!model.containsAttribute(name)) {
			model.addAttribute(name, value);
		}
	}

	/** An htmx request for a fragment (not a boosted link or form, not a history restore). */
	static boolean partial(HttpServletRequest request) {
		return request.getHeader("HX-Request") != null && request.getHeader("HX-Boosted") == null
				&& request.getHeader("HX-History-Restore-Request") == null;
	}
}
