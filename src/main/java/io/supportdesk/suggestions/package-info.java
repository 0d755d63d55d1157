/**
 * Product suggestions (feature requests): customers submit them for a product, seeing similar ones while
 * they type (PostgreSQL full-text search with the knowledge base's per-language configurations), vote
 * once each, follow and comment; the product team moves them through
 * {@link io.supportdesk.suggestions.SuggestionStatus} with a public response (followers and voters are
 * told), merges duplicates and weighs demand by organisations and plans; a TAM votes on behalf of an
 * account. Customers see every organisation's suggestions but never another organisation's or person's
 * name. The API is {@link io.supportdesk.suggestions.SuggestionBoard}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Product suggestions", allowedDependencies = { "accounts", "plans", "shared" })
package io.supportdesk.suggestions;
