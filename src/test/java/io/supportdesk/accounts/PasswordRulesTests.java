package io.supportdesk.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

class PasswordRulesTests {

	private static final String EMAIL = "alice@example.com";

	@ParameterizedTest(name = "\"{0}\" is refused as {1}")
	@CsvSource({ "eleven-char, TOO_SHORT", "'ALICE@example.com ', SAME_AS_EMAIL",
			"ääääääääääääääääääääääääääääääääääääää, TOO_LONG", "123qweasdzxc, COMMON", "' QAZWSXEDCRFV', COMMON",
			"1q2w3e4r5t6y, COMMON" })
	void refusesPasswordsThatBreakARule(String password, PasswordRefused.Reason reason) {
		PasswordRefused refused = catchThrowableOfType(PasswordRefused.class,
				() -> PasswordRules.check("newPassword", password, EMAIL));
		assertThat(refused.reason()).isEqualTo(reason);
		assertThat(refused.field()).isEqualTo("newPassword");
	}

	@Test
	void acceptsTwelveCharactersAndSeventyTwoBytes() {
		assertThatNoException().isThrownBy(() -> PasswordRules.check("newPassword", "twelve-chars", EMAIL));
		assertThatNoException().isThrownBy(() -> PasswordRules.check("newPassword", "x".repeat(72), EMAIL));
		assertThatNoException().isThrownBy(() -> PasswordRules.check("newPassword", "ü".repeat(36), EMAIL));
	}

	@ParameterizedTest
	@EnumSource(PasswordRefused.Reason.class)
	void everyRefusalHasAMessageInTheBundle(PasswordRefused.Reason reason) throws IOException {
		Properties messages = new Properties();
		try (InputStream in = getClass().getResourceAsStream("/messages.properties")) {
			messages.load(in);
		}
		assertThat(messages).containsKey(new PasswordRefused("f", reason, "refusal.accounts.password.tooShort", 12).messageKey());
	}
}
