package io.supportdesk.suggestions;

/** A suggestion to submit: what should change in which product. */
public record NewSuggestion(String title, String description, String product) {
}
