package io.supportdesk.knowledge;

/** Who may know that an article exists. */
public enum Visibility {
	/** Anyone, signed out too, at a stable address ({@code /kb/{lang}/{slug}}). */
	PUBLIC,
	/** Signed-in customers whose organisation's plan includes the knowledge base. */
	CUSTOMERS,
	/** Support staff only. */
	INTERNAL
}
