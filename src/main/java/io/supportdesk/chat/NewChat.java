package io.supportdesk.chat;

/**
 * What a customer starts a chat with.
 *
 * @param topic what it is about (required, at most 200 characters)
 * @param language the language to chat in: en, de, fr or es
 * @param product optional
 * @param severity optional, 1 to 4 as for cases (the severity a converted case proposes)
 */
public record NewChat(String topic, String language, String product, Integer severity) {
}
