package io.supportdesk.cases.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.function.Supplier;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionOperations;
import org.springframework.util.unit.DataSize;
import org.springframework.web.multipart.MultipartFile;

import io.supportdesk.accounts.CurrentUser;
import io.supportdesk.cases.CaseAttachments;
import io.supportdesk.cases.CaseView;

/**
 * A change of a case together with an optional file, all or nothing: the case opened or the reply
 * written and the file attached in one transaction, so a refused file (too large) leaves no case or
 * reply behind and the form can simply be sent again.
 */
@Component
class CaseUploads {

	private final CaseAttachments attachments;

	private final TransactionOperations transactions;

	private final DataSize limit;

	CaseUploads(CaseAttachments attachments, TransactionOperations transactions,
			@Value("${supportdesk.cases.max-attachment-size:20MB}") DataSize limit) {
		this.attachments = attachments;
		this.transactions = transactions;
		this.limit = limit;
	}

	/** The largest attachment accepted, in MB (for messages). */
	long limitInMegabytes() {
		return limit.toMegabytes();
	}

	/** Whether the file is known to be too large before anything is written. */
	boolean tooLarge(MultipartFile file) {
		return chosen(file) && file.getSize() > limit.toBytes();
	}

	/** Runs the change, then attaches the file (if one was chosen) to the case it returns. */
	CaseView withFile(CurrentUser me, MultipartFile file, Supplier<CaseView> change) {
		return transactions.execute(status -> {
			CaseView changed = change.get();
			if (chosen(file)) {
				try {
					attachments.attach(me, changed.id(), file.getOriginalFilename(), file.getInputStream());
				}
				catch (IOException ex) {
					throw new UncheckedIOException(ex);
				}
			}
			return changed;
		});
	}

	static boolean chosen(MultipartFile file) {
		return file != null && !file.isEmpty();
	}
}
