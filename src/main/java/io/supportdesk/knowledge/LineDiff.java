package io.supportdesk.knowledge;

import java.util.ArrayList;
import java.util.List;

import io.supportdesk.knowledge.TranslationVersion.Change;
import io.supportdesk.knowledge.TranslationVersion.Kind;

/** Line by line, what changed between two texts: the longest common subsequence kept, the rest added or removed. */
final class LineDiff {

	private LineDiff() {
	}

	static List<Change> of(String field, String before, String after) {
		String[] a = lines(before);
		String[] b = lines(after);
		int[][] common = new int[a.length + 1][b.length + 1];
		for (int i = a.length - 1; i >= 0; i--) {
			for (int j = b.length - 1; j >= 0; j--) {
				common[i][j] = a[i].equals(b[j]) ? common[i + 1][j + 1] + 1 : Math.max(common[i + 1][j], common[i][j + 1]);
			}
		}
		List<Change> changes = new ArrayList<>();
		int i = 0;
		int j = 0;
		while (i < a.length || j < b.length) {
			if (i < a.length && j < b.length && a[i].equals(b[j])) {
				changes.add(new Change(field, Kind.KEPT, a[i++]));
				j++;
			}
			else if (i < a.length && (j == b.length || common[i + 1][j] >= common[i][j + 1])) {
				changes.add(new Change(field, Kind.REMOVED, a[i++]));
			}
			else {
				changes.add(new Change(field, Kind.ADDED, b[j++]));
			}
		}
		return changes;
	}

	private static String[] lines(String text) {
		return text == null || text.isEmpty() ? new String[0] : text.split("\r?\n", -1);
	}
}
