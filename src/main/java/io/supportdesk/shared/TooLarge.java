package io.supportdesk.shared;

/** Content larger than Supportdesk accepts (an attachment above the limit); answers 413. */
public class TooLarge extends RuntimeException {

	public TooLarge(String message) {
		super(message);
	}
}
