package io.supportdesk.knowledge;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * German compounds split into words the index knows: "Prüfungsraum" (stem {@code prufungsraum}) into
 * {@code prufung} and {@code raum}, "Netzwerkfehler" ({@code netzwerkfehl}) into {@code netzwerk} and
 * {@code fehl}. PostgreSQL has no German decompounder without a Hunspell dictionary, so this works on
 * the stems of a query against the lexemes of the index ({@link SearchVocabulary}): a word is split
 * into a known first part (the longest, after dropping a linking element such as the "s" of
 * "Prüfungs") and a rest that is known or splits again; a word the index does not know at all also
 * when only its first part is known (the head of the compound, which the index may lack, is then
 * kept as it is). Parts are at least
 * {@value #MIN} letters, so that short words and suffixes never make a split.
 */
final class Compounds {

	static final int MIN = 4;

	/** Linking elements (Fugenelemente) that a first part may end with, longest first. */
	private static final String[] LINKS = { "ens", "es", "en", "er", "s", "n", "e" };

	private Compounds() {
	}

	/** The parts of {@code stem}, or an empty list when it does not split. */
	static List<String> split(String stem, Predicate<String> known) {
		if (stem.length() < 2 * MIN) {
			return List.of();
		}
		List<String> parts = split(stem, known, true, 0);
		return parts.isEmpty() && !known.test(stem) ? split(stem, known, false, 0) : parts;
	}

	private static List<String> split(String word, Predicate<String> known, boolean knownRest, int depth) {
		for (int i = word.length() - MIN; i >= MIN; i--) {
			String first = first(word.substring(0, i), known);
			if (first == null) {
				continue;
			}
			String rest = word.substring(i);
			List<String> restParts;
			if (known.test(rest)) {
				restParts = List.of(rest);
			}
			else if (depth < 3 && rest.length() >= 2 * MIN && !split(rest, known, true, depth + 1).isEmpty()) {
				restParts = split(rest, known, true, depth + 1);
			}
			else if (!knownRest) {
				restParts = List.of(rest);
			}
			else {
				continue;
			}
			List<String> parts = new ArrayList<>();
			parts.add(first);
			parts.addAll(restParts);
			return parts;
		}
		return List.of();
	}

	/** {@code left} or {@code left} without its linking element, whichever the index knows. */
	private static String first(String left, Predicate<String> known) {
		if (known.test(left)) {
			return left;
		}
		for (String link : LINKS) {
			if (left.endsWith(link) && left.length() - link.length() >= MIN
					&& known.test(left.substring(0, left.length() - link.length()))) {
				return left.substring(0, left.length() - link.length());
			}
		}
		return null;
	}
}
