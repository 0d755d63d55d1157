package io.supportdesk.knowledge;

/** The life of one translation: drafted, published, archived — in that order, never back. */
public enum TranslationState {
	DRAFT, PUBLISHED, ARCHIVED;

	/** Whether a translation in this state may move to {@code next} (staying where it is, or forward). */
	boolean mayBecome(TranslationState next) {
		return next.ordinal() >= ordinal();
	}
}
