package io.supportdesk.accounts;

import org.springframework.data.relational.core.mapping.Table;

/** One language an agent works in. */
@Table("accounts_language_skill")
record LanguageSkill(String language) {
}
