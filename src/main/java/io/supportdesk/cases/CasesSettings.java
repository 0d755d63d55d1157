package io.supportdesk.cases;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Settings under {@code supportdesk.cases}.
 *
 * @param reopenWindow how long after resolution a customer's reply reopens the case; when it ends, a case
 *                     still resolved closes itself ({@link ReopenWindowTimers})
 * @param maxAttachmentSize the largest attachment accepted
 * @param attachmentDirectory where the file-system attachment store keeps content
 */
@ConfigurationProperties("supportdesk.cases")
record CasesSettings(@DefaultValue("14d") Duration reopenWindow, @DefaultValue("20MB") DataSize maxAttachmentSize,
		@DefaultValue("./data/attachments") String attachmentDirectory) {
}
