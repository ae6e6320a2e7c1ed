package fr.vigie.identity;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import fr.vigie.identity.internal.UserAccountRepository;
import fr.vigie.identity.internal.UserPages;
import fr.vigie.shared.UserFacingException;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.util.StringUtils;

/**
 * Creates and maintains user accounts. Only administrators may change accounts; an
 * administrator cannot lock himself out (remove his own admin role or disable himself).
 */
@Service
public class UserManagement {

	private final UserAccountRepository users;

	private final PasswordEncoder passwordEncoder;

	private final UserPages pages;

	UserManagement(UserAccountRepository users, UserPages pages, PasswordEncoder passwordEncoder) {
		this.users = users;
		this.pages = pages;
		this.passwordEncoder = passwordEncoder;
	}

	@PreAuthorize("hasRole('ADMIN')")
	public List<UserAccount> findAll() {
		return this.users.findAllByOrderByUsernameAsc();
	}

	/**
	 * Rows {@code offset} to {@code offset + limit} of the accounts, for the users
	 * screen.
	 * @param sort by {@code username} or {@code displayName}; by username when unsorted
	 */
	@PreAuthorize("hasRole('ADMIN')")
	public List<UserAccount> findAll(int offset, int limit, Sort sort) {
		return this.pages.page(offset, limit, sort);
	}

	@PreAuthorize("hasRole('ADMIN')")
	public long count() {
		return this.pages.count();
	}

	@PreAuthorize("isAuthenticated()")
	public Optional<UserAccount> findByUsername(String username) {
		return this.users.findByUsername(UserAccount.normalizeUsername(username));
	}

	/** Enabled accounts holding {@code role}, e.g. the quality managers to notify. */
	@PreAuthorize("hasAnyRole('ADMIN', 'QUALITY_MANAGER', 'SYSTEM')")
	public List<UserAccount> findEnabledWithRole(Role role) {
		return this.users.findAllByOrderByUsernameAsc()
			.stream()
			.filter((account) -> account.enabled() && account.hasRole(role))
			.toList();
	}

	@PreAuthorize("hasRole('ADMIN')")
	public UserAccount create(NewUser newUser) {
		if (!StringUtils.hasText(newUser.username()) || !newUser.username().trim().matches("[A-Za-z0-9._@-]{3,64}")) {
			throw new UserFacingException("user.username.invalid");
		}
		if (!StringUtils.hasText(newUser.displayName())) {
			throw new UserFacingException("user.displayName.required");
		}
		requireRoles(newUser.roles());
		PasswordPolicy.check(newUser.username(), newUser.password());
		UserAccount account = UserAccount.create(newUser.username(), newUser.displayName(), newUser.email(),
				this.passwordEncoder.encode(newUser.password()), newUser.roles());
		try {
			return this.users.insert(account);
		}
		catch (DuplicateKeyException ex) {
			throw new UserFacingException("user.username.taken", account.username());
		}
	}

	@PreAuthorize("hasRole('ADMIN')")
	public UserAccount update(UserId id, ProfileChange change) {
		UserAccount account = load(id);
		if (!Objects.equals(account.version(), change.expectedVersion())) {
			throw new UserFacingException("concurrentModification");
		}
		if (!StringUtils.hasText(change.displayName())) {
			throw new UserFacingException("user.displayName.required");
		}
		requireRoles(change.roles());
		if (isCurrentUser(account) && (!change.roles().contains(Role.ADMIN) || !change.enabled())) {
			throw new UserFacingException("user.selfLockout");
		}
		account.updateProfile(change.displayName(), change.email(), change.roles(), change.enabled());
		return save(account);
	}

	@PreAuthorize("hasRole('ADMIN')")
	public UserAccount resetPassword(UserId id, String newPassword) {
		UserAccount account = load(id);
		PasswordPolicy.check(account.username(), newPassword);
		account.changePasswordHash(this.passwordEncoder.encode(newPassword));
		return save(account);
	}

	private UserAccount save(UserAccount account) {
		try {
			return this.users.save(account);
		}
		catch (OptimisticLockingFailureException ex) {
			throw new UserFacingException("concurrentModification");
		}
	}

	private UserAccount load(UserId id) {
		return this.users.findById(id.value()).orElseThrow(() -> new UserFacingException("user.notFound"));
	}

	private static void requireRoles(Set<Role> roles) {
		if (roles == null || roles.isEmpty()) {
			throw new UserFacingException("user.roles.required");
		}
	}

	private static boolean isCurrentUser(UserAccount account) {
		var authentication = SecurityContextHolder.getContext().getAuthentication();
		return authentication != null && account.username().equals(authentication.getName());
	}

}
