package io.supportdesk.knowledge;

/**
 * How an article does beside the new-case form.
 *
 * @param impressions forms that showed it among the suggestions
 * @param opens forms from which it was opened
 * @param deflections forms from which it was opened and that were then abandoned (no case submitted
 * within {@link Deflections#ABANDONED_AFTER})
 */
public record DeflectionCounts(long impressions, long opens, long deflections) {
}
