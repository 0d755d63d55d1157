package io.supportdesk.plans;

import io.supportdesk.accounts.UserId;

/** An organisation's dedicated technical account manager, as the customer sees them. */
public record TamView(UserId id, String name, String email) {
}
