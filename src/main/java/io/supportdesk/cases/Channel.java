package io.supportdesk.cases;

/** How a case reached support. */
public enum Channel {
	PORTAL, EMAIL, CHAT, PHONE, API
}
