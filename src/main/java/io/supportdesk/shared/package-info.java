/**
 * Value types and failure types used by most modules: supported languages and the ways a request can
 * be refused for its content ({@link io.supportdesk.shared.NotFound},
 * {@link io.supportdesk.shared.InvalidInput}, {@link io.supportdesk.shared.Conflict},
 * {@link io.supportdesk.shared.NotEntitled}, {@link io.supportdesk.shared.TooLarge}), each with its
 * reason as a {@link io.supportdesk.shared.Refusal}: a message key with arguments, read in any language.
 * No beans with behaviour live here.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Shared")
package io.supportdesk.shared;
