package io.supportdesk.shared;

/** Content larger than Supportdesk accepts (an attachment above the limit); answers 413. */
public class TooLarge extends Refused {

	private static final long serialVersionUID = 1L;

	public TooLarge(String key, Object... arguments) {
		super(Refusal.of(key, arguments));
	}
}
