package io.supportdesk.accounts.web;

import java.util.Arrays;
import java.util.List;
import java.util.function.Function;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import com.github.difflib.text.DiffRow;
import com.github.difflib.text.DiffRowGenerator;

import io.supportdesk.accounts.AuditEntry;
import io.supportdesk.accounts.AuditLog;
import io.supportdesk.accounts.CurrentUser;

/**
 * The audit log for administrators: {@code /console/audit}, newest first; with {@code ?changes=true}
 * only the administrative changes, each with its before and after side by side, changed lines marked.
 */
@Controller
@PreAuthorize("hasRole('ADMIN')")
class AuditConsoleController {

	private final AuditLog audit;

	AuditConsoleController(AuditLog audit) {
		this.audit = audit;
	}

	@GetMapping("/console/audit")
	String audit(CurrentUser reader, @RequestParam(defaultValue = "false") boolean changes, Model model) {
		List<AuditEntry> entries = changes ? audit.changes(200) : audit.recent(200);
		model.addAttribute("changesOnly", changes);
		model.addAttribute("entries", entries.stream().map(Line::of).toList());
		return "accounts/console/audit";
	}

	/** One entry as the page shows it: the entry, and for a change its lines before and after. */
	record Line(AuditEntry entry, List<DiffRow> diff) {

		private static final DiffRowGenerator DIFF = DiffRowGenerator.create().showInlineDiffs(false)
			.lineNormalizer(Function.identity()) // Thymeleaf escapes the text; the generator must not
			.build();

		static Line of(AuditEntry entry) {
			if (!entry.hasChange()) {
				return new Line(entry, List.of());
			}
			return new Line(entry, DIFF.generateDiffRows(lines(entry.before()), lines(entry.after())));
		}

		/** How many lines changed, were added or removed. */
		public long changedLines() {
			return diff.stream().filter(row -> row.getTag() != DiffRow.Tag.EQUAL).count();
		}

		private static List<String> lines(String text) {
			return text == null ? List.of() : Arrays.asList(text.split("\\R", -1));
		}
	}
}
