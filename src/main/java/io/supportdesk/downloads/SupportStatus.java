package io.supportdesk.downloads;

/** Where a version stands in its support life. */
public enum SupportStatus {
	/** The version to install. */
	CURRENT,
	/** Still supported (fixes), no longer the newest. */
	MAINTAINED,
	/** No longer supported. */
	END_OF_LIFE
}
