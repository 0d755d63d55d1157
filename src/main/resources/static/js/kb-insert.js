// "Insert link" on the console's case page: a knowledge base hit's button puts a Markdown link to the
// article ([title](url)) into the reply textarea at the cursor (replacing a selection), then gives the
// textarea the focus. One listener on the document serves every hit htmx swaps in later.
(function () {
	'use strict';
	if (window.supportdeskKbInsert) {
		return;
	}
	window.supportdeskKbInsert = true;

	function markdownLink(title, url) {
		return '[' + title.replace(/([\[\]\\])/g, '\\$1') + '](' + url.replace(/\)/g, '%29') + ')';
	}

	document.addEventListener('click', function (event) {
		var button = event.target.closest ? event.target.closest('[data-kb-insert]') : null;
		if (!button) {
			return;
		}
		event.preventDefault();
		var area = document.getElementById(button.getAttribute('data-kb-insert'));
		if (!area) {
			return;
		}
		var link = markdownLink(button.getAttribute('data-kb-title'), button.getAttribute('data-kb-url'));
		var start = area.selectionStart, end = area.selectionEnd, text = area.value;
		if (typeof start !== 'number') {
			start = end = text.length;
		}
		var before = text.slice(0, start), after = text.slice(end);
		var lead = before.length && !/\s$/.test(before) ? ' ' : '';
		var trail = after.length && !/^\s/.test(after) ? ' ' : '';
		area.value = before + lead + link + trail + after;
		var caret = (before + lead + link).length;
		area.focus();
		area.setSelectionRange(caret, caret);
		area.dispatchEvent(new Event('input', { bubbles: true }));
	});
}());
