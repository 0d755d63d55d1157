package io.supportdesk.mail;

import java.util.Locale;
import java.util.Optional;

import org.springframework.stereotype.Component;

import com.github.pemistahl.lingua.api.LanguageDetector;
import com.github.pemistahl.lingua.api.LanguageDetectorBuilder;

import io.supportdesk.shared.Language;

/**
 * The language an inbound mail is written in, among the four Supportdesk speaks, detected with Lingua
 * (chosen over Tika's detector for its accuracy on short texts, the usual length of a support mail;
 * only the models of the four languages are loaded, on the first mail). It reads what the sender
 * wrote now, not the quoted history (which may be support's language). When the text is too short or
 * too close between two languages to tell, there is no answer and the sender's own language applies.
 */
@Component
class MailLanguage {

	/** Below this many letters a guess is a coin toss: the sender's language is the better answer. */
	private static final int FEWEST_LETTERS = 12;

	private final LanguageDetector detector = LanguageDetectorBuilder
		.fromLanguages(com.github.pemistahl.lingua.api.Language.ENGLISH, com.github.pemistahl.lingua.api.Language.GERMAN,
				com.github.pemistahl.lingua.api.Language.FRENCH, com.github.pemistahl.lingua.api.Language.SPANISH)
		.withMinimumRelativeDistance(0.05)
		.build();

	/** The language of the subject and fresh text, if it can be told. */
	Optional<Language> of(String subject, MailText text) {
		String written = ((subject == null ? "" : subject) + "\n" + text.fresh()).strip();
		if (written.codePoints().filter(Character::isLetter).count() < FEWEST_LETTERS) {
			return Optional.empty();
		}
		com.github.pemistahl.lingua.api.Language detected = detector.detectLanguageOf(written);
		if (detected == com.github.pemistahl.lingua.api.Language.UNKNOWN) {
			return Optional.empty();
		}
		return Language.ofCode(detected.getIsoCode639_1().toString().toLowerCase(Locale.ROOT));
	}
}
