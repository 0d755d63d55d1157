package io.supportdesk.suggestions;

/**
 * A new status with the product team's public response; {@code version} for {@link SuggestionStatus#SHIPPED},
 * {@code reason} for {@link SuggestionStatus#DECLINED}.
 */
public record StatusChange(SuggestionStatus status, String response, String version, String reason) {
}
