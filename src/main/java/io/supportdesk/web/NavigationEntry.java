package io.supportdesk.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.supportdesk.shared.NavigationItem;

/**
 * One place in the navigation bar: a link of its own, or a menu of links under a label (so that a
 * manager's dozen pages fit on one line at 1366 px and fold on a phone).
 *
 * @param item the link, or null for a menu
 * @param group the menu's label key, or null for a link
 * @param items the menu's links
 */
public record NavigationEntry(NavigationItem item, String group, List<NavigationItem> items) {

	public boolean isMenu() {
		return group != null;
	}

	/** Whether the menu holds the page at {@code path}. */
	public boolean holds(String path) {
		return items.stream().anyMatch(i -> path.equals(i.path()) || path.startsWith(i.path() + "/"));
	}

	/** The items in their order, each menu where its first item is. */
	static List<NavigationEntry> of(List<NavigationItem> ordered) {
		Map<Object, List<NavigationItem>> places = new LinkedHashMap<>();
		for (NavigationItem item : ordered) {
			places.computeIfAbsent(item.group() == null ? item : item.group(), key -> new ArrayList<>()).add(item);
		}
		return places.entrySet().stream()
			.map(place -> place.getKey() instanceof String group ? new NavigationEntry(null, group, place.getValue())
					: new NavigationEntry(place.getValue().get(0), null, List.of()))
			.toList();
	}
}
