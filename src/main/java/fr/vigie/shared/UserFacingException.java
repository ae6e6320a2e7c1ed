package fr.vigie.shared;

import java.util.Arrays;

/**
 * A refusal the user can act on. It carries a message key and its arguments so that each
 * screen shows it in the user's language; the exception message itself stays in English
 * for logs.
 */
public class UserFacingException extends RuntimeException {

	private final String messageKey;

	private final transient Object[] arguments;

	public UserFacingException(String messageKey, Object... arguments) {
		super(messageKey + Arrays.toString(arguments));
		this.messageKey = messageKey;
		this.arguments = arguments.clone();
	}

	public String messageKey() {
		return this.messageKey;
	}

	public Object[] arguments() {
		return this.arguments.clone();
	}

	/**
	 * An argument that is itself a message key (a channel, a weekday…), translated in the
	 * reader's language before being put in the message.
	 */
	public static Label label(String messageKey) {
		return new Label(messageKey);
	}

	/** A message key used as an argument; see {@link #label(String)}. */
	public record Label(String messageKey) {

	}

}
