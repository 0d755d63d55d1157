package io.supportdesk.cases.web;

import java.net.URI;
import java.util.Map;

import jakarta.validation.Valid;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import io.supportdesk.accounts.CurrentUser;
import io.supportdesk.cases.CaseId;
import io.supportdesk.cases.CaseImport;
import io.supportdesk.cases.ImportedEvent;

/** Imports a case with its full history: {@code POST /api/import/cases}. */
@RestController
class CaseImportApiController {

	private final CaseImport imports;

	CaseImportApiController(CaseImport imports) {
		this.imports = imports;
	}

	@PostMapping("/api/import/cases")
	ResponseEntity<Map<String, Object>> importCase(CurrentUser me, @Valid @RequestBody CaseRequests.ImportBody body) {
		CaseId id = imports.importCase(me, new CaseImport.ImportedCase(body.organisationId(), body.requesterId(),
				body.subject(), body.description(), body.product(), body.language() == null ? "en" : body.language(),
				body.events().stream().map(e -> new ImportedEvent(e.at(), e.type(), e.severity(), e.channel(), e.reason(),
						e.body())).toList()));
		return ResponseEntity.created(URI.create("/api/cases/" + id)).body(Map.of("id", id));
	}
}
