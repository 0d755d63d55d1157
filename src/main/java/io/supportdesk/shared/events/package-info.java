/**
 * Delivery of post-commit events after failures and crashes: retries and clean-up of the event
 * publication registry (internal to the shared module).
 */
package io.supportdesk.shared.events;
