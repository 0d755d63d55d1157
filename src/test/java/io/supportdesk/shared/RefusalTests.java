package io.supportdesk.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.context.support.StaticMessageSource;

/** A refusal is a key with arguments: English in logs, the reader's language on pages and in problem details. */
class RefusalTests {

	private static final Locale GERMAN = Locale.GERMAN;

	private final ResourceBundleMessageSource messages = messages();

	@Test
	void theExceptionsMessageIsTheEnglishTextWithItsArguments() {
		Conflict taken = new Conflict("name", "refusal.accounts.team.nameTaken", "Night shift");

		assertThat(taken.getMessage()).isEqualTo("A team named 'Night shift' already exists");
		assertThat(taken.refusal().key()).isEqualTo("refusal.accounts.team.nameTaken");
		assertThat(taken.field()).isEqualTo("name");
	}

	@Test
	void aTextWithoutArgumentsStandsAsWritten() {
		assertThat(new InvalidInput("public", "refusal.cases.reply.alwaysPublic").getMessage())
			.isEqualTo("customers' replies are always public");
		assertThat(messages.getMessage(Refusal.of("refusal.cases.reply.alwaysPublic"), Locale.ENGLISH))
			.isEqualTo("customers' replies are always public");
	}

	@Test
	void theReaderReadsTheRefusalAndItsTermsInTheirLanguage() {
		Refusal refusal = Refusal.of("refusal.plans.addOn.transition", Refusal.term("refusal.term.addOn.DELIVERED"),
				Refusal.term("refusal.term.addOn.QUOTED"));

		assertThat(refusal.english()).isEqualTo("A delivered request cannot become quoted");
		assertThat(messages.getMessage(refusal, GERMAN))
			.isEqualTo("Eine Anfrage im Zustand „geliefert“ kann nicht in „angeboten“ übergehen");
		assertThat(messages.getMessage(refusal, Locale.FRENCH)).isEqualTo("Une demande « livrée » ne peut pas devenir « chiffrée »");
	}

	@Test
	void termsNestWithinTerms() {
		Refusal refusal = Refusal.of("refusal.plans.examSessions",
				Refusal.term("refusal.term.and", "Premier", Refusal.term("refusal.term.and", "Gold", "Proctored exam 24x7")),
				"Standard");

		assertThat(refusal.english()).isEqualTo(
				"Booking exam coverage is part of Premier and Gold and Proctored exam 24x7 support; your organisation has Standard.");
		assertThat(messages.getMessage(refusal, Locale.forLanguageTag("es"))).isEqualTo(
				"La reserva de cobertura de exámenes forma parte del soporte Premier y Gold y Proctored exam 24x7; plan de su organización: Standard.");
	}

	@Test
	void aTextMissingFromTheBundlesFallsBackToEnglish() {
		StaticMessageSource withoutRefusals = new StaticMessageSource();

		assertThat(withoutRefusals.getMessage(Refusal.of("refusal.notFound.case"), GERMAN)).isEqualTo("Case not found");
	}

	@Test
	void aKeyOutsideTheRefusalsIsNoRefusal() {
		assertThatThrownBy(() -> new InvalidInput("email", "must be a well-formed address"))
			.isInstanceOf(IllegalArgumentException.class).hasMessageContaining("refusal.");
	}

	private static ResourceBundleMessageSource messages() {
		ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
		messages.setBasename("messages-refusals");
		messages.setDefaultEncoding("UTF-8");
		messages.setFallbackToSystemLocale(false);
		return messages;
	}
}
