package fr.vigie.identity;

import java.util.Set;

/**
 * An administrator's change to an existing account. {@code expectedVersion} is the
 * version he was looking at, so a concurrent change is refused instead of overwritten.
 */
public record ProfileChange(String displayName, String email, Set<Role> roles, boolean enabled, Long expectedVersion) {

}
