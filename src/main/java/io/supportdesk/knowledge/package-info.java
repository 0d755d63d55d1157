/**
 * The knowledge base: articles (how-to, known issue, FAQ) in a small category tree, each with
 * translations in English, German, French and Spanish that are drafted, published and archived one by
 * one, keep every saved version, and are found with PostgreSQL full-text search in their own language
 * (accents folded, stems matched, a trigram fallback for typos). Who reads decides what exists:
 * {@link io.supportdesk.knowledge.Visibility#PUBLIC} articles for anyone,
 * {@link io.supportdesk.knowledge.Visibility#CUSTOMERS} ones for customers whose plan includes the
 * knowledge base, {@link io.supportdesk.knowledge.Visibility#INTERNAL} ones and drafts for staff only;
 * anything else answers 404 and never shows in a search, a count or a suggestion. The API is
 * {@link io.supportdesk.knowledge.KnowledgeBase}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Knowledge base", allowedDependencies = { "accounts", "cases", "plans", "shared" })
package io.supportdesk.knowledge;
