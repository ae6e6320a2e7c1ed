package fr.vigie.identity;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.util.Assert;

/**
 * A person who signs in to Vigie. The password is only ever held as a hash; roles decide
 * which screens and services he may use.
 */
@Document("users")
public class UserAccount {

	@Id
	private final String id;

	@Indexed(unique = true)
	private final String username;

	private String displayName;

	private String email;

	private String passwordHash;

	private Set<Role> roles;

	private boolean enabled;

	private final Instant createdAt;

	private Instant passwordChangedAt;

	@Version
	private Long version;

	@PersistenceCreator
	UserAccount(String id, String username, String displayName, String email, String passwordHash, Set<Role> roles,
			boolean enabled, Instant createdAt, Instant passwordChangedAt, Long version) {
		this.id = id;
		this.username = username;
		this.displayName = displayName;
		this.email = email;
		this.passwordHash = passwordHash;
		this.roles = EnumSet.noneOf(Role.class);
		if (roles != null) {
			this.roles.addAll(roles);
		}
		this.enabled = enabled;
		this.createdAt = createdAt;
		this.passwordChangedAt = passwordChangedAt;
		this.version = version;
	}

	public static UserAccount create(String username, String displayName, String email, String passwordHash,
			Set<Role> roles) {
		Instant now = Instant.now();
		return new UserAccount(UserId.random().value(), normalizeUsername(username), displayName.trim(),
				normalizeEmail(email), passwordHash, roles, true, now, now, null);
	}

	/** Usernames are compared case-insensitively, so they are stored in lower case. */
	public static String normalizeUsername(String username) {
		Assert.hasText(username, "username must not be empty");
		return username.trim().toLowerCase(Locale.ROOT);
	}

	private static String normalizeEmail(String email) {
		return (email == null || email.isBlank()) ? null : email.trim();
	}

	void updateProfile(String displayName, String email, Set<Role> roles, boolean enabled) {
		Assert.hasText(displayName, "displayName must not be empty");
		this.displayName = displayName.trim();
		this.email = normalizeEmail(email);
		this.roles = EnumSet.noneOf(Role.class);
		this.roles.addAll(roles);
		this.enabled = enabled;
	}

	void changePasswordHash(String passwordHash) {
		this.passwordHash = passwordHash;
		this.passwordChangedAt = Instant.now();
	}

	public UserId id() {
		return new UserId(this.id);
	}

	public String username() {
		return this.username;
	}

	public String displayName() {
		return this.displayName;
	}

	public String email() {
		return this.email;
	}

	public String passwordHash() {
		return this.passwordHash;
	}

	public Set<Role> roles() {
		return Set.copyOf(this.roles);
	}

	public boolean hasRole(Role role) {
		return this.roles.contains(role);
	}

	public boolean enabled() {
		return this.enabled;
	}

	public Instant createdAt() {
		return this.createdAt;
	}

	public Long version() {
		return this.version;
	}

}
