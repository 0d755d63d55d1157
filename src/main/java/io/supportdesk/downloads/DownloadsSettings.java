package io.supportdesk.downloads;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Settings under {@code supportdesk.downloads}.
 *
 * @param maxFileSize the largest file accepted (an upload that streams past it is refused with 413 and
 *                    nothing is kept)
 * @param directory   where the file-system store keeps the files (when no {@code AttachmentStore} bean
 *                    is configured)
 */
@ConfigurationProperties("supportdesk.downloads")
record DownloadsSettings(@DefaultValue("4GB") DataSize maxFileSize, @DefaultValue("./data/downloads") String directory) {
}
