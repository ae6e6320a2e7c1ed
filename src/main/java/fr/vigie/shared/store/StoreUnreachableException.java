package fr.vigie.shared.store;

/** The configured MongoDB server did not answer the start-up ping. */
public class StoreUnreachableException extends RuntimeException {

	StoreUnreachableException(String target, Throwable cause) {
		super("MongoDB at " + target + " is unreachable", cause);
	}

}
