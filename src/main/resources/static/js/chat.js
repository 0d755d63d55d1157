// Live chat in the browser: a small STOMP 1.2 client over the page's WebSocket (/chat-socket, signed in by
// the session cookie). Each chat panel subscribes to its chat, catches up from its last sequence number on
// every (re)connect, keeps messages by their number (no duplicates), sends messages with a client id (a
// resend is stored once), sends files from the attach control, and shows typing and read markers. Without a
// socket the forms post as usual.
(function () {
	'use strict';
	if (window.supportdeskChat) {
		window.supportdeskChat.scan();
		return;
	}
	var socket = null, connected = false, subscriptions = 0, handlers = {}, queue = [], retry = null;

	function frame(command, headers, body) {
		var text = command + '\n';
		Object.keys(headers).forEach(function (name) { text += name + ':' + headers[name] + '\n'; });
		return text + '\n' + (body || '') + '\u0000';
	}

	function send(text) {
		if (connected) { socket.send(text); } else { queue.push(text); }
	}

	function subscribe(destination, handler) {
		var id = 'sub-' + (subscriptions++);
		handlers[id] = { destination: destination, handler: handler };
		if (connected) { socket.send(frame('SUBSCRIBE', { id: id, destination: destination })); }
		return id;
	}

	function connect() {
		var url = (location.protocol === 'https:' ? 'wss://' : 'ws://') + location.host + '/chat-socket';
		socket = new WebSocket(url);
		socket.onopen = function () {
			socket.send(frame('CONNECT', { 'accept-version': '1.2', host: location.hostname, 'heart-beat': '0,0' }));
		};
		socket.onmessage = function (event) {
			String(event.data).split('\u0000').forEach(function (raw) {
				raw = raw.replace(/^\n+/, '');
				if (!raw) { return; }
				var split = raw.indexOf('\n\n');
				var head = (split < 0 ? raw : raw.substring(0, split)).split('\n');
				var body = split < 0 ? '' : raw.substring(split + 2);
				var headers = {};
				head.slice(1).forEach(function (line) {
					var colon = line.indexOf(':');
					if (colon > 0 && !(line.substring(0, colon) in headers)) { headers[line.substring(0, colon)] = line.substring(colon + 1); }
				});
				if (head[0] === 'CONNECTED') {
					connected = true;
					document.documentElement.setAttribute('data-chat-connected', 'true');
					Object.keys(handlers).forEach(function (id) {
						socket.send(frame('SUBSCRIBE', { id: id, destination: handlers[id].destination }));
					});
					panels().forEach(catchUp);
					queue.splice(0).forEach(function (text) { socket.send(text); });
				} else if (head[0] === 'MESSAGE') {
					var target = handlers[headers.subscription];
					if (target) { target.handler(body ? JSON.parse(body) : null); }
				}
			});
		};
		socket.onclose = function () {
			connected = false;
			document.documentElement.removeAttribute('data-chat-connected');
			clearTimeout(retry);
			retry = setTimeout(connect, 2000);
		};
	}

	function panels() {
		return Array.prototype.slice.call(document.querySelectorAll('[data-chat-id]'));
	}

	function lastSeq(panel) {
		return parseInt(panel.getAttribute('data-last-seq') || '0', 10);
	}

	function catchUp(panel) {
		var chat = panel.getAttribute('data-chat-id');
		var once = 'sub-' + (subscriptions++);
		handlers[once] = { destination: '/app/chats/' + chat + '/since/' + lastSeq(panel), handler: function (missed) {
			(missed || []).forEach(function (message) { show(panel, message); });
			delete handlers[once];
			socket.send(frame('UNSUBSCRIBE', { id: once }));
		} };
		socket.send(frame('SUBSCRIBE', { id: once, destination: handlers[once].destination }));
	}

	function show(panel, message) {
		var list = panel.querySelector('.chat-transcript');
		if (!list || list.querySelector('[data-seq="' + message.seq + '"]')) { return; }
		var item = document.createElement('li');
		item.setAttribute('data-seq', message.seq);
		item.className = message.authorId === panel.getAttribute('data-me') ? 'mine' : 'theirs';
		var who = document.createElement('span');
		who.className = 'who';
		who.textContent = message.authorName;
		var body = document.createElement('span');
		body.className = 'body';
		if (message.attachment) {
			file(panel, body, message.attachment);
		} else {
			body.textContent = message.body;
		}
		var at = document.createElement('time');
		at.textContent = new Date(message.at).toLocaleTimeString(document.documentElement.lang || undefined,
			{ hour: '2-digit', minute: '2-digit' });
		item.appendChild(who);
		item.appendChild(body);
		item.appendChild(at);
		list.appendChild(item);
		list.scrollTop = list.scrollHeight;
		if (message.seq > lastSeq(panel)) { panel.setAttribute('data-last-seq', message.seq); }
		if (message.authorId !== panel.getAttribute('data-me')) {
			send(frame('SEND', { destination: '/app/chats/' + panel.getAttribute('data-chat-id') + '/read',
				'content-type': 'application/json' }, JSON.stringify({ seq: message.seq })));
		}
	}

	// a file sent in the chat: its name as a download link of this page's surface, then its size and type
	function file(panel, body, attachment) {
		body.className = 'body chat-file';
		body.appendChild(document.createTextNode('\uD83D\uDCCE '));
		var link = document.createElement('a');
		link.href = panel.getAttribute('data-files') + attachment.id;
		link.textContent = attachment.filename;
		body.appendChild(link);
		var about = document.createElement('span');
		about.className = 'hint';
		var kb = new Intl.NumberFormat(document.documentElement.lang || undefined,
			{ minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(attachment.size / 1024);
		about.textContent = panel.getAttribute('data-file-about').replace('{0}', kb).replace('{1}', attachment.contentType);
		body.appendChild(document.createTextNode(' '));
		body.appendChild(about);
	}

	function onSignal(panel, signal) {
		if (!signal) { return; }
		var me = panel.getAttribute('data-me');
		if (signal.kind === 'MESSAGE') {
			show(panel, signal.message);
		} else if (signal.kind === 'TYPING' && signal.userId !== me) {
			var typing = panel.querySelector('.chat-typing');
			if (typing) {
				typing.hidden = false;
				clearTimeout(typing.timer);
				typing.timer = setTimeout(function () { typing.hidden = true; }, 3000);
			}
		} else if (signal.kind === 'READ' && signal.userId !== me) {
			var read = panel.querySelector('.chat-read');
			if (read) { read.textContent = read.getAttribute('data-text').replace('{0}', signal.seq); read.hidden = false; }
		} else if (signal.kind === 'STATE') {
			var state = panel.querySelector('.chat-state');
			if (state && state.getAttribute('data-refresh')) {
				htmx.ajax('GET', state.getAttribute('data-refresh'), { target: state, swap: 'outerHTML' });
			}
		}
	}

	function setUp(panel) {
		if (panel.getAttribute('data-chat-ready')) { return; }
		panel.setAttribute('data-chat-ready', 'true');
		var chat = panel.getAttribute('data-chat-id');
		subscribe('/topic/chats/' + chat, function (signal) { onSignal(panel, signal); });
		if (connected) { catchUp(panel); }
		var form = panel.querySelector('form.chat-send');
		var text = form && form.querySelector('textarea[name=body]');
		var lastTyping = 0;
		if (text) {
			text.addEventListener('input', function () {
				if (connected && Date.now() - lastTyping > 2000) {
					lastTyping = Date.now();
					socket.send(frame('SEND', { destination: '/app/chats/' + chat + '/typing', 'content-type': 'application/json' }, '{}'));
				}
			});
			text.addEventListener('keydown', function (event) {
				if (event.key === 'Enter' && !event.shiftKey) { event.preventDefault(); form.requestSubmit(); }
			});
		}
	}

	document.addEventListener('submit', function (event) {
		var form = event.target;
		if (!form.classList || !form.classList.contains('chat-send') || !connected) { return; }
		event.preventDefault();
		event.stopPropagation();
		var panel = form.closest('[data-chat-id]');
		var text = form.querySelector('textarea[name=body]');
		if (!text.value.trim()) { return; }
		var clientId = 'web-' + Date.now() + '-' + Math.random().toString(36).slice(2);
		socket.send(frame('SEND', { destination: '/app/chats/' + panel.getAttribute('data-chat-id') + '/messages',
			'content-type': 'application/json' }, JSON.stringify({ body: text.value, clientId: clientId })));
		text.value = '';
	}, true);

	// a file: sent from the page (the form's own fields, its CSRF token among them); the stored message arrives
	// over the socket like any other. A refusal (too large, no name, the chat ended) is shown beside the control.
	document.addEventListener('submit', function (event) {
		var form = event.target;
		if (!form.classList || !form.classList.contains('chat-attach') || !connected || !window.fetch) { return; }
		event.preventDefault();
		event.stopPropagation();
		var input = form.querySelector('input[type=file]');
		var refusal = form.querySelector('.chat-attach-refusal');
		if (!input.files.length) { return; }
		// the client id travels in the form itself: sent again as a plain form (no fetch), it is stored once
		var client = form.querySelector('input[name=clientId]');
		if (!client) {
			client = document.createElement('input');
			client.type = 'hidden';
			client.name = 'clientId';
			form.appendChild(client);
		}
		client.value = 'web-' + Date.now() + '-' + Math.random().toString(36).slice(2);
		var data = new FormData(form);
		var button = form.querySelector('button');
		button.disabled = true;
		fetch(form.getAttribute('action'), { method: 'POST', body: data, credentials: 'same-origin',
			headers: { 'Accept': 'application/json', 'X-Chat-Script': 'true' } })
			.then(function (response) {
				return response.json().catch(function () { return {}; }).then(function (answer) {
					if (response.ok) {
						input.value = '';
						refusal.hidden = true;
						refusal.textContent = '';
					} else {
						refusal.textContent = answer.message || response.statusText;
						refusal.hidden = false;
					}
				});
			})
			.catch(function () { form.submit(); })
			.then(function () { button.disabled = false; });
	}, true);

	function scan() {
		panels().forEach(setUp);
		var agent = document.querySelector('[data-agent-id]');
		if (agent && !agent.getAttribute('data-chat-ready')) {
			agent.setAttribute('data-chat-ready', 'true');
			subscribe('/topic/agents/' + agent.getAttribute('data-agent-id'), function () {
				htmx.ajax('GET', agent.getAttribute('data-refresh'), { target: agent, swap: 'innerHTML' });
			});
		}
		var availability = document.querySelector('[data-availability]');
		if (availability && !availability.getAttribute('data-chat-ready')) {
			availability.setAttribute('data-chat-ready', 'true');
			setInterval(function () { checkAvailability(availability); }, 15000);
		}
	}

	// the chat form becomes the new-case form (and back) in place: what is typed stays in its fields
	function checkAvailability(form) {
		fetch(form.getAttribute('data-availability'), { headers: { Accept: 'application/json' } })
			.then(function (response) { return response.json(); })
			.then(function (now) {
				var chat = now.available;
				form.setAttribute('action', form.getAttribute(chat ? 'data-chat-action' : 'data-case-action'));
				form.setAttribute('enctype', chat ? 'application/x-www-form-urlencoded' : 'multipart/form-data');
				form.querySelectorAll('[data-chat-name]').forEach(function (field) {
					field.setAttribute('name', field.getAttribute(chat ? 'data-chat-name' : 'data-case-name'));
				});
				form.querySelectorAll('[data-chat-only]').forEach(function (el) { el.hidden = !chat; });
				form.querySelectorAll('[data-case-only]').forEach(function (el) { el.hidden = chat; });
			})
			.catch(function () { });
	}

	window.supportdeskChat = { scan: scan };
	connect();
	scan();
	document.addEventListener('htmx:afterSettle', scan);
})();
