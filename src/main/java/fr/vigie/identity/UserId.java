package fr.vigie.identity;

import java.util.Objects;
import java.util.UUID;

/** Identifier of a {@link UserAccount}. */
public record UserId(String value) {

	public UserId {
		Objects.requireNonNull(value, "value");
	}

	public static UserId random() {
		return new UserId(UUID.randomUUID().toString());
	}

	@Override
	public String toString() {
		return this.value;
	}

}
