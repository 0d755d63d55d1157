package io.supportdesk.suggestions.web;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

import io.supportdesk.suggestions.SuggestionView.Author;

/**
 * How an author reads on a page: "you", "the product team" or "a customer" for customers; staff also see
 * the name and organisation.
 */
@Component("suggestionAuthors")
class SuggestionAuthors {

	private final MessageSource messages;

	SuggestionAuthors(MessageSource messages) {
		this.messages = messages;
	}

	public String label(Author author) {
		String kind = messages.getMessage("suggestions.author." + author.kind(), null, LocaleContextHolder.getLocale());
		if (author.kind() == Author.Kind.YOU || author.name() == null) {
			return kind;
		}
		return author.organisation() == null ? author.name() + " (" + kind + ")"
				: author.name() + " (" + author.organisation() + ")";
	}
}
