/**
 * Value types and failure types used by most modules: supported languages and the three ways a
 * request can be refused for its content ({@link io.supportdesk.shared.NotFound},
 * {@link io.supportdesk.shared.InvalidInput}, {@link io.supportdesk.shared.Conflict}).
 * No beans with behaviour live here.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Shared")
package io.supportdesk.shared;
