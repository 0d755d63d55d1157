package io.supportdesk.mail;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** A mail's fresh text is told from its signature and quoted history, as clients write them in four languages. */
class MailTextTests {

	@ParameterizedTest(name = "{0}")
	@ValueSource(strings = { "On Wed, 2 Dec 2026 at 10:00, Support <support@example> wrote:",
			"Am Mi., 2. Dez. 2026 um 10:00 Uhr schrieb Support <support@example>:",
			"Le mer. 2 déc. 2026 à 10:00, Support <support@example> a écrit :",
			"El mié, 2 dic 2026 a las 10:00, Support (<support@example>) escribió:",
			"-----Original Message-----", "-----Ursprüngliche Nachricht-----", "-------- Message d'origine --------",
			"-----Mensaje original-----", "-- " })
	void theHistoryStartsAtAnAttributionASeparatorOrTheSignature(String marker) {
		MailText text = MailText.of("Thanks, it works now.\n\n" + marker + "\nPlease update the driver.\n");

		assertThat(text.fresh()).isEqualTo("Thanks, it works now.");
		assertThat(text.history()).isEqualTo(marker + "\nPlease update the driver.");
	}

	@Test
	void anAttributionWrappedOverTwoLinesIsFound() {
		MailText text = MailText.of("Fixed.\n\nOn Wed, 2 Dec 2026 at 10:00, Support Team <\nsupport@example> wrote:\n> Try again.");

		assertThat(text.fresh()).isEqualTo("Fixed.");
		assertThat(text.history()).startsWith("On Wed");
	}

	@Test
	void anOutlookHeaderBlockAfterALineOfUnderscoresIsHistory() {
		MailText text = MailText.of("See below.\n________________________________\nFrom: Support\nSent: Wednesday\n\nOld text");

		assertThat(text.fresh()).isEqualTo("See below.");
		assertThat(text.history()).startsWith("________________________________\nFrom: Support");
	}

	@Test
	void quotedLinesRunningToTheEndAreHistoryButAQuoteAnsweredInlineIsNot() {
		assertThat(MailText.of("Yes.\n\n> Does it fail?\n> Always?\n\n").history()).isEqualTo("> Does it fail?\n> Always?");
		MailText inline = MailText.of("> Does it fail?\nYes, always.");
		assertThat(inline.history()).isEmpty();
		assertThat(inline.fresh()).isEqualTo("> Does it fail?\nYes, always.");
	}

	@Test
	void aMailThatIsAllHistoryIsAllFresh() {
		MailText forward = MailText.of("-----Original Message-----\nFrom: a customer\nThe exam hangs.");

		assertThat(forward.history()).isEmpty();
		assertThat(forward.fresh()).startsWith("-----Original Message-----");
	}

	@Test
	void markdownKeepsEverythingWithTheHistoryAsOneTrailingQuote() {
		assertThat(MailText.of("Thanks.\n-- \nAnna\n\nOn Mon, Bob wrote:\n> Hi").markdown())
			.isEqualTo("Thanks.\n\n> -- \n> Anna\n>\n> On Mon, Bob wrote:\n> > Hi");
	}
}
