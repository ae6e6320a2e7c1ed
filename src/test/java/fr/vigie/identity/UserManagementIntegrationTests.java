package fr.vigie.identity;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

import fr.vigie.shared.UserFacingException;
import fr.vigie.support.SecurityContexts;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.crypto.password.PasswordEncoder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@SpringBootTest
class UserManagementIntegrationTests {

	@Autowired
	UserManagement users;

	@Autowired
	PasswordEncoder passwordEncoder;

	@Test
	void theUsersScreenReadsAccountsAPageAtATimeSortedByTheStore() {
		List<UserAccount> all = asAdmin(() -> this.users.findAll());
		assertThat(asAdmin(() -> this.users.count())).isEqualTo(all.size());
		List<UserAccount> paged = new ArrayList<>();
		for (int offset = 0; offset < all.size(); offset += 2) {
			int from = offset;
			paged.addAll(asAdmin(() -> this.users.findAll(from, 2, Sort.unsorted())));
		}
		assertThat(paged).extracting(UserAccount::username)
			.containsExactlyElementsOf(all.stream().map(UserAccount::username).toList());
		assertThat(asAdmin(() -> this.users.findAll(0, all.size(), Sort.by(Sort.Direction.DESC, "displayName"))))
			.extracting(UserAccount::displayName)
			.isSortedAccordingTo(Comparator.reverseOrder());
		assertThatThrownBy(() -> SecurityContexts.as("qualite", () -> this.users.count(), Role.QUALITY_MANAGER))
			.isInstanceOf(AccessDeniedException.class);
	}

	@Test
	void storesOnlyAHashOfThePassword() {
		UserAccount created = asAdmin(() -> this.users.create(new NewUser("Hash.Check", "Hash Check", "hash@vigie.test",
				Set.of(Role.AUDITOR), "correct horse battery")));
		assertThat(created.username()).isEqualTo("hash.check");
		assertThat(created.passwordHash()).startsWith("{bcrypt}").doesNotContain("correct horse");
		assertThat(this.passwordEncoder.matches("correct horse battery", created.passwordHash())).isTrue();
	}

	@Test
	void rejectsADuplicateUsernameWhateverItsCase() {
		asAdmin(() -> this.users
			.create(new NewUser("twin", "Twin", null, Set.of(Role.AUDITOR), "first sibling phrase")));
		assertThatThrownBy(() -> asAdmin(() -> this.users
			.create(new NewUser("TWIN", "Other Twin", null, Set.of(Role.AUDITOR), "second sibling phrase"))))
			.isInstanceOfSatisfying(UserFacingException.class,
					(ex) -> assertThat(ex.messageKey()).isEqualTo("user.username.taken"));
	}

	@Test
	void rejectsShortPasswordsAndPasswordsContainingTheUsername() {
		assertThatThrownBy(() -> asAdmin(
				() -> this.users.create(new NewUser("shorty", "Shorty", null, Set.of(Role.AUDITOR), "tooshort"))))
			.isInstanceOfSatisfying(UserFacingException.class,
					(ex) -> assertThat(ex.messageKey()).isEqualTo("password.tooShort"));
		assertThatThrownBy(() -> asAdmin(() -> this.users
			.create(new NewUser("marcel", "Marcel", null, Set.of(Role.AUDITOR), "my name is marcel ok"))))
			.isInstanceOfSatisfying(UserFacingException.class,
					(ex) -> assertThat(ex.messageKey()).isEqualTo("password.containsUsername"));
	}

	@Test
	void refusesAnyChangeFromANonAdministrator() {
		assertThatThrownBy(() -> SecurityContexts.as("qualite",
				() -> this.users
					.create(new NewUser("intruder", "Intruder", null, Set.of(Role.ADMIN), "a long enough passphrase")),
				Role.QUALITY_MANAGER))
			.isInstanceOf(AccessDeniedException.class);
	}

	@Test
	void anAdministratorCannotLockHimselfOut() {
		UserAccount admin = asAdmin(() -> this.users
			.create(new NewUser("second.admin", "Second Admin", null, Set.of(Role.ADMIN), "an admin passphrase")));
		assertThatThrownBy(() -> SecurityContexts.as("second.admin",
				() -> this.users.update(admin.id(),
						new ProfileChange("Second Admin", null, Set.of(Role.DIRECTOR), true, admin.version())),
				Role.ADMIN))
			.isInstanceOfSatisfying(UserFacingException.class,
					(ex) -> assertThat(ex.messageKey()).isEqualTo("user.selfLockout"));
	}

	@Test
	void refusesAnEditMadeOnAStaleVersion() {
		UserAccount original = asAdmin(() -> this.users
			.create(new NewUser("contested", "Contested", null, Set.of(Role.AUDITOR), "disputed passphrase")));
		asAdmin(() -> this.users.update(original.id(),
				new ProfileChange("First Edit", null, Set.of(Role.AUDITOR), true, original.version())));
		assertThatThrownBy(() -> asAdmin(() -> this.users.update(original.id(),
				new ProfileChange("Second Edit", null, Set.of(Role.DIRECTOR), true, original.version()))))
			.isInstanceOfSatisfying(UserFacingException.class,
					(ex) -> assertThat(ex.messageKey()).isEqualTo("concurrentModification"));
		UserAccount stored = asAdmin(() -> this.users.findByUsername("contested").orElseThrow());
		assertThat(stored.displayName()).isEqualTo("First Edit");
	}

	private static <T> T asAdmin(java.util.function.Supplier<T> action) {
		return SecurityContexts.as("admin", action, Role.ADMIN);
	}

}
