package io.supportdesk.knowledge;

/**
 * A category of the tree, named in the reader's language.
 *
 * @param parent the parent's code, or null at the top
 * @param articles how many articles of this category the reader may see
 */
public record CategoryView(String code, String parent, String name, long articles) {
}
